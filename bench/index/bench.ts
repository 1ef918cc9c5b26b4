// Per fixture paper, in one process: the naive sequential getTextContent loop (baseline: pdf.js as its documentation
// shows, in a worker thread of this process that has read the papers before, naiveWorker.ts) against our index in this
// thread, through the worker client with 1 and 2 worker threads already running (warm), and end to end with a fresh
// client (cold: worker start + pdf.js load + index); the cached re-open (hash + cache read); pdftotext when installed.
// Medians of 5 runs after a warm-up (3 for cold starts). Prints times and ratios to the naive loop, asserts nothing.
// `npm run bench:index -- long.pdf` runs only the papers whose names contain the argument; `-- --corpus-only` skips the fixtures.
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { truthDir } from '../../scripts/corpusEval';
import { join } from 'node:path';
import { buildAnchorIndex, cachedAnchorIndex, type AnchorIndexStore } from '../../src/core/paperIndex';
import { AnchorIndexClient } from '../../src/indexWorker/anchorIndexClient';
import { nodeWorkerFactory } from '../../src/indexWorker/nodeWorkerFactory';
import { createPdfjsLoader } from '../../src/indexWorker/pdfjs';

const argv = process.argv.slice(2).filter((a) => a !== '--corpus-only');
const corpusOnly = process.argv.includes('--corpus-only');
const [workerFile, naiveWorkerFile, filter = ''] = argv;
const dir = join(process.cwd(), 'test/fixtures/papers');
const load = createPdfjsLoader();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
async function time(f: () => Promise<unknown> | unknown, runs = 5, warmUp = true): Promise<number> {
  if (warmUp) await f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) { const s = performance.now(); await f(); t.push(performance.now() - s); }
  return median(t);
}
const client = (workers: number, codeCache = true) => new AnchorIndexClient({ createWorker: nodeWorkerFactory(workerFile!, codeCache ? {} : { codeCacheDir: false }), workers });
/** A worker thread running the naive loop (naiveWorker.ts) on each PDF it is sent: plain pdf.js, or with `tuned` ours. */
function naiveThread(tuned = false) {
  const worker = new Worker(naiveWorkerFile!, { workerData: { tuned } });
  return {
    run: (data: Uint8Array) => new Promise<void>((resolve, reject) => {
      const copy = new Uint8Array(data).buffer;
      const onError = (e: Error) => reject(e);
      worker.once('error', onError);
      worker.once('message', () => { worker.off('error', onError); resolve(); });
      worker.postMessage(copy, [copy]);
    }),
    terminate: () => worker.terminate(),
  };
}
/** The baseline: the naive loop, warm (its thread has read PDFs before, so pdf.js is loaded, compiled and optimised). */
const naiveWarm = naiveThread(), tunedWarm = naiveThread(true);
const naive = (data: Uint8Array) => naiveWarm.run(data);
/** The naive loop end to end, as a naive extension pays on the first open: a fresh worker thread, pdf.js loaded, every page read. */
async function naiveFresh(data: Uint8Array): Promise<void> {
  const thread = naiveThread();
  try { await thread.run(data); } finally { await thread.terminate(); }
}
let pdftotext = true;
try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); } catch { pdftotext = false; }

