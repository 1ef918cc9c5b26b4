import type { OffsetRange } from '../text/lineIndex';

export type ReferenceKind = 'figure' | 'table' | 'section' | 'equation' | 'appendix' | 'algorithm' | 'theorem' | 'page' | 'line';

/** A pointer from the review into the paper: "Figure 9", one number of "Tables 1 and 2", "§3.1", "p. 5". */
export interface PaperReference {
  readonly kind: ReferenceKind;
  /** What the theorem-like kinds were called: "theorem", "lemma", "proposition", "corollary" or "definition". */
  readonly name: string;
  /** The number as written: "9", "3(b)", "4.2.5", "B", "A.2", "II". */
  readonly label: string;
  /** The label's own place in the text (a list gives each number its own range; a range "2–4" gives its numbers the whole span). */
  readonly range: OffsetRange;
  /** What to underline as the link: "Figure 9" for the first of a list, the label alone for the others. */
  readonly span: OffsetRange;
  /** "supplementary Table 2", "Fig. 1 of the supplement": the paper's supplementary material, not its main part. */
  readonly part?: 'supplement';
}

// "supplementary Table 2" before the keyword; "… of/in the supplement(ary material)" after the labels. Both are read
// from a bounded window, so the scan stays linear.
const supplementBefore = /(?:supplementary|supplemental)\s+$/i;
const supplementAfter = /^\s*(?:of|in|from)\s+(?:the\s+)?(?:supplement(?:ary|al)?(?:\s+material)?|SM|appendix\s+material)\b/i;

type LabelShape = 'numbered' | 'section' | 'equation' | 'appendix' | 'digits';

interface Keyword { readonly kind: ReferenceKind; readonly name: string; readonly shape: LabelShape; readonly roman?: boolean }

// Each keyword form; order inside a group puts longer spellings first. Abbreviations without a dot are only
// accepted where no common word collides ("Fig 3", "Sec 3"), never "p 5" or "app 3".
const keywordForms: readonly [string, Keyword][] = [
  ['figures?|figs?\\.?', { kind: 'figure', name: 'figure', shape: 'numbered' }],
  ['tables?|tabs?\\.', { kind: 'table', name: 'table', shape: 'numbered', roman: true }],
  ['sections?|secs?\\.?|§§?', { kind: 'section', name: 'section', shape: 'section', roman: true }],
  ['equations?|eqns?\\.?|eqs?\\.?', { kind: 'equation', name: 'equation', shape: 'equation' }],
  ['appendix|appendices|apps?\\.', { kind: 'appendix', name: 'appendix', shape: 'appendix' }],
  ['algorithms?|algs?\\.', { kind: 'algorithm', name: 'algorithm', shape: 'numbered' }],
  ['theorems?|thms?\\.?', { kind: 'theorem', name: 'theorem', shape: 'numbered' }],
  ['lemmas?|lem\\.', { kind: 'theorem', name: 'lemma', shape: 'numbered' }],
  ['propositions?|props?\\.', { kind: 'theorem', name: 'proposition', shape: 'numbered' }],
  ['corollar(?:y|ies)|cor\\.', { kind: 'theorem', name: 'corollary', shape: 'numbered' }],
  ['definitions?|defs?\\.', { kind: 'theorem', name: 'definition', shape: 'numbered' }],
  ['pages?|pp\\.|p\\.', { kind: 'page', name: 'page', shape: 'digits' }],
  ['lines?|ll\\.|l\\.', { kind: 'line', name: 'line', shape: 'digits' }],
];

