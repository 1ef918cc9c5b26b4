// The paper's text as a reader reads it, with a map back to the text it came from: quotes are looked up, recorded
// and re-found in this form, so line breaks, ligatures and hyphenation never decide whether a quote matches.
import { keepsLineEndHyphen, wordsOf } from '../paperIndex/lines';

export interface NormalisedText {
  /** White space folded to single spaces and trimmed, ligatures and compatibility forms undone, hyphenation undone. */
  readonly text: string;
  /** For each character of `text`, the offset in the original of the character it came from. */
  readonly from: readonly number[];
  /** For each character of `text`, the offset in the original just after the character it came from. */
  readonly to: readonly number[];
}

const isSpace = (c: string) => /\s/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** One source character as the reader sees it: "ﬁ" is "fi", a typographic quote is a plain one, a soft hyphen is nothing. */
function expand(c: string): string {
  switch (c) {
    case '\u00ad': return '';
    case '\u2010': case '\u2011': return '-';
    case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033': return '"';
    case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': return '\'';
    default: return c.normalize('NFKC');
  }
}

/**
 * The reader's text of `original` (a page's text, pdf.js items joined with '\n' at line ends, or a quote). A hyphen
 * at a line end is dropped with the break when it splits a word, and kept when the word is a real compound, as
 * `keepsLineEndHyphen` decides from `words` (the paper's words: "low-resource" printed whole elsewhere keeps it).
 */
export function normaliseText(original: string, words?: ReadonlySet<string>): NormalisedText {
  // First pass: character by character, so every output character knows its source.
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    for (const c of expand(original.slice(i, i + width))) { chars.push(c); from.push(i); to.push(i + width); }
    i += width;
  }
  // Second pass: fold white space and undo hyphenation.
  const out: string[] = [];
  const outFrom: number[] = [];
  const outTo: number[] = [];
  const push = (k: number, c = chars[k]!) => { out.push(c); outFrom.push(from[k]!); outTo.push(to[k]!); };
  for (let k = 0; k < chars.length;) {
    const c = chars[k]!;
    if (isSpace(c)) {
      let j = k;
      while (j < chars.length && isSpace(chars[j]!)) j++;
      if (out.length > 0 && j < chars.length) push(k, ' ');
      k = j;
      continue;
    }
    if (c === '-' && isLetter(out.at(-1))) {
      // A hyphen, then white space holding a line break, then a letter: a line-end hyphen.
      let j = k + 1;
      let lineBreak = false;
      while (j < chars.length && isSpace(chars[j]!)) { if (chars[j] === '\n' || chars[j] === '\r') lineBreak = true; j++; }
      if (lineBreak && isLetter(chars[j])) {
        let h = out.length;
        while (h > 0 && isLetter(out[h - 1])) h--;
        let t = j;
        while (t < chars.length && isLetter(chars[t])) t++;
        if (keepsLineEndHyphen(out.slice(h).join(''), chars.slice(j, t).join(''), words)) push(k);
        k = j;
        continue;
      }
    }
    push(k);
    k++;
  }
  return { text: out.join(''), from: outFrom, to: outTo };
}

/** The paper's words (lowercase, hyphenated compounds as printed whole on a line), which decide line-end hyphens. */
export function paperWords(pageTexts: readonly string[]): Set<string> {
  return wordsOf(pageTexts.flatMap((t) => t.split('\n')));
}

/**
 * The loosest form two texts are compared in: lowercase, without spaces and hyphens, so "low-resource",
 * "low resource" and "lowresource" compare equal and a quote typed by hand still matches. `at[i]` is the offset in
 * the normalised text of `key[i]`.
 */
export function searchKey(text: string): { readonly key: string; readonly at: readonly number[] } {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '-') continue;
    const lower = c.toLowerCase();
    // Lowercasing that changes a character's length (rare) would break the offsets: keep such a character as it is.
    key += lower.length === 1 ? lower : c;
    at.push(i);
  }
  return { key, at };
}
