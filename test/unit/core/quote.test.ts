import * as assert from 'node:assert/strict';
import { formatQuote } from '../../../src/core/anchoring/quote';
import { analyzeReview } from '../../../src/core/review/analysis';

describe('quoting the paper', () => {
  it('joins lines and line-break hyphens, and cites the page as a reference the review understands', () => {
    const quote = formatQuote('Experts specialise by\nscript with-\nout any super-\nvision, as in Self-\nAttention.', 5);
    assert.equal(quote, '> Experts specialise by script without any supervision, as in Self-Attention. (p. 5)');
    assert.deepEqual(analyzeReview(quote).references.map((r) => `${r.kind} ${r.label}`), ['page 5']);
  });
});
