/**
 * The host ports of the review language service: what it needs from an editor, a language server or the CLI, as
 * plain data. Nothing here touches a file system; each host implements `IReviewWorkspace` with its own
 * (node:fs in the CLI and the server, workspace.fs in VS Code, a Map in the tests).
 */
import type { AnchorIndex } from '../paperIndex/types';
import type { ReviewTemplate } from '../templates';
import type { DiagnosticCode, Severity } from '../checks/diagnosticCodes';

/** One open review: its URI (as a string), the version its text belongs to, and the text. */
export interface IReviewDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export type ReviewFileType = 'file' | 'directory' | 'other';

export interface ReviewFileStat {
  readonly type: ReviewFileType;
  readonly size: number;
  /** Milliseconds; with `size` it tells a changed paper from the one indexed. */
  readonly mtime?: number;
  /** The path is a symbolic link (only matters where `resolvesInside` cannot tell where it leads). */
  readonly isSymbolicLink?: boolean;
}

/** File access by URI string. Every method may reject; the service treats that as "not there". */
export interface IReviewWorkspace {
  /** The folder (URI) a review's paper must stay inside: the review's workspace folder, or the review's own folder. */
  paperRoot(reviewUri: string): string;
  /** Undefined when nothing is there. */
  stat(uri: string): Promise<ReviewFileStat | undefined>;
  /** Whether `uri`, links followed, is still inside `root`; undefined when this file system cannot tell. */
  resolvesInside?(root: string, uri: string): Promise<boolean | undefined>;
  /** Reads a regular file the service has checked with `stat` (the host may refuse a special file again). */
  readFile(uri: string): Promise<Uint8Array>;
  /** Names and types in a folder; used to find a review's paper beside it. */
  readDirectory?(uri: string): Promise<readonly (readonly [string, ReviewFileType])[]>;
  /** The paper the user picked for this review before (a path relative to it), where the editor remembers one. */
  rememberedPaper?(reviewUri: string): Promise<string | undefined>;
}

/** Stops work whose result nobody waits for any more (a newer version, a closed document). */
export interface ReviewCancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: ReviewCancellationToken = Object.freeze({ isCancellationRequested: false });

/** The settings that shape checking: `paperReview.*` in VS Code, options on the command line. */
export interface ReviewLanguageConfiguration {
  /** Used when neither front matter nor headings decide; the first template when absent. */
  readonly defaultTemplate?: string;
  readonly severities: Readonly<Partial<Record<DiagnosticCode, Severity | 'off'>>>;
  readonly minWords: Readonly<Record<string, number>>;
  /** The largest paper read, in bytes. */
  readonly maxPaperBytes: number;
  /** What raises `maxPaperBytes`, for the paper-too-large message ("the paperReview.paper.maxSizeMB setting", "--paper-max-mb"). */
  readonly maxPaperSetting: string;
  /** What the paper root is called in messages ("workspace folder"). */
  readonly paperRootName: string;
  /**
   * Whether a review without `paper:` gets the PDF beside it with its base name, or the folder's only PDF, as its
   * paper (the editor does; `paper-review check` reads only what the front matter names).
   */
  readonly findPaperBesideReview: boolean;
  /** Only this template is offered (the CLI's --template); every known one when absent. */
  readonly forcedTemplate?: string;
}

export interface ReviewLanguageServiceInit {
  readonly workspace: IReviewWorkspace;
  /**
   * The paper's anchor index (figures, tables, sections …): built from its bytes, which `read` gives through the
   * workspace (the host runs pdf.js in a worker), or asked from a host that indexes papers itself (VS Code's client).
   * Absent: references are not checked against a paper, and the paper is never read. Resolves undefined when the
   * PDF cannot be indexed (the host says why, once).
   */
  readonly getAnchorIndex?: (paperUri: string, read: () => Promise<Uint8Array>) => Promise<AnchorIndex | undefined>;
  /**
   * While the host is still indexing the paper: the index of the pages read so far (the rest counted unread), for
   * hover, Ctrl+click and completion on a long paper before its last page is read. Diagnostics and links wait for the
   * whole index. Resolves undefined when nothing is read yet or the host keeps no such thing.
   */
  readonly getPartialAnchorIndex?: (paperUri: string) => Promise<AnchorIndex | undefined>;
  /** The index of the paper's version before the current one, where the host keeps it (VS Code's client does). */
  readonly getPreviousAnchorIndex?: (paperUri: string) => Promise<AnchorIndex | undefined>;
  /** The user's own templates; they replace built-in ones with the same id. */
  readonly customTemplates?: readonly ReviewTemplate[];
  readonly configuration?: Partial<ReviewLanguageConfiguration>;
}
