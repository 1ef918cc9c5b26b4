// Loads pdf.js for indexing on the current thread: the index worker's (desktop, web, CLI), or a script's (eval, bench, tests).
import type { PdfDocument, PdfLoader } from '../core/paperIndex';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfjsModule> | undefined;

/**
 * pdf.js's own worker code runs in this thread ("fake worker"): our index already runs off the main thread, and in Node
 * pdf.js has no worker of its own. Both modules are bundled, so a packaged extension needs no node_modules.
 */
function loadPdfjs(): Promise<PdfjsModule> {
  return (pdfjs ??= (async () => {
    // In Node, pdf.js warns at load time that the optional canvas package is missing; text extraction does not need it.
    const log = console.log;
    console.log = () => {};
    // The legacy build's core-js polyfills replace Array.prototype.push with a JavaScript version on Node 20 (for an
    // error case on arrays with a frozen length, which nothing here has); text extraction spent ~18% of its time in it.
    // The native push goes back once pdf.js is loaded: this thread runs only our code.
    const push = Array.prototype.push;
    // pdf.js inflates content streams and font files through DecompressionStream where the platform has one. In Node
    // that is a web stream over zlib in the thread pool, and each stream waits on it; without it pdf.js inflates in
    // this thread with its own decoder, as wherever the platform lacks one, and reads a paper's text faster (the
    // "tuned naive" column of `npm run bench:index`). In Chromium it made no difference, so browsers keep theirs.
    // It stays away for the thread's life: nothing else in it uses DecompressionStream.
    const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
    if (node) delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
    try {
      const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return lib;
    } finally {
      console.log = log;
      if (Array.prototype.push !== push) Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    }
  })());
}

/** Loads pdf.js now (a worker does so before it says it is ready); settles either way. */
export function preloadPdfjs(): Promise<void> {
  return loadPdfjs().then(() => undefined, () => undefined); // a failure shows on the first load, as a clear error
}

/** A PdfLoader backed by real pdf.js. `onOpen` counts parses (tests use it to show the cache works). */
export function createPdfjsLoader(): PdfLoader {
  return async (data, options = {}) => {
    const lib = await loadPdfjs();
    const task = lib.getDocument({
      // pdf.js takes ownership of the buffer it is given: hand it a copy (a Node Buffer's slice() would be a view of a shared pool).
      data: new Uint8Array(data), password: options.password, verbosity: 0, isEvalSupported: false, disableFontFace: true,
      useSystemFonts: false, stopAtErrors: false, useWorkerFetch: false,
    });
    return (await task.promise) as unknown as PdfDocument;
  };
}
