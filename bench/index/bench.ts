// Per fixture paper, in one process: our index vs a naive sequential getTextContent loop (baseline), the cached
// re-open (hash + cache read), and pdftotext when installed. Medians of 5 runs after a warm-up. Prints ratios, asserts nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnchorIndex, cachedAnchorIndex, type AnchorIndexStore } from '../../src/core/anchors';
import { createPdfjsLoader } from '../../src/anchors/pdfjs';

const dir = join(process.cwd(), 'test/fixtures/papers');
const load = createPdfjsLoader();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
async function time(f: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  await f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) { const s = performance.now(); await f(); t.push(performance.now() - s); }
  return median(t);
}
async function naive(data: Uint8Array) {
  const doc = await load(data);
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
}
let pdftotext = true;
try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); } catch { pdftotext = false; }
console.log(`${'paper'.padEnd(26)} pages  naive ms  index ms  index/naive  cached ms${pdftotext ? '  pdftotext ms' : ''}`);
for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf') && f !== 'encrypted.pdf').sort()) {
  const file = join(dir, pdf);
  const data = new Uint8Array(readFileSync(file));
  const naiveMs = await time(() => naive(data));
  let pages = 0;
  const indexMs = await time(async () => { pages = (await buildAnchorIndex(load, data)).pages; });
  const map = new Map<string, string>();
  const store: AnchorIndexStore = { read: async (k) => map.get(k), write: async (k, v) => { map.set(k, v); } };
  await cachedAnchorIndex(store, data, () => buildAnchorIndex(load, data));
  const cachedMs = await time(() => cachedAnchorIndex(store, data, () => { throw new Error('cache miss'); }));
  const textMs = pdftotext ? await time(() => execFileSync('pdftotext', [file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] })) : 0;
  console.log(`${pdf.padEnd(26)} ${String(pages).padStart(5)}  ${naiveMs.toFixed(1).padStart(8)}  ${indexMs.toFixed(1).padStart(8)}  ${(indexMs / naiveMs).toFixed(2).padStart(11)}  ${cachedMs.toFixed(2).padStart(9)}${pdftotext ? `  ${textMs.toFixed(1).padStart(12)}` : ''}`);
}
