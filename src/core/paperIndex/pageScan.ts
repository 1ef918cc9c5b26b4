import type { AnchorKind, Rect } from './types';
import { layoutPage, leadFont, type Fragment, type PageLayout } from './layout';
import type { PdfTextContent, PdfTextItem } from './pdfTypes';
import { firstSentence, joinLines } from './lines';

export { firstSentence } from './lines';

/**
 * One page's anchor candidates, found from the printed text alone. `strong` candidates stand on their own;
 * weak ones (matched the words but not the styling) are kept only if the PDF's destinations or outline confirm them.
 */
export interface Candidate {
  readonly kind: AnchorKind;
  readonly label: string;
  readonly page: number;
  readonly rect: Rect;
  readonly title: string;
  readonly strong: boolean;
  /** Position in the page's reading order. */
  readonly order: number;
  /** For sections: how the number is written, used for document-level checks. */
  readonly numbering?: 'numeric' | 'letter' | 'roman' | 'subletter' | 'subnumber' | 'unnumbered';
  readonly appendix?: boolean;
  /** For sections: the heading's font size; headings of one level share one size. */
  readonly size?: number;
}

export interface PageScan {
  readonly page: number;
  readonly view: Rect;
  readonly chars: number;
  readonly candidates: readonly Candidate[];
  /** The page's text as `AnchorIndex.pageTexts` keeps it (see there). */
  readonly text: string;
}

/** pdf.js's text items joined in its order, '\n' after an item that ends a line; nothing else changed. */
export function pageText(content: PdfTextContent): string {
  let text = '';
  for (const it of content.items) if ('str' in it) text += (it as PdfTextItem).hasEOL ? `${(it as PdfTextItem).str}\n` : (it as PdfTextItem).str;
  return text;
}

