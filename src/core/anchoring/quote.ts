/**
 * Text selected in the paper, as a Markdown quote for the review: line breaks and the hyphens that split words
 * across lines are undone, and the page is cited in the form the review's references use ("p. 5").
 */
export function formatQuote(text: string, page: number): string {
  const joined = text
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1$2')
    // A capital after the break is a compound's second word ("Self-\nAttention"): keep the hyphen, drop the break.
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{Lu})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
  return `> ${joined} (p. ${page})`;
}

/** The paper's last selection as the host knows it; `tooLong` is its length when it was too long to send. */
export interface QuotableSelection {
  readonly page: number;
  readonly text: string;
  readonly tooLong?: number;
}

/**
 * What *Quote Selection in Review* does with the paper's last selection: the quote to insert, or the message that
 * says why there is none. A selection too long to send replaces the one before it, so the quote is never stale.
 */
export function quoteOrReason(selection: QuotableSelection | undefined, maxLength: number): { quote: string } | { reason: string } {
  if (selection?.tooLong !== undefined) {
    return { reason: `The text selected in the paper is too long to quote (${selection.tooLong.toLocaleString('en')} characters; the limit is ${maxLength.toLocaleString('en')}): select a shorter passage.` };
  }
  if (!selection || !selection.text.trim()) return { reason: 'Select some text in the paper first, then quote it into the review.' };
  return { quote: formatQuote(selection.text, selection.page) };
}
