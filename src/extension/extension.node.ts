import type * as vscode from 'vscode';
import { realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { activateShared } from './activate';
import { resolvePaperPath } from '../core';
import { NODE_WORKER_FILE, nodeWorkerFactory } from '../indexWorker/nodeWorkerFactory';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

/** Desktop VS Code and remote hosts: a Node extension host. */
export function activate(context: vscode.ExtensionContext): void {
  activateShared(context, {
    kind: 'node',
    // V8's code cache of the index worker lives in the extension's own storage (the CLI's in the user's tmp folder).
    anchorIndexWorkers: (ctx) => nodeWorkerFactory(join(ctx.extensionUri.fsPath, 'dist', NODE_WORKER_FILE), { codeCacheDir: join(ctx.globalStorageUri.fsPath, 'codeCache') }),
    createLanguageClient: async (ctx, id, name, options) => {
      // The server is its own Node process: parsing and checking never hold up the extension host.
      const module = join(ctx.extensionUri.fsPath, 'dist', 'server.node.js');
      return new LanguageClient(id, name, { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } }, options);
    },
    resolvesInside,
  });
}

/** Follows symbolic links (of the file and of every folder on its way) and applies the core's rule to where it ends. */
async function resolvesInside(root: vscode.Uri, file: vscode.Uri): Promise<boolean | undefined> {
  if (root.scheme !== 'file' || file.scheme !== 'file') return undefined;
  const [realRoot, realFile] = await Promise.all([realpath(root.fsPath), realpath(file.fsPath)]);
  return resolvePaperPath('', relative(realRoot, realFile).split(sep).join('/')).ok;
}

export function deactivate(): void {}
