// Entry of dist/anchorIndexWorker.node.js: the anchor-index worker as a worker_threads worker (desktop extension host, CLI).
import { parentPort } from 'node:worker_threads';
import { SAVE_CODE_CACHE } from './nodeWorkerFactory';
import { runIndexWorker } from './workerLoop';

const port = parentPort;
if (!port) throw new Error('anchorIndexWorker.node.js runs as a worker thread');
// Set when nodeWorkerFactory started this script with a code cache to write (CODE_CACHE_BOOT).
const saveCodeCache = (globalThis as Record<symbol, unknown>)[Symbol.for(SAVE_CODE_CACHE)];
runIndexWorker({
  post: (m) => port.postMessage(m), listen: (h) => port.on('message', h),
  ...(typeof saveCodeCache === 'function' ? { indexed: () => saveCodeCache() } : {}),
});
