// Finding a recorded quote again in a revised paper: fuzzy matching of the quote, weighed with its recorded context
// and position, as Hypothesis re-anchors annotations (approx-string-match is its matcher).
import search from 'approx-string-match';
import type { PaperText, QuoteLocation } from './paperText';
import type { QuoteRecord } from './record';

export interface Relocation extends QuoteLocation {
  /** The paper's text there, normalised: the quote as the revised paper prints it. */
  readonly text: string;
  /** Edits between the quote and `text`; 0 when the paper prints the quote unchanged. */
  readonly errors: number;
}

/** More edits than this share of the quote's length, and the passage is not the quote any more. */
const maxErrorShare = 0.2;

/** Edits between `pattern` and its best match in `text` (at most `pattern.length`). */
function distance(text: string, pattern: string): number {
  if (!pattern) return 0;
  if (!text) return pattern.length;
  const matches = search(text, pattern, pattern.length);
  return matches.length ? Math.min(...matches.map((m) => m.errors)) : pattern.length;
}

/**
 * Where the quote is in the paper, or undefined when no passage is close enough. `record` (context and position from
 * when it was quoted) decides between several close passages; without one, the cited page does.
 */
export function relocateQuote(paper: PaperText, quote: string, record?: Pick<QuoteRecord, 'page' | 'start' | 'prefix' | 'suffix'>, citedPage?: number): Relocation | undefined {
  const exact = paper.normalise(quote);
  if (!exact) return undefined;
  const maxErrors = Math.min(256, Math.floor(exact.length * maxErrorShare));
  let best: (Relocation & { score: number }) | undefined;
  for (let page = 1; page <= paper.pages; page++) {
    const text = paper.pageText(page);
    for (const m of search(text, exact, maxErrors)) {
      const quoteScore = 1 - m.errors / exact.length;
      let score = 50 * quoteScore;
      if (record) {
        const prefix = record.prefix ? 1 - distance(text.slice(Math.max(0, m.start - record.prefix.length * 2), m.start), record.prefix) / record.prefix.length : 1;
        const suffix = record.suffix ? 1 - distance(text.slice(m.end, m.end + record.suffix.length * 2), record.suffix) / record.suffix.length : 1;
        score += 20 * prefix + 20 * suffix;
        if (page === record.page) score += 2 * (1 - Math.min(1, Math.abs(m.start - record.start) / Math.max(1, text.length)));
      } else if (page === citedPage) {
        score += 2;
      }
      if (!best || score > best.score) best = { page, start: m.start, end: m.end, text: text.slice(m.start, m.end), errors: m.errors, score };
    }
  }
  if (!best) return undefined;
  const { score: _score, ...found } = best;
  return found;
}
