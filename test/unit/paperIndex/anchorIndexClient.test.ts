import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnchorIndexError, buildAnchorIndex, cachedAnchorIndex, type AnchorIndexProgress, type AnchorIndexStore } from '../../../src/core/paperIndex';
import { AnchorIndexClient, type CancellationTokenLike, type IndexWorkerFactory } from '../../../src/indexWorker/anchorIndexClient';
import { nodeWorkerFactory } from '../../../src/indexWorker/nodeWorkerFactory';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';
import { ANCHOR_INDEX_PROTOCOL_VERSION } from '../../../src/protocol/anchorIndexMessages';
import { buildNodeWorker, fakeWorker } from './workerBuild';

// The client with real worker_threads workers running the bundled worker (pdf.js inside) on the fixture papers.
const dir = join(process.cwd(), 'test/fixtures/papers');
const read = (name: string) => readFileSync(join(dir, name));
const clients: AnchorIndexClient[] = [];
let workerFile: string;

function client(options: { workers?: number; timeoutMs?: number; createWorker?: IndexWorkerFactory } = {}): AnchorIndexClient {
  const c = new AnchorIndexClient({ createWorker: nodeWorkerFactory(workerFile), ...options });
  clients.push(c);
  return c;
}

function tokenSource(): { token: CancellationTokenLike; cancel(): void } {
  const listeners: (() => void)[] = [];
  let cancelled = false;
  return {
    token: { get isCancellationRequested() { return cancelled; }, onCancellationRequested: (l) => { listeners.push(l); return { dispose() {} }; } },
    cancel() { cancelled = true; listeners.forEach((l) => l()); },
  };
}

async function failure(p: Promise<unknown>): Promise<AnchorIndexError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof AnchorIndexError, `expected an AnchorIndexError, got ${String(err)}`);
  return err;
}

