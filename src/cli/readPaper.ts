// How the CLI reads a review's paper: the core's path rule relative to the review's folder (or --paper-root), then
// what only the file system knows, with the same answers as the extension: links are followed and must stay inside
// the root, only regular files are read (a FIFO or /dev/zero would block or never end), up to a size limit.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { notAFileRefusal, paperSizeRefusal, resolvePaperPath, symlinkRefusal, type PaperRefusal } from '../core';

const rootName = "review's folder or --paper-root";

export type PaperRead =
  | { readonly ok: true; readonly path: string; readonly data: Uint8Array }
  | { readonly ok: false; readonly missing: boolean; readonly refusal?: PaperRefusal };

/** `to` relative to `from`, '/'-separated, or undefined when it is not inside `from`. */
function inside(from: string, to: string): string | undefined {
  const rel = relative(from, to);
  if (rel === '') return '';
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * The root a review's paper must stay in: `paperRoot` when the review lies inside it, else the review's own folder.
 */
export function paperRootFor(reviewFile: string, paperRoot: string | undefined): string {
  const folder = dirname(resolve(reviewFile));
  return paperRoot !== undefined && inside(resolve(paperRoot), folder) !== undefined ? resolve(paperRoot) : folder;
}

/** Checks and reads the paper named by `paper:` of `reviewFile`; never blocks on a special file. */
export async function readPaper(reviewFile: string, paper: string, root: string, maxBytes: number, withData = true): Promise<PaperRead> {
  const resolved = resolvePaperPath(inside(root, dirname(resolve(reviewFile))) ?? '', paper, rootName);
  if (!resolved.ok) return { ok: false, missing: false, refusal: resolved.refusal };
  const path = resolve(root, ...resolved.path.split('/'));
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return { ok: false, missing: true };
  }
  const realRoot = await realpath(root).catch(() => root);
  const relativeReal = inside(realRoot, real);
  if (relativeReal === undefined || !resolvePaperPath('', relativeReal).ok) return { ok: false, missing: false, refusal: symlinkRefusal(paper, rootName) };
  const file = await readRegularFile(real, maxBytes, withData);
  switch (file.kind) {
    case 'missing': return { ok: false, missing: true };
    case 'not-a-file': return { ok: false, missing: false, refusal: notAFileRefusal(paper) };
    case 'too-large': return { ok: false, missing: false, refusal: paperSizeRefusal(paper, file.size, maxBytes, '--paper-max-mb') };
    default: return { ok: true, path: real, data: file.data };
  }
}

export type RegularFile =
  | { readonly kind: 'file'; readonly data: Uint8Array }
  | { readonly kind: 'missing'; readonly code: string }
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'too-large'; readonly size: number };

/**
 * Reads `path` only if it is a regular file of at most `maxBytes`. O_NONBLOCK: opening a FIFO for reading would
 * otherwise wait for a writer. The type is read from the open handle, so what is read is what was checked.
 */
export async function readRegularFile(path: string, maxBytes: number, withData = true): Promise<RegularFile> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { kind: 'missing', code: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { kind: 'not-a-file' };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
    return { kind: 'file', data: withData ? new Uint8Array(await handle.readFile()) : new Uint8Array() };
  } finally {
    await handle.close();
  }
}
