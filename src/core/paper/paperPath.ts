/**
 * Where a review's `paper:` may lead: a path relative to the review that stays inside its root (the review's
 * workspace folder, the review's own folder outside any workspace, or the CLI's --paper-root). One rule for the
 * extension and the CLI, so `paper:` means the same thing in both; they only do the I/O (stat, symlinks, reading).
 * Paths here are '/'-separated and relative to the root.
 */

/** Why the paper is not read, reported as a diagnostic on the front matter. */
export interface PaperRefusal {
  readonly code: 'paper-outside-workspace' | 'paper-too-large' | 'paper-not-found';
  readonly message: string;
}

export type PaperPathResult =
  | { readonly ok: true; /** Relative to the root, '/'-separated, without `.` or `..`; "" is the root itself. */ readonly path: string }
  | { readonly ok: false; readonly refusal: PaperRefusal };

/** The papers a review may open are at most this large unless a setting or option says otherwise. */
export const defaultMaxPaperBytes = 256 * 1024 * 1024;

const quote = (s: string) => `"${s}"`;

/** What the root is called in messages: the extension's "workspace folder", the CLI's "review's folder or --paper-root". */
export const workspaceRootName = 'workspace folder';

function outside(paper: string, why: string, rootName: string): PaperPathResult {
  return { ok: false, refusal: { code: 'paper-outside-workspace', message: `The paper ${quote(paper)} is not read: ${why}. Give a path relative to the review that stays inside the ${rootName}.` } };
}

/**
 * Resolves `paper` (from the front matter or a remembered choice) against the review's folder, given as a path
 * relative to the root ("" when the review is at the root). Absolute paths, Windows drive and UNC paths, URIs of any
 * scheme and `..` that climbs out of the root are refused; `\` counts as a separator, as it does on Windows, so a
 * path means one thing on every platform.
 */
export function resolvePaperPath(reviewDir: string, paper: string, rootName = workspaceRootName): PaperPathResult {
  if (paper.trim() === '') return outside(paper, 'the path is empty', rootName);
  if (paper.includes('\0')) return outside(paper, 'the path contains a NUL character', rootName);
  if (/^[a-z]:/i.test(paper)) return outside(paper, 'it is a Windows drive path, not a path relative to the review', rootName);
  if (/^[a-z][a-z0-9+.-]+:/i.test(paper)) return outside(paper, 'it is a URI, and only files next to the review are read', rootName);
  if (/^[/\\]/.test(paper)) return outside(paper, 'it is an absolute path, not a path relative to the review', rootName);
  const segments: string[] = [];
  for (const segment of [...reviewDir.split(/[/\\]/), ...paper.split(/[/\\]/)]) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return outside(paper, `its ".." leads out of the ${rootName}`, rootName);
      segments.pop();
    } else segments.push(segment);
  }
  return { ok: true, path: segments.join('/') };
}

/** The refusal for a paper that resolves (through a symbolic link) to somewhere outside the root. */
export function symlinkRefusal(paper: string, rootName = workspaceRootName, why = `it is a symbolic link that leads out of the ${rootName}`): PaperRefusal {
  return (outside(paper, why, rootName) as { refusal: PaperRefusal }).refusal;
}

/** The refusal for something at the path that is not a regular file (a folder, a pipe, a device). */
export function notAFileRefusal(paper: string): PaperRefusal {
  return { code: 'paper-not-found', message: `The paper ${quote(paper)} is not a regular file (a folder, pipe or device), so it is not read: fix the "paper:" path.` };
}

const megabytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`);

/** The refusal for a paper over the size limit, naming the setting or option that raises it. */
export function paperSizeRefusal(paper: string, bytes: number, maxBytes: number, raiseWith: string): PaperRefusal | undefined {
  if (bytes <= maxBytes) return undefined;
  return { code: 'paper-too-large', message: `The paper ${quote(paper)} is ${megabytes(bytes)}, over the ${megabytes(maxBytes)} limit, so it is not read (${raiseWith} raises the limit).` };
}
