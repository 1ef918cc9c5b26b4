import { ANCHOR_INDEX_FORMAT_VERSION, anchorKinds, anchorParts, type Anchor, type AnchorIndex } from './types';

// Runtime checks for anchors that arrive from elsewhere: a worker (another context, maybe another bundle version) or
// a cache entry read back from disk. One copy, used by the worker protocol and by the caches.

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const kinds = new Set<string>(anchorKinds);
const parts = new Set<string>(anchorParts);

export const isPageNumber = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
export const isRect = (v: unknown): boolean => Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
/** `part` is absent (the main paper) or one of the known parts. */
export const isPart = (v: unknown): boolean => v === undefined || (typeof v === 'string' && parts.has(v));

export function isAnchor(v: unknown): v is Anchor {
  return isObj(v) && typeof v.kind === 'string' && kinds.has(v.kind) && typeof v.label === 'string' && isPageNumber(v.page)
    && isRect(v.rect) && typeof v.title === 'string' && isPart(v.part);
}

/** A whole index of the given format version (the caches pass the current one). */
export function isAnchorIndex(v: unknown, formatVersion: number): v is AnchorIndex {
  return isObj(v) && v.formatVersion === formatVersion && isPageNumber(v.pages) && typeof v.fingerprint === 'string'
    && Array.isArray(v.anchors) && v.anchors.every(isAnchor) && v.anchors.every((a) => (a as Anchor).page <= (v.pages as number))
    && Array.isArray(v.notes) && v.notes.every((n) => typeof n === 'string')
    && (v.unreadPages === undefined || (Array.isArray(v.unreadPages) && v.unreadPages.every(isPageNumber)))
    && (v.pageTexts === undefined || (Array.isArray(v.pageTexts) && v.pageTexts.length === v.pages && v.pageTexts.every((t) => typeof t === 'string')));
}

/** A cached index as read back from disk: the current format, checked anchor by anchor; undefined when anything is off. */
export function parseAnchorIndex(v: unknown): AnchorIndex | undefined {
  return isAnchorIndex(v, ANCHOR_INDEX_FORMAT_VERSION) ? v : undefined;
}
