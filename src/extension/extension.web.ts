import * as vscode from 'vscode';
import { activateShared } from './activate';
import { WEB_WORKER_FILE, webWorkerFactory, webWorkerFromSource } from '../indexWorker/webWorkerFactory';
import { LanguageClient } from 'vscode-languageclient/browser';

/** VS Code for the Web: the extension host is a web worker, so no Node module may be reached from here. */
export function activate(context: vscode.ExtensionContext): void {
  activateShared(context, {
    kind: 'web',
    anchorIndexWorkers: (ctx) => webWorkerFactory(() => readExtensionFile(vscode.Uri.joinPath(ctx.extensionUri, 'dist', WEB_WORKER_FILE))),
    createLanguageClient: async (ctx, id, name, options) => {
      // The server runs in a web worker of its own, started like the index workers.
      const source = await readExtensionFile(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'server.web.js'));
      return new LanguageClient(id, name, webWorkerFromSource(source, 'paper-review-language-server') as unknown as ConstructorParameters<typeof LanguageClient>[2], options);
    },
  });
}

/** The extension's files are served over http(s) in the browser; other schemes (vscode-remote, file) go through the workspace fs. */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array | string> {
  if (uri.scheme !== 'http' && uri.scheme !== 'https') return vscode.workspace.fs.readFile(uri);
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`${uri.toString(true)}: HTTP ${response.status}`);
  return response.text();
}

export function deactivate(): void {}
