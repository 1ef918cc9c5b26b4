import type { Candidate, PageScan } from './pageScan';
import { ANCHOR_INDEX_FORMAT_VERSION, type Anchor, type AnchorIndex, type AnchorKind, type AnchorPart } from './types';

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

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** "XIV" → 14; used only to check that roman section numbers go up. */
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    total += i + 1 < s.length && v < ROMAN_VALUES[s[i + 1]!]! ? -v : v;
  }
  return total;
}
const letterValue = (s: string): number => s.charCodeAt(0) - 64;
/** A number that follows the last one: the next, or one further (a heading the scan missed must not lose the rest). */
const follows = (n: number, last: number): boolean => n > last && n <= last + 2;
/** A restarted "1" this many pages after the first "1" starts supplementary material (a contents page is closer). */
const RESTART_GAP = 3;

/** Numbering state of one part of the paper: what was numbered last at each level. */
class Numbering {
  readonly sections = new Set<string>();
  /** Highest child number seen under each parent ("" for top-level numeric sections, "@" for appendix letters). */
  readonly last = new Map<string, number>();
  numericSeen = false;
  /** IEEE: the roman section (or "APPENDIX A") that lettered subsections belong to, and the last of those. */
  ieeeTop: string | undefined;
  ieeeSub: string | undefined;
  romanLast = 0;
  readonly levelSize = new Map<number, number>();

  /** Left edges of the top-level headings seen (one per column). */
  readonly topX = new Set<number>();

  /** Set like this part's headings of that level: same size and, for the top level, flush with their left edge (a numbered list is indented). */
  sameLevelStyle(c: Candidate, level: number): boolean {
    const size = this.levelSize.get(level);
    return size !== undefined && c.size !== undefined && Math.abs(size - c.size) <= 0.6 && [...this.topX].some((x) => Math.abs(x - c.rect[0]) < 2);
  }

  /** The label this section gets, or undefined when its number does not fit the numbering so far. */
  place(c: Candidate): string | undefined {
    const label = c.label;
    switch (c.numbering) {
      case 'unnumbered':
        this.ieeeTop = this.ieeeSub = undefined;
        return undefined;
      case 'roman': {
        const v = romanValue(label);
        if (!follows(v, this.romanLast)) return undefined;
        this.romanLast = v;
        this.ieeeTop = label;
        this.ieeeSub = undefined;
        return this.take(label) ? label : undefined;
      }
      case 'subletter': {
        // "A. Proofs" in a paper without roman sections is appendix A, written with a period.
        if (this.romanLast === 0) return this.place({ ...c, numbering: 'letter' });
        if (!this.ieeeTop) return undefined;
        const full = `${this.ieeeTop}.${label}`;
        return this.child(this.ieeeTop, letterValue(label), full) ? ((this.ieeeSub = full), full) : undefined;
      }
      case 'subnumber': {
        if (!this.ieeeSub) return undefined;
        const full = `${this.ieeeSub}.${label}`;
        return this.child(this.ieeeSub, Number(label), full) ? full : undefined;
      }
      case 'letter': {
        if (!this.numericSeen && !c.appendix && this.romanLast === 0) return undefined; // "A Study of …" in a title block is not appendix A
        const parts = label.split('.');
        if (parts.length === 1) {
          if (!this.child('@', letterValue(label), label)) return undefined;
          if (this.romanLast > 0) { this.ieeeTop = label; this.ieeeSub = undefined; }
          return label;
        }
        return this.child(parts.slice(0, -1).join('.'), Number(parts.at(-1)), label) ? label : undefined;
      }
      case 'numeric': {
        const parts = label.split('.');
        if (this.romanLast > 0 && parts.length === 1) return undefined; // a paper numbered I, II, III has no section 1
        // Headings of one level share one size: a numbered step or formula line in another size is not one of them.
        const size = this.levelSize.get(parts.length);
        if (size !== undefined && c.size !== undefined && Math.abs(size - c.size) > 0.6) return undefined;
        const ok = this.child(parts.length === 1 ? '' : parts.slice(0, -1).join('.'), Number(parts.at(-1)), label);
        if (ok && parts.length === 1) this.topX.add(c.rect[0]);
        if (ok) { this.numericSeen = true; if (c.size !== undefined && !this.levelSize.has(parts.length)) this.levelSize.set(parts.length, c.size); }
        return ok ? label : undefined;
      }
      default: return undefined;
    }
  }

