// Starts anchor-index workers as worker_threads workers from the bundled dist/anchorIndexWorker.node.js
// (desktop extension host and CLI). Node only: the web bundle must not reach this file.
import { Worker } from 'node:worker_threads';
import type { IndexWorkerFactory } from './anchorIndexClient';

export const NODE_WORKER_FILE = 'anchorIndexWorker.node.js';

export function nodeWorkerFactory(scriptPath: string): IndexWorkerFactory {
  return (events) => {
    const worker = new Worker(scriptPath);
    worker.on('message', (m: unknown) => events.onMessage(m));
    worker.on('error', (e) => events.onError(e));
    worker.on('messageerror', (e) => events.onError(e));
    worker.on('exit', (code) => events.onError(new Error(`the worker exited (code ${code})`)));
    return { postMessage: (m, transfer) => worker.postMessage(m, transfer), terminate: () => void worker.terminate() };
  };
}