const CAPTION = /^(Figure|Fig\.|FIGURE|FIG\.|Table|TABLE|Tab\.)\s*(S?\d+(?:\.\d+)?|[A-Z]\.?\d+|[IVXLC]+)(?=[\s:.|—–]|$)\s*([:.|—–])?\s*(.*)$/;
const ALGORITHM = /^(Algorithm|ALGORITHM)\s+(\d+(?:\.\d+)?|[A-Z]\.\d+)(?=[\s:.]|$)\s*([:.])?\s*(.*)$/;
const THEOREM = /^(Theorem|Lemma|Proposition|Definition|Corollary)\s+(\d+(?:\.\d+)*|[A-Z](?:\.\d+)+)(?=[\s:.(]|$)\.?\s*(.*)$/;
const SECTION = /^(?:(Appendix|APPENDIX)\s+)?(\d+(?:\.\d+)*|[A-Z](?:\.\d+)*|[IVXLC]+)([.:])?\s+(.+)$/;
const EQUATION = /^\((\d+(?:\.\d+)*[a-z]?|[A-Z]\.\d+)\)$/;
const SUBFIGURE = /^\(([a-z])\)\s*(.*)$/;
const ROMAN = /^[IVXLC]+$/;

const rectOf = (f: Fragment): Rect => [round(f.x0), round(f.y - 0.25 * f.size), round(f.x1), round(f.y + 0.8 * f.size)];
const round = (v: number): number => Math.round(v * 100) / 100;
const union = (a: Rect, b: Rect): Rect => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
const overlaps = (a: Fragment, b: Fragment): boolean => a.x0 < b.x1 && b.x0 < a.x1;

/**
 * What caption scans ask of the whole page, gathered in one pass so a page of many captions stays linear: the right
 * end of body text's lines (its font and size, captions left out) by where they start, and the rightmost lone number
 * ("12", a page number) by height, each in buckets (`startWidth` wide across, `heightStep` high).
 */
interface PageLines {
  readonly startWidth: number;
  readonly rightByStart: ReadonlyMap<number, number>;
  readonly heightStep: number;
  readonly numberByHeight: ReadonlyMap<number, number>;
}

const pageLinesOf = new WeakMap<PageLayout, PageLines>();

function pageLines(layout: PageLayout): PageLines {
  let lines = pageLinesOf.get(layout);
  if (lines) return lines;
  const startWidth = Math.max(1, 1.5 * layout.bodySize), heightStep = Math.max(1, 0.3 * layout.bodySize);
  const rightByStart = new Map<number, number>(), numberByHeight = new Map<number, number>();
  const keepMax = (map: Map<number, number>, key: number, v: number) => map.set(key, Math.max(map.get(key) ?? -Infinity, v));
  for (const g of layout.fragments) {
    if (leadFont(g) === layout.bodyFont && Math.abs(g.size - layout.bodySize) < 0.6 && !CAPTION.test(g.text)) keepMax(rightByStart, Math.floor(g.x0 / startWidth), g.x1);
    if (/^\d{1,4}$/.test(g.text)) keepMax(numberByHeight, Math.floor(g.y / heightStep), g.x0);
  }
  pageLinesOf.set(layout, (lines = { startWidth, rightByStart, heightStep, numberByHeight }));
  return lines;
}

/** The measure of the column a line starting at `x0` is in: how far right body lines starting near it reach (-Infinity: none). */
function columnRight(layout: PageLayout, x0: number): number {
  const { startWidth, rightByStart } = pageLines(layout);
  const b = Math.floor(x0 / startWidth);
  return Math.max(rightByStart.get(b - 1) ?? -Infinity, rightByStart.get(b) ?? -Infinity, rightByStart.get(b + 1) ?? -Infinity);
}

/** A lone number on the line's height to its right: the line is a running foot with its page number. */
function numberBeside(layout: PageLayout, line: Fragment): boolean {
  const { heightStep, numberByHeight } = pageLines(layout);
  const from = Math.floor((line.y - 0.3 * line.size) / heightStep), to = Math.floor((line.y + 0.3 * line.size) / heightStep);
  // A line in a size far beyond the body's (a hostile PDF) looks no further than 64 steps.
  for (let b = from; b <= Math.min(to, from + 64); b++) if ((numberByHeight.get(b) ?? -Infinity) > line.x1) return true;
  return false;
}

/** Lines a caption may have (longer ones are rare; the bound keeps a page's scan linear). */
const MAX_CAPTION_LINES = 16;

/**
 * The caption's text and box: the rest of its first line plus the following lines of its paragraph in the same size
 * and column, dehyphenated. The paragraph goes on after a full line and ends with a short one (a one-line caption with
 * its sentence), so the box holds the whole caption even where the title keeps only its first sentence.
 */
function captionText(layout: PageLayout, frags: readonly Fragment[], i: number, rest: string): { title: string; rect: Rect } {
  const first = frags[i]!;
  let text = rest;
  let rect = rectOf(first);
  let lineY = first.y;
  let lineEnd = first.x1;
  let measure = first.x1; // the caption's right edge: its widest line so far
  let lines = 1;
  let pitch: number | undefined; // the caption's line spacing, from its first two lines
  // A first line that ends a sentence ends the caption, unless it is the label's line and full: it reaches as far
  // right as the body lines that start where it starts (its column's measure; none on the page: not full), so the
  // paragraph may go on below it. (A title set below or beside its label is not measured: it counts as body text.)
  const endsSentence = () => /[.!?]$/.test(text.trim()) && text.trim().length > 0;
  const firstLineFull = (): boolean => {
    const right = CAPTION.test(first.text) ? columnRight(layout, first.x0) : -Infinity;
    return right > -Infinity && first.x1 >= right - 0.5 * first.size;
  };
  for (let j = i + 1; j < frags.length && lines < MAX_CAPTION_LINES; j++) {
    const f = frags[j]!;
    // A piece of the same line in another font (a symbol, an accented variable) goes on with it: "… and Ŷ is the".
    if (Math.abs(f.y - lineY) < 0.3 * first.size && f.x0 >= lineEnd - first.size && f.x0 <= lineEnd + 0.5 * first.size && f.size <= first.size + 0.6) {
      text = `${text} ${f.text}`;
      rect = union(rect, rectOf(f));
      lineEnd = Math.max(lineEnd, f.x1);
      measure = Math.max(measure, lineEnd);
      continue;
    }
    if (lines === 1 ? endsSentence() && !firstLineFull() : lineEnd < measure - first.size) break;
    const drop = lineY - f.y;
    if (drop <= 0 || drop > 1.7 * first.size || Math.abs(f.size - first.size) > 0.6 || !overlaps(f, first)) break;
    // Past a full first line that ends a sentence, only a line at a caption's line spacing goes on: a paragraph
    // brought up closer than the float's usual gap (\vspace) stays out.
    if (lines === 1 && endsSentence() && drop > 1.4 * first.size) break;
    // A paragraph keeps its line spacing (a line with a tall symbol is pushed a little lower): text further below a
    // full last line is the body or a table's rows.
    if (pitch !== undefined && drop > pitch + Math.max(1, 0.25 * first.size)) break;
    // A line with a lone page number beside it is the running foot.
    if (numberBeside(layout, f)) break;
    text = joinLines(text, f.text, layout.words());
    rect = union(rect, rectOf(f));
    lineY = f.y;
    lineEnd = f.x1;
    measure = Math.max(measure, lineEnd);
    pitch = Math.min(pitch ?? drop, drop);
    lines++;
  }
  return { title: firstSentence(text), rect };
}

const isBodyItem = (layout: PageLayout, it: { fontName: string; transform: readonly number[]; height: number }): boolean =>
  it.fontName === layout.bodyFont && Math.abs((Math.hypot(it.transform[2] ?? 0, it.transform[3] ?? 0) || it.height) - layout.bodySize) < 0.5;

/**
 * The heading part of a fragment: its items up to the first one in body text's font and size, so a run-in heading
 * ("4.2.1 Closed world. Body text …") keeps only its heading, while math or italics inside a heading stay in it.
 * `whole` when the fragment is all heading (its next line may continue it).
 */
function headingRun(layout: PageLayout, f: Fragment): { text: string; whole: boolean } {
  // Small capitals (sizes alternate, the small letters in body size): the whole line.
  if (f.mixedSizes && !/\p{Ll}/u.test(f.text)) return { text: f.text, whole: true };
  // The number may be set in the body font before a bold title ("1.1" roman, "Applications." bold): skip it.
  let k = 0;
  let label = '';
  while (k < f.items.length && isBodyItem(layout, f.items[k]!) && /^\s*[\dA-Z]*(?:\.\d*)*\.?\s*$/.test(label + f.items[k]!.str) && /^\s*[\d.A-Z]{0,8}\s*$/.test(label + f.items[k]!.str)) label += f.items[k++]!.str;
  if (k === f.items.length || (k === 0 && isBodyItem(layout, f.items[0]!)) || (k > 0 && isBodyItem(layout, f.items[k]!))) return { text: f.text, whole: true };
  let s = label;
  let end: number | undefined;
  let n = k;
  for (let j = k; j < f.items.length; j++) {
    const it = f.items[j]!;
    // A short piece in body font between heading pieces ("The type-" "2" "case") is part of the heading.
    const next = f.items[j + 1];
    if (isBodyItem(layout, it) && !(it.str.trim().length <= 3 && next && !isBodyItem(layout, next) && !/[.:]\s*$/.test(s))) break;
    const x = it.transform[4] ?? 0;
    if (end !== undefined && x - end > 0.15 * f.size && !/\s$/.test(s)) s += ' ';
    else if (end === undefined && s && !/\s$/.test(s)) s += ' ';
    s += it.str;
    end = x + it.width;
    n++;
  }
  return { text: s.replace(/\s+/g, ' ').trim(), whole: n === f.items.length };
}

/**
 * A contents page (table of contents, list of figures or tables): its entries name the paper's headings and captions
 * but are not them. Known by its title, or by several lines with dot leaders or a page number set at the right edge.
 */
function contentsPage(layout: PageLayout): boolean {
  let entries = 0;
  for (const f of layout.fragments) {
    if (/^(?:(?:table of )?contents|list of (?:figures|tables|illustrations))$/i.test(f.text) && f.size >= layout.bodySize) return true;
    if (/(?:\.\s?){4,}\s*[\divxlc]*$/i.test(f.text) && ++entries >= 3) return true;
  }
  return false;
}

export function scanPage(content: PdfTextContent, page: number, view: readonly number[]): PageScan {
  const layout = layoutPage(content);
  const candidates: Candidate[] = [];
  const frags = layout.fragments;
  const contents = contentsPage(layout);
  frags.forEach((f, i) => {
    const c = captionAt(layout, frags, i, page) ?? theoremAt(layout, f, i, page) ?? sectionAt(layout, f, i, page) ?? equationAt(layout, f, i, page);
    if (c && !(contents && (c.kind === 'figure' || c.kind === 'table' || c.kind === 'section'))) candidates.push(c);
  });
  candidates.push(...subfigures(layout, candidates, page));
  return { page, view: [view[0] ?? 0, view[1] ?? 0, view[2] ?? 0, view[3] ?? 0], chars: layout.chars, candidates, text: pageText(content) };
}

function differs(layout: PageLayout, f: Fragment): boolean {
  return leadFont(f) !== layout.bodyFont || Math.abs(f.size - layout.bodySize) > 0.5;
}

function captionAt(layout: PageLayout, frags: readonly Fragment[], i: number, page: number): Candidate | undefined {
  const f = frags[i]!;
  const m = CAPTION.exec(f.text);
  const a = m ? undefined : ALGORITHM.exec(f.text);
  if (!m && !a) return undefined;
  const [, word, label, sep, rest] = (m ?? a)!;
  const kind: AnchorKind = a ? 'algorithm' : /^t/i.test(word!) ? 'table' : 'figure';
  if (kind === 'figure' && ROMAN.test(label!)) return undefined;
  const upper = word === word!.toUpperCase();
  const styled = differs(layout, f) || upper;
  let strong: boolean;
  let title: string;
  let rect: Rect;
  // The label alone on its line ("TABLE II" in IEEE, "Table 5:" in APA style): the title is below it, right below or
  // (double-spaced) a line further down when that line is set apart from body text.
  const titleBelow = (): { title: string; rect: Rect } => {
    const next = frags[i + 1];
    const near = next && f.y - next.y > 0 && (f.y - next.y < 2 * f.size || (f.y - next.y < 3 * Math.max(f.size, next.size) && differs(layout, next)));
    const below = near ? captionText(layout, frags, i + 1, next.text) : { title: '', rect: rectOf(f) };
    return { title: below.title, rect: union(rectOf(f), below.rect) };
  };
  if (!rest && !sep) {
    strong = styled;
    ({ title, rect } = titleBelow());
  } else {
    // "Figure 3:" / "Figure 3 |" are captions; "Figure 3." needs the caption's own styling; "Figure 3 shows" needs a styled label.
    strong = sep === ':' || sep === '|' || sep === '—' || sep === '–' || (sep === '.' ? styled : leadFont(f) !== layout.bodyFont && !/^[a-z]/.test(rest!));
    // An algorithm's caption is one line; the lines below it are the algorithm.
    const beside = frags[i + 1];
    if (kind !== 'algorithm' && !/\p{L}/u.test(rest!) && beside && Math.abs(beside.y - f.y) < 0.3 * f.size && beside.x0 > f.x0) {
      // "Figure 7:" with its text set apart on the same line (a wrapped figure's caption).
      ({ title, rect } = captionText(layout, frags, i + 1, beside.text));
      rect = union(rectOf(f), rect);
    } else if (kind !== 'algorithm' && !rest!.trim()) ({ title, rect } = titleBelow());
    else ({ title, rect } = kind === 'algorithm' ? { title: firstSentence(rest!), rect: rectOf(f) } : captionText(layout, frags, i, rest!));
  }
  if (/^[,;]/.test(rest ?? '')) return undefined;
  return { kind, label: label!, page, rect, title, strong, order: i };
}

function theoremAt(layout: PageLayout, f: Fragment, i: number, page: number): Candidate | undefined {
  const m = THEOREM.exec(f.text);
  if (!m) return undefined;
  const [, word, label, rest] = m;
  const note = /^\(([^)]{1,120})\)/.exec(rest ?? '');
  return { kind: word!.toLowerCase() as AnchorKind, label: label!, page, rect: rectOf(f), title: note ? note[1]! : '', strong: leadFont(f) !== layout.bodyFont, order: i };
}