  /** A child numbered `n` under `parent` ("" = top level): the parent must exist and the number follow its last child. */
  private child(parent: string, n: number, label: string): boolean {
    if (parent !== '' && parent !== '@' && !this.sections.has(parent)) return false;
    if (!follows(n, this.last.get(parent) ?? 0)) return false;
    if (!this.take(label)) return false;
    this.last.set(parent, n);
    return true;
  }

  private take(label: string): boolean {
    if (this.sections.has(label)) return false;
    this.sections.add(label);
    return true;
  }
}

/**
 * Document-level decisions over the pages' candidates: confirmation by destinations/outline; section numbering as a
 * typesetter numbers (each number follows the last at its level, a subsection needs its parent, IEEE "A." under
 * "III." and "1)" under "III.A", appendix letters after the numbered sections); one anchor per printed number; and
 * supplementary material, which restarts numbering (or uses S-numbers), as its own part. Works on any subset of pages,
 * so partial results can be shown while indexing.
 */
export function finalizeIndex(info: DocumentInfo, scans: readonly PageScan[]): AnchorIndex {
  const sorted = [...scans].sort((a, b) => a.page - b.page);
  const anchors: Anchor[] = [];
  const seen = new Set<string>();
  let part: AnchorPart | undefined;
  let numbering = new Numbering();
  /** Page of the first "1" of each kind in the current part. */
  let firstOne = new Map<string, number>();
  const add = (c: Candidate, label: string) => {
    const p = /^S\d/.test(label) ? 'supplement' : part;
    const key = `${c.kind}\u0000${label}\u0000${p ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    anchors.push({ kind: c.kind, label, page: c.page, rect: c.rect, title: c.title, ...(p ? { part: p } : {}) });
  };
  const restarts = (c: Candidate): boolean => {
    if (c.label !== '1' || !(c.kind === 'figure' || c.kind === 'table' || (c.kind === 'section' && c.numbering === 'numeric'))) return false;
    const first = firstOne.get(c.kind);
    if (first === undefined) { firstOne.set(c.kind, c.page); return false; }
    // A restarted section 1 is set like the paper's own top-level headings (not a numbered step in an algorithm).
    if (c.kind === 'section' && !numbering.sameLevelStyle(c, 1)) return false;
    return c.page >= first + RESTART_GAP;
  };
  for (const scan of sorted) {
    anchors.push({ kind: 'page', label: String(scan.page), page: scan.page, rect: scan.view, title: '' });
    const cands = [...scan.candidates].sort((a, b) => a.order - b.order);
    for (const c of cands) {
      if (!c.strong && !confirmed(c, info)) continue;
      if (restarts(c)) {
        part = 'supplement';
        numbering = new Numbering();
        firstOne = new Map([[c.kind, c.page]]);
      }
      if (c.kind !== 'section') { add(c, c.label); continue; }
      const label = numbering.place(c);
      if (label !== undefined) add(c, label);
    }
  }
  const chars = sorted.reduce((n, s) => n + s.chars, 0);
  const notes = sorted.length > 0 && chars === 0 ? [NO_TEXT_NOTE] : [];
  const unread = chars > 0 ? sorted.filter((s) => s.chars === 0).map((s) => s.page) : [];
  return { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: info.pages, fingerprint: info.fingerprint, anchors, notes, ...(unread.length ? { unreadPages: unread } : {}) };
}
