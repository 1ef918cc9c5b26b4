import { destinationFor } from './destinations';
import type { Candidate, PageScan } from './pageScan';
import { ANCHOR_INDEX_FORMAT_VERSION, type Anchor, type AnchorIndex, type AnchorPart } from './types';

/** What the PDF itself says about its structure: outline entries and LaTeX/hyperref named destinations, resolved to pages. */
export interface DocumentInfo {
  readonly pages: number;
  readonly fingerprint: string;
  readonly outline: readonly { readonly title: string; readonly page: number }[];
  readonly destinations: readonly { readonly name: string; readonly page: number; readonly y: number | null }[];
}

export const NO_TEXT_NOTE = 'The PDF has no text layer (scanned pages?), so figures, tables and sections cannot be found; only pages are indexed.';

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A weak candidate is kept when a destination of its kind lands just above it, or an outline entry has its title. */
function confirmed(c: Candidate, info: DocumentInfo): boolean {
  const prefix = destinationFor[c.kind];
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
 * supplementary material, which restarts numbering (or uses S-numbers), as its own part.
 *
 * The one assembler of an index, used in-process (buildAnchorIndex) and by the worker client: page scans arrive in any
 * order (several workers interleave pages); the pages from 1 up to the first one still missing are decided as soon
 * as the document info is there, each page once, so partial anchors cost nothing extra and equal the final ones.
 */
export class IndexAssembler {
  readonly #scans = new Map<number, PageScan>();
  #info: DocumentInfo | undefined;
  /** The next page to decide: every page before it is in `#anchors`. */
  #next = 1;
  readonly #anchors: Anchor[] = [];
  readonly #seen = new Set<string>();
  #part: AnchorPart | undefined;
  #numbering = new Numbering();
  /** Page of the first "1" of each kind in the current part. */
  #firstOne = new Map<string, number>();
  #chars = 0;
  readonly #unread: number[] = [];
  readonly #texts: string[] = [];
  #decided = 0;

  /** Pages whose scans have arrived. */
  get pagesDone(): number { return this.#decided + this.#scans.size; }
  get info(): DocumentInfo | undefined { return this.#info; }

  /** What the PDF says about itself; decisions wait for it (destinations confirm weak candidates). */
  setInfo(info: DocumentInfo): void {
    this.#info ??= info;
    this.#advance(false);
  }

  /** A page's scan; a page seen before is ignored. */
  addScan(scan: PageScan): void {
    if (this.#scans.has(scan.page) || scan.page < this.#next) return;
    this.#scans.set(scan.page, scan);
    this.#advance(false);
  }

  /**
   * The index while pages are still being read: the anchors of the pages decided so far, and every later page counted
   * as unread, so nothing is said to be missing from the paper and no quote printed there is called wrong. Undefined
   * before the document info (nothing is decided before it).
   */
  partial(): AnchorIndex | undefined {
    const info = this.#info;
    if (!info) return undefined;
    const rest = Array.from({ length: Math.max(0, info.pages - this.#next + 1) }, (_, i) => this.#next + i);
    const texts = [...this.#texts];
    while (texts.length < info.pages) texts.push('');
    return {
      formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: info.pages, fingerprint: info.fingerprint, anchors: [...this.#anchors], notes: [],
      unreadPages: [...this.#unread, ...rest], pageTexts: texts,
    };
  }

  /** The index over every page that arrived (a missing page is skipped). Needs the info. */
  finish(): AnchorIndex {
    const info = this.#info;
    if (!info) throw new Error('IndexAssembler.finish before the document info');
    this.#advance(true);
    const notes = this.#decided > 0 && this.#chars === 0 ? [NO_TEXT_NOTE] : [];
    while (this.#texts.length < info.pages) this.#texts.push('');
    const unread = this.#chars > 0 ? this.#unread : [];
    return {
      formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: info.pages, fingerprint: info.fingerprint, anchors: [...this.#anchors], notes,
      ...(unread.length ? { unreadPages: [...unread] } : {}), pageTexts: [...this.#texts],
    };
  }

  #advance(all: boolean): void {
    const info = this.#info;
    if (!info) return;
    for (;;) {
      let scan = this.#scans.get(this.#next);
      if (!scan && all) {
        const rest = [...this.#scans.keys()].filter((p) => p > this.#next);
        if (!rest.length) break;
        this.#next = Math.min(...rest);
        scan = this.#scans.get(this.#next);
      }
      if (!scan) break;
      this.#decide(scan, info);
      this.#scans.delete(this.#next); // decided: the scan is not needed again
      this.#decided++;
      this.#next++;
    }
  }

  #decide(scan: PageScan, info: DocumentInfo): void {
    this.#anchors.push({ kind: 'page', label: String(scan.page), page: scan.page, rect: scan.view, title: '' });
    this.#chars += scan.chars;
    if (scan.chars === 0) this.#unread.push(scan.page);
    while (this.#texts.length < scan.page - 1) this.#texts.push('');
    this.#texts.push(scan.text);
    const cands = [...scan.candidates].sort((a, b) => a.order - b.order);
    for (const c of cands) {
      if (!c.strong && !confirmed(c, info)) continue;
      if (this.#restarts(c)) {
        this.#part = 'supplement';
        this.#numbering = new Numbering();
        this.#firstOne = new Map([[c.kind, c.page]]);
      }
      if (c.kind !== 'section') { this.#add(c, c.label); continue; }
      const label = this.#numbering.place(c);
      if (label !== undefined) this.#add(c, label);
    }
  }

  #add(c: Candidate, label: string): void {
    const p = /^S\d/.test(label) ? 'supplement' : this.#part;
    const key = `${c.kind}\u0000${label}\u0000${p ?? ''}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#anchors.push({ kind: c.kind, label, page: c.page, rect: c.rect, title: c.title, ...(p ? { part: p } : {}) });
  }

  #restarts(c: Candidate): boolean {
    if (c.label !== '1' || !(c.kind === 'figure' || c.kind === 'table' || (c.kind === 'section' && c.numbering === 'numeric'))) return false;
    const first = this.#firstOne.get(c.kind);
    if (first === undefined) { this.#firstOne.set(c.kind, c.page); return false; }
    // A restarted section 1 is set like the paper's own top-level headings (not a numbered step in an algorithm).
    if (c.kind === 'section' && !this.#numbering.sameLevelStyle(c, 1)) return false;
    return c.page >= first + RESTART_GAP;
  }
}

/** The index over the given scans at once (tests and tools); the same decisions as incremental assembly. */
export function finalizeIndex(info: DocumentInfo, scans: readonly PageScan[]): AnchorIndex {
  const assembler = new IndexAssembler();
  assembler.setInfo(info);
  for (const s of scans) assembler.addScan(s);
  return assembler.finish();
}
