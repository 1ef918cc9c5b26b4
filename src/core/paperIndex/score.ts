import type { Anchor, AnchorIndex } from './types';

/** One expected anchor from a truth file (a fixture's LaTeX labels, or a corpus paper's hand-checked truth). */
export interface TruthAnchor { readonly kind: string; readonly label: string; readonly page: number; readonly title?: string; readonly part?: string }

export interface KindScore { truth: number; found: number; matched: number }
export interface Score {
  readonly byKind: Record<string, KindScore>;
  readonly missing: TruthAnchor[];
  readonly extra: Anchor[];
  readonly wrongTitle: { truth: TruthAnchor; found: Anchor }[];
}

/** Titles compare without regard to case, spacing and punctuation (quotes, dashes and ligatures vary between extractors). */
export const normalizeTitle = (s: string): string => s.normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Matches anchors on (kind, label, page, part). Only the kinds the truth lists (`kinds`, default: all it has) are
 * scored, so a truth without equations does not count the index's equations as extras. A title is right only when the
 * whole title matches the truth's whole title.
 */
export function scoreIndex(index: AnchorIndex, truth: readonly TruthAnchor[], kinds?: readonly string[]): Score {
  const scored = new Set(kinds ?? truth.map((t) => t.kind));
  // Subfigures ("3(a)") are scored only against a truth that lists them (the fixtures' LaTeX labels do; the corpus
  // truth, like a reader, counts the figure once).
  const subfigures = truth.some((t) => t.label.includes('('));
  const counts = (a: { kind: string; label: string }) => scored.has(a.kind) && (subfigures || !a.label.includes('('));
  const byKind: Record<string, KindScore> = {};
  const k = (kind: string) => (byKind[kind] ??= { truth: 0, found: 0, matched: 0 });
  const key = (a: { kind: string; label: string; page: number; part?: string }) => `${a.kind}|${a.label}|${a.page}|${a.part ?? ''}`;
  const found = new Map(index.anchors.map((a) => [key(a), a]));
  const expected = new Set(truth.map(key));
  const missing: TruthAnchor[] = [];
  const wrongTitle: { truth: TruthAnchor; found: Anchor }[] = [];
  for (const t of truth) {
    if (!scored.has(t.kind)) continue;
    k(t.kind).truth++;
    const f = found.get(key(t));
    if (!f) { missing.push(t); continue; }
    k(t.kind).matched++;
    if (t.title !== undefined && normalizeTitle(f.title) !== normalizeTitle(t.title)) wrongTitle.push({ truth: t, found: f });
  }
  const extra: Anchor[] = [];
  for (const a of index.anchors) {
    if (!counts(a)) continue;
    k(a.kind).found++;
    if (!expected.has(key(a))) extra.push(a);
  }
  return { byKind, missing, extra, wrongTitle };
}