/** Unnumbered headings that end a numbered part: IEEE subsections after them do not belong to the last roman section. */
const UNNUMBERED = /^(references|bibliography|acknowledge?ments?|appendix|appendices|supplementary material|supplemental material|supplementary materials)$/i;
/** "APPENDIX A" / "Appendix B" alone on its line: the title is on the next line. */
const APPENDIX_ALONE = /^(?:Appendix|APPENDIX)\s+([A-Z])\.?$/;
/** IEEE's third level: "1) Queue Length:" run in, in italics. */
const IEEE_SUB = /^(\d{1,2})\)\s+(.+?):?$/;

/** A section heading's line also ends with a page number (or dot leaders): a table of contents' entry, not the heading. */
function tocEntry(layout: PageLayout, f: Fragment): boolean {
  if (/(?:\.\s?){4,}\s*[\divxlc]*$/i.test(f.text)) return true;
  // Or the line's last piece, at the text's right edge, is a lone page number.
  const line = layout.fragments.filter((g) => g !== f && g.x0 >= f.x1 && Math.abs(g.y - f.y) < 0.3 * f.size);
  if (line.length !== 1 || !/^(?:\.\s*)*[\divxlc]{1,4}$/i.test(line[0]!.text)) return false;
  return line[0]!.x1 >= layout.right - 3;
}

