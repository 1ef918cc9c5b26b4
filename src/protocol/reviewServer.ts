/**
 * The custom requests between the VS Code client and the review language server, beyond LSP's own. The server
 * parses and checks; what only the editor can do stays in the client: reading files through vscode.workspace.fs
 * (so virtual workspaces work), indexing the paper in its pdf.js workers (with the password prompt and the progress),
 * and showing the paper. Plain method names and types: both sides call `sendRequest(method, params)`.
 */
import type { AnchorIndex } from '../core/paperIndex/types';
import type { ReviewAnalysis } from '../core/review/analysis';
import type { ReviewDefinition } from '../core/language/definition';
import type { ReviewQuoteTarget } from '../core/language/quoteTargets';
import type { ReviewFileStat, ReviewFileType } from '../core/language/types';
import type { ReviewTemplate } from '../core/templates';

/** What the VS Code client tells the server in `initializationOptions.paperReview.client`. */
export interface ReviewClientOptions {
  /** The client answers the file-system and paper-index requests below; the server then reads nothing itself. */
  readonly servesFiles: boolean;
  /** The command a link or hover on a reference runs (`[reviewUri, offset]`), instead of a `file#page=N` link. */
  readonly showInPaperCommand?: string;
  /** The command a link on a quote runs (`[reviewUri, offset]`): the viewer shows the quote highlighted. */
  readonly showQuoteCommand?: string;
  /** Settings that only the client knows how to name in messages. */
  readonly maxPaperSetting?: string;
  /** The user's own forms as the client read them (later changes come as `templatesNotification`). */
  readonly customTemplates?: readonly ReviewTemplate[];
}

// ---- server → client ----

export const statRequest = 'paperReview/fs/stat';
export interface UriParams { readonly uri: string }
export type StatResult = ReviewFileStat | null;

export const readDirectoryRequest = 'paperReview/fs/readDirectory';
export type ReadDirectoryResult = (readonly [string, ReviewFileType])[];

export const resolvesInsideRequest = 'paperReview/fs/resolvesInside';
export interface ResolvesInsideParams { readonly root: string; readonly uri: string }
export type ResolvesInsideResult = boolean | null;

/** The paper the user picked for a review before (relative to it), or null. */
export const rememberedPaperRequest = 'paperReview/rememberedPaper';
export type RememberedPaperResult = string | null;

/** The paper's anchor index, built (or read from the cache) by the client; null when it cannot be indexed. */
export const paperIndexRequest = 'paperReview/paperIndex';
export type PaperIndexResult = AnchorIndex | null;

/** The index of the paper's previous version (a revised PDF), when the client kept it; null otherwise. */
export const previousPaperIndexRequest = 'paperReview/previousPaperIndex';

/**
 * While the client indexes the paper: the index of the pages read so far (later pages counted unread), or the whole
 * index once it is there; null when nothing is read yet. For hover, Ctrl+click and completion on a long paper.
 */
export const paperIndexSoFarRequest = 'paperReview/paperIndexSoFar';

// ---- client → server ----

export interface ReviewVersionParams { readonly uri: string; readonly version: number }

/**
 * A review's analysis for the client's own features (outline, status bar, commands, export, the paper map). Without
 * the parse trees (`parsed`) and the text, which the client has in the same version of the document.
 */
export const analysisRequest = 'paperReview/analysis';
export type ReviewAnalysisData = Omit<ReviewAnalysis, 'parsed' | 'text'>;
export interface AnalysisResult {
  readonly analysis: ReviewAnalysisData;
  /** Why the text is not checked as a review (binary, far too large). */
  readonly inputProblem?: string;
}

/** Where the reference at `offset` leads (Ctrl+click, F12, follow the cursor). */
export const definitionRequest = 'paperReview/definition';
export interface DefinitionParams extends ReviewVersionParams { readonly offset: number }
export type DefinitionResult = ReviewDefinition | null;

/** The quote at `offset` and where the paper prints it (Ctrl+click on a quote), or null. */
export const quoteTargetRequest = 'paperReview/quoteTarget';
export type QuoteTargetResult = ReviewQuoteTarget | null;

/** The review's paper (found and indexed), or null. */
export const paperOfRequest = 'paperReview/paperOf';
export type PaperOfResult = string | null;

/** The user's own forms (settings and `.vscode/paper-review/`), read by the client; they replace built-ins with the same id. */
export const templatesNotification = 'paperReview/templates';
export interface TemplatesParams { readonly templates: readonly ReviewTemplate[] }

/**
 * A paper changed in the client (its PDF changed, or the user picked a review's paper): `uri` is the PDF whose index
 * to forget, when one is named. The server checks the open reviews again.
 */
export const papersChangedNotification = 'paperReview/papersChanged';
export interface PapersChangedParams { readonly uri?: string }
