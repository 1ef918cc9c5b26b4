// Starts anchor-index workers as web workers (VS Code for the Web: the extension host is itself a web worker).
// The extension's files are served from another origin than the extension host's, so the worker script is fetched
// once and started from a same-origin Blob URL.
import type { IndexWorkerFactory } from './anchorIndexClient';

export const WEB_WORKER_FILE = 'anchorIndexWorker.web.js';

interface WebWorker {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?(): void }) => void) | null;
  onmessageerror: (() => void) | null;
}
interface WebGlobals {
  Worker?: new (url: string, options?: { name?: string }) => WebWorker;
  Blob: new (parts: unknown[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

/** A web worker running `source` (a classic script), started from a same-origin Blob URL. */
export function webWorkerFromSource(source: Uint8Array | string, name: string): WebWorker {
  const g = globalThis as unknown as WebGlobals;
  if (!g.Worker) throw new Error('this extension host cannot start web workers');
  return new g.Worker(g.URL.createObjectURL(new g.Blob([source], { type: 'text/javascript' })), { name });
}

/** `loadScript` returns the worker bundle's source (fetched, or read through vscode.workspace.fs). */
export function webWorkerFactory(loadScript: () => Promise<Uint8Array | string>): IndexWorkerFactory {
  let url: Promise<string> | undefined;
  return async (events) => {
    const g = globalThis as unknown as WebGlobals;
    if (!g.Worker) throw new Error('this extension host cannot start web workers');
    url ??= loadScript().then((src) => g.URL.createObjectURL(new g.Blob([src], { type: 'text/javascript' })));
    const worker = new g.Worker(await url.catch((e: unknown) => { url = undefined; throw e; }), { name: 'paper-review-anchor-index' });
    worker.onmessage = (e) => events.onMessage(e.data);
    worker.onerror = (e) => { e.preventDefault?.(); events.onError(new Error(e.message ?? 'the worker failed')); };
    worker.onmessageerror = () => events.onError(new Error('a message from the worker could not be read'));
    return { postMessage: (m, transfer) => worker.postMessage(m, transfer), terminate: () => worker.terminate() };
  };
}
