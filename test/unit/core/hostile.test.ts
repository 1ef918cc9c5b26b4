import * as assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { analyzeReview } from '../../../src/core/review/analysis';
import { checkReview } from '../../../src/core/checks/diagnostics';
import { reviewInputProblem } from '../../../src/core/review/input';
import { baselineText, hostileReviews } from '../../../bench/analysis/hostile';
import { cpuBest } from '../../../bench/analysis/cpuTime';

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
  // The `open` ones are printed by bench:analysis and named in the issue as still to do.
  for (const review of hostileReviews(size).filter((r) => !r.open)) {
    it(`${review.name}: analysis and checks within ${maxRatio}× a bare parse`, () => {
      const { text } = review;
      assert.equal(reviewInputProblem(text), undefined, 'the generator stays within the input limits');
      const baseline = baselineText(review);
      // Warm both paths, then interleave: the fastest of five runs each.
      fromMarkdown(baseline);
      checkReview(analyzeReview(text));
      const analysis = cpuBest(() => checkReview(analyzeReview(text)), 5);
      const parse = cpuBest(() => fromMarkdown(baseline), 5);
      const ratio = analysis / parse;
      assert.ok(ratio <= maxRatio, `analysis ${analysis.toFixed(0)} ms vs. bare parse ${parse.toFixed(0)} ms: ${ratio.toFixed(1)}×`);
    });
  }
});
