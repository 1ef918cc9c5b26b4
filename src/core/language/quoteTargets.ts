import { findReviewQuotes } from '../quotes/reviewQuotes';
import { quoteTargetAt } from '../quotes/target';
import type { OffsetRange } from '../text/lineIndex';
import type { ReviewPaper } from './references';

/** Where Ctrl+click on a quote leads: the page the paper prints it on (else the page it cites), and its text to find there. */
export interface ReviewQuoteTarget {
  readonly range: OffsetRange;
  readonly paperUri: string;
  readonly page: number;
  /** The quote as the review writes it; the viewer finds it in the page's text, ignoring line breaks and hyphenation. */
  readonly text: string;
}

/** The quoted text of every quote in the review (`> "…" (p. N)` or a blockquote citing a page): each is a link. */
export function getQuoteLinkRanges(reviewText: string): OffsetRange[] {
  return findReviewQuotes(reviewText).map((q) => q.textRange);
}

export function getQuoteTarget(reviewText: string, offset: number, paper: ReviewPaper): ReviewQuoteTarget | undefined {
  const quote = findReviewQuotes(reviewText).find((q) => offset >= q.range.start && offset <= q.range.end);
  if (!quote) return undefined;
  const printed = quoteTargetAt(reviewText, offset, paper.index);
  return { range: quote.range, paperUri: paper.uri, page: printed?.page ?? quote.page, text: quote.text };
}
