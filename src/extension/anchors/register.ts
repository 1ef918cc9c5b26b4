import * as vscode from 'vscode';
import { AnchorIndexClient } from '../../anchors/anchorIndexClient';
import type { ExtensionPlatform } from '../platform';
import { StorageIndexStore, withMemory } from './cacheStore';
import { indexPaper, indexPaperCommand } from './indexPaperCommand';
import { AnchorIndexService } from './service';

let current: AnchorIndexService | undefined;

/** The service created by registerAnchorIndex, for features that need anchors (e.g. "go to Figure 9" from a review). */
export function anchorIndexService(): AnchorIndexService | undefined {
  return current;
}

/** The paper's anchor index (built in workers off the extension host's thread, cached by content hash) and its command. */
export function registerAnchorIndex(context: vscode.ExtensionContext, platform: ExtensionPlatform): vscode.Disposable {
  const client = new AnchorIndexClient({ createWorker: platform.anchorIndexWorkers(context) });
  const store = withMemory(new StorageIndexStore(vscode.Uri.joinPath(context.globalStorageUri, 'anchorIndex')));
  const service = new AnchorIndexService(client, store);
  current = service;
  // The worker and pdf.js load now, while the user opens the review or the paper, not when the first index is asked for.
  void client.warmUp();
  return vscode.Disposable.from(
    service,
    vscode.commands.registerCommand(indexPaperCommand, (uri?: unknown) => indexPaper(service, uri)),
    { dispose: () => { if (current === service) current = undefined; } },
  );
}
