/**
 * The one message protocol between the PDF viewer's host (extension) and its webview.
 * Events are one-way messages keyed on `type`; requests that need an answer go through the `Rpc` helper
 * (./rpc.ts) with the methods of `ViewerRequests`. Each side checks every message it receives at run time
 * (`parseViewerMessage` on the host, `parseHostMessage` in the webview), since a webview is a separate,
 * less trusted context and a stale bundle may speak another version.
 * Startup: the webview sends `ready` with its protocol version; the host refuses another version, else answers `init`.
 */
import {
  arrayOf, isBoolean, isCount, isFiniteNumber, isObject, isPageNumber, isRect, isShortString, isString, oneOf, optional, shape, validate,
  type Check,
} from './check';
import { RpcError, type MethodChecks, type RpcErrorClass } from './rpc';
import type { Rect } from '../core/paperIndex/types';

// 4: the picture and revealText requests, and the highlighted quote in the state.
export const VIEWER_PROTOCOL_VERSION = 4;

/**
 * `light`: the PDF's own colours, whatever the theme (the default: figures look as their authors made them).
 * `dark`: pages in the editor's colours (pdf.js page colours); `invert`: lightness inverted, hues kept;
 * `auto`: `dark` in dark and high-contrast themes, `light` otherwise.
 */
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

/**
 * What a reveal is for: a figure or table is shown as its whole float (graphics and caption, found from the page's
 * layout around the caption rectangle), a section from its heading with its first lines.
 */
export type RevealTarget = 'figure' | 'table' | 'section' | 'other';
export const revealTargets: readonly RevealTarget[] = ['figure', 'table', 'section', 'other'];
/** How to reveal an anchor of this kind (the index's kinds: figure, table, section, equation, …). */
export function revealTargetOf(kind: string): RevealTarget {
  return (revealTargets as readonly string[]).includes(kind) ? (kind as RevealTarget) : 'other';
}

/** The last reveal, as shown: what it outlined, and which part of that page is in view now. */
export interface RevealedRegion {
  readonly page: number;
  /** The float (figure, table) or the rectangle revealed, in PDF coordinates. */
  readonly region: Rect;
  /** The part of the page inside the viewer now, in PDF coordinates; absent when none of it is. */
  readonly visible?: Rect;
}

/** What the viewer shows now. */
export interface ViewerState {
  readonly documentUri: string;
  readonly position: ViewerPosition;
  readonly pageCount: number;
  /** Pages with a canvas rendered right now. */
  readonly renderedPages: readonly number[];
  /** The last page revealed by a `reveal` request. */
  readonly lastReveal?: number;
  /** Where the last reveal with a rectangle landed (for tests and for the host to see what the reader sees). */
  readonly revealed?: RevealedRegion;
  /** Set when the document could not be shown (the message the user sees). */
  readonly error?: string;
  /** The `paperReview.viewer.pageColors` setting the viewer applies, so callers can see a change arrived. */
  readonly pageColors?: PageColorsSetting;
  /** The paper map the sidebar shows: how many entries, and those with notes (in the paper's order). */
  readonly paperMap?: { readonly entries: number; readonly noted: readonly { readonly name: string; readonly notes: number }[] };
  /** The quote highlighted by the last `revealText`, as the page prints it (line breaks and hyphens included). */
  readonly quote?: { readonly page: number; readonly text: string };
}

// ---- host → viewer: requests (answered through Rpc) ----

export interface RevealParams {
  readonly page: number;
  /** In PDF coordinates; the view scrolls to its top-left corner. */
  readonly rect?: Rect;
  /** Briefly marks the rectangle (or the page) so the eye finds it. Default true. */
  readonly flash?: boolean;
  /** What `rect` is (the caption of a figure or table, a heading); without it the rectangle is shown as given. */
  readonly target?: RevealTarget;
}

/** The widest picture asked for by default, in CSS pixels: about the width of VS Code's hover. */
export const defaultPictureWidth = 480;
/**
 * The longest picture, as a data URI. VS Code cuts a hover's Markdown at 100,000 characters
 * (src/vs/base/browser/markdownRenderer.ts), which would break the image: this leaves room for the caption and link.
 */
