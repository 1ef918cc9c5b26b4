import { normaliseText } from './normalise';
import type { PaperText } from './paperText';
import { recordAt } from './check';
import { formatRecord } from './record';

/**
 * Text selected in the paper, as a Markdown quote for the review: line breaks and the hyphens that split words
 * across lines are undone (a real compound keeps its hyphen: the paper's words decide, when the paper's text is
 * known), and the page is cited in the form the review's references use ("p. 5").
 */
export function formatQuote(text: string, page: number, words?: ReadonlySet<string>): string {
  return `> ${normaliseText(text, words).text} (p. ${page})`;
}

/** The paper's text and fingerprint, when the host has them: the quote then records where it was taken. */
export interface QuotedPaper {
  readonly text: PaperText;
  readonly fingerprint: string;
}

/**
 * The quote with its record on the next line (an HTML comment, hidden in the Markdown preview): the text around it
 * and its place in the page's text, so it can be checked and found again in a revised paper. Without the paper's
 * text, or when the selection is not found on its page, the plain quote.
 */
export function recordedQuote(text: string, page: number, paper?: QuotedPaper): string {
  if (!paper) return formatQuote(text, page);
  const quote = formatQuote(text, page, paper.text.words);
  const at = paper.text.locate(text, page)[0];
  if (!at || at.page !== page) return quote;
  return `${quote}\n${formatRecord(recordAt(paper.text, at, paper.fingerprint))}`;
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
export function quoteOrReason(selection: QuotableSelection | undefined, maxLength: number, paper?: QuotedPaper): { quote: string } | { reason: string } {
  if (selection?.tooLong !== undefined) {
    return { reason: `The text selected in the paper is too long to quote (${selection.tooLong.toLocaleString('en')} characters; the limit is ${maxLength.toLocaleString('en')}): select a shorter passage.` };
  }
  if (!selection || !selection.text.trim()) return { reason: 'Select some text in the paper first, then quote it into the review.' };
  return { quote: recordedQuote(selection.text, selection.page, paper) };
}
