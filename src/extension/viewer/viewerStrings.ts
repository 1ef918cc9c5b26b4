import * as vscode from 'vscode';
import { viewerStrings, type ViewerStrings } from '../../viewer/strings';

/**
 * The viewer's texts in the display language. The webview cannot call vscode.l10n, so the host translates them
 * and hands them over in the page's `data-config`, as the built-in Markdown preview does with its strings.
 */
export function localizedViewerStrings(): ViewerStrings {
  const out: Record<string, string> = {};
  for (const [key, english] of Object.entries(viewerStrings)) out[key] = vscode.l10n.t(english);
  return out as ViewerStrings;
}
