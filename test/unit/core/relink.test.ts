import * as assert from 'node:assert/strict';
import { analyzeReview, relinkTemplateSections } from '../../../src/core/review/analysis';
import { incompleteStops, reviewProgress } from '../../../src/core';

// The language server sends a review's analysis to VS Code's client as JSON (over IPC on desktop): objects the
// analysis shares (each section's template section) arrive as copies, and progress and Go to Next Incomplete Section
// compare them by identity. An ICLR review with Summary done, Soundness unanswered and Rating left as TODO.
const review = ['---', 'template: iclr-2025', '---', '## Summary', '', 'word '.repeat(45), '', '## Soundness', '', '- [ ] 4: excellent', '',
  '## Rating', '', 'TODO decide', ''].join('\n');

describe('an analysis sent as JSON', () => {
  it('counts and steps through the same sections once relinked to its template', () => {
    const sent = JSON.parse(JSON.stringify({ ...analyzeReview(review), parsed: undefined }));
    const received = relinkTemplateSections({ ...sent, text: review });
    // ICLR 2025 has ten sections (otherVenues.ts); only Summary is done, by hand.
    assert.deepEqual([reviewProgress(received).done, reviewProgress(received).total], [1, 10]);
    assert.deepEqual(incompleteStops(received).filter((s) => !s.missing).map((s) => s.title), ['Soundness', 'Rating']);
    // Without relinking, every section reads as missing: what the client saw.
    assert.equal(reviewProgress({ ...sent, text: review }).done, 0);
  });
});
