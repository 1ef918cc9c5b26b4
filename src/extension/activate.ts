import * as vscode from 'vscode';
import type { ExtensionPlatform } from './platform';
import { registerReviewFeatures } from './review/register';
import { registerViewer, revealAnchorIn } from './viewer/register';
import { PdfEditorProvider } from './viewer/pdfEditorProvider';
import { createAnchorIndexService, registerAnchorIndex } from './paperIndex/register';
import { PaperFinder } from './paper/findPaper';
import { PaperGate } from './paper/paperAccess';
import { registerReviewPreview } from './preview/reviewPreview';

/**
 * Shared by both entries. Each service is built once here and handed to the features that use it (no module-level
 * instances); every feature registers itself and hands back one Disposable.
 */
export function activateShared(context: vscode.ExtensionContext, platform: ExtensionPlatform): void {
  const papers = new PaperFinder(context, new PaperGate(platform.resolvesInside));
  const anchors = createAnchorIndexService(context, platform);
  const getAnchorIndex = (pdf: vscode.Uri) => anchors.getAnchorIndex(pdf);
  const viewer = new PdfEditorProvider(context, getAnchorIndex);
  const revealAnchor = (pdf: vscode.Uri, anchor: Parameters<typeof revealAnchorIn>[2]) => revealAnchorIn(viewer, pdf, anchor);
  context.subscriptions.push(
    registerViewer(viewer, papers),
    registerAnchorIndex(anchors, revealAnchor),
    // Reviews reach the paper through the two above: its anchor index, and the viewer to show an anchor in.
    registerReviewFeatures(papers, {
      getAnchorIndex,
      revealAnchor,
      onDidSelectText: (listener) => viewer.onDidSelect(listener),
      paperFacts: (pdf) => anchors.paperFacts(pdf),
      useReviews: (reviews) => viewer.useReviewNotes(reviews),
    }),
    registerReviewPreview(),
  );
}
