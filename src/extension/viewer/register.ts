import * as vscode from 'vscode';
import { revealTargets, type PdfRect, type RevealTarget, type ViewerState } from '../../protocol/viewerMessages';
import { PDF_VIEWER_TYPE, PdfEditorProvider } from './pdfEditorProvider';
import { openPaperBeside } from './openPaperBeside';
import type { PaperFinder } from '../paper/findPaper';

let provider: PdfEditorProvider | undefined;

/**
 * Shows `page` (and optionally `rect`, in PDF user-space points) of the paper in the viewer, opening
 * the PDF beside the active editor if it is not open, and briefly flashes the spot. `kind` is the anchor's kind:
 * for a figure or table `rect` is its caption and the viewer shows the whole float.
 * Resolves to false when the viewer is not registered or the panel could not be reached.
 */
export async function revealInPaper(paperUri: vscode.Uri, page: number, rect?: PdfRect, kind?: string): Promise<boolean> {
  return provider ? provider.reveal(paperUri, page, rect, revealTargetOf(kind)) : false;
}

function revealTargetOf(kind: string | undefined): RevealTarget | undefined {
  if (kind === undefined) return undefined;
  return (revealTargets as readonly string[]).includes(kind) ? (kind as RevealTarget) : 'other';
}

/** Text the reader selects in any open paper (for quoting it into the review). */
export function onDidSelectInPaper(listener: (selection: { readonly uri: vscode.Uri; readonly page: number; readonly text: string }) => unknown): vscode.Disposable {
  return provider?.onDidSelect(listener) ?? new vscode.Disposable(() => undefined);
}

/** The PDF viewer custom editor and its commands. */
export function registerViewer(context: vscode.ExtensionContext, papers: PaperFinder): vscode.Disposable {
  const p = new PdfEditorProvider(context);
  provider = p;
  const testHooks: vscode.Disposable[] = [];
  if (typeof PAPER_REVIEW_TEST_HOOKS !== 'undefined' && PAPER_REVIEW_TEST_HOOKS) {
    // For the integration tests (development and test builds only: see src/buildFlags.d.ts).
    testHooks.push(vscode.commands.registerCommand('paperReview.test.viewerState', (uri: vscode.Uri): Promise<ViewerState | undefined> | undefined =>
      p.panelsFor(uri)[0]?.state()));
  }
  return vscode.Disposable.from(
    p,
    ...testHooks,
    vscode.window.registerCustomEditorProvider(PDF_VIEWER_TYPE, p, {
      // Without this a hidden viewer would be rebuilt from scratch when shown again; webview state restores the position anyway,
      // but keeping the pdf.js document avoids re-parsing large papers on every tab switch.
      webviewOptions: { retainContextWhenHidden: true },
      supportsMultipleEditorsPerDocument: true,
    }),
    vscode.commands.registerCommand('paperReview.openPaperBeside', (uri?: vscode.Uri) => openPaperBeside(papers, uri)),
    vscode.commands.registerCommand('paperReview.revealInPaper', (uri: vscode.Uri, page: number, rect?: PdfRect, kind?: unknown) =>
      revealInPaper(uri, page, rect, typeof kind === 'string' ? kind : undefined)),
    { dispose: () => { if (provider === p) provider = undefined; } },
  );
}
