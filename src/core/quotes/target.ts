// Where Ctrl+click on a quote goes: the page that prints it and the quoted span of that page's text.
import { paperTextOf, type IndexWithText } from './check';
import { findReviewQuotes } from './reviewQuotes';

export interface QuoteTarget {
  readonly page: number;
  /**
   * The quoted span of the page's text as pdf.js gives it (`pageTexts[page - 1]`): the viewer's text layer is made
   * of the same items, so it can highlight exactly these characters.
   */
  readonly start: number;
  readonly end: number;
}

/**
 * The quote under `offset` in the review and where the paper prints it (the cited page first), or undefined when
 * the offset is on no quote, the paper does not print it, or the index carries no page texts.
 */
export function quoteTargetAt(reviewText: string, offset: number, index: IndexWithText): QuoteTarget | undefined {
  const paper = paperTextOf(index);
  if (!paper) return undefined;
  const quote = findReviewQuotes(reviewText).find((q) => offset >= q.range.start && offset <= q.range.end);
  const found = quote && paper.locate(quote.text, quote.page)[0];
  return found && { page: found.page, ...paper.originalSpan(found.page, found.start, found.end) };
}