const cols = ['pages', 'naive', 'thread', 'w1 warm', 'w2 warm', 'w2 cold', 'cached', ...(pdftotext ? ['pdftotext'] : []), '| thread/n', 'w1/n', 'w2/n', 'w2cold/n'];
console.log(`times in ms; /n = ratio to the naive loop (lower is faster); ${(await import('node:os')).availableParallelism()} cores`);
console.log(['paper'.padEnd(24), ...cols.map((c) => c.padStart(9))].join(' '));
const warm1 = client(1), warm2 = client(2);
for (const pdf of corpusOnly ? [] : readdirSync(dir).filter((f) => f.endsWith('.pdf') && f !== 'encrypted.pdf' && f.includes(filter)).sort()) {
  const file = join(dir, pdf);
  const data = new Uint8Array(readFileSync(file));
  const naiveMs = await time(() => naive(data));
  let pages = 0;
  const threadMs = await time(async () => { pages = (await buildAnchorIndex(load, data)).pages; });
  const w1 = await time(() => warm1.index(data));
  const w2 = await time(() => warm2.index(data));
  const cold = await time(async () => { const c = client(2); try { await c.index(data); } finally { c.dispose(); } }, 3, false);
  const map = new Map<string, string>();
  const store: AnchorIndexStore = { read: async (k) => map.get(k), write: async (k, v) => { map.set(k, v); } };
  await cachedAnchorIndex(store, data, () => buildAnchorIndex(load, data));
  const cachedMs = await time(() => cachedAnchorIndex(store, data, () => { throw new Error('cache miss'); }));
  const textMs = pdftotext ? await time(() => execFileSync('pdftotext', [file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] })) : undefined;
  const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1).padStart(9);
  const ratio = (v: number) => (v / naiveMs).toFixed(2).padStart(9);
  console.log([pdf.padEnd(24), String(pages).padStart(9), ms(naiveMs), ms(threadMs), ms(w1), ms(w2), ms(cold), ms(cachedMs), ...(textMs === undefined ? [] : [ms(textMs)]),
    '|'.padStart(9), ratio(threadMs), ratio(w1), ratio(w2), ratio(cold)].join(' '));
}
warm1.dispose();
warm2.dispose();

