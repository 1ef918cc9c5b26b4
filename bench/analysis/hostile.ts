import { maxReviewHeadings, maxReviewLines } from '../../src/core/review/input';

/**
 * Reviews written to make a Markdown pipeline slow: long runs of one syntax character, delimiter pairs that
 * emphasis, link and code-span resolution compare with each other, deep quote and list nesting, the most headings
 * the input limits allow, and one huge line. Each is a real review around the hostile part (front matter, some of
 * the course form's headings), so every stage of the analysis and the checks runs on it.
 */
export interface HostileReview {
  readonly name: string;
  readonly text: string;
  /**
   * Whether a bare micromark parse of this text is itself linear, so it can be the baseline. Where it is not
   * (emphasis, links, code spans, deep nesting), the baseline is `plainTwin` of the text.
   */
  readonly parserLinear: boolean;
}

/**
 * The text with every ASCII punctuation character replaced by a letter: the same length, lines and words, so a bare
 * parse of it costs what micromark needs for text of this shape, without the markup that makes it super-linear.
 */
export function plainTwin(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, 'x');
}

/** What the analysis of a hostile review is compared with: a bare parse of this text. */
export function baselineText(review: HostileReview): string {
  return review.parserLinear ? review.text : plainTwin(review.text);
}

const head = '---\ntemplate: course\ntitle: A hostile review\n---\n\n## 1. Summary\n\nThe paper studies sparse adapters; see Figure 3.\n\n## 2. Strengths\n\n';
const tail = '\n\n## 3. Weaknesses\n\nThe ablation in Table 2 is thin. TODO\n\n## 10. Confidence Score\n\n4\n';

/** `unit` repeated to `size` characters (rounded down to whole units). */
const run = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
/** Lines of `unit` until about `size` characters. */
const lines = (make: (i: number) => string, size: number, most = Infinity) => {
  const out: string[] = [];
  for (let i = 0, n = 0; n < size && i < most; i++) { const line = make(i); out.push(line); n += line.length + 1; }
  return out.join('\n');
};

/** The hostile reviews, each about `size` characters long (the 900,000-character line is that long whatever `size`). */
export function hostileReviews(size: number): HostileReview[] {
  const review = (name: string, body: string, parserLinear: boolean): HostileReview => ({ name, text: head + body + tail, parserLinear });
  return [
    review('one line of (', run('(', size), true),
    review('one line of [', run('[', size), false),
    review('one line of *', run('*', size), true),
    review('one line of _', run('_', size), true),
    review('one line of backticks', run('`', size), true),
    review('one line of |', run('|', size), true),
    review('one line of <', run('<', size), false),
    review('one line of $', run('$', size), true),
    review('one line of \\', run('\\', size), false),
    review('paragraph of *a pairs', run('*a', size), false),
    review('paragraph of _a pairs', run('_a', size), false),
    review('paragraph of *_a', run('*_a', size), false),
    review('paragraph of `a', run('`a', size), false),
    review('paragraph of [a](', run('[a](', size), false),
    review('paragraph of [a][b', run('[a][b', size), false),
    review('paragraph of <a ', run('<a ', size), false),
    review('paragraph of ![a', run('![a', size), false),
    review('paragraph of &a', run('&a', size), false),
    review('*a lines in one paragraph', lines(() => '*a *a *a *a *a *a *a', size), false),
    review('one line of > quotes', run('> ', size) + 'deep', false),
    review('lines of 200 > quotes', lines(() => '>'.repeat(200) + ' a', size), false),
    review('one line of - list items', '  ' + run('- ', size) + 'deep', false),
    review('quoted lines of nested lists', lines(() => '> - - - - - - a', size), false),
    review('list nested by indentation', lines((i) => `${' '.repeat(2 * (i % 40))}- item ${i}`, size), false),
    // The review around it has four headings and a dozen lines.
    review('most headings allowed', lines((i) => `### Point ${i}\n`, Infinity, maxReviewHeadings - 4), true),
    review('TODO in every section', lines((i) => `## Point ${i}\n\nTODO TODO ??? FIXME\n`, Infinity, (maxReviewLines - 20) / 4), true),
    // In other words than the form's (lower case, no full stop): found by its words, then looked up in the text.
    review('the form\'s prompt reworded in every section', lines(() => '## Video Link\n\npaste the link to the video of your presentation\n', Infinity, (maxReviewLines - 20) / 4), true),
    review('one 900,000-character line', run('reviewers write long lines TODO Figure 3 (a) ', 900_000), true),
  ];
}
