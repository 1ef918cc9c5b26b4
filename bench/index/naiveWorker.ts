// The naive loop for bench.ts, in its own worker thread: pdf.js loaded as its documentation shows (getDocument with the
// bytes, nothing tuned), every page's text read with the plain sequential getTextContent loop. With `workerData.tuned`
// it loads pdf.js as our index worker does (src/indexWorker/pdfjs.ts), to tell what our pdf.js set-up gains from what
// the rest of our path does. Each message is one PDF; the worker answers 'done' and waits for the next (a warm loop).
import { parentPort, workerData } from 'node:worker_threads';
import { createPdfjsLoader } from '../../src/indexWorker/pdfjs';

type Load = (data: Uint8Array) => Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<unknown> }>; destroy(): Promise<void> }>;

async function plainLoader(): Promise<Load> {
  const log = console.log;
  console.log = () => {}; // pdf.js warns at load that the optional canvas package is missing
  try {
    // A bundle cannot find pdf.js's worker module by path: hand it over as pdf.js's Node set-up allows.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return async (data) => (await pdfjs.getDocument({ data, verbosity: 0 }).promise) as unknown as Awaited<ReturnType<Load>>;
  } finally {
    console.log = log;
  }
}

const load: Promise<Load> = (workerData as { tuned?: boolean } | undefined)?.tuned ? Promise.resolve(createPdfjsLoader() as unknown as Load) : plainLoader();
parentPort!.on('message', async (data: ArrayBuffer) => {
  const doc = await (await load)(new Uint8Array(data));
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
  parentPort!.postMessage('done');
});
