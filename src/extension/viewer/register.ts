import * as vscode from 'vscode';
import { revealTargetOf, type PdfRect, type ViewerState } from '../../protocol/viewerMessages';
import { PDF_VIEWER_TYPE, PdfEditorProvider } from './pdfEditorProvider';
import { openPaperBeside } from './openPaperBeside';
import type { PaperFinder } from '../paper/findPaper';
import type { AnchorIndex } from '../../core/anchors/types';
import type { ReviewNotesSource } from './paperMap';

let provider: PdfEditorProvider | undefined;

/**
 * Shows `page` (and optionally `rect`, in PDF user-space points) of the paper in the viewer, opening
 * the PDF beside the active editor if it is not open, and briefly flashes the spot. `kind` is the anchor's kind:
 * for a figure or table `rect` is its caption and the viewer shows the whole float.
 * Resolves to false when the viewer is not registered or the panel could not be reached.
 */
export async function revealInPaper(paperUri: vscode.Uri, page: number, rect?: PdfRect, kind?: string): Promise<boolean> {
  return provider ? provider.reveal(paperUri, page, rect, kind === undefined ? undefined : revealTargetOf(kind)) : false;
}

/** Lets the viewers show which anchors the open reviews refer to (the paper map and the badges beside captions). */
export function useReviewNotes(source: ReviewNotesSource): vscode.Disposable {
  return provider?.useReviewNotes(source) ?? new vscode.Disposable(() => undefined);
}

/** Text the reader selects in any open paper (for quoting it into the review). */
export function onDidSelectInPaper(listener: (selection: { readonly uri: vscode.Uri; readonly page: number; readonly text: string }) => unknown): vscode.Disposable {
  return provider?.onDidSelect(listener) ?? new vscode.Disposable(() => undefined);
}

/** The PDF viewer custom editor and its commands. */
export function registerViewer(context: vscode.ExtensionContext, papers: PaperFinder, getAnchorIndex?: (pdf: vscode.Uri) => Promise<AnchorIndex>): vscode.Disposable {
  const p = new PdfEditorProvider(context, getAnchorIndex);
  provider = p;
  const testHooks: vscode.Disposable[] = [];
  if (typeof PAPER_REVIEW_TEST_HOOKS !== 'undefined' && PAPER_REVIEW_TEST_HOOKS) {
    // For the integration tests (development and test builds only: see src/buildFlags.d.ts).
    testHooks.push(vscode.commands.registerCommand('paperReview.test.viewerState', (uri: vscode.Uri): Promise<ViewerState | undefined> | undefined =>
      p.panelsFor(uri)[0]?.state()));
    // Presses an element in the viewer as the reader would (a badge, a note): the tests cannot reach into the webview.
    testHooks.push(vscode.commands.registerCommand('paperReview.test.viewerPress', async (uri: vscode.Uri, selector: string): Promise<boolean> => {
      const panel = p.panelsFor(uri)[0];
      if (!panel) return false;
      await panel.whenReady();
      return panel.rpc.request('press', { selector });
    }));
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
