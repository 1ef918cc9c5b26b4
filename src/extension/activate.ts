import * as vscode from 'vscode';
import type { ExtensionPlatform } from './platform';
import { registerReviewFeatures } from './review/register';
import { registerViewer } from './viewer/register';
import { registerAnchorIndex } from './anchors/register';

/** Shared by both entries: every feature registers itself and hands back one Disposable. */
export function activateShared(context: vscode.ExtensionContext, platform: ExtensionPlatform): void {
  context.subscriptions.push(
    registerReviewFeatures(context),
    registerViewer(context),
    registerAnchorIndex(context, platform),
  );
}
