import type * as vscode from 'vscode';
import { join } from 'node:path';
import { activateShared } from './activate';
import { NODE_WORKER_FILE, nodeWorkerFactory } from '../anchors/nodeWorkerFactory';

/** Desktop VS Code and remote hosts: a Node extension host. */
export function activate(context: vscode.ExtensionContext): void {
  activateShared(context, {
    kind: 'node',
    anchorIndexWorkers: (ctx) => nodeWorkerFactory(join(ctx.extensionUri.fsPath, 'dist', NODE_WORKER_FILE)),
  });
}

export function deactivate(): void {}
