import * as vscode from 'vscode';
import type { ExtensionPlatform } from './platform';
import { registerReviewFeatures } from './review/register';
import { onDidSelectInPaper, registerViewer, revealInPaper, useReviewNotes } from './viewer/register';
import { anchorIndexService, registerAnchorIndex } from './anchors/register';
import { AnchorIndexError } from '../core/anchors/errors';
import { PaperFinder } from './paper/findPaper';
import { PaperGate } from './paper/paperAccess';
import { registerReviewPreview } from './preview/reviewPreview';

/** Shared by both entries: every feature registers itself and hands back one Disposable. */
export function activateShared(context: vscode.ExtensionContext, platform: ExtensionPlatform): void {
  const papers = new PaperFinder(context, new PaperGate(platform.resolvesInside));
  const getAnchorIndex = (pdf: vscode.Uri) => anchorIndexService()?.getAnchorIndex(pdf) ?? Promise.reject(new AnchorIndexError('cancelled', 'the anchor index is not running'));
  context.subscriptions.push(
    registerViewer(context, papers, getAnchorIndex),
    registerAnchorIndex(context, platform),
    // Reviews reach the paper through the two above: its anchor index, and the viewer to show an anchor in.
    registerReviewFeatures(papers, {
      getAnchorIndex,
      revealAnchor: (pdf, anchor) => revealInPaper(pdf, anchor.page, anchor.rect, anchor.kind),
      onDidSelectText: onDidSelectInPaper,
      paperFacts: (pdf) => anchorIndexService()?.paperFacts(pdf) ?? Promise.resolve(undefined),
      useReviews: useReviewNotes,
    }),
    registerReviewPreview(),
  );
}
