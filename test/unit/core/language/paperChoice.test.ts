import * as assert from 'node:assert/strict';
import { choosePaper, reviewBaseName } from '../../../../src/core/language/paperChoice';

const base = { reviewFileName: 'paper.review.md', pdfsInFolder: ['other.pdf', 'paper.pdf'], frontMatterPaperExists: false };

describe('choosing the paper for a review', () => {
  it('takes the base name of review files', () => {
    assert.equal(reviewBaseName('paper.review.md'), 'paper');
    assert.equal(reviewBaseName('Paper.Review'), 'Paper');
    assert.equal(reviewBaseName('notes.md'), 'notes');
  });
  it('prefers the front matter, then a remembered choice, then the same name, then the only PDF', () => {
    assert.deepEqual(choosePaper({ ...base, frontMatterPaper: '../pdfs/x.pdf', frontMatterPaperExists: true, remembered: 'other.pdf' }),
      { kind: 'path', path: '../pdfs/x.pdf', reason: 'frontMatter' });
    assert.deepEqual(choosePaper({ ...base, frontMatterPaper: 'missing.pdf', remembered: 'other.pdf' }), { kind: 'path', path: 'other.pdf', reason: 'remembered' });
    assert.deepEqual(choosePaper(base), { kind: 'path', path: 'paper.pdf', reason: 'sameName' });
    assert.deepEqual(choosePaper({ ...base, pdfsInFolder: ['main.pdf'] }), { kind: 'path', path: 'main.pdf', reason: 'onlyPdf' });
  });
  it('asks when nothing decides', () => {
    assert.deepEqual(choosePaper({ ...base, pdfsInFolder: ['b.pdf', 'a.pdf'] }), { kind: 'ask', candidates: ['a.pdf', 'b.pdf'] });
    assert.deepEqual(choosePaper({ ...base, pdfsInFolder: [] }), { kind: 'ask', candidates: [] });
  });
});
