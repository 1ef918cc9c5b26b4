import * as vscode from 'vscode';

/** Review-document features: diagnostics, quick fixes, outline, folding, status bar. Filled by the review-model work. */
export function registerReviewFeatures(_context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.Disposable.from();
}
