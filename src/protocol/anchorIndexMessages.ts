/**
 * The one message protocol between a host (extension host or CLI) and an anchor-index worker.
 * Startup: the worker sends `ready` with its PROTOCOL_VERSION; the host refuses a worker of another version.
 * A request indexes one part of the pages (`part.index` of `part.count`, pages interleaved), so a host can run a
 * document on several workers at once; the worker streams its page scans and, for part 0, what the PDF says about
 * itself (outline, destinations). The host merges the parts with `finalizeIndex` (document-level decisions need all
 * pages) and can show partial anchors from the first pages before the last is done.
 * A `firstPage` request reads only page 1 and the Info dictionary, for New Review (the title and the venue's statement).
 * Both sides validate what they receive: a worker is a separate context and a bundle of another version may answer.
 */
import { AnchorIndexError, anchorIndexErrorCodes, isAnchor, type AnchorIndexErrorCode, type DocumentInfo, type PageScan } from '../core/paperIndex';
import type { PaperFacts } from '../core/newReview/paperFacts';
import { isObj, isPageNumber as isPage, isRect } from '../core/paperIndex/validate';

export const ANCHOR_INDEX_PROTOCOL_VERSION = 2;

// ---- host → worker ----

export interface IndexRequest {
  readonly type: 'index';
  readonly requestId: number;
  /** The PDF's bytes, transferred (not copied) to the worker. */
  readonly data: ArrayBuffer;
  readonly password?: string;
  /** Which pages: those with (page - 1) % count === index. Part 0 also reads the outline and destinations. */
  readonly part: { readonly index: number; readonly count: number };
}

export interface CancelRequest {
  readonly type: 'cancel';
  readonly requestId: number;
}

/** Page 1's text and the paper's title (New Review); answered by one `firstPage` message or a failed `result`. */
export interface FirstPageRequest {
  readonly type: 'firstPage';
  readonly requestId: number;
  readonly data: ArrayBuffer;
  readonly password?: string;
}

export type ToIndexWorker = IndexRequest | CancelRequest | FirstPageRequest;

// ---- worker → host ----

export interface ReadyMessage {
  readonly type: 'ready';
  readonly protocolVersion: number;
}

/** Sent after each page of the part (and once when the document info is read). */
export interface ProgressMessage {
  readonly type: 'progress';
  readonly requestId: number;
  /** The document's page count. */
  readonly pages: number;
  /** Pages finished since the last message. */
  readonly scans: readonly PageScan[];
  readonly info?: DocumentInfo;
}

export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly code: AnchorIndexErrorCode;
}

/** The part is done (all its scans were sent before this), or failed. */
export type ResultMessage =
  | { readonly type: 'result'; readonly requestId: number; readonly ok: true }
  | { readonly type: 'result'; readonly requestId: number; readonly ok: false; readonly error: WireError };

export interface FirstPageMessage {
  readonly type: 'firstPage';
  readonly requestId: number;
  readonly facts: PaperFacts;
}

export type FromIndexWorker = ReadyMessage | ProgressMessage | ResultMessage | FirstPageMessage;

// ---- errors across the boundary ----

const errorCodes: readonly string[] = anchorIndexErrorCodes;

export function toWireError(err: unknown): WireError {
  if (err instanceof AnchorIndexError) return { name: err.name, message: err.message, code: err.code };
  return { name: (err as Error)?.name ?? 'Error', message: (err as Error)?.message ?? String(err), code: 'worker-failed' };
}

/** Rebuilds the worker's error as the host's own AnchorIndexError, so callers switch on `code` as for in-process errors. */
export function fromWireError(e: WireError): AnchorIndexError {
  return new AnchorIndexError(e.code, e.message);
}

// ---- runtime validation ----

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A candidate is an anchor (the same check the index cache uses) with what the document-level pass needs. */
function isCandidate(v: unknown): boolean {
  return isObj(v) && isAnchor(v) && typeof v.strong === 'boolean' && typeof v.order === 'number';
}

