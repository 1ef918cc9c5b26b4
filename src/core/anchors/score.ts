import type { Anchor, AnchorIndex } from './types';

/** One expected anchor from a fixture's truth file (made from LaTeX's .aux labels or by the generator). */
export interface TruthAnchor { readonly kind: string; readonly label: string; readonly page: number; readonly title?: string }

export interface KindScore { truth: number; found: number; matched: number }
export interface Score {
  readonly byKind: Record<string, KindScore>;
  readonly missing: TruthAnchor[];
  readonly extra: Anchor[];
  readonly wrongTitle: { truth: TruthAnchor; found: Anchor }[];
}

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Matches anchors on (kind, label, page). A title counts as right when the found title is a non-empty prefix of
 * the printed caption/heading (we keep the first sentence), compared case- and punctuation-insensitively.
 */
export function scoreIndex(index: AnchorIndex, truth: readonly TruthAnchor[]): Score {
  const byKind: Record<string, KindScore> = {};
  const k = (kind: string) => (byKind[kind] ??= { truth: 0, found: 0, matched: 0 });
  const key = (a: { kind: string; label: string; page: number }) => `${a.kind}|${a.label}|${a.page}`;
  const found = new Map(index.anchors.map((a) => [key(a), a]));
  const expected = new Set(truth.map(key));
  const missing: TruthAnchor[] = [];
  const wrongTitle: { truth: TruthAnchor; found: Anchor }[] = [];
  for (const t of truth) {
    k(t.kind).truth++;
    const f = found.get(key(t));
    if (!f) { missing.push(t); continue; }
    k(t.kind).matched++;
    if (t.title !== undefined && (!norm(f.title) || !norm(t.title).startsWith(norm(f.title).replace(/ …$/, '')))) wrongTitle.push({ truth: t, found: f });
  }
  const extra: Anchor[] = [];
  for (const a of index.anchors) {
    k(a.kind).found++;
    if (!expected.has(key(a))) extra.push(a);
  }
  return { byKind, missing, extra, wrongTitle };
}
