// bench/export: the venue export of an ACL Rolling Review review (every text field converted for OpenReview,
// formulas in every paragraph) against a bare `fromMarkdown` parse of the same text, cold and after a one-character
// edit, in one process. Prints medians and ratios; the baseline is re-measured in every run.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { analyzeReview } from '../../src/core/review/analysis';
import { exportReview } from '../../src/core/venues/exportReview';

function median(run: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** An ARR review of about `targetBytes`, its four text fields filled with prose and formulas. */
function arrReview(targetBytes: number): string {
  const sentence = (i: number) => `The bound $\\|W_${i}\\|_2 \\le \\sum_{j} a_j * b_j$ holds for layer ${i}, see Table ${i % 9 + 1}.`;
  const titles = ['Paper summary', 'Summary of strengths', 'Summary of weaknesses', 'Comments, suggestions and typos'];
  const per = Math.floor(targetBytes / titles.length);
  let text = '---\ntemplate: acl-arr\n---\n';
  let k = 0;
  for (const t of titles) {
    let body = '';
    while (body.length < per) body += `${Array.from({ length: 5 }, () => sentence(k++)).join('\n')}\n\n`;
    text += `## ${t}\n\n${body}`;
  }
  return `${text}## Soundness\n\n4\n\n## Excitement\n\n3.5\n\n## Overall assessment\n\n4\n\n## Reviewer confidence\n\n3\n`;
}

const rows: string[][] = [['review', 'fromMarkdown ms', 'cold export ms', 'cold/parse', '1-char edit ms', 'edit/parse']];
for (const size of [15_000, 150_000]) {
  const text = arrReview(size);
  const repeat = size > 100_000 ? 9 : 31;
  for (let i = 0; i < 3; i++) { fromMarkdown(text); exportReview(analyzeReview(text)); }
  const parse = median(() => fromMarkdown(text), repeat);
  // Cold: a new text each time (one character differs at the end), so no converted section is cached.
  let n = 0;
  const cold = median(() => exportReview(analyzeReview(`${text}${'x'.repeat(n++ % 50)}\n${n}`.replace('## Paper summary\n\n', `## Paper summary\n\n${n} `))), repeat);
  const at = text.indexOf('## Summary of weaknesses') + 40;
  let previous = analyzeReview(text);
  exportReview(previous);
  let flip = 0;
  const edit = median(() => {
    const edited = text.slice(0, at) + (flip++ % 2 ? 'x' : 'y') + text.slice(at);
    previous = analyzeReview(edited, {}, previous);
    exportReview(previous);
  }, repeat);
  rows.push([`${(text.length / 1000).toFixed(0)} KB`, parse.toFixed(2), cold.toFixed(2), (cold / parse).toFixed(2), edit.toFixed(2), (edit / parse).toFixed(3)]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((v, c) => v.padStart(widths[c])).join('  '));
