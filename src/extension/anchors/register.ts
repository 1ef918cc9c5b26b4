import * as vscode from 'vscode';
import type { ExtensionPlatform } from '../platform';

/** The paper's anchor index (built off the main thread, cached by content hash). Filled by the anchor-index work. */
export function registerAnchorIndex(_context: vscode.ExtensionContext, _platform: ExtensionPlatform): vscode.Disposable {
  return vscode.Disposable.from();
}
