// The naive extension's first open, for bench.ts: a fresh worker thread loads pdf.js (no code cache) and reads every
// page's text with the plain sequential getTextContent loop, then says done.
import { parentPort } from 'node:worker_threads';
import { createPdfjsLoader } from '../../src/indexWorker/pdfjs';

const load = createPdfjsLoader();
parentPort!.on('message', async (data: ArrayBuffer) => {
  const doc = await load(new Uint8Array(data));
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
  parentPort!.postMessage('done');
});
