// The review language service's workspace port over node:fs, for the CLI and the language server: files by file:
// URI, links followed (a link leading out of the paper's root is refused by the core), special files never read.
import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IReviewWorkspace, ReviewFileStat, ReviewFileType } from '../../core/language';

const typeOf = (s: { isFile(): boolean; isDirectory(): boolean }): ReviewFileType => (s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other');

/** `to` is `from` or inside it. */
export function isInside(from: string, to: string): boolean {
  const rel = relative(from, to);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
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
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'not-a-file' };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
    return { kind: 'file', data: new Uint8Array(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}

export class NodeReviewWorkspace implements IReviewWorkspace {
  /**
   * `paperRoot` gives the folder (file: URI) a review's paper must stay in; `maxBytes` caps a read again on the open
   * handle (the service has checked the size from `stat` against its limit already).
   */
  constructor(readonly paperRoot: (reviewUri: string) => string, private readonly maxBytes: () => number = () => Number.MAX_SAFE_INTEGER) {}

  async stat(uri: string): Promise<ReviewFileStat | undefined> {
    try {
      const s = await stat(fileURLToPath(uri));
      return { type: typeOf(s), size: s.size, mtime: s.mtimeMs };
    } catch {
      return undefined;
    }
  }

  async resolvesInside(root: string, uri: string): Promise<boolean> {
    const rootPath = fileURLToPath(root);
    const real = await realpath(fileURLToPath(uri));
    return isInside(await realpath(rootPath).catch(() => rootPath), real);
  }

  async readFile(uri: string): Promise<Uint8Array> {
    // Checked again on the open handle: what is read is what was checked, and a FIFO never blocks.
    const file = await readRegularFile(fileURLToPath(uri), this.maxBytes());
    if (file.kind !== 'file') throw new Error(`${fileURLToPath(uri)} is not a readable regular file`);
    return file.data;
  }

  async readDirectory(uri: string): Promise<(readonly [string, ReviewFileType])[]> {
    const entries = await readdir(fileURLToPath(uri), { withFileTypes: true });
    return entries.map((e) => [e.name, typeOf(e)] as const);
  }
}
