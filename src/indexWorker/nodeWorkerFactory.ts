// Starts anchor-index workers as worker_threads workers from the bundled dist/anchorIndexWorker.node.js
// (desktop extension host and CLI). Node only: the web bundle must not reach this file.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { IndexWorkerFactory } from './anchorIndexClient';

export const NODE_WORKER_FILE = 'anchorIndexWorker.node.js';

/** pdf.js on a 60-page paper stays well under 200 MB; 1 GB leaves room for big scans while bounding a runaway. */
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 } as const;

/** Where a worker finds the code cache of its script: one folder per user (a code cache is code to run). */
export const defaultCodeCacheDir = (): string => join(tmpdir(), `paper-review-code-cache-${process.getuid?.() ?? 'user'}`);

/** Set by CODE_CACHE_BOOT for the worker's script to call once it has indexed a paper (worker.node.ts). */
export const SAVE_CODE_CACHE = 'paperReview.saveCodeCache';

/**
 * The worker's first lines: compiles its script (CommonJS) with V8's code cache from an earlier start, so a new worker
 * neither parses pdf.js's megabytes again nor compiles the functions the index runs (a third off the worker's start
 * on the 2-core bench machine: ~270 ms to ~195 ms). The
 * cache is keyed by the script's content (V8 itself checks only its length) and Node's version, and lives in a folder
 * only this user can write (checked; otherwise the worker runs without a cache). Written once, after the first index
 * (so it holds the functions indexing compiled), when there was none or V8 refused it; caches unused for a month go.
 */
const CODE_CACHE_BOOT = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { dirname, join } = require('node:path');
const { createRequire } = require('node:module');
const vm = require('node:vm');
const { script, cacheDir } = workerData;
const source = fs.readFileSync(script, 'utf8');
let file, cachedData;
try {
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const dir = fs.lstatSync(cacheDir);
  const own = process.platform === 'win32' || (dir.uid === process.getuid() && (dir.mode & 0o022) === 0);
  if (dir.isDirectory() && own) {
    const key = require('node:crypto').createHash('sha256').update(process.version).update(process.arch).update(source).digest('hex').slice(0, 40);
    file = join(cacheDir, key + '.bin');
    if (fs.existsSync(file)) cachedData = fs.readFileSync(file);
  }
} catch { file = undefined; }
const compiled = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', {
  filename: script, cachedData, importModuleDynamically: vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (file && (!cachedData || compiled.cachedDataRejected)) {
  let saved = false;
  globalThis[Symbol.for(${JSON.stringify(SAVE_CODE_CACHE)})] = () => {
    if (saved) return;
    saved = true;
    const temporary = file + '.' + process.pid + '.' + require('node:worker_threads').threadId;
    fs.writeFile(temporary, compiled.createCachedData(), { mode: 0o600 }, (err) => {
      if (err) return;
      fs.rename(temporary, file, () => fs.rm(temporary, { force: true }, () => {}));
      // Each build of the worker has its own cache: those unused for a month go.
      fs.readdir(cacheDir, (e, names) => {
        for (const name of e ? [] : names.filter((n) => n.endsWith('.bin'))) {
          fs.stat(join(cacheDir, name), (e2, st) => { if (!e2 && Date.now() - st.atimeMs > 30 * 86400000) fs.rm(join(cacheDir, name), { force: true }, () => {}); });
        }
      });
    });
  };
}
const loaded = { exports: {} };
compiled.runInThisContext()(loaded.exports, createRequire(script), loaded, script, dirname(script));
`;

export interface NodeWorkerOptions {
  readonly resourceLimits?: ResourceLimits;
  /** The code cache's folder (default: defaultCodeCacheDir()); `false` starts without one. */
  readonly codeCacheDir?: string | false;
}

export function nodeWorkerFactory(scriptPath: string, options: NodeWorkerOptions = {}): IndexWorkerFactory {
  const { resourceLimits = WORKER_RESOURCE_LIMITS, codeCacheDir = defaultCodeCacheDir() } = options;
  return (events) => {
    // A hostile or huge PDF must not take the host's memory: past these limits the worker dies with
    // ERR_WORKER_OUT_OF_MEMORY, which the client reports as worker-failed.
    const worker = codeCacheDir === false
      ? new Worker(scriptPath, { resourceLimits })
      : new Worker(CODE_CACHE_BOOT, { eval: true, resourceLimits, workerData: { script: scriptPath, cacheDir: codeCacheDir } });
    worker.on('message', (m: unknown) => events.onMessage(m));
    worker.on('error', (e) => events.onError(e));
    worker.on('messageerror', (e) => events.onError(e));
    worker.on('exit', (code) => events.onError(new Error(`the worker exited (code ${code})`)));
    return { postMessage: (m, transfer) => worker.postMessage(m, transfer), terminate: () => void worker.terminate() };
  };
}