const keywordPattern = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${keywordForms.map(([re], i) => `(?<k${i}>${re})`).join('|')})`,
  'giu',
);
const lineShorthand = /(?<![\p{L}\p{N}_])L(\d{2,5})(?![\p{L}\p{N}])/gu;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** A label's [start, end], and [start, end] of what was read for it: "(3)" with its parentheses. */
type Label = readonly [number, number, number, number];

/** Reads labels by hand, one character at a time, so a scan is linear in the text whatever the input. */
class LabelReader {
  constructor(private readonly text: string) {}

  /** Spaces, and at most one line break (a list may wrap; a blank line ends it). */
  skipSpace(i: number): number {
    const t = this.text;
    while (t[i] === ' ' || t[i] === '\t' || t[i] === '\u00a0') i++;
    if (t[i] === '\r') i++;
    if (t[i] === '\n') {
      i++;
      while (t[i] === ' ' || t[i] === '\t' || t[i] === '\u00a0' || t[i] === '>') i++;
    }
    return i;
  }

  digits(i: number, max = 4): number {
    let j = i;
    while (isDigit(this.text[j]) && j - i < max) j++;
    return isDigit(this.text[j]) ? i : j;
  }

  /** "3", "4.2.5", "A.1", "S3", "3(b)", "3b": returns the end, or `start` when there is no label. */
  numbered(start: number, allowSubfigure: boolean): number {
    const t = this.text;
    let i = start;
    if (isUpper(t[i]) && (isDigit(t[i + 1]) || (t[i + 1] === '.' && isDigit(t[i + 2])))) i += t[i + 1] === '.' ? 2 : 1;
    let j = this.digits(i);
    if (j === i) return start;
    while (t[j] === '.' && isDigit(t[j + 1])) {
      const k = this.digits(j + 1);
      if (k === j + 1) break;
      j = k;
    }
    if (allowSubfigure) {
      if (t[j] === '(' && isLower(t[j + 1]) && t[j + 2] === ')') j += 3;
      else if (isLower(t[j]) && !isWordChar(t[j + 1])) j += 1;
    }
    return isWordChar(t[j]) ? start : j;
  }

  /** "B", "A.2", "C.3.1": an appendix letter and its sub-numbers. */
  letter(start: number): number {
    const t = this.text;
    if (!isUpper(t[start])) return start;
    let j = start + 1;
    while (t[j] === '.' && isDigit(t[j + 1])) j = this.digits(j + 1);
    return isWordChar(t[j]) ? start : j;
  }

  roman(start: number): number {
    let j = start;
    while ('IVXLC'.includes(this.text[j] ?? '_') && j - start < 6) j++;
    if (j === start || isWordChar(this.text[j])) return start;
    // "Section III.A": IEEE subsections under a roman section.
    if (this.text[j] === '.' && isUpper(this.text[j + 1]) && !isWordChar(this.text[j + 2])) j += 2;
    return j;
  }

  /**
   * One label of the given shape at `i`: [start, end] of the label itself (without parentheses), then of what was read,
   * parentheses included ("(3)": the link covers them, and a list or range may follow the closing one).
   */
  label(i: number, kw: Keyword): Label | undefined {
    const t = this.text;
    let end: number;
    switch (kw.shape) {
      case 'digits': end = this.digits(i, 5); if (isWordChar(t[end])) end = i; break;
      case 'numbered': end = this.numbered(i, kw.kind === 'figure' || kw.kind === 'table'); break;
      case 'appendix': end = this.letter(i); if (end === i) end = this.numbered(i, false); break;
      case 'section': end = this.numbered(i, false); if (end === i) end = this.letter(i); break;
      case 'equation': {
        if (t[i] === '(') {
          const inner = this.numbered(i + 1, false);
          return inner > i + 1 && t[inner] === ')' ? [i + 1, inner, i, inner + 1] : undefined;
        }
        end = this.numbered(i, false);
        break;
      }
    }
    if (end === i && kw.roman) end = this.roman(i);
    return end > i ? [i, end, i, end] : undefined;
  }

  /** After a label: "-4" / "–4" / " to 4" (a range) or ", 10" / " and 12" / ", and 12" (a list). */
  continuation(i: number, kw: Keyword): { kind: 'range' | 'list'; at: Label } | undefined {
    const t = this.text;
    let j = this.skipSpace(i);
    let isRange = false;
    if (t[j] === '-' || t[j] === '–' || t[j] === '—') { isRange = true; j = this.skipSpace(j + 1); }
    else if (/^to\s/i.test(t.slice(j, j + 3))) { isRange = true; j = this.skipSpace(j + 2); }
    else {
      let sawSeparator = false;
      if (t[j] === ',' || t[j] === ';') { sawSeparator = true; j = this.skipSpace(j + 1); }
      const word = /^(and|or|&)(?![\p{L}\p{N}])/iu.exec(t.slice(j, j + 4));
      if (word) { sawSeparator = true; j = this.skipSpace(j + word[1].length); }
      if (!sawSeparator) return undefined;
    }
    const at = this.label(j, kw);
    return at ? { kind: isRange ? 'range' : 'list', at } : undefined;
  }
}

/** Keywords by their spelling in lower case: a finite set, so this stays small, and a review's thousands of "Figure"s read the match groups once. */
const keywordBySpelling = new Map<string, Keyword>();

function keywordOf(match: RegExpExecArray): Keyword {
  const spelling = match[0].toLowerCase();
  const known = keywordBySpelling.get(spelling);
  if (known) return known;
  const groups = match.groups!;
  for (let i = 0; i < keywordForms.length; i++) {
    if (groups[`k${i}`] !== undefined) {
      keywordBySpelling.set(spelling, keywordForms[i][1]);
      return keywordForms[i][1];
    }
  }
  throw new Error('unreachable: the keyword pattern matched no group');
}

/** Expands "2–4" into 2, 3, 4 when both ends are plain whole numbers and the range is short. */
function expandRange(from: string, to: string): string[] {
  if (!/^\d+$/.test(from) || !/^\d+$/.test(to)) return [from, to];
  const a = Number(from);
  const b = Number(to);
  if (b <= a || b - a > 50) return [from, to];
  return Array.from({ length: b - a + 1 }, (_, k) => String(a + k));
}

/**
 * Finds every reference to the paper in `text` (a review with code, HTML and link targets already blanked out).
 * `offset` is added to every range. Linear in the text's length.
 */
export function findReferences(text: string, offset = 0): PaperReference[] {
  const result: PaperReference[] = [];
  const reader = new LabelReader(text);
  keywordPattern.lastIndex = 0;
  for (let m = keywordPattern.exec(text); m; m = keywordPattern.exec(text)) {
    const kw = keywordOf(m);
    const first = reader.label(reader.skipSpace(m.index + m[0].length), kw);
    if (!first) continue;
    let spanStart = m.index;
    const before = supplementBefore.test(text.slice(Math.max(0, m.index - 16), m.index));
    const group: PaperReference[] = [];
    const push = (label: string, [start, end, outerStart, outerEnd]: Label) => {
      group.push({ kind: kw.kind, name: kw.name, label, range: { start: offset + start, end: offset + end }, span: { start: offset + Math.min(spanStart, outerStart), end: offset + outerEnd } });
    };
    let after = first[3];
    let pending: Label | undefined = first;
    for (let c = reader.continuation(after, kw); c; c = reader.continuation(after, kw)) {
      if (c.kind === 'range') {
        const from = pending ?? c.at;
        // "2–4–6": a range right after a range adds only its own end.
        const labels = pending ? expandRange(text.slice(from[0], from[1]), text.slice(c.at[0], c.at[1])) : [text.slice(c.at[0], c.at[1])];
        for (const label of labels) push(label, [from[0], c.at[1], from[2], c.at[3]]);
        pending = undefined;
      } else {
        if (pending) push(text.slice(pending[0], pending[1]), pending);
        pending = c.at;
      }
      spanStart = Number.MAX_SAFE_INTEGER;
      after = c.at[3];
    }
    if (pending) push(text.slice(pending[0], pending[1]), pending);
    const supplement = before || supplementAfter.test(text.slice(after, after + 48));
    for (const r of group) result.push(supplement ? { ...r, part: 'supplement' } : r);
    keywordPattern.lastIndex = Math.max(keywordPattern.lastIndex, after);
  }
  lineShorthand.lastIndex = 0;
  for (let m = lineShorthand.exec(text); m; m = lineShorthand.exec(text)) {
    const range = { start: offset + m.index + 1, end: offset + m.index + m[0].length };
    result.push({ kind: 'line', name: 'line', label: m[1], range, span: { start: offset + m.index, end: range.end } });
  }
  return result.sort((a, b) => a.range.start - b.range.start);
}
