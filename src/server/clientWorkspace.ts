// The review language service's file access when the client serves the files (VS Code: vscode.workspace.fs, so
// virtual workspaces and the browser work), and the paper's index built by the client's pdf.js workers.
import type { Connection } from 'vscode-languageserver';
import type { IReviewWorkspace, ReviewFileStat, ReviewFileType } from '../core/language';
import type { AnchorIndex } from '../core/paperIndex/types';
import { parseAnchorIndex } from '../core/paperIndex';
import {
  paperIndexRequest, paperIndexSoFarRequest, previousPaperIndexRequest, readDirectoryRequest, rememberedPaperRequest, resolvesInsideRequest, statRequest,
  type PaperIndexResult, type ReadDirectoryResult, type RememberedPaperResult, type ResolvesInsideParams, type ResolvesInsideResult, type StatResult, type UriParams,
} from '../protocol/reviewServer';

const fileTypes: readonly ReviewFileType[] = ['file', 'directory', 'other'];

export class ClientWorkspace implements IReviewWorkspace {
  constructor(private readonly connection: Connection, readonly paperRoot: (reviewUri: string) => string) {}

  async stat(uri: string): Promise<ReviewFileStat | undefined> {
    const s = await this.connection.sendRequest<StatResult>(statRequest, { uri } satisfies UriParams);
    return s && fileTypes.includes(s.type) && typeof s.size === 'number' ? s : undefined;
  }

  async resolvesInside(root: string, uri: string): Promise<boolean | undefined> {
    const inside = await this.connection.sendRequest<ResolvesInsideResult>(resolvesInsideRequest, { root, uri } satisfies ResolvesInsideParams);
    return typeof inside === 'boolean' ? inside : undefined;
  }

  async readFile(): Promise<Uint8Array> {
    // The client indexes the paper itself (paperIndexRequest); nothing else is read.
    throw new Error('the client reads the paper');
  }

  async readDirectory(uri: string): Promise<readonly (readonly [string, ReviewFileType])[]> {
    const entries = await this.connection.sendRequest<ReadDirectoryResult>(readDirectoryRequest, { uri } satisfies UriParams);
    return Array.isArray(entries) ? entries.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && fileTypes.includes(e[1])) : [];
  }

  async rememberedPaper(reviewUri: string): Promise<string | undefined> {
    const path = await this.connection.sendRequest<RememberedPaperResult>(rememberedPaperRequest, { uri: reviewUri } satisfies UriParams);
    return typeof path === 'string' ? path : undefined;
  }
}

/** The paper's index (and its previous version's) from the client (its cache or its workers); checked as any index read back is. */
export function clientPaperIndex(connection: Connection, method = paperIndexRequest): (paperUri: string) => Promise<AnchorIndex | undefined> {
  return async (paperUri) => {
    const index = await connection.sendRequest<PaperIndexResult>(method, { uri: paperUri } satisfies UriParams);
    return index ? parseAnchorIndex(index) : undefined;
  };
}

export const clientPreviousPaperIndex = (connection: Connection) => clientPaperIndex(connection, previousPaperIndexRequest);
export const clientPartialPaperIndex = (connection: Connection) => clientPaperIndex(connection, paperIndexSoFarRequest);
