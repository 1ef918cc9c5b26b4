/**
 * The one message protocol between the PDF viewer's host (extension) and its webview.
 * Both sides `import type` the unions; the host validates every webview message with
 * `parseViewerMessage` before use, since a webview is a separate, less trusted context.
 */

export const VIEWER_PROTOCOL_VERSION = 1;

/** A rectangle in PDF user space (points, origin bottom-left): [x1, y1, x2, y2]. */
export type PdfRect = readonly [number, number, number, number];

export type PageColorsSetting = 'auto' | 'light' | 'dark' | 'invert';
export const pageColorsSettings: readonly PageColorsSetting[] = ['auto', 'light', 'dark', 'invert'];

/** Where the reader is: kept per file in webview state and host workspace state. */
export interface ViewerPosition {
  /** 1-based page number. */
  readonly page: number;
  /** pdf.js scale value: a number as text ("1.25") or "page-width" | "page-fit" | "auto". */
  readonly zoom: string;
  /** Top-left corner of the view in the page's PDF coordinates, when known. */
  readonly left?: number;
  readonly top?: number;
}

export interface HighlightAnchor {
  readonly page: number;
  readonly rect: PdfRect;
  readonly label?: string;
}

// ---- host → viewer ----

export interface InitMessage {
  readonly type: 'init';
  readonly protocolVersion: number;
  readonly documentUri: string;
  readonly data: Uint8Array;
  readonly position?: ViewerPosition;
  readonly pageColors: PageColorsSetting;
}
/** New bytes for the same document (the file changed on disk): reload in place, keep the position. */
export interface LoadMessage {
  readonly type: 'load';
  readonly documentUri: string;
  readonly data: Uint8Array;
}
export interface RevealMessage {
  readonly type: 'reveal';
  readonly page: number;
  readonly rect?: PdfRect;
  readonly flash?: boolean;
}
export interface HighlightMessage {
  readonly type: 'highlight';
  readonly anchors: readonly HighlightAnchor[];
}
export interface SetColorsMessage {
  readonly type: 'setColors';
  readonly pageColors: PageColorsSetting;
}
/** Asks the viewer to send a `state` message now (tests and `revealInPaper` callers use it). */
export interface RequestStateMessage {
  readonly type: 'requestState';
  readonly requestId: number;
}
export type HostToViewerMessage = InitMessage | LoadMessage | RevealMessage | HighlightMessage | SetColorsMessage | RequestStateMessage;

// ---- viewer → host ----

export interface ReadyMessage {
  readonly type: 'ready';
  readonly protocolVersion: number;
}
export interface StateMessage {
  readonly type: 'state';
  readonly documentUri: string;
  readonly position: ViewerPosition;
  readonly pageCount: number;
  /** Pages with a canvas rendered right now. */
  readonly renderedPages: readonly number[];
  /** The last page revealed by a `reveal` message, so callers can see it arrived. */
  readonly lastReveal?: number;
  /** Echoes `requestState.requestId` when this state answers one. */
  readonly requestId?: number;
  /** Set when the document could not be shown (the message the user sees). */
  readonly error?: string;
  /** The `paperReview.viewer.pageColors` setting the viewer applies, so callers can see a change arrived. */
  readonly pageColors?: PageColorsSetting;
}
/** The most text one selection message carries: a quote is a passage, not the paper. */
export const maxSelectionLength = 100_000;
export interface SelectionMessage {
  readonly type: 'selection';
  readonly documentUri: string;
  readonly page: number;
  /** The selected text; empty when it is longer than `maxSelectionLength` (then `tooLong` says how long). */
  readonly text: string;
  readonly rects: readonly PdfRect[];
  /**
   * Set when the selection has more than `maxSelectionLength` characters: the host then knows the paper's
   * selection changed and must not quote the previous one.
   */
  readonly tooLong?: number;
}
export interface OpenLinkMessage {
  readonly type: 'openLink';
  readonly url: string;
}
export type ViewerToHostMessage = ReadyMessage | StateMessage | SelectionMessage | OpenLinkMessage;

// ---- runtime validation of webview → host messages ----

type Check = (v: unknown) => boolean;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isShortString = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
const isFiniteNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isPageNumber: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1_000_000;
const isCount: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000;
const isRect: Check = (v) => Array.isArray(v) && v.length === 4 && v.every(isFiniteNumber);
const arrayOf = (item: Check, max: number): Check => (v) => Array.isArray(v) && v.length <= max && v.every(item);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const isZoom: Check = (v) => typeof v === 'string' && /^(page-width|page-fit|page-actual|auto|\d{1,3}(\.\d{1,6})?)$/.test(v);
const isPosition: Check = (v) => isObject(v) && validate(v, { page: isPageNumber, zoom: isZoom, left: optional(isFiniteNumber), top: optional(isFiniteNumber) });

function validate(v: Record<string, unknown>, shape: Record<string, Check>): boolean {
  for (const key of Object.keys(v)) if (!(key in shape)) return false;
  return Object.entries(shape).every(([key, check]) => check(v[key]));
}

const shapes: { readonly [K in ViewerToHostMessage['type']]: Record<string, Check> } = {
  ready: { type: isString, protocolVersion: isCount },
  state: {
    type: isString, documentUri: isShortString(4096), position: isPosition, pageCount: isCount,
    renderedPages: arrayOf(isPageNumber, 10_000), lastReveal: optional(isPageNumber), requestId: optional(isCount),
    error: optional(isShortString(2000)), pageColors: optional((v) => (pageColorsSettings as readonly unknown[]).includes(v)),
  },
  selection: {
    type: isString, documentUri: isShortString(4096), page: isPageNumber, text: isShortString(maxSelectionLength), rects: arrayOf(isRect, 10_000),
    tooLong: optional((v) => isCount(v) && (v as number) > maxSelectionLength),
  },
  openLink: { type: isString, url: isShortString(8192) },
};

/** Returns the message when it is a well-formed viewer → host message, else `undefined` (drop it). */
export function parseViewerMessage(v: unknown): ViewerToHostMessage | undefined {
  if (!isObject(v) || typeof v.type !== 'string' || !Object.prototype.hasOwnProperty.call(shapes, v.type)) return undefined;
  return validate(v, shapes[v.type as ViewerToHostMessage['type']]) ? (v as unknown as ViewerToHostMessage) : undefined;
}

/** Position for a setting read from an untrusted place (workspace state written by an older version). */
export function isViewerPosition(v: unknown): v is ViewerPosition {
  return isPosition(v);
}

/** Only these schemes may be opened from a PDF link, and only after the user confirms. */
export function isOpenableLink(url: string): boolean {
  return /^(https?|mailto):/i.test(url);
}
