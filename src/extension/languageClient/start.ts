import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { ReviewFileStat, ReviewFileType } from '../../core/language';
import type { AnchorIndex } from '../../core/paperIndex/types';
import {
  papersChangedNotification, paperIndexRequest, paperIndexSoFarRequest, previousPaperIndexRequest, readDirectoryRequest, rememberedPaperRequest, resolvesInsideRequest, statRequest,
  templatesNotification,
  type PapersChangedParams, type PaperIndexResult, type ReadDirectoryResult, type RememberedPaperResult, type ResolvesInsideParams,
  type ResolvesInsideResult, type ReviewClientOptions, type StatResult, type TemplatesParams, type UriParams,
} from '../../protocol/reviewServer';
import type { ExtensionPlatform } from '../platform';
import type { PaperFinder } from '../paper/findPaper';
import type { PaperIndexes } from '../paperIndex/paperIndexes';
import type { TemplateRegistry } from '../review/templateRegistry';
import { configSection } from '../review/settings';
import { reviewLanguageId } from './reviewClient';

export const languageClientId = 'paperReview';
export const showInPaperCommand = 'paperReview.showInPaper';
export const showQuoteCommand = 'paperReview.showQuoteInPaper';

/** What the client serves the server: files through vscode.workspace.fs, papers' indexes, the user's forms. */
export interface ServedToServer {
  readonly papers: PaperIndexes;
  readonly finder: PaperFinder;
  readonly templates: TemplateRegistry;
  readonly platform: ExtensionPlatform;
  /** Adds what only the client can draw to a hover from the server (a picture of the figure, from the open viewer). */
  decorateHover?(document: vscode.TextDocument, position: vscode.Position, hover: vscode.Hover): Promise<vscode.Hover>;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const uriOf = (params: unknown, key = 'uri'): vscode.Uri | undefined => {
  const value = (params as Record<string, unknown> | undefined)?.[key];
  try {
    return isString(value) ? vscode.Uri.parse(value, true) : undefined;
  } catch {
    return undefined;
  }
};

const typeOf = (type: vscode.FileType): ReviewFileType =>
  type & vscode.FileType.File ? 'file' : type & vscode.FileType.Directory ? 'directory' : 'other';

/**
 * The review language server (a Node process on desktop, a web worker in the browser), started with the client's
 * handlers for what the server asks of the editor. The server parses and checks, so the extension host's thread
 * stays free for typing; the paper itself is read and indexed here, in the index workers.
 */
export function startReviewLanguageClient(context: vscode.ExtensionContext, served: ServedToServer): Promise<BaseLanguageClient> {
  const clientOptions = (): LanguageClientOptions => ({
    documentSelector: [{ language: reviewLanguageId }],
    synchronize: { configurationSection: configSection },
    initializationOptions: {
      [configSection]: {
        ...JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(configSection))),
        client: {
          servesFiles: true, showInPaperCommand, showQuoteCommand, maxPaperSetting: vscode.l10n.t('the paperReview.paper.maxSizeMB setting'),
          customTemplates: served.templates.customTemplates,
        } satisfies ReviewClientOptions,
      },
    },
    outputChannelName: vscode.l10n.t('Paper Review Language Server'),
    middleware: {
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        return hover && served.decorateHover && !token.isCancellationRequested ? served.decorateHover(document, position, hover) : hover;
      },
    },
  });
  const ready = (async () => {
    // The user's forms go with initialize, so no review is checked against the built-in forms only first.
    await served.templates.ready;
    const client = await served.platform.createLanguageClient(context, languageClientId, vscode.l10n.t('Paper Review'), clientOptions());
    context.subscriptions.push({ dispose: () => void client.stop().catch(() => undefined) });
    registerServedRequests(client, served);
    await client.start();
    return client;
  })();
  ready.catch((err: unknown) => void vscode.window.showErrorMessage(vscode.l10n.t('Paper Review could not start its language server: {0}', err instanceof Error ? err.message : String(err))));
  const notify = (method: string, params: object) => void ready.then((c) => c.sendNotification(method, params)).catch(() => undefined);
  context.subscriptions.push(
    served.templates.onDidChange(() => notify(templatesNotification, { templates: served.templates.customTemplates } satisfies TemplatesParams)),
    served.papers.onDidChange((pdf) => notify(papersChangedNotification, { uri: pdf.toString() } satisfies PapersChangedParams)),
    served.finder.onDidRemember(() => notify(papersChangedNotification, {} satisfies PapersChangedParams)),
  );
  return ready;
}

function registerServedRequests(client: BaseLanguageClient, served: ServedToServer): void {
  client.onRequest(statRequest, async (params: UriParams): Promise<StatResult> => {
    const uri = uriOf(params);
    if (!uri) return null;
    try {
      const s = await vscode.workspace.fs.stat(uri);
      const stat: ReviewFileStat = { type: typeOf(s.type), size: s.size, mtime: s.mtime, isSymbolicLink: (s.type & vscode.FileType.SymbolicLink) !== 0 };
      return stat;
    } catch {
      return null;
    }
  });
  client.onRequest(readDirectoryRequest, async (params: UriParams): Promise<ReadDirectoryResult> => {
    const uri = uriOf(params);
    if (!uri) return [];
    try {
      return (await vscode.workspace.fs.readDirectory(uri)).map(([name, type]) => [name, typeOf(type)] as const);
    } catch {
      return [];
    }
  });
  client.onRequest(resolvesInsideRequest, async (params: ResolvesInsideParams): Promise<ResolvesInsideResult> => {
    const root = uriOf(params, 'root');
    const uri = uriOf(params);
    if (!root || !uri || !served.platform.resolvesInside) return null;
    return (await served.platform.resolvesInside(root, uri).catch(() => undefined)) ?? null;
  });
  client.onRequest(rememberedPaperRequest, (params: UriParams): RememberedPaperResult => {
    const uri = uriOf(params);
    return (uri && served.finder.remembered(uri)) ?? null;
  });
  // The server has checked the path (inside the workspace, a regular file, under the size limit) before it asks.
  client.onRequest(paperIndexRequest, async (params: UriParams): Promise<PaperIndexResult> => {
    const uri = uriOf(params);
    const index: AnchorIndex | undefined = uri && (await served.papers.get(uri));
    return index ?? null;
  });
  client.onRequest(paperIndexSoFarRequest, async (params: UriParams): Promise<PaperIndexResult> => {
    const uri = uriOf(params);
    return (uri && (await served.papers.soFar(uri))) ?? null;
  });
  client.onRequest(previousPaperIndexRequest, async (params: UriParams): Promise<PaperIndexResult> => {
    const uri = uriOf(params);
    return (uri && (await served.papers.previous(uri))) ?? null;
  });
}
