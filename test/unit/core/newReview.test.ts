// New Review: the form a paper's first page asks for, and the front matter that ties the new review to its paper.
// The first-page lines are as the venues' own LaTeX styles print them (iclr2025_conference.sty, neurips_2025.sty,
// neurips_2020.sty, icml2025.sty, acl.sty in review mode, cvpr.sty in review mode).
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { builtinTemplates } from '../../../src/core';
import { suggestForm } from '../../../src/core/newReview/suggestForm';
import { newReviewFrontMatter, reviewFileNameFor } from '../../../src/core/newReview/reviewFile';

const ids = builtinTemplates.map((t) => t.id);

describe('the form a paper asks for', () => {
  const cases: [string, string, string][] = [
    ['Under review as a conference paper at ICLR 2026\nSparse Adapters\nAnonymous authors', 'iclr-2025', 'Under review as a conference paper at ICLR 2026'],
    ['Published as a conference paper at ICLR 2025\nTitle', 'iclr-2025', 'Published as a conference paper at ICLR 2025'],
    ['Abstract ... Submitted to 39th Conference on Neural Information Processing Systems (NeurIPS 2025). Do not distribute.', 'neurips-2025',
      'Submitted to 39th Conference on Neural Information Processing Systems (NeurIPS 2025)'],
    ['Submitted to 34th Conference on Neural Information Processing Systems (NeurIPS 2020). Do not distribute.', 'neurips-2020',
      'Submitted to 34th Conference on Neural Information Processing Systems (NeurIPS 2020)'],
    ['38th Conference on Neural Information\nProcessing Systems (NeurIPS 2024).', 'neurips-2025', '38th Conference on Neural Information Processing Systems (NeurIPS 2024)'],
    ['Preliminary work. Under review by the International Conference on Machine Learning (ICML). Do not distribute.', 'icml-2025',
      'Under review by the International Conference on Machine Learning (ICML)'],
    ['Proceedings of the 42 nd International Conference on Machine Learning, Vancouver, Canada. PMLR 267, 2025.', 'icml-2025',
      'Proceedings of the 42 nd International Conference on Machine Learning'],
    ['Anonymous ACL submission\nAbstract', 'acl-arr', 'Anonymous ACL submission'],
    ['Anonymous EMNLP submission', 'acl-arr', 'Anonymous EMNLP submission'],
    ['CVPR 2025 Submission #1234. CONFIDENTIAL REVIEW COPY. DO NOT DISTRIBUTE.', 'cvpr-2025', 'CVPR 2025 Submission'],
  ];
  for (const [page, templateId, evidence] of cases) {
    it(`"${page.split('\n')[0].slice(0, 60)}…" → ${templateId}`, () => {
      assert.deepEqual(suggestForm(page, ids), { templateId, evidence });
    });
  }

  it('a venue only cited on the page suggests nothing', () => {
    assert.equal(suggestForm('We build on Vaswani et al. (NeurIPS 2017) and Kingma & Ba (ICLR 2015). CVPR and ICML papers.', ids), undefined);
    assert.equal(suggestForm('Preprint. Under review.', ids), undefined);
  });

  it('the running head wins over a later statement, and a form the user lacks is not suggested', () => {
    assert.equal(suggestForm('Under review as a conference paper at ICLR 2026 ... Proceedings of the International Conference on Machine Learning', ids)?.templateId, 'iclr-2025');
    assert.equal(suggestForm('Anonymous ACL submission', ['course']), undefined);
  });

  it('a page of repeated "Submitted to" with no venue after it suggests nothing', () => {
    const page = 'Submitted to '.repeat(20_000) + 'x';
    assert.equal(suggestForm(page, ids), undefined);
  });
});

describe('a new review file', () => {
  it('is named after its paper and lives beside it', () => {
    assert.equal(reviewFileNameFor('paper.pdf'), 'paper.review.md');
    assert.equal(reviewFileNameFor('Smith 2025.PDF'), 'Smith 2025.review.md');
  });

  it('starts with front matter naming its form, paper and title, quoted where YAML needs it', () => {
    const text = newReviewFrontMatter({ template: 'neurips-2025', paper: 'sub 12.pdf', title: 'Attention: all\n you need?' });
    assert.ok(text.startsWith('---\n') && text.endsWith('---\n\n'), text);
    assert.deepEqual(parse(text.slice(4, -5)), { template: 'neurips-2025', paper: 'sub 12.pdf', title: 'Attention: all you need?' });
  });

  it('leaves the title out when the PDF tells none', () => {
    assert.equal(newReviewFrontMatter({ template: 'course', paper: 'paper.pdf' }), '---\ntemplate: course\npaper: paper.pdf\n---\n\n');
  });
});
