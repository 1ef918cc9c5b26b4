// Fakes for the language service's host ports: files in a Map, documents as strings, paper indexes from the fixture
// papers' truth files (LaTeX's own labels), so the features are tested without a file system or pdf.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnchorIndex } from '../../../../src/core/paperIndex/types';
import type { IReviewDocument, IReviewWorkspace, ReviewFileStat, ReviewFileType } from '../../../../src/core/language';

export const root = 'memfs:/w';

export class InMemoryWorkspace implements IReviewWorkspace {
  readonly files = new Map<string, Uint8Array | 'fifo'>();
  /** Links leading out of the root, as a host that follows links would find them. */
  readonly linksOut = new Set<string>();
  readonly reads: string[] = [];

  constructor(files: Record<string, string | Uint8Array | 'fifo'> = {}) {
    for (const [path, content] of Object.entries(files)) this.files.set(`${root}/${path}`, typeof content === 'string' && content !== 'fifo' ? new TextEncoder().encode(content) : content);
  }

  paperRoot(): string {
    return root;
  }

  async stat(uri: string): Promise<ReviewFileStat | undefined> {
    const file = this.files.get(uri);
    if (file !== undefined) return file === 'fifo' ? { type: 'other', size: 0 } : { type: 'file', size: file.length, mtime: 1 };
    return [...this.files.keys()].some((k) => k.startsWith(`${uri}/`)) ? { type: 'directory', size: 0 } : undefined;
  }

  async resolvesInside(_root: string, uri: string): Promise<boolean> {
    return !this.linksOut.has(uri);
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const file = this.files.get(uri);
    if (!(file instanceof Uint8Array)) throw new Error(`cannot read ${uri}`);
    this.reads.push(uri);
    return file;
  }

  async readDirectory(uri: string): Promise<(readonly [string, ReviewFileType])[]> {
    const names = new Map<string, ReviewFileType>();
    for (const k of this.files.keys()) {
      if (!k.startsWith(`${uri}/`)) continue;
      const rest = k.slice(uri.length + 1);
      names.set(rest.split('/')[0], rest.includes('/') ? 'directory' : 'file');
    }
    return [...names];
  }
}

export const review = (text: string, path = 'r.review.md', version = 1): IReviewDocument => ({ uri: `${root}/${path}`, version, getText: () => text });

/** The anchor index a fixture paper's truth file describes (test/fixtures/papers/<name>.truth.json). */
export function truthIndex(name: string): AnchorIndex {
  // From the repository root, where the unit suite runs (a bundled test file may sit at any depth).
  const truth = JSON.parse(readFileSync(join(process.cwd(), `test/fixtures/papers/${name}.truth.json`), 'utf8')) as {
    pages: number; anchors: { kind: AnchorIndex['anchors'][number]['kind']; label: string; page: number; title?: string; part?: 'supplement' }[];
  };
  return {
    formatVersion: 2, pages: truth.pages, fingerprint: name, notes: [],
    anchors: truth.anchors.map((a) => ({ kind: a.kind, label: a.label, page: a.page, rect: [0, 0, 0, 0] as const, title: a.title ?? '', ...(a.part ? { part: a.part } : {}) })),
  };
}

/** getAnchorIndex for the service: the PDF's bytes name the fixture ("long" → long.truth.json); counts the calls. */
export function truthIndexer(): { getAnchorIndex: (uri: string, read: () => Promise<Uint8Array>) => Promise<AnchorIndex | undefined>; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    getAnchorIndex: async (uri, read) => {
      calls.push(uri);
      const name = new TextDecoder().decode(await read());
      return name === 'broken' ? undefined : truthIndex(name);
    },
  };
}

/** The offset just after `needle` plus `delta`, in `text`. */
export const at = (text: string, needle: string, delta = 0) => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in the text`);
  return i + delta;
};
