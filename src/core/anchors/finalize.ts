import type { Candidate, PageScan } from './pageScan';
import { ANCHOR_INDEX_FORMAT_VERSION, type Anchor, type AnchorIndex, type AnchorKind } from './types';

/** What the PDF itself says about its structure: outline entries and LaTeX/hyperref named destinations, resolved to pages. */
export interface DocumentInfo {
  readonly pages: number;
  readonly fingerprint: string;
  readonly outline: readonly { readonly title: string; readonly page: number }[];
  readonly destinations: readonly { readonly name: string; readonly page: number; readonly y: number | null }[];
}

export const NO_TEXT_NOTE = 'The PDF has no text layer (scanned pages?), so figures, tables and sections cannot be found; only pages are indexed.';

const destPrefix: Partial<Record<AnchorKind, RegExp>> = {
  figure: /^(figure|subfigure)\./, table: /^table\./, section: /^(section|subsection|subsubsection|paragraph|appendix|chapter)\./,
  equation: /^(equation|AMS)\./, algorithm: /^algorithm\./,
  theorem: /^(theorem|thm)\./i, lemma: /^(lemma|theorem|thm)\./i, proposition: /^(proposition|theorem|thm)\./i,
  definition: /^(definition|theorem|thm)\./i, corollary: /^(corollary|theorem|thm)\./i,
};

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A weak candidate is kept when a destination of its kind lands just above it, or an outline entry has its title. */
function confirmed(c: Candidate, info: DocumentInfo): boolean {
  const prefix = destPrefix[c.kind];
  if (prefix && info.destinations.some((d) => d.page === c.page && prefix.test(d.name) && (d.y === null || (d.y >= c.rect[1] - 2 && d.y - c.rect[3] < 60)))) return true;
  // Bookmarks often point a page early, so the printed heading may be on the outline's page or the next.
  return c.kind === 'section' && info.outline.some((o) => (o.page === c.page || o.page === c.page - 1) && norm(o.title).endsWith(norm(c.title)) && norm(c.title).length > 2);
}

/**
 * Document-level decisions over the pages' candidates: confirmation by destinations/outline, section numbering
 * (IEEE "A." under "III.", appendix letters only after numbered sections, a subsection needs its parent), and one
 * anchor per printed number. Works on any subset of pages, so partial results can be shown while indexing.
 */
export function finalizeIndex(info: DocumentInfo, scans: readonly PageScan[]): AnchorIndex {
  const sorted = [...scans].sort((a, b) => a.page - b.page);
  const anchors: Anchor[] = [];
  const seen = new Set<string>();
  const sections = new Set<string>();
  let roman: string | undefined;
  let numericSeen = false;
  const add = (c: Candidate, label = c.label) => {
    const key = `${c.kind}\u0000${label}`;
    if (seen.has(key)) return;
    seen.add(key);
    anchors.push({ kind: c.kind, label, page: c.page, rect: c.rect, title: c.title });
  };
  for (const scan of sorted) {
    anchors.push({ kind: 'page', label: String(scan.page), page: scan.page, rect: scan.view, title: '' });
    const cands = [...scan.candidates].sort((a, b) => a.order - b.order);
    for (const c of cands) {
      if (!c.strong && !confirmed(c, info)) continue;
      if (c.kind !== 'section') { add(c); continue; }
      let label = c.label;
      switch (c.numbering) {
        case 'roman': roman = label; break;
        case 'subletter':
          if (!roman) continue;
          label = `${roman}.${label}`;
          break;
        case 'letter':
          if (!numericSeen && !c.appendix) continue; // "A Study of …" in a title block is not appendix A
          break;
        case 'numeric': numericSeen = true; break;
      }
      const parent = c.numbering === 'subletter' ? roman! : label.includes('.') ? label.slice(0, label.lastIndexOf('.')) : undefined;
      if (parent !== undefined && !sections.has(parent)) continue;
      if (sections.has(label)) continue;
      sections.add(label);
      add(c, label);
    }
  }
  const chars = sorted.reduce((n, s) => n + s.chars, 0);
  const notes = sorted.length > 0 && chars === 0 ? [NO_TEXT_NOTE] : [];
  return { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: info.pages, fingerprint: info.fingerprint, anchors, notes };
}
