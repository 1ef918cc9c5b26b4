import type * as vscode from 'vscode';
import { activateShared } from './activate';

/** Desktop VS Code and remote hosts: a Node extension host. */
export function activate(context: vscode.ExtensionContext): void {
  activateShared(context, { kind: 'node' });
}

export function deactivate(): void {}
