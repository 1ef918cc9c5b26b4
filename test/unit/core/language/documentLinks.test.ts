import * as assert from 'node:assert/strict';
import { createReviewLanguageService } from '../../../../src/core/language';
import { InMemoryWorkspace, review, truthIndexer } from './inMemoryWorkspace';

describe('language service: document links', () => {
  it('every reference but lines is a link; its tooltip names the target or says the paper lacks it', async () => {
    const service = createReviewLanguageService({ workspace: new InMemoryWorkspace({ 'paper.pdf': 'long' }), getAnchorIndex: truthIndexer().getAnchorIndex });
    const text = '---\npaper: paper.pdf\n---\nFigures 2 and 14, Sec. 4.1, line 12 and p. 3.\n';
    const links = await service.getDocumentLinks(review(text));
    assert.deepEqual(links.map((l) => [text.slice(l.range.start, l.range.end), l.tooltip, l.anchor?.page]), [
      ['Figures 2', 'Figure 2, page 3', 3],
      ['14', 'The paper has no Figure 14; it has Figures 1–12.', undefined],
      ['Sec. 4.1', 'Section 4.1, page 5', 5],
      ['p. 3', 'Page 3, page 3', 3],
    ]);
  });

  it('without a paper the links are still there, without tooltips', async () => {
    const service = createReviewLanguageService({ workspace: new InMemoryWorkspace() });
    const links = await service.getDocumentLinks(review('See Table 1.'));
    assert.deepEqual(links.map((l) => [l.range, l.tooltip]), [[{ start: 4, end: 11 }, undefined]]);
  });
});
