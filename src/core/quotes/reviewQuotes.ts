// The quotes of the paper in a review: Markdown blockquotes that end by citing a page, "> "…" (p. 3)" typed by hand
// as well as what Quote Selection inserts (the same, followed by its record).
import type { OffsetRange } from '../text/lineIndex';
import { parseRecord, type QuoteRecord } from './record';

export interface ReviewQuote {
  /** The quoted text as written, without the blockquote markers, the quotation marks and the citation. */
  readonly text: string;
  /** The page cited. */
  readonly page: number;
  /** From the quote's first character to the end of its citation: what a diagnostic underlines. */
  readonly range: OffsetRange;
  /** The quoted text itself, in the review (its first character to its last, markers of later lines included). */
  readonly textRange: OffsetRange;
  /** The page number of the citation. */
  readonly pageRange: OffsetRange;
  /** The record after the quote, when there is a valid one, and its line (without the line break). */
  readonly record?: QuoteRecord;
  readonly recordRange?: OffsetRange;
}

const fence = /^ {0,3}(`{3,}|~{3,})/;
const blockquoteLine = /^ {0,3}>/;
// "(p. 3)", "(p.3)", "(page 3)", "(pp. 3)" at the end of the quote, after optional closing punctuation.
const citation = /\(\s*(?:pp?\.|pages?)\s*(\d{1,5})\s*\)\s*$/i;
const openingMarks = '"\u201c\u201e\u00ab';
const closingMarks = '"\u201d\u00bb';

interface Line { readonly start: number; readonly end: number; readonly text: string }

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end: text[end - 1] === '\r' ? end - 1 : end, text: text.slice(start, text[end - 1] === '\r' ? end - 1 : end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Every quote of the paper in the review, in order. Blockquotes without a page citation are not quotes of the paper. */
export function findReviewQuotes(text: string): ReviewQuote[] {
  const quotes: ReviewQuote[] = [];
  const lines = linesOf(text);
  let inFence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = fence.exec(line.text);
    if (f) {
      if (!inFence) inFence = f[1]![0]!.repeat(f[1]!.length);
      else if (line.text.trim().startsWith(inFence) && /^[`~]+$/.test(line.text.trim())) inFence = undefined;
      continue;
    }
    if (inFence || !blockquoteLine.test(line.text)) continue;
    // The block: this line and the blockquote lines after it. Each line's content starts after its '>' markers.
    const block: { start: number; content: string }[] = [];
    let j = i;
    for (; j < lines.length && blockquoteLine.test(lines[j]!.text); j++) {
      const l = lines[j]!;
      const markers = /^(?: {0,3}> ?)+/.exec(l.text)![0].length;
      block.push({ start: l.start + markers, content: l.text.slice(markers) });
    }
    i = j - 1;
    const last = block.at(-1)!;
    const cited = citation.exec(last.content);
    if (!cited) continue;
    const page = Number(cited[1]);
    if (page < 1) continue;
    const pageStart = last.start + cited.index + cited[0].search(/\d/);
    // The quote runs from the block's first non-space character to the citation, without surrounding marks.
    const contentEnd = last.start + cited.index;
    let from = block[0]!.start;
    while (from < contentEnd && /\s/.test(text[from]!)) from++;
    let to = contentEnd;
    const rangeStart = from;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from + 1 && openingMarks.includes(text[from]!)) {
      // A closing mark may be followed by the sentence's punctuation: "…" (p. 3) or "…", (p. 3).
      let close = to;
      while (close > from + 1 && /[.,;:]/.test(text[close - 1]!)) close--;
      if (closingMarks.includes(text[close - 1]!)) { from++; to = close - 1; }
    }
    if (to <= from) continue;
    const body = block
      .map((b) => ({ s: Math.max(b.start, from), e: Math.min(b.start + b.content.length, to) }))
      .filter((b) => b.e > b.s)
      .map((b) => text.slice(b.s, b.e))
      .join('\n');
    const next = lines[j];
    const record = next ? parseRecord(next.text) : undefined;
    quotes.push({
      text: body, page,
      range: { start: rangeStart, end: last.start + last.content.trimEnd().length },
      textRange: { start: from, end: to },
      pageRange: { start: pageStart, end: pageStart + cited[1]!.length },
      ...(record ? { record, recordRange: { start: next!.start, end: next!.end } } : {}),
    });
  }
  return quotes;
}
