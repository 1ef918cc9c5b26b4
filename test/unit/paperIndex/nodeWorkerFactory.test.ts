import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAnchorIndex } from '../../../src/core/paperIndex';
import { AnchorIndexClient } from '../../../src/indexWorker/anchorIndexClient';
import { nodeWorkerFactory } from '../../../src/indexWorker/nodeWorkerFactory';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';
import { buildNodeWorker } from './workerBuild';

// The Node worker's code cache: written after the first index into a folder only the user may write, and a worker
// started from it indexes as one started without it.
const papers = join(process.cwd(), 'test/fixtures/papers');
const read = (name: string) => new Uint8Array(readFileSync(join(papers, name)));
const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.bin'));

async function until<T>(what: string, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('node index worker code cache', function () {
  this.timeout(60_000);
  let workerFile: string;
  let root: string;
  const clients: AnchorIndexClient[] = [];
  const client = (codeCacheDir: string) => {
    const c = new AnchorIndexClient({ createWorker: nodeWorkerFactory(workerFile, { codeCacheDir }) });
    clients.push(c);
    return c;
  };
  before(async () => { workerFile = await buildNodeWorker(); root = mkdtempSync(join(tmpdir(), 'paper-review-cache-test-')); });
  afterEach(() => { while (clients.length) clients.pop()!.dispose(); });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is written after the first index, for this user only, and a worker started from it gives the same index', async () => {
    const dir = join(root, 'own');
    const expected = await buildAnchorIndex(createPdfjsLoader(), read('long.pdf'));
    assert.deepEqual(await client(dir).index(read('long.pdf')), expected);
    const [file] = await until('the code cache file', () => (caches(dir).length ? caches(dir) : undefined));
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, file!)).mode & 0o777, 0o600);
    assert.deepEqual(await client(dir).index(read('long.pdf')), expected);
    assert.deepEqual(caches(dir), [file]);
  });

  // POSIX permissions (the tests run on Debian; on Windows the temporary folder is the user's own).
  it('is neither read nor written in a folder others may write; the worker runs without it', async () => {
    const dir = join(root, 'shared');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const c = client(dir);
    const expected = await buildAnchorIndex(createPdfjsLoader(), read('ieee.pdf'));
    assert.deepEqual(await c.index(read('ieee.pdf')), expected);
    // A cache would be written right after the first index; the second one ends well after that.
    assert.equal((await c.index(read('long.pdf'))).pages, 17);
    assert.deepEqual(caches(dir), []);
  });
});
