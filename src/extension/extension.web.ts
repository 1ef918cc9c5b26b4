import type * as vscode from 'vscode';
import { activateShared } from './activate';

/** VS Code for the Web: the extension host is a web worker, so no Node module may be reached from here. */
export function activate(context: vscode.ExtensionContext): void {
  activateShared(context, { kind: 'web' });
}

export function deactivate(): void {}
