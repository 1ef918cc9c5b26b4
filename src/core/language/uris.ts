/**
 * URI strings as paths: the service names files by URI (file:, vscode-vfs:, memfs: …) and only ever needs the
 * folder of a file, a file's name, and a relative path joined onto a folder. Segments are percent-encoded in URIs.
 */

const trimSlash = (uri: string) => uri.replace(/\/+$/, '');

/** The folder of a file URI: "file:///w/r.review.md" → "file:///w". */
export function uriDirname(uri: string): string {
  const base = trimSlash(uri.replace(/[?#].*$/, ''));
  return base.slice(0, base.lastIndexOf('/'));
}

/** The file's name, decoded: "file:///w/my%20paper.pdf" → "my paper.pdf". */
export function uriBasename(uri: string): string {
  const base = trimSlash(uri.replace(/[?#].*$/, ''));
  return decodeSegment(base.slice(base.lastIndexOf('/') + 1));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `path` ('/'-separated, already checked to stay inside) joined onto a folder URI. */
export function joinUri(folder: string, path: string): string {
  const segments = path.split('/').filter(Boolean);
  return segments.length ? `${trimSlash(folder)}/${segments.map(encodeURIComponent).join('/')}` : trimSlash(folder);
}

/** The folder `uri` lies in, relative to `root` and decoded ("" when directly in it, undefined when outside it). */
export function folderIn(root: string, uri: string): string | undefined {
  const folder = trimSlash(uriDirname(uri));
  const base = trimSlash(root);
  if (folder === base) return '';
  return folder.startsWith(`${base}/`) ? folder.slice(base.length + 1).split('/').map(decodeSegment).join('/') : undefined;
}
