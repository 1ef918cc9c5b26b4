import * as assert from 'node:assert/strict';
import { createReviewLanguageService } from '../../../../src/core/language';
import { at, InMemoryWorkspace, review, truthIndexer } from './inMemoryWorkspace';

describe('language service: definition (Ctrl+click, F12)', () => {
  const service = createReviewLanguageService({ workspace: new InMemoryWorkspace({ 'paper.pdf': 'long' }), getAnchorIndex: truthIndexer().getAnchorIndex });
  const text = '---\npaper: paper.pdf\n---\nTable 8 and Sec. 4.2 are fine, Table 20 is not.\n';

  it('leads to the anchor in the paper', async () => {
    const d = (await service.getDefinition(review(text), at(text, 'Table 8', 6)))!;
    assert.ok(d.kind === 'anchor');
    // long.truth.json: Table 8 on page 12, Section 4.2 on page 6.
    assert.deepEqual([d.paperUri, d.anchor.kind, d.anchor.label, d.anchor.page], ['memfs:/w/paper.pdf', 'table', '8', 12]);
    const s = (await service.getDefinition(review(text), at(text, 'Sec. 4.2', 0)))!;
    assert.ok(s.kind === 'anchor');
    assert.deepEqual([s.anchor.kind, s.anchor.label, s.anchor.page, s.anchor.title], ['section', '4.2', 6, 'Results of Part 4']);
  });

  it('on a table the paper lacks: a message instead of nothing', async () => {
    const d = await service.getDefinition(review(text), at(text, 'Table 20', 7));
    assert.deepEqual(d && d.kind === 'missing' && d.message, 'The paper has no Table 20; it has Tables 1–12.');
  });

  it('without a paper: says how to name one', async () => {
    const bare = createReviewLanguageService({ workspace: new InMemoryWorkspace() });
    const d = await bare.getDefinition(review('Table 8.'), 2);
    assert.equal(d?.kind === 'no-paper' && d.message, 'This review has no paper yet: add "paper: <file>.pdf" to its front matter.');
  });
});