export const maxPictureDataUri = 80_000;

export interface PictureParams {
  readonly page: number;
  readonly kind: 'figure' | 'table';
  /** The caption's rectangle, as the index found it (PDF coordinates). */
  readonly rect: Rect;
  /** The widest the picture may be shown, in CSS pixels (default `defaultPictureWidth`). */
  readonly maxWidth?: number;
}
/** A figure's or table's float region drawn by pdf.js, in the PDF's own colours whatever the viewer shows. */
export interface PictureResult {
  /** A PNG, `data:image/png;base64,…`, at most `maxPictureDataUri` characters. */
  readonly dataUri: string;
  /** The size to show it at, in CSS pixels (the PNG may have more pixels, for HiDPI screens). */
  readonly width: number;
  readonly height: number;
  /** The region drawn, in PDF coordinates. */
  readonly region: Rect;
}

/** The longest quote `revealText` looks for: a passage, not a page. */
export const maxRevealText = 5000;
export interface RevealTextParams {
  readonly page: number;
  /** The quote (its normalised text): spaces, line breaks, line-end hyphens and case do not count. */
  readonly text: string;
}

// A type, not an interface: it must fit Rpc's `Methods` index signature.
export type ViewerRequests = {
  /** The viewer's state now. */
  readonly state: { readonly params: Record<string, never>; readonly result: ViewerState };
  /**
   * Once the document being loaded is shown, scrolls to the page (and rectangle); answers the state after the
   * scroll. Fails with NoDocumentError when the document could not be shown.
   */
  readonly reveal: { readonly params: RevealParams; readonly result: ViewerState };
  /**
   * Presses the element `selector` names, as the reader would (the workbench tests press a badge and a note this
   * way: they cannot reach into the webview). Answers whether there was one.
   */
  readonly press: { readonly params: { readonly selector: string }; readonly result: boolean };
  /**
   * The picture of a figure or table (the float a reveal shows), for a hover. Fails with NoDocumentError when no
   * document is shown and NoSuchPageError when the page is not in it.
   */
  readonly picture: { readonly params: PictureParams; readonly result: PictureResult };
  /**
   * Scrolls to the quote on the page and highlights it until the next reveal or click; `found` is false (and nothing
   * is highlighted) when the page does not print it. Fails as `picture` does.
   */
  readonly revealText: { readonly params: RevealTextParams; readonly result: { readonly found: boolean; readonly state: ViewerState } };
};
/** The viewer asks the host nothing (yet): its messages to the host are events. */
export type HostRequests = Record<never, never>;

/** The viewer has no document to act on (it could not be opened, or none was sent). */
export class NoDocumentError extends RpcError {
  override readonly name: string = 'NoDocumentError';
}
/** The page asked for is not in the document. */
export class NoSuchPageError extends RpcError {
  override readonly name: string = 'NoSuchPageError';
}
export const viewerErrors: readonly RpcErrorClass[] = [NoDocumentError, NoSuchPageError];

// ---- host → viewer: events ----

