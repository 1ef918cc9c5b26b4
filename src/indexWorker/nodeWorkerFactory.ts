// Starts anchor-index workers as worker_threads workers from the bundled dist/anchorIndexWorker.node.js
// (desktop extension host and CLI). Node only: the web bundle must not reach this file.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { IndexWorkerFactory } from './anchorIndexClient';

export const NODE_WORKER_FILE = 'anchorIndexWorker.node.js';

/** pdf.js on a 60-page paper stays well under 200 MB; 1 GB leaves room for big scans while bounding a runaway. */
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 } as const;

export function nodeWorkerFactory(scriptPath: string, resourceLimits: ResourceLimits = WORKER_RESOURCE_LIMITS): IndexWorkerFactory {
  return (events) => {
    // A hostile or huge PDF must not take the host's memory: past these limits the worker dies with
    // ERR_WORKER_OUT_OF_MEMORY, which the client reports as worker-failed.
    const worker = new Worker(scriptPath, { resourceLimits });
    worker.on('message', (m: unknown) => events.onMessage(m));
    worker.on('error', (e) => events.onError(e));
    worker.on('messageerror', (e) => events.onError(e));
    worker.on('exit', (code) => events.onError(new Error(`the worker exited (code ${code})`)));
    return { postMessage: (m, transfer) => worker.postMessage(m, transfer), terminate: () => void worker.terminate() };
  };
}
