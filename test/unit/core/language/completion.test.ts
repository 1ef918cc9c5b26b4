import * as assert from 'node:assert/strict';
import { createReviewLanguageService } from '../../../../src/core/language';
import { InMemoryWorkspace, review, truthIndexer } from './inMemoryWorkspace';

describe('language service: completion of the paper\'s labels', () => {
  const service = createReviewLanguageService({ workspace: new InMemoryWorkspace({ 'paper.pdf': 'subfig' }), getAnchorIndex: truthIndexer().getAnchorIndex });
  const head = '---\npaper: paper.pdf\n---\n';

  it('after "Figure " offers the figures in the paper\'s order, with their captions', async () => {
    const text = `${head}As Figure `;
    const c = (await service.getCompletions(review(text), text.length))!;
    assert.deepEqual(c.range, { start: text.length, end: text.length });
    // subfig.truth.json (subfig.tex's labels): sub-figures (a)–(c) of Figure 1 and (a)–(b) of Figure 2, each figure's caption after its sub-figures.
    assert.deepEqual(c.items.map((i) => i.label), ['1(a)', '1(b)', '1(c)', '1', '2(a)', '2(b)', '2']);
  });

  it('replaces what is typed of the label; "Eq. (" gets its closing parenthesis', async () => {
    const longService = createReviewLanguageService({ workspace: new InMemoryWorkspace({ 'paper.pdf': 'long' }), getAnchorIndex: truthIndexer().getAnchorIndex });
    const text = `${head}Table 1`;
    const c = (await longService.getCompletions(review(text), text.length))!;
    assert.deepEqual(c.range, { start: text.length - 1, end: text.length });
    assert.equal(c.items[0].description, 'Summary statistics of study part 1');
    const eq = `${head}Eq. (`;
    assert.deepEqual((await longService.getCompletions(review(eq, 'e.review.md'), eq.length))!.items.slice(0, 2).map((i) => i.insertText), ['1)', '2)']);
  });

  it('nothing after other words, or without a paper', async () => {
    const text = `${head}As shown `;
    assert.equal(await service.getCompletions(review(text), text.length), undefined);
    const bare = createReviewLanguageService({ workspace: new InMemoryWorkspace() });
    assert.equal(await bare.getCompletions(review('Figure '), 7), undefined);
  });
});