export interface InitMessage {
  readonly type: 'init';
  readonly protocolVersion: number;
  readonly documentUri: string;
  readonly data: Uint8Array;
  readonly position?: ViewerPosition;
  readonly pageColors: PageColorsSetting;
  /** Whether the viewer follows the review's cursor (`paperReview.viewer.followCursor`, or the toolbar's choice). */
  readonly followCursor?: boolean;
}
/** New bytes for the same document (the file changed on disk): reload in place, keep the position. */
export interface LoadMessage {
  readonly type: 'load';
  readonly documentUri: string;
  readonly data: Uint8Array;
}
/** The user changed the page-colours setting. */
export interface SetColorsMessage {
  readonly type: 'setColors';
  readonly pageColors: PageColorsSetting;
}
/** A line of a review that refers to an anchor of the paper (a "note" on it). */
export interface MapNote {
  /** The review's URI. */
  readonly review: string;
  /** The review's file name, to show. */
  readonly reviewName: string;
  /** Where the reference starts in the review (UTF-16 offset). */
  readonly offset: number;
  /** 0-based line of the reference. */
  readonly line: number;
  /** The review's line, trimmed and shortened. */
  readonly text: string;
}
/** One figure, table, section, equation, … of the paper, with the review's notes on it. */
export interface MapAnchor {
  readonly kind: string;
  readonly label: string;
  /** As the paper names it: "Figure 3", "Equation (2)". */
  readonly name: string;
  readonly page: number;
  readonly rect: Rect;
  readonly title: string;
  readonly notes: readonly MapNote[];
}
/** The paper map: the paper's anchors (from the index) and the open reviews' notes on them. Sent again as reviews change. */
export interface PaperMapMessage {
  readonly type: 'paperMap';
  readonly documentUri: string;
  readonly anchors: readonly MapAnchor[];
}
export const maxMapAnchors = 5000;
export const maxNotesPerAnchor = 200;
export const maxNoteText = 300;
/** Following the review's cursor was turned on or off (the setting, or a viewer's toolbar). */
export interface SetFollowCursorMessage {
  readonly type: 'setFollowCursor';
  readonly on: boolean;
}
export type HostToViewerMessage = InitMessage | LoadMessage | SetColorsMessage | PaperMapMessage | SetFollowCursorMessage;

// ---- viewer → host: events ----

