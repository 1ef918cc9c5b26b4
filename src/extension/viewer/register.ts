import * as vscode from 'vscode';

/** The PDF viewer custom editor and its commands. Filled by the viewer work. */
export function registerViewer(_context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.Disposable.from();
}
