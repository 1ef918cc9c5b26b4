// dist/server.web.js: the review language server as a web worker (VS Code for the Web). It has no file access of
// its own: the client serves the review's paper through vscode.workspace.fs and indexes it in its own workers.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startReviewServer } from '../reviewServer';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startReviewServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {});
