import * as assert from 'node:assert/strict';
import { createReviewLanguageService, escapeMarkdown, hoverMarkdown } from '../../../../src/core/language';
import { at, InMemoryWorkspace, review, truthIndexer } from './inMemoryWorkspace';

describe('language service: hover', () => {
  const service = createReviewLanguageService({ workspace: new InMemoryWorkspace({ 'paper.pdf': 'long' }), getAnchorIndex: truthIndexer().getAnchorIndex });
  const text = '---\npaper: paper.pdf\n---\nFigure 1 is clear; Figure 13 is not, nor Lemma 2. See line 40.\n';

  it('on a reference: its caption and page, and one "Show in paper" link', async () => {
    const hover = (await service.getHover(review(text), at(text, 'Figure 1', 3)))!;
    assert.equal(hover.kind, 'anchor');
    assert.equal(text.slice(hover.range.start, hover.range.end), 'Figure 1');
    // long.truth.json: Figure 1 on page 1, captioned "Measurements collected in study part 1 over all sites".
    assert.equal(hoverMarkdown(hover, 'command:show'), '**Figure 1** · page 1\n\nMeasurements collected in study part 1 over all sites\n\n[Show in paper](command:show)');
  });

  it('on a reference the paper lacks: says so and what the paper has, with no link', async () => {
    const hover = (await service.getHover(review(text), at(text, 'Figure 13', 8)))!;
    assert.equal(hover.kind, 'missing');
    assert.equal(text.slice(hover.range.start, hover.range.end), 'Figure 13');
    assert.equal(hoverMarkdown(hover, 'command:show'), 'The paper has no Figure 13; it has Figures 1–12.');
  });

  it('a kind the paper has none of is not called wrong: the index may have missed it', async () => {
    const hover = (await service.getHover(review(text), at(text, 'Lemma 2', 1)))!;
    assert.equal(hover.kind === 'missing' && hover.message, "Lemma 2 was not found in the paper's index; it lists no lemmas.");
  });

  it('nothing on plain words or on lines (a submission copy numbers them, the PDF does not)', async () => {
    assert.equal(await service.getHover(review(text), at(text, 'clear')), undefined);
    assert.equal(await service.getHover(review(text), at(text, 'line 40', 2)), undefined);
  });

  it('a caption cannot inject markup or links into the hover', async () => {
    assert.equal(escapeMarkdown('Loss *per* token [see](command:x) <img> 2. x'), 'Loss \\*per\\* token \\[see\\](command:x) \\<img\\> 2. x');
    assert.equal(escapeMarkdown('# 1. Heading'), '\\# 1. Heading');
  });

  it('nothing without a paper', async () => {
    const bare = createReviewLanguageService({ workspace: new InMemoryWorkspace() });
    assert.equal(await bare.getHover(review(text), at(text, 'Figure 1', 3)), undefined);
  });
});
