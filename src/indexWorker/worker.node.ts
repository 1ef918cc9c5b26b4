// Entry of dist/anchorIndexWorker.node.js: the anchor-index worker as a worker_threads worker (desktop extension host, CLI).
import { parentPort } from 'node:worker_threads';
import { runIndexWorker } from './workerLoop';

const port = parentPort;
if (!port) throw new Error('anchorIndexWorker.node.js runs as a worker thread');
runIndexWorker({ post: (m) => port.postMessage(m), listen: (h) => port.on('message', h) });
