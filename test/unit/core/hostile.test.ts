import * as assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { analyzeReview } from '../../../src/core/review/analysis';
import { checkReview } from '../../../src/core/checks/diagnostics';
import { reviewInputProblem } from '../../../src/core/review/input';
import { baselineText, hostileReviews } from '../../../bench/analysis/hostile';
import { cpuBest } from '../../../bench/analysis/cpuTime';
import { generateReview } from '../../../bench/analysis/generate';
import { readFileSync } from 'node:fs';

/**
 * The analysis and checks of a hostile review may cost at most this many times a bare `fromMarkdown` parse of
 * the same text, or, where micromark itself is super-linear on it, of its plain twin (the same text with punctuation
 * replaced by letters: same length, lines and words).
 * A quadratic step shows up as a ratio in the hundreds at these sizes; the bound leaves room for noise.
 */
const maxRatio = 4;
const size = 100_000;

describe('hostile reviews', function () {
  this.timeout(300_000);
  for (const review of hostileReviews(size)) {
    it(`${review.name}: analysis and checks within ${maxRatio}× a bare parse`, () => {
      const { text } = review;
      assert.equal(reviewInputProblem(text), undefined, 'the generator stays within the input limits');
      const baseline = baselineText(review);
      // Warm both paths, then the fastest of nine runs each, or of as many as fit in half a second for cases of a few
      // milliseconds (there one collection in a run moved the ratio past 4).
      fromMarkdown(baseline);
      checkReview(analyzeReview(text));
      const analysis = cpuBest(() => checkReview(analyzeReview(text)), 9, 500);
      const parse = cpuBest(() => fromMarkdown(baseline), 9, 500);
      const ratio = analysis / parse;
      assert.ok(ratio <= maxRatio, `analysis ${analysis.toFixed(0)} ms vs. bare parse ${parse.toFixed(0)} ms: ${ratio.toFixed(1)}×`);
    });
  }
});

describe('dense markup', () => {
  const codes = (text: string) => checkReview(analyzeReview(text)).filter((d) => d.code === 'dense-markup');

  it('a paragraph of 20,000 "*a" pairs is read as text: sections, words and a note on its first line', () => {
    const text = `## Strengths\n\nClear writing.\n\n${'*a'.repeat(20_000)}\n\n## Weaknesses\n\nThe ablation in Table 2 is thin.\n`;
    const analysis = analyzeReview(text);
    assert.deepEqual(analysis.sections.map((s) => [s.title, s.words]), [['Strengths', 2 + 20_000], ['Weaknesses', 7]]);
    const [note] = codes(text);
    assert.equal(note.severity, 'information');
    assert.equal(note.range.start, text.indexOf('*a'));
    assert.match(note.message, /has 20,000 Markdown markup characters/);
    assert.deepEqual(analysis.references.map((r) => `${r.kind} ${r.label}`), ['table 2']);
  });

  it('a line opening 50 quotes keeps 6 and reads the rest as text', () => {
    const text = `## Summary\n\n${'> '.repeat(50)}deep words\n`;
    const [note] = codes(text);
    assert.match(note.message, /opens 50 quotes or list items/);
    assert.equal(analyzeReview(text).sections[0].words, 2);
  });

  it('ordinary reviews, emphasis and links included, get no such note', () => {
    const text = readFileSync(new URL('../../../examples/demo/sample.review.md', import.meta.url), 'utf8');
    assert.deepEqual(codes(text), []);
    assert.deepEqual(codes(generateReview(150_000)), []);
    assert.deepEqual(codes(`## Summary\n\n${'A **bold** claim with a [link](https://x.org) and `code`. '.repeat(40)}\n\n- a\n  - b\n    > c\n`), []);
  });
});
