import * as vscode from 'vscode';
import { AnchorIndexClient } from '../../indexWorker/anchorIndexClient';
import type { Anchor } from '../../core/paperIndex/types';
import type { ExtensionPlatform } from '../platform';
import { StorageIndexStore, withMemory } from './cacheStore';
import { indexPaper, indexPaperCommand } from './indexPaperCommand';
import { AnchorIndexService } from './service';

/**
 * The paper's anchor index: built in workers off the extension host's thread, cached by content hash. Created once in
 * activateShared and handed to the features that need anchors.
 */
export function createAnchorIndexService(context: vscode.ExtensionContext, platform: ExtensionPlatform): AnchorIndexService {
  const client = new AnchorIndexClient({ createWorker: platform.anchorIndexWorkers(context) });
  const store = withMemory(new StorageIndexStore(vscode.Uri.joinPath(context.globalStorageUri, 'anchorIndex')));
  const service = new AnchorIndexService(client, store, context.workspaceState);
  // The worker and pdf.js load now, while the user opens the review or the paper, not when the first index is asked for.
  void client.warmUp();
  return service;
}

/** *Index Paper Anchors*: lists a PDF's anchors; a picked one is shown with `reveal` (the viewer's). */
export function registerAnchorIndex(service: AnchorIndexService, reveal: (pdf: vscode.Uri, anchor: Anchor) => Promise<boolean>): vscode.Disposable {
  return vscode.Disposable.from(
    service,
    vscode.commands.registerCommand(indexPaperCommand, (uri?: unknown) => indexPaper(service, reveal, uri)),
  );
}