function isScan(v: unknown): v is PageScan {
  return isObj(v) && isPage(v.page) && isRect(v.view) && typeof v.chars === 'number' && typeof v.text === 'string'
    && Array.isArray(v.candidates) && v.candidates.every(isCandidate);
}

function isInfo(v: unknown): v is DocumentInfo {
  return isObj(v) && isPage(v.pages) && typeof v.fingerprint === 'string'
    && Array.isArray(v.outline) && v.outline.every((o) => isObj(o) && typeof o.title === 'string' && isPage(o.page))
    && Array.isArray(v.destinations) && v.destinations.every((d) => isObj(d) && typeof d.name === 'string' && isPage(d.page) && (d.y === null || typeof d.y === 'number'));
}

/** What a worker receives, or undefined when it is not a well-formed request. */
export function parseToIndexWorker(v: unknown): ToIndexWorker | undefined {
  if (!isObj(v) || !isId(v.requestId)) return undefined;
  switch (v.type) {
    case 'cancel': return { type: 'cancel', requestId: v.requestId };
    case 'firstPage':
      if (!(v.data instanceof ArrayBuffer) || (v.password !== undefined && typeof v.password !== 'string')) return undefined;
      return { type: 'firstPage', requestId: v.requestId, data: v.data, ...(v.password === undefined ? {} : { password: v.password }) };
    case 'index': {
      const part = v.part;
      if (!(v.data instanceof ArrayBuffer) || (v.password !== undefined && typeof v.password !== 'string')) return undefined;
      if (!isObj(part) || !isId(part.index) || !isPage(part.count) || part.index >= part.count) return undefined;
      return { type: 'index', requestId: v.requestId, data: v.data, part: { index: part.index, count: part.count }, ...(v.password === undefined ? {} : { password: v.password }) };
    }
    default: return undefined;
  }
}

/**
 * pdf.js's worker module, loaded into a web worker, announces itself on the worker's own port (its handshake for
 * pdf.js's main thread: `{ sourceName: 'worker', targetName: 'main', action: 'ready' }`). It ignores our messages and
 * hosts ignore its.
 */
export function isPdfjsWorkerMessage(v: unknown): boolean {
  return isObj(v) && v.sourceName === 'worker' && v.targetName === 'main';
}

/** What a host receives, or undefined when it is not a well-formed worker message. */
export function parseFromIndexWorker(v: unknown): FromIndexWorker | undefined {
  if (!isObj(v)) return undefined;
  switch (v.type) {
    case 'ready':
      return typeof v.protocolVersion === 'number' ? { type: 'ready', protocolVersion: v.protocolVersion } : undefined;
    case 'progress':
      if (!isId(v.requestId) || !isPage(v.pages) || !Array.isArray(v.scans) || !v.scans.every(isScan)) return undefined;
      if (v.info !== undefined && !isInfo(v.info)) return undefined;
      return { type: 'progress', requestId: v.requestId, pages: v.pages, scans: v.scans, ...(v.info === undefined ? {} : { info: v.info }) };
    case 'firstPage': {
      const f = v.facts;
      if (!isId(v.requestId) || !isObj(f) || !(f.firstPageText === undefined || typeof f.firstPageText === 'string') || !(f.title === undefined || typeof f.title === 'string')) return undefined;
      return { type: 'firstPage', requestId: v.requestId, facts: { ...(f.firstPageText === undefined ? {} : { firstPageText: f.firstPageText }), ...(f.title === undefined ? {} : { title: f.title }) } };
    }
    case 'result': {
      if (!isId(v.requestId)) return undefined;
      if (v.ok === true) return { type: 'result', requestId: v.requestId, ok: true };
      const e = v.error;
      if (v.ok !== false || !isObj(e) || typeof e.name !== 'string' || typeof e.message !== 'string' || !errorCodes.includes(e.code as AnchorIndexErrorCode)) return undefined;
      return { type: 'result', requestId: v.requestId, ok: false, error: { name: e.name, message: e.message, code: e.code as AnchorIndexErrorCode } };
    }
    default: return undefined;
  }
}
