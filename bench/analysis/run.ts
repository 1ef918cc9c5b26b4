// bench/analysis: the review analysis (cold, and after a one-character edit) against a bare `fromMarkdown` parse
// of the same text, in one process. Prints medians and ratios; the baseline is re-measured in every run.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { analyzeReview } from '../../src/core/review/analysis';
import { checkReview } from '../../src/core/checks/diagnostics';
import { generateReview } from './generate';

function median(run: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
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
    String(previous.parsed.chunks.length)]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((v, c) => v.padStart(widths[c])).join('  '));
