import * as assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { analyzeReview } from '../../../src/core/review/analysis';
import { checkReview } from '../../../src/core/checks/diagnostics';
import { reviewInputProblem } from '../../../src/core/review/input';
import { hostileReviews } from '../../../bench/analysis/hostile';
import { generateReview } from '../../../bench/analysis/generate';
import { cpuBest } from '../../../bench/analysis/cpuTime';

/**
 * The analysis and checks of a hostile review may cost at most this many times a bare `fromMarkdown` parse of
 * the same text, or, where micromark itself is super-linear on it, of an ordinary review of the same length.
 * A quadratic step shows up as a ratio in the hundreds at these sizes; the bound leaves room for noise.
 */
const maxRatio = 4;
const size = 100_000;

describe('hostile reviews', function () {
  this.timeout(300_000);
  for (const { name, text, parserLinear } of hostileReviews(size)) {
    it(`${name}: analysis and checks within ${maxRatio}× a bare parse`, () => {
      assert.equal(reviewInputProblem(text), undefined, 'the generator stays within the input limits');
      const baselineText = parserLinear ? text : generateReview(text.length);
      // Warm both paths, then interleave: the fastest of five runs each.
      fromMarkdown(baselineText);
      checkReview(analyzeReview(text));
      const analysis = cpuBest(() => checkReview(analyzeReview(text)), 5);
      const parse = cpuBest(() => fromMarkdown(baselineText), 5);
      const ratio = analysis / parse;
      assert.ok(ratio <= maxRatio, `analysis ${analysis.toFixed(0)} ms vs. bare parse ${parse.toFixed(0)} ms: ${ratio.toFixed(1)}×`);
    });
  }
});