// The corpus of real papers (test/corpus, or CORPUS_DIR) with 15 to 60 pages: the naive loop against the extension's
// path end to end (a fresh client: worker start, pdf.js load (from the code cache the earlier runs wrote), index; 1 and
// 2 workers), after activation (the worker started and pdf.js loaded, as the extension does when it activates), and
// warm (workers running), and when the first anchors arrive (the first progress with an anchor) against the end.
// The ratios are to the naive loop run warm (its thread has loaded pdf.js, and compiled and optimised its code, on
// earlier runs); "e2e/naive e2e" compares end to end with end to end: the naive loop in a fresh worker thread, pdf.js
// loaded there, as a naive extension would pay on first open; "tuned naive" is the naive loop with pdf.js loaded as our
// worker loads it (src/indexWorker/pdfjs.ts), warm: what our pdf.js set-up gains apart from the rest of our path; "no code cache" is e2e w1 with a worker that compiles
// its bundle afresh (nodeWorkerFactory's codeCacheDir: false). Medians of 3 runs, wall time and CPU time of the whole
// process (all threads): on a shared machine the CPU ratio says what the work costs, the wall ratio what a user waits.
// The committed corpus: its development papers and the held-out ones (a paper whose licence forbids redistribution is absent).
const corpusDirs = process.env.CORPUS_DIR ? [truthDir(process.env.CORPUS_DIR)] : ['papers', 'heldout'].map((d) => join(process.cwd(), 'test/corpus', d));
const corpus = corpusDirs.join(', ');
const long = corpusDirs.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.pdf') && f.includes(filter)).sort().map((f) => join(d, f)));
async function both(f: () => Promise<unknown>, runs = 3, warmUp = true): Promise<{ wall: number; cpu: number }> {
  if (warmUp) await f();
  const wall: number[] = [], cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now(), c = process.cpuUsage();
    await f();
    const u = process.cpuUsage(c);
    wall.push(performance.now() - s);
    cpu.push((u.user + u.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}
console.log(`\ncorpus papers of 15-60 pages in ${corpus}; ratios to the naive loop (lower is faster); wall (cpu)`);
console.log(['paper'.padEnd(44), ...['pages', 'naive ms', 'e2e w1', 'e2e w2', 'activated w1', 'warm w1', 'warm w2', 'first/e2e', 'naive e2e ms', 'e2e/naive e2e', 'no code cache', 'tuned naive'].map((c) => c.padStart(12))].join(' '));
const ratios: { e2e1: number; e2e2: number; warm1: number; warm2: number; first: number; cpu2: number; activated: number; fair: number; noCache: number; tuned: number }[] = [];
const warmA = client(1), warmB = client(2);
for (const file of long) {
  const pdf = file.slice(file.lastIndexOf('/') + 1);
  const data = new Uint8Array(readFileSync(file));
  const doc = await load(data);
  const pages = doc.numPages;
  await doc.destroy();
  if (pages < 15 || pages > 60) continue;
  const n = await both(() => naive(data));
  const nFresh = await both(() => naiveFresh(data), 3, false);
  const tuned = await both(() => tunedWarm.run(data));
  const e2e = (workers: number, codeCache = true) => both(async () => { const c = client(workers, codeCache); try { await c.index(data); } finally { c.dispose(); } }, 3, false);
  // After activation: the extension starts its worker (and pdf.js) when it activates; the first PDF then finds it ready,
  // with pdf.js loaded but not yet warmed by any document.
  const startedMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c = client(1);
    try { await c.warmUp(); const s = performance.now(); await c.index(data); startedMs.push(performance.now() - s); } finally { c.dispose(); }
  }
  const activated = { wall: median(startedMs) };
  const e1 = await e2e(1);
  const e1NoCache = await e2e(1, false);
  const e2 = await e2e(2);
  const w1 = await both(() => warmA.index(data));
  const w2 = await both(() => warmB.index(data));
  let firstMs = Infinity;
  const start = performance.now();
  const c = client(2);
  try {
    await c.index(data, { onProgress: (p) => { if (p.partial.anchors.some((a) => a.kind !== 'page') && firstMs === Infinity) firstMs = performance.now() - start; } });
  } finally { c.dispose(); }
  const first = firstMs / (performance.now() - start);
  const r = (v: { wall: number; cpu: number }) => `${(v.wall / n.wall).toFixed(2)} (${(v.cpu / n.cpu).toFixed(2)})`.padStart(12);
  ratios.push({ e2e1: e1.wall / n.wall, e2e2: e2.wall / n.wall, warm1: w1.wall / n.wall, warm2: w2.wall / n.wall, first, cpu2: e2.cpu / n.cpu, activated: activated.wall / n.wall, fair: e1.wall / nFresh.wall, noCache: e1NoCache.wall / n.wall, tuned: tuned.wall / n.wall });
  console.log([pdf.padEnd(44), String(pages).padStart(12), `${n.wall.toFixed(0)} (${n.cpu.toFixed(0)})`.padStart(12), r(e1), r(e2), (activated.wall / n.wall).toFixed(2).padStart(12), r(w1), r(w2), first.toFixed(2).padStart(12),
    `${nFresh.wall.toFixed(0)} (${nFresh.cpu.toFixed(0)})`.padStart(12), `${(e1.wall / nFresh.wall).toFixed(2)} (${(e1.cpu / nFresh.cpu).toFixed(2)})`.padStart(12), r(e1NoCache), r(tuned)].join(' '));
}
warmA.dispose();
warmB.dispose();
if (ratios.length) {
  const med = (k: keyof (typeof ratios)[number]) => median(ratios.map((x) => x[k])).toFixed(2);
  console.log(`median over ${ratios.length} papers (wall): end to end ${med('e2e1')} (1 worker), ${med('e2e2')} (2 workers; cpu ${med('cpu2')}); after activation ${med('activated')}; warm ${med('warm1')} / ${med('warm2')}; first anchors at ${med('first')} of the end-to-end time; end to end against the naive loop end to end ${med('fair')} (1 worker); end to end without the worker's code cache ${med('noCache')}; the naive loop with our pdf.js set-up, warm ${med('tuned')}`);
}
await naiveWarm.terminate();
await tunedWarm.terminate();
