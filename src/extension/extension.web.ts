import * as vscode from 'vscode';
import { activateShared } from './activate';
import { WEB_WORKER_FILE, webWorkerFactory } from '../indexWorker/webWorkerFactory';

/** VS Code for the Web: the extension host is a web worker, so no Node module may be reached from here. */
export function activate(context: vscode.ExtensionContext): void {
  activateShared(context, {
    kind: 'web',
    anchorIndexWorkers: (ctx) => webWorkerFactory(() => readExtensionFile(vscode.Uri.joinPath(ctx.extensionUri, 'dist', WEB_WORKER_FILE))),
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