/** More space above and below the line than between the lines of a paragraph. */
function standsApart(layout: PageLayout, i: number): boolean {
  const f = layout.fragments[i]!;
  const above = layout.fragments[i - 1];
  const below = layout.fragments[i + 1];
  const gap = (a: Fragment | undefined, b: Fragment | undefined) => (a && b ? a.y - b.y : Infinity);
  const up = gap(above, f);
  const down = gap(f, below);
  return layout.pitch > 0 && (up > 1.4 * layout.pitch || up < 0) && down > 1.4 * layout.pitch;
}

function sectionAt(layout: PageLayout, f: Fragment, i: number, page: number): Candidate | undefined {
  if (f.size < layout.bodySize * 0.95) return undefined;
  const run = headingRun(layout, f);
  const styled = leadFont(f) !== layout.bodyFont || f.size > layout.bodySize * 1.08 || f.mixedSizes;
  const plain = run.text.replace(/[.:]$/, '');
  if (styled && run.whole && UNNUMBERED.test(plain)) {
    return { kind: 'section', label: '', page, rect: rectOf(f), title: plain, strong: true, order: i, numbering: 'unnumbered' };
  }
  const sub = IEEE_SUB.exec(run.text);
  if (sub && styled && !run.whole && /:$/.test(run.text)) {
    return { kind: 'section', label: sub[1]!, page, rect: rectOf(f), title: sub[2]!.trim(), strong: true, order: i, numbering: 'subnumber' };
  }
  if (sub && styled && run.whole) {
    // The run-in title wraps, and its colon ends it on the next line: "3) Average Speed Adjusted by Demand, Demand and" /
    // "Occupancy Variants: As in the previous …".
    const next = layout.fragments[i + 1];
    const drop = next ? f.y - next.y : 0;
    const rest = next && drop > 0 && drop <= 1.7 * f.size && leadFont(next) === leadFont(f) && Math.abs(next.size - f.size) < 0.3 && overlaps(next, f) ? headingRun(layout, next) : undefined;
    if (rest && !rest.whole && /:$/.test(rest.text)) {
      const title = joinLines(sub[2]!.trim(), rest.text.slice(0, -1).trim(), layout.words());
      return { kind: 'section', label: sub[1]!, page, rect: union(rectOf(f), rectOf(next!)), title, strong: true, order: i, numbering: 'subnumber' };
    }
  }
  let m = SECTION.exec(run.text);
  const fromRun = !!m;
  m ??= SECTION.exec(f.text);
  let appendix: string | undefined, label: string | undefined, sep: string | undefined, text: string;
  let rect = rectOf(f);
  let lines = 1;
  const alone = APPENDIX_ALONE.exec(run.text);
  if (alone && run.whole && styled) {
    // "APPENDIX A" centred on its own line, the title below it (IEEE).
    const next = layout.fragments[i + 1];
    if (!next || f.y - next.y <= 0 || f.y - next.y > 2 * f.size || (isBodyItem(layout, next.items[0]!) && !next.mixedSizes && /\p{Ll}/u.test(next.text))) return undefined;
    [appendix, label, sep, text] = ['Appendix', alone[1]!, undefined, headingRun(layout, next).text];
    rect = union(rect, rectOf(next));
    lines = 2;
  } else {
    if (!m) return undefined;
    [, appendix, label, sep] = m;
    text = m[4]!;
  }
  if (tocEntry(layout, f)) return undefined;
  // Headings set in capitals in the body's own font (ICLR's subsections): capitals are the styling.
  const caps = fromRun && run.whole && /^\P{Ll}*$/u.test(text) && /\p{Lu}{3}/u.test(text);
  // A heading too long for one line continues on the next in the same font and size, left-aligned under it.
  if ((styled || caps) && (fromRun && run.whole || lines === 2)) {
    let prev = layout.fragments[i + lines - 1]!;
    const font = prev.items.at(-1)!.fontName;
    let x1 = f.x1;
    for (let j = i + lines; j < layout.fragments.length && j <= i + lines + 4; j++) {
      const g = layout.fragments[j]!;
      const drop = prev.y - g.y;
      // Words spread wide on the heading's own line ("6.4 Client-driven   or   Server-driven") are still the heading.
      const sameLine = Math.abs(drop) < 0.3 * f.size && g.x0 > prev.x1 && g.x0 - prev.x1 < 3 * f.size;
      const smallCaps = f.mixedSizes && !/\p{Ll}/u.test(g.text) && g.size < f.size;
      if (!sameLine && (drop <= 0 || drop > 1.7 * f.size || (Math.abs(g.size - prev.size) > 0.3 && !smallCaps) || g.x0 < f.x0 - 2 || g.x0 > x1)) break;
      if (leadFont(g) !== font || SECTION.test(g.text) || /[.:]$/.test(text)) break;
      const next = headingRun(layout, g);
      if (!next.whole) break;
      text = sameLine ? `${text} ${next.text}` : joinLines(text, next.text, layout.words());
      rect = union(rect, rectOf(g));
      x1 = Math.max(x1, g.x1);
      prev = g;
    }
  }
  const title = text.replace(/[.:]$/, '').trim();
  const opened = (title.match(/\(/g) ?? []).length;
  // A title may start in lowercase ("k-sparse vectors", "xendera Android app") only under a number set as a heading,
  // or as a run-in heading whose title is set in its own font and ends with a full stop ("8.2. k-sparse vectors. Consider
  // …", AMS style): "A correct plan …" is a sentence.
  const runIn = fromRun && !run.whole && /\.$/.test(run.text);
  if (!((styled || runIn) && /^\d/.test(label!) ? /^\p{L}/u : /^\p{Lu}/u).test(title) || title.length > 250 || !/\p{L}{2}/u.test(title) || opened !== (title.match(/\)/g) ?? []).length) return undefined;
  // "1: Update X" is an algorithm's numbered step; only appendices write "Appendix C: …".
  if (sep === ':' && !appendix) return undefined;
  if (/-$/.test(title)) return undefined; // a sentence that goes on ("… random vari-"), not a heading
  let numbering: Candidate['numbering'];
  if (/^\d/.test(label!)) {
    if (label!.split('.').some((n) => Number(n) > 60) || label!.split('.').length > 4 || label === '0') return undefined;
    numbering = 'numeric';
  } else if (ROMAN.test(label!) && sep === '.' && (f.mixedSizes || title === title.toUpperCase())) numbering = 'roman';
  else if (/^[A-Z]$/.test(label!) && sep === '.' && !appendix) numbering = 'subletter';
  else if (/^[A-Z](\.\d+)*$/.test(label!) && (sep !== '.' || appendix)) numbering = 'letter';
  else return undefined;
  // A numbered line in body text's own style is a heading when it stands apart: short, with space above and below
  // (Word documents often set subsections so).
  const apart = !styled && !caps && run.whole && lines === 1 && f.x1 < layout.right - 0.15 * (layout.right - f.x0) && standsApart(layout, i);
  return { kind: 'section', label: label!, page, rect, title, strong: styled || ((caps || apart) && numbering !== 'subletter'), order: i, numbering, appendix: !!appendix, size: Math.round(f.size * 2) / 2 };
}

