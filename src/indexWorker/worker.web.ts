// Entry of dist/anchorIndexWorker.web.js: the anchor-index worker as a web worker (VS Code for the Web, started by the
// web-worker extension host).
import { runIndexWorker } from './workerLoop';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
runIndexWorker({ post: (m) => scope.postMessage(m), listen: (h) => scope.addEventListener('message', (e) => h(e.data)) });
