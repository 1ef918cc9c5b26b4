import type * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { IndexWorkerFactory } from '../indexWorker/anchorIndexClient';
import type { ResolvesInside } from './paper/paperAccess';

/**
 * What differs between the desktop (Node) and web (web worker) extension hosts.
 * extension.node.ts and extension.web.ts each build one of these and hand it to activateShared;
 * everything else is written once against this interface.
 */
export interface ExtensionPlatform {
  readonly kind: 'node' | 'web';
  /** How to start an anchor-index worker: a worker_threads worker on desktop, a web worker in the browser. */
  anchorIndexWorkers(context: vscode.ExtensionContext): IndexWorkerFactory;
  /** The review language server's client: a Node process over IPC on desktop, a web worker in the browser. */
  createLanguageClient(context: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions): Promise<BaseLanguageClient>;
  /** Whether a file really lies inside a folder once symbolic links are followed; absent where the host cannot tell. */
  readonly resolvesInside?: ResolvesInside;
}
