import * as assert from 'node:assert/strict';
import { formatQuote, quoteOrReason } from '../../../src/core/quotes/format';
import { analyzeReview } from '../../../src/core/review/analysis';
import { maxSelectionLength, parseViewerMessage } from '../../../src/protocol/viewerMessages';

describe('quoting the paper', () => {
  it('joins lines and line-break hyphens, and cites the page as a reference the review understands', () => {
    const quote = formatQuote('Experts specialise by\nscript with-\nout any super-\nvision, as in Self-\nAttention.', 5);
    assert.equal(quote, '> Experts specialise by script without any supervision, as in Self-Attention. (p. 5)');
    assert.deepEqual(analyzeReview(quote).references.map((r) => `${r.kind} ${r.label}`), ['page 5']);
  });

  it('a selection over the size limit replaces the one before it: the user is told, nothing stale is quoted', () => {
    // What the viewer sends for 250,000 selected characters, after a first, short selection.
    const first = { type: 'selection', documentUri: 'file:///p.pdf', page: 2, text: 'Experts specialise.' };
    const long = { type: 'selection', documentUri: 'file:///p.pdf', page: 3, text: '', tooLong: 250_000 };
    assert.deepEqual(quoteOrReason(parseViewerMessage(first) as { page: number; text: string }, maxSelectionLength), { quote: '> Experts specialise. (p. 2)' });
    const latest = parseViewerMessage(long) as { page: number; text: string; tooLong?: number } | undefined;
    assert.ok(latest, 'the host accepts the "too long" selection message');
    assert.deepEqual(quoteOrReason(latest, maxSelectionLength),
      { reason: 'The text selected in the paper is too long to quote (250,000 characters; the limit is 100,000): select a shorter passage.' });
  });

  it('with nothing selected yet, says to select text first', () => {
    assert.deepEqual(quoteOrReason(undefined, maxSelectionLength), { reason: 'Select some text in the paper first, then quote it into the review.' });
  });
});
