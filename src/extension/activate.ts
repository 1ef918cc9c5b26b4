import * as vscode from 'vscode';
import type { ExtensionPlatform } from './platform';
import { registerReviewFeatures } from './review/register';
import { onDidSelectInPaper, registerViewer, revealInPaper } from './viewer/register';
import { anchorIndexService, registerAnchorIndex } from './anchors/register';
import { AnchorIndexError } from '../core/anchors/errors';
import { registerReviewPreview } from './preview/reviewPreview';

/** Shared by both entries: every feature registers itself and hands back one Disposable. */
export function activateShared(context: vscode.ExtensionContext, platform: ExtensionPlatform): void {
  context.subscriptions.push(
    registerViewer(context),
    registerAnchorIndex(context, platform),
    // Reviews reach the paper through the two above: its anchor index, and the viewer to show an anchor in.
    registerReviewFeatures(context, {
      getAnchorIndex: (pdf) => anchorIndexService()?.getAnchorIndex(pdf) ?? Promise.reject(new AnchorIndexError('cancelled', 'the anchor index is not running')),
      revealAnchor: (pdf, anchor) => revealInPaper(pdf, anchor.page, anchor.rect),
      onDidSelectText: onDidSelectInPaper,
    }),
    registerReviewPreview(),
  );
}
