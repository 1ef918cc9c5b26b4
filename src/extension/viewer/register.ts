import * as vscode from 'vscode';
import { revealTargetOf, type ViewerState } from '../../protocol/viewerMessages';
import { PDF_VIEWER_TYPE, PdfEditorProvider } from './pdfEditorProvider';
import { openPaperBeside } from './openPaperBeside';
import type { PaperFinder } from '../paper/findPaper';
import type { Anchor, Rect } from '../../core/paperIndex/types';

/** Shows an anchor in the viewer (opening the paper beside the review if needed): for a figure or table the whole float. */
export function revealAnchorIn(viewer: PdfEditorProvider, paperUri: vscode.Uri, anchor: Pick<Anchor, 'page' | 'rect' | 'kind'>): Promise<boolean> {
  return viewer.reveal(paperUri, anchor.page, anchor.rect, revealTargetOf(anchor.kind));
}

/** The PDF viewer custom editor and its commands. */
export function registerViewer(p: PdfEditorProvider, papers: PaperFinder): vscode.Disposable {
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
    // For scripts and tests: shows `page` (and `rect`, in PDF points; with an anchor's `kind`, the whole float) of the paper.
    vscode.commands.registerCommand('paperReview.revealInPaper', (uri: vscode.Uri, page: number, rect?: Rect, kind?: unknown) =>
      p.reveal(uri, page, rect, typeof kind === 'string' ? revealTargetOf(kind) : undefined)),
  );
}
