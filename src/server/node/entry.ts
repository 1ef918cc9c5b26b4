// dist/server.node.js: the language server as its own Node program (`node dist/server.node.js --stdio` or `--node-ipc`).
import { startNodeServer } from './main';

startNodeServer();
