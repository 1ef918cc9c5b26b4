/** Reviews are prose: past this many characters a file is not a review, and analysing it as one would stall the editor. */
export const maxReviewLength = 1_000_000;
/** Markdown parsing costs about 0.2 ms per block (heading, list item, paragraph); a review has hundreds of lines, not tens of thousands. */
export const maxReviewHeadings = 5_000;
export const maxReviewLines = 20_000;

/**
 * Why a text cannot be checked as a review, or undefined when it can: binary content (a PDF or image opened
 * by mistake), a size no review has, or more headings than any form. Linear in the text; the message says what to do.
 */
export function reviewInputProblem(text: string): string | undefined {
  if (text.length > maxReviewLength) {
    return `too large to be a review (${(text.length / 1e6).toFixed(1)} million characters; the limit is ${maxReviewLength / 1e6} million): check that this is the right file`;
  }
  const head = text.slice(0, 8000);
  const replaced = head.match(/\uFFFD/g)?.length ?? 0;
  if (head.includes('\u0000') || replaced > head.length / 100) {
    return 'looks like a binary file, not text: check that this is the review, not the paper';
  }
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > maxReviewLines) {
    return `has ${lines.toLocaleString('en')} lines, more than any review (the limit is ${maxReviewLines.toLocaleString('en')}): check that this is the right file`;
  }
  const headings = text.match(/^#{1,6}(?:[ \t]|$)/gm)?.length ?? 0;
  if (headings > maxReviewHeadings) {
    return `has ${headings.toLocaleString('en')} headings, more than any review form (the limit is ${maxReviewHeadings.toLocaleString('en')}): check that this is the right file`;
  }
  return undefined;
}
