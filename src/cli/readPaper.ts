// How the CLI finds a review's paper root and reads files: the core's language service applies the path rule and
// asks the workspace port (nodeWorkspace.ts) what only the file system knows.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** `to` is `from` or inside it. */
export function isInside(from: string, to: string): boolean {
  const rel = relative(from, to);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * The root a review's paper must stay in: `paperRoot` when the review lies inside it, else the review's own folder.
 */
export function paperRootFor(reviewFile: string, paperRoot: string | undefined): string {
  const folder = dirname(resolve(reviewFile));
  return paperRoot !== undefined && isInside(resolve(paperRoot), folder) ? resolve(paperRoot) : folder;
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
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFile> {
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
    return { kind: 'file', data: new Uint8Array(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}
