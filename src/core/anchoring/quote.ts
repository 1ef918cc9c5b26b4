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