describe('anchor index client (worker threads)', function () {
  this.timeout(60_000);
  before(async () => { workerFile = await buildNodeWorker(); });
  afterEach(() => { while (clients.length) clients.pop()!.dispose(); });

  for (const workers of [1, 2]) {
    it(`gives the same index as in-process indexing, with ${workers} worker(s)`, async () => {
      for (const pdf of ['long.pdf', 'ieee.pdf', 'preprint-nohyperref.pdf']) {
        const expected = await buildAnchorIndex(createPdfjsLoader(), new Uint8Array(read(pdf)));
        assert.deepEqual(await client({ workers }).index(new Uint8Array(read(pdf))), expected, pdf);
      }
    });
  }

  it("reads the first page for New Review: the venue's running head and the printed title, in the running worker", async () => {
    const c = client();
    await c.index(new Uint8Array(read('ieee.pdf')));
    const facts = await c.firstPage(new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/workspace/newReview/iclr-submission.pdf'))));
    assert.equal(facts.title, 'Sparse Mixtures of Tiny Experts for Long-Context Retrieval');
    assert.ok(facts.firstPageText?.startsWith('Under review as a conference paper at ICLR 2026 '), facts.firstPageText);
    assert.equal(c.workersStarted, 1);
    assert.equal((await failure(c.firstPage(new TextEncoder().encode('not a pdf')))).code, 'not-a-pdf');
  });

  it('warmUp starts the worker ahead of the first request, which then uses it', async () => {
    const c = client({ workers: 2 });
    await c.warmUp();
    assert.equal(c.workersStarted, 2);
    assert.equal((await c.index(new Uint8Array(read('ieee.pdf')))).pages, 2);
    assert.equal(c.workersStarted, 2);
  });

  it('leaves the caller\'s bytes intact, even a Node Buffer from a shared pool', async () => {
    const data = read('ieee.pdf');
    const before = Buffer.from(data);
    await client().index(data);
    assert.equal(data.byteLength, before.byteLength);
    assert.ok(data.equals(before));
  });

  it('reports partial anchors from the first pages before the result', async () => {
    const events: AnchorIndexProgress[] = [];
    const index = await client().index(new Uint8Array(read('long.pdf')), { onProgress: (p) => events.push(p) });
    assert.ok(events.length >= 2);
    const first = events[0]!;
    assert.equal(first.pages, 17);
    assert.ok(first.pagesDone < 17 && first.partial.anchors.length > 0 && first.partial.anchors.length < index.anchors.length, 'an early progress event carries some anchors');
    assert.ok(first.partial.anchors.some((a) => a.kind === 'page' && a.page === 1));
    assert.equal(events.at(-1)!.pagesDone, 17);
  });

  it('says an encrypted PDF needs a password, a wrong one is wrong, and the right one opens it', async () => {
    const c = client();
    const data = new Uint8Array(read('encrypted.pdf'));
    assert.equal((await failure(c.index(data))).code, 'encrypted');
    assert.equal((await failure(c.index(data, { password: 'wrong' }))).code, 'wrong-password');
    assert.ok((await c.index(data, { password: 'user' })).anchors.some((a) => a.kind === 'section' && a.label === '2.1'));
  });

  it('rejects a file that is not a PDF with not-a-pdf', async () => {
    assert.equal((await failure(client().index(new TextEncoder().encode('not a pdf')))).code, 'not-a-pdf');
  });

  it('cancels on the token, and the next request still works', async () => {
    const c = client();
    const source = tokenSource();
    const run = c.index(new Uint8Array(read('long.pdf')), { token: source.token, onProgress: () => source.cancel() });
    assert.equal((await failure(run)).code, 'cancelled');
    assert.equal((await c.index(new Uint8Array(read('ieee.pdf')))).pages, 2);
  });

  it('turns a hanging worker into a timeout, then restarts the workers', async () => {
    const hanging = fakeWorker('hanging', `parentPort.postMessage({ type: 'ready', protocolVersion: ${ANCHOR_INDEX_PROTOCOL_VERSION} });\nparentPort.on('message', () => {});`);
    let starts = 0;
    const c = client({ workers: 1, createWorker: (events) => nodeWorkerFactory(starts++ === 0 ? hanging : workerFile)(events) });
    const err = await failure(c.index(new Uint8Array(read('ieee.pdf')), { timeoutMs: 300 }));
    assert.equal(err.code, 'timeout');
    assert.match(err.message, /stopped responding/);
    assert.equal((await c.index(new Uint8Array(read('ieee.pdf')))).pages, 2);
    assert.equal(c.workersStarted, 2);
  });

  it('bounds the total time: a worker that keeps sending pages for ever still times out', async () => {
    // Sends a page scan every 20 ms and never finishes: never inactive, so only the total bound can stop it.
    const endless = fakeWorker('endless', `parentPort.postMessage({ type: 'ready', protocolVersion: ${ANCHOR_INDEX_PROTOCOL_VERSION} });
parentPort.on('message', (m) => { let p = 0; setInterval(() => parentPort.postMessage({ type: 'progress', requestId: m.requestId, pages: 1000000, scans: [{ page: ++p, view: [0, 0, 612, 792], chars: 0, candidates: [], text: '' }] }), 20); });`);
    let starts = 0;
    const c = client({ workers: 1, createWorker: (events) => nodeWorkerFactory(starts++ === 0 ? endless : workerFile)(events) });
    const err = await failure(c.index(new Uint8Array(read('ieee.pdf')), { timeoutMs: 3000, totalTimeoutMs: 4000 }));
    assert.equal(err.code, 'timeout');
    assert.match(err.message, /took longer than 4 s in all/);
    assert.equal((await c.index(new Uint8Array(read('ieee.pdf')))).pages, 2);
  });

  it('a worker that runs out of its memory limit fails with worker-failed, and the next request works', async () => {
    const greedy = fakeWorker('greedy', `parentPort.postMessage({ type: 'ready', protocolVersion: ${ANCHOR_INDEX_PROTOCOL_VERSION} });
parentPort.on('message', () => { const keep = []; for (;;) keep.push(new Array(1e6).fill(keep.length)); });`);
    let starts = 0;
    // A small limit so the test is quick; the real limit is WORKER_RESOURCE_LIMITS.
    const c = client({ workers: 1, createWorker: (events) => (starts++ === 0 ? nodeWorkerFactory(greedy, { resourceLimits: { maxOldGenerationSizeMb: 48 } }) : nodeWorkerFactory(workerFile))(events) });
    const err = await failure(c.index(new Uint8Array(read('ieee.pdf'))));
    assert.equal(err.code, 'worker-failed');
    assert.match(err.message, /memory/i);
    assert.equal((await c.index(new Uint8Array(read('ieee.pdf')))).pages, 2);
  });

  it('turns a crashing worker into worker-failed, then starts a new one', async () => {
    const crashing = fakeWorker('crashing', `parentPort.postMessage({ type: 'ready', protocolVersion: ${ANCHOR_INDEX_PROTOCOL_VERSION} });\nparentPort.on('message', () => process.exit(3));`);
    let starts = 0;
    const c = client({ workers: 1, createWorker: (events) => nodeWorkerFactory(starts++ === 0 ? crashing : workerFile)(events) });
    const err = await failure(c.index(new Uint8Array(read('ieee.pdf'))));
    assert.equal(err.code, 'worker-failed');
    assert.match(err.message, /exited \(code 3\)/);
    assert.equal((await c.index(new Uint8Array(read('ieee.pdf')))).pages, 2);
  });

  it('refuses a worker of another protocol version', async () => {
    const stale = fakeWorker('stale', "parentPort.postMessage({ type: 'ready', protocolVersion: 999 });");
    const err = await failure(client({ workers: 1, createWorker: nodeWorkerFactory(stale) }).index(new Uint8Array(read('ieee.pdf'))));
    assert.equal(err.code, 'protocol');
    assert.match(err.message, /protocol 999/);
  });

  it('answers a second open from the cache without starting a worker', async () => {
    const map = new Map<string, string>();
    const store: AnchorIndexStore = { read: async (k) => map.get(k), write: async (k, v) => { map.set(k, v); } };
    const data = new Uint8Array(read('conf2col.pdf'));
    const first = client();
    const a = await cachedAnchorIndex(store, data, () => first.index(data));
    assert.equal(a.cached, false);
    assert.ok(first.workersStarted > 0);
    const second = client();
    const b = await cachedAnchorIndex(store, data, () => second.index(data));
    assert.equal(b.cached, true);
    assert.equal(second.workersStarted, 0);
    assert.deepEqual(b.index, JSON.parse(JSON.stringify(a.index)));
  });
});