function equationAt(layout: PageLayout, f: Fragment, i: number, page: number): Candidate | undefined {
  const m = EQUATION.exec(f.text);
  if (!m) return undefined;
  // Right-aligned: nothing in body size that overlaps its column reaches further right.
  const column = layout.fragments.filter((g) => g !== f && g.x1 > f.x0 - 60 && g.x0 < f.x1 && Math.abs(g.size - layout.bodySize) < 0.6);
  const edge = Math.max(f.x1, ...column.map((g) => g.x1));
  const startsLine = !layout.fragments.some((g) => g !== f && Math.abs(g.y - f.y) < 0.35 * f.size && g.x0 < f.x0 && g.x1 > f.x0 - 0.5 * f.size);
  return { kind: 'equation', label: m[1]!, page, rect: rectOf(f), title: '', strong: f.x1 >= edge - 3 && startsLine, order: i };
}

/** "(a) …", "(b) …" printed just above a figure's caption, with no body paragraph in between. */
function subfigures(layout: PageLayout, found: readonly Candidate[], page: number): Candidate[] {
  const out: Candidate[] = [];
  for (const cap of found) {
    if (cap.kind !== 'figure' || !cap.strong) continue;
    const subs: { letter: string; title: string; f: Fragment; i: number }[] = [];
    for (let j = cap.order - 1; j >= 0 && j >= cap.order - 40; j--) {
      const f = layout.fragments[j]!;
      if (f.y < cap.rect[1]) break;
      if (Math.abs(f.size - layout.bodySize) < 0.6 && f.text.length > 60) break; // a body paragraph line
      const m = SUBFIGURE.exec(f.text);
      if (m) subs.push({ letter: m[1]!, title: m[2]!, f, i: j });
    }
    subs.sort((a, b) => a.letter.localeCompare(b.letter));
    if (!subs.length || subs[0]!.letter !== 'a' || subs.some((s, k) => s.letter !== String.fromCharCode(97 + k))) continue;
    for (const s of subs) out.push({ kind: 'figure', label: `${cap.label}(${s.letter})`, page, rect: rectOf(s.f), title: firstSentence(s.title), strong: true, order: s.i });
  }
  return out;
}
