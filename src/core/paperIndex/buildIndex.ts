import { AnchorIndexError, toAnchorIndexError } from './errors';
import { anchorDestination } from './destinations';
import { IndexAssembler, type DocumentInfo } from './finalize';
import { scanPage, type PageScan } from './pageScan';
import type { PdfDocument, PdfLoader, PdfOutlineItem } from './pdfTypes';
import type { AnchorIndex, AnchorIndexProgress } from './types';

export interface CancellationSignal { readonly aborted: boolean }

const MAX_OUTLINE = 2000;

/** Opens the PDF, mapping pdf.js failures (and a PDF without pages) to AnchorIndexError. */
export async function openDocument(load: PdfLoader, data: Uint8Array, password?: string): Promise<PdfDocument> {
  let doc: PdfDocument;
  try {
    doc = await load(data, password === undefined ? {} : { password });
  } catch (err) {
    throw toAnchorIndexError(err, data);
  }
  if (doc.numPages < 1) {
    await doc.destroy();
    throw new AnchorIndexError('no-pages', 'The PDF has no pages.');
  }
  return doc;
}

async function pageOf(doc: PdfDocument, dest: readonly unknown[] | null, cache: Map<string, Promise<number>>): Promise<number | undefined> {
  const ref = dest?.[0];
  if (typeof ref === 'number') return ref + 1;
  if (!ref || typeof ref !== 'object') return undefined;
  const key = JSON.stringify(ref);
  let p = cache.get(key);
  if (!p) cache.set(key, (p = doc.getPageIndex(ref).then((i) => i + 1, () => -1)));
  const page = await p;
  return page > 0 ? page : undefined;
}

/** Outline entries and the named destinations that LaTeX/hyperref write, resolved to pages. A damaged outline is ignored. */
export async function readDocumentInfo(doc: PdfDocument): Promise<DocumentInfo> {
  const cache = new Map<string, Promise<number>>();
  const outline: { title: string; page: number }[] = [];
  const destinations: { name: string; page: number; y: number | null }[] = [];
  try {
    const stack: PdfOutlineItem[] = [...((await doc.getOutline()) ?? [])];
    while (stack.length && outline.length < MAX_OUTLINE) {
      const item = stack.shift()!;
      stack.unshift(...item.items);
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const page = await pageOf(doc, dest, cache);
      if (page) outline.push({ title: item.title, page });
    }
  } catch { /* an unreadable outline only loses a hint */ }
  try {
    const all = await doc.getDestinations();
    for (const [name, dest] of Object.entries(all)) {
      if (!anchorDestination.test(name)) continue;
      const page = await pageOf(doc, dest, cache);
      const y = dest && (dest[1] as { name?: string } | undefined)?.name === 'XYZ' && typeof dest[3] === 'number' ? dest[3] : null;
      if (page) destinations.push({ name, page, y });
    }
  } catch { /* as above */ }
  return { pages: doc.numPages, fingerprint: doc.fingerprints[0] ?? '', outline, destinations };
}

/** Reads the text of the given pages one after another (pdf.js parses on one thread anyway) and scans each. */
export async function scanPages(doc: PdfDocument, pages: readonly number[], onPage?: (scan: PageScan) => void, signal?: CancellationSignal): Promise<PageScan[]> {
  const out: PageScan[] = [];
  for (const n of pages) {
    if (signal?.aborted) throw new AnchorIndexError('cancelled', 'Indexing was cancelled.');
    let scan: PageScan;
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      scan = scanPage(content, n, page.view);
      page.cleanup?.();
    } catch (err) {
      if (err instanceof AnchorIndexError) throw err;
      // One broken page should not lose the others: index it as a page without text.
      scan = { page: n, view: [0, 0, 612, 792], chars: 0, candidates: [], text: '' };
    }
    out.push(scan);
    onPage?.(scan);
  }
  return out;
}

/** Progress after each of the first pages (usable early), then every 5%, and at the end: bounded work on long files. */
export function progressDue(done: number, total: number): boolean {
  return done <= 4 || done === total || done % Math.ceil(total / 20) === 0;
}

/** Where one indexing run sends what it reads: the assembler in-process, or messages to the host from a worker. */
export interface IndexSink {
  info(info: DocumentInfo): void;
  scan(scan: PageScan): void;
}

/**
 * The reading half of the one index pipeline: scans `pages` of an open document into `sink`, and with `withInfo` reads
 * the outline and destinations alongside (so the first page is not held back). The assembling half is IndexAssembler;
 * buildAnchorIndex joins the two in one thread, the worker client across workers.
 */
export async function readIndexParts(doc: PdfDocument, pages: readonly number[], withInfo: boolean, sink: IndexSink, signal?: CancellationSignal): Promise<void> {
  const info = withInfo ? readDocumentInfo(doc).then((i) => sink.info(i)) : Promise.resolve();
  try {
    await scanPages(doc, pages, (scan) => sink.scan(scan), signal);
  } finally {
    await info;
  }
}

export interface BuildOptions {
  readonly password?: string;
  readonly signal?: CancellationSignal;
  readonly onProgress?: (p: AnchorIndexProgress) => void;
}

/** Feeds an assembler and reports its anchors as they become final (bounded by progressDue). */
export function assemblingSink(assembler: IndexAssembler, pages: () => number, onProgress?: (p: AnchorIndexProgress) => void): IndexSink {
  let reported = 0;
  const report = () => {
    const done = assembler.pagesDone;
    // Anchors are final only once the document info is there; until then there is nothing to show. The first report
    // comes as soon as there is something, later ones when due.
    if (!onProgress || !assembler.info || done === reported || (reported > 0 && !progressDue(done, pages()))) return;
    reported = done;
    onProgress({ pagesDone: done, pages: pages(), partial: assembler.partial()! });
  };
  return {
    info: (info) => { assembler.setInfo(info); report(); },
    scan: (scan) => { assembler.addScan(scan); report(); },
  };
}

/** The whole index on the current thread: the CLI's fallback, tests, the bench and the corpus evaluation. */
export async function buildAnchorIndex(load: PdfLoader, data: Uint8Array, options: BuildOptions = {}): Promise<AnchorIndex> {
  const doc = await openDocument(load, data, options.password);
  try {
    const assembler = new IndexAssembler();
    const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    await readIndexParts(doc, pages, true, assemblingSink(assembler, () => doc.numPages, options.onProgress), options.signal);
    return assembler.finish();
  } finally {
    await doc.destroy();
  }
}
