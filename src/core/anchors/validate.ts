import { ANCHOR_INDEX_FORMAT_VERSION, anchorKinds, type Anchor, type AnchorIndex } from './types';

/**
 * Runtime checks for anchors that come from outside this context: a worker's messages and the index cache on disk.
 * One set of checks for both, so a cached entry is held to what a worker may send.
 */
export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isPage = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
export const isRect = (v: unknown): boolean => Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
const kinds = new Set<string>(anchorKinds);

/** The fields every anchor has (kind, label, page, rect, title), well-formed. */
export function isAnchor(v: unknown): v is Anchor {
  return isObj(v) && typeof v.kind === 'string' && kinds.has(v.kind) && typeof v.label === 'string' && isPage(v.page) && isRect(v.rect)
    && typeof v.title === 'string';
}

/** A stored index, checked anchor by anchor (and each anchor on a page the document has); undefined when anything is off. */
export function parseAnchorIndex(v: unknown): AnchorIndex | undefined {
  if (!isObj(v) || v.formatVersion !== ANCHOR_INDEX_FORMAT_VERSION || !isPage(v.pages) || typeof v.fingerprint !== 'string') return undefined;
  const pages = v.pages;
  if (!Array.isArray(v.anchors) || !v.anchors.every((a) => isAnchor(a) && a.page <= pages)) return undefined;
  if (!Array.isArray(v.notes) || !v.notes.every((n) => typeof n === 'string')) return undefined;
  return { formatVersion: v.formatVersion, pages, fingerprint: v.fingerprint, anchors: v.anchors, notes: v.notes };
}
