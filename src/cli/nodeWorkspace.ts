// The review language service's workspace port over node:fs, for the CLI and the language server: files by file:
// URI, links followed (a link leading out of the paper's root is refused by the core), special files never read.
import { readdir, realpath, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { IReviewWorkspace, ReviewFileStat, ReviewFileType } from '../core/language';
import { isInside, readRegularFile } from './readPaper';

const typeOf = (s: { isFile(): boolean; isDirectory(): boolean }): ReviewFileType => (s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other');

export class NodeReviewWorkspace implements IReviewWorkspace {
  /** `paperRoot` gives the folder (file: URI) a review's paper must stay in. */
  constructor(readonly paperRoot: (reviewUri: string) => string, private readonly maxBytes: () => number) {}

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