export interface ReadyMessage {
  readonly type: 'ready';
  readonly protocolVersion: number;
}
/** Sent whenever the position settles, the document loads or fails (the host remembers the position). */
export interface StateMessage extends ViewerState {
  readonly type: 'state';
}
/** The most text one selection message carries: a quote is a passage, not the paper. */
export const maxSelectionLength = 100_000;
export interface SelectionMessage {
  readonly type: 'selection';
  readonly documentUri: string;
  readonly page: number;
  /** The selected text; empty when it is longer than `maxSelectionLength` (then `tooLong` says how long). */
  readonly text: string;
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
/** The reader chose a note in the paper map: show it in the review. The host checks that it sent that note. */
export interface OpenNoteMessage {
  readonly type: 'openNote';
  readonly documentUri: string;
  readonly review: string;
  readonly offset: number;
}
/** The reader pressed the toolbar's follow-the-cursor toggle. */
export interface FollowCursorMessage {
  readonly type: 'followCursor';
  readonly on: boolean;
}
export type ViewerToHostMessage = ReadyMessage | StateMessage | SelectionMessage | OpenLinkMessage | OpenNoteMessage | FollowCursorMessage;

// ---- run-time checks ----

const MAX_URI = 4096;
const isZoom: Check = (v) => typeof v === 'string' && /^(page-width|page-fit|page-actual|auto|\d{1,3}(\.\d{1,6})?)$/.test(v);
const positionFields = { page: isPageNumber, zoom: isZoom, left: optional(isFiniteNumber), top: optional(isFiniteNumber) };
const isPosition: Check = shape(positionFields);
const isRevealTarget = oneOf(revealTargets);
const stateFields = {
  documentUri: isShortString(MAX_URI), position: isPosition, pageCount: isCount,
  renderedPages: arrayOf(isPageNumber, 10_000), lastReveal: optional(isPageNumber), error: optional(isShortString(2000)),
  revealed: optional(shape({ page: isPageNumber, region: isRect, visible: optional(isRect) })),
  paperMap: optional(shape({ entries: isCount, noted: arrayOf(shape({ name: isShortString(200), notes: isCount }), 5000) })),
  pageColors: optional(oneOf(pageColorsSettings)),
  // The printed text may be longer than the quote: line breaks, hyphens, spaces the quote folds.
  quote: optional(shape({ page: isPageNumber, text: isShortString(2 * maxRevealText) })),
};
const isPageColors = oneOf(pageColorsSettings);
const isBytes: Check = (v) => v instanceof Uint8Array;

const viewerShapes: { readonly [K in ViewerToHostMessage['type']]: Record<string, Check> } = {
  ready: { type: isString, protocolVersion: isCount },
  state: { type: isString, ...stateFields },
  selection: {
    type: isString, documentUri: isShortString(MAX_URI), page: isPageNumber, text: isShortString(maxSelectionLength),
    tooLong: optional((v) => isCount(v) && (v as number) > maxSelectionLength),
  },
  openLink: { type: isString, url: isShortString(8192) },
  openNote: { type: isString, documentUri: isShortString(MAX_URI), review: isShortString(MAX_URI), offset: isCount },
  followCursor: { type: isString, on: isBoolean },
};

const isNote: Check = shape({
  review: isShortString(MAX_URI), reviewName: isShortString(1000), offset: isCount, line: isCount, text: isShortString(maxNoteText),
});
const isMapAnchor: Check = shape({
  kind: isShortString(40), label: isShortString(100), name: isShortString(200), page: isPageNumber, rect: isRect,
  title: isShortString(2000), notes: arrayOf(isNote, maxNotesPerAnchor),
});

const hostShapes: { readonly [K in HostToViewerMessage['type']]: Record<string, Check> } = {
  init: {
    type: isString, protocolVersion: isCount, documentUri: isShortString(MAX_URI), data: isBytes,
    position: optional(isPosition), pageColors: isPageColors, followCursor: optional(isBoolean),
  },
  load: { type: isString, documentUri: isShortString(MAX_URI), data: isBytes },
  setColors: { type: isString, pageColors: isPageColors },
  paperMap: { type: isString, documentUri: isShortString(MAX_URI), anchors: arrayOf(isMapAnchor, maxMapAnchors) },
  setFollowCursor: { type: isString, on: isBoolean },
};

const isPngDataUri: Check = (v) => typeof v === 'string' && v.length <= maxPictureDataUri && /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/.test(v);
const isPictureSize: Check = (v) => isCount(v) && (v as number) >= 1 && (v as number) <= 4000;

/** Checks of the results of the requests the host sends (used by the host's Rpc). */
export const viewerRequestResults: MethodChecks<ViewerRequests> = {
  state: shape(stateFields), reveal: shape(stateFields), press: isBoolean,
  picture: shape({ dataUri: isPngDataUri, width: isPictureSize, height: isPictureSize, region: isRect }),
  revealText: shape({ found: isBoolean, state: shape(stateFields) }),
};
/** Checks of the params of the requests the viewer answers (used by the webview's Rpc). */
export const viewerRequestParams: MethodChecks<ViewerRequests> = {
  state: shape({}),
  reveal: shape({ page: isPageNumber, rect: optional(isRect), flash: optional(isBoolean), target: optional(isRevealTarget) }),
  press: shape({ selector: isShortString(200) }),
  picture: shape({ page: isPageNumber, kind: oneOf(['figure', 'table']), rect: isRect, maxWidth: optional((v) => isCount(v) && (v as number) >= 16 && (v as number) <= 2000) }),
  revealText: shape({ page: isPageNumber, text: (v) => isShortString(maxRevealText)(v) && (v as string).trim() !== '' }),
};

function parseWith<T extends { type: string }>(shapes: Record<string, Record<string, Check>>, v: unknown): T | undefined {
  if (!isObject(v) || typeof v.type !== 'string' || !Object.prototype.hasOwnProperty.call(shapes, v.type)) return undefined;
  return validate(v, shapes[v.type]) ? (v as unknown as T) : undefined;
}

/** Returns the message when it is a well-formed viewer → host event, else `undefined` (drop it). */
export function parseViewerMessage(v: unknown): ViewerToHostMessage | undefined {
  return parseWith<ViewerToHostMessage>(viewerShapes, v);
}

/** Returns the message when it is a well-formed host → viewer event, else `undefined` (drop it). */
export function parseHostMessage(v: unknown): HostToViewerMessage | undefined {
  return parseWith<HostToViewerMessage>(hostShapes, v);
}

/** Position for a setting read from an untrusted place (workspace state written by an older version). */
export function isViewerPosition(v: unknown): v is ViewerPosition {
  return isPosition(v);
}

/** Only these schemes may be opened from a PDF link, and only after the user confirms. */
export function isOpenableLink(url: string): boolean {
  return /^(https?|mailto):/i.test(url);
}
