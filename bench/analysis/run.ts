// bench/analysis: the review analysis (cold, and after a one-character edit) against a bare `fromMarkdown` parse
// of the same text, in one process; then hostile reviews against a bare parse (of the same text where micromark is
// linear on it, else of its plain twin: the same text with punctuation replaced by letters). Prints medians and ratios; the baseline is
// re-measured in every run. `--hostile-size N` sets the hostile reviews' size (default 100,000 characters).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { analyzeReview, ReviewAnalyzer } from '../../src/core/review/analysis';
import { maxReviewLength, reviewInputProblem } from '../../src/core/review/input';
import { checkReview } from '../../src/core/checks/diagnostics';
import { generateReview } from './generate';
import { baselineText, hostileReviews } from './hostile';
import { cpuBest } from './cpuTime';

function median(run: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function print(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  '));
  console.log('');
}

const rows: string[][] = [['review', 'fromMarkdown ms', 'cold analysis ms', 'cold/parse', '1-char edit ms', 'edit/parse', 'chunks']];
for (const size of [15_000, 150_000]) {
  const text = generateReview(size);
  const repeat = size > 100_000 ? 9 : 31;
  // Warm the JIT on both paths before measuring.
  for (let i = 0; i < 3; i++) { fromMarkdown(text); checkReview(analyzeReview(text)); }
  const parse = median(() => fromMarkdown(text), repeat);
  const cold = median(() => checkReview(analyzeReview(text)), repeat);
  const at = Math.floor(text.length / 2);
  let previous = analyzeReview(text);
  let flip = 0;
  const edit = median(() => {
    const edited = text.slice(0, at) + (flip++ % 2 ? 'x' : 'y') + text.slice(at);
    previous = analyzeReview(edited, {}, previous);
    checkReview(previous);
  }, repeat);
  rows.push([`${(text.length / 1000).toFixed(0)} KB`, parse.toFixed(2), cold.toFixed(2), (cold / parse).toFixed(2), edit.toFixed(2), (edit / parse).toFixed(3),
    String(previous.parsed!.chunks.length)]);
}
print(rows);

// One keystroke on a review near the input limit: what the extension does per edit (reviewService: the input check,
// the analyzer that re-parses only the chunk the edit touched, then the checks), against a bare parse of the text.
{
  const text = generateReview(maxReviewLength * 0.97);
  const problem = reviewInputProblem(text);
  if (problem) throw new Error(`the keystroke review is not checked by the extension: it ${problem}`);
  const analyzer = new ReviewAnalyzer();
  const options = {};
  const keystroke = (edited: string) => { reviewInputProblem(edited); checkReview(analyzer.analyze(edited, options)); };
  keystroke(text);
  fromMarkdown(text);
  // Typing in the middle of a paragraph: each run inserts one more character at the same place.
  const at = text.indexOf('\n\n', Math.floor(text.length / 2)) - 1;
  let typed = '';
  const edit = cpuBest(() => { typed += 'x'; keystroke(text.slice(0, at) + typed + text.slice(at)); }, 9);
  const cold = cpuBest(() => checkReview(analyzeReview(text)), 3);
  const parse = cpuBest(() => fromMarkdown(text), 3);
  print([['keystroke near the input limit (CPU ms, best of runs)', 'chars', 'fromMarkdown ms', 'cold analysis+checks ms', 'cold/parse', 'keystroke ms', 'keystroke/parse'],
    ['typing mid-paragraph', String(text.length), parse.toFixed(1), cold.toFixed(1), (cold / parse).toFixed(2), edit.toFixed(1), (edit / parse).toFixed(3)]]);
}

const sizeArg = process.argv.indexOf('--hostile-size');
const hostileSize = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 100_000;
const hostile: string[][] = [['hostile review (CPU ms, best of 5)', 'chars', 'baseline', 'parse ms', 'analysis+checks ms', 'ratio']];
for (const review of hostileReviews(hostileSize)) {
  const { name, text } = review;
  const baseline = baselineText(review);
  fromMarkdown(baseline);
  checkReview(analyzeReview(text));
  const analysis = cpuBest(() => checkReview(analyzeReview(text)), 5);
  const parse = cpuBest(() => fromMarkdown(baseline), 5);
  hostile.push([name, String(text.length), review.parserLinear ? 'same text' : 'plain twin', parse.toFixed(1), analysis.toFixed(1), (analysis / parse).toFixed(2)]);
  console.error(hostile.at(-1)!.join('  '));
}
print(hostile);
