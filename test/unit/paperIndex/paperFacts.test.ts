import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import { infoTitle, readFirstPage } from '../../../src/core/newReview/paperFacts';
import { suggestForm } from '../../../src/core/newReview/suggestForm';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';

// Titles written by hand from each paper's first page as rendered (pdftoppm), not from the code under test.
const expected: Record<string, string | undefined> = {
  'test/corpus/papers/aacl2023-sealp-tagalog-ner.pdf': 'Developing a Named Entity Recognition Dataset for Tagalog',
  'test/corpus/papers/acl2023-mgr-rationalization.pdf': 'MGR: Multi-generator Based Rationalization',
  'test/corpus/papers/arxiv2021-multivariate-deep-evidential-regression.pdf': 'Multivariate Deep Evidential Regression',
  // A JOSS draft: a rotated DRAFT watermark larger than the title, and line numbers between the title's lines.
  'test/corpus/papers/joss-multivae-draft.pdf': 'MultiVae: A Python package for Multimodal Variational Autoencoders on Partial Datasets.',
  'test/corpus/papers/joss-pybop-draft.pdf': 'PyBOP: A Python package for battery model optimisation and parameterisation',
  'test/corpus/papers/joss2021-starry-process.pdf': 'starry_process: Interpretable Gaussian processes for stellar light curves',
  'test/corpus/papers/miccai2016-eye-movement-disorders.pdf': 'Vision-Based Classification of Developmental Disorders Using Eye-Movements',
  'test/corpus/papers/neurips2023-d-separation-causal-self-explanation.pdf': 'D-Separation for Causal Self-Explanation',
  'test/corpus/papers/report2023-calamancy-tagalog-nlp.pdf': 'calamanCy: A Tagalog Natural Language Processing Toolkit',
  // Its Info /Title reads "…Distributions andUncertainty…"; the printed title is right.
  'test/corpus/papers/tvcg2023-ggdist.pdf': 'ggdist: Visualizations of Distributions and Uncertainty in the Grammar of Graphics',
  'test/corpus/heldout/biorxiv2017-hippocampus-dissociation.pdf': 'Hippocampal transcriptomic responses to cellular dissociation',
  'test/fixtures/papers/conf2col.pdf': 'Sparse Retrieval for Long Documents',
  'test/fixtures/papers/ieee-nohyperref.pdf': 'Robust Control of Quadrotors in Gusty Wind',
  'test/fixtures/papers/preprint.pdf': 'Convergence of Greedy Selection under Noise',
  'test/fixtures/papers/subfig.pdf': 'Coral Bleaching Across Three Reefs',
  // Drawn without a title block: its largest line is the heading "1 Introduction", and it has no Info /Title.
  'test/fixtures/papers/generated.pdf': undefined,
  // "Microsoft Word - submission.docx" in the Info dictionary; the printed two-line title wins.
  'test/fixtures/workspace/newReview/iclr-submission.pdf': 'Sparse Mixtures of Tiny Experts for Long-Context Retrieval',
};

const load = createPdfjsLoader();
async function facts(data: Uint8Array) {
  const doc = await load(data);
  try { return await readFirstPage(doc); } finally { await doc.destroy(); }
}

describe('New Review: the paper read from its first page', () => {
  for (const [file, title] of Object.entries(expected)) {
    it(`${file.split('/').pop()}: title ${title === undefined ? 'none' : `"${title}"`}`, async () => {
      const got = await facts(new Uint8Array(readFileSync(join(process.cwd(), file))));
      assert.equal(got.title, title);
      assert.ok(got.firstPageText && !/\s{2}|\n/.test(got.firstPageText), 'the first page text, white space folded');
    });
  }

  it('the ICLR submission: its first page suggests the ICLR form', async () => {
    const got = await facts(new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/workspace/newReview/iclr-submission.pdf'))));
    assert.ok(got.firstPageText!.startsWith('Under review as a conference paper at ICLR 2026 Sparse Mixtures'), got.firstPageText);
    assert.deepEqual(suggestForm(got.firstPageText!, ['course', 'iclr-2025', 'neurips-2025']), { templateId: 'iclr-2025', evidence: 'Under review as a conference paper at ICLR 2026' });
  });

  async function onePage(info: string | undefined, draw: (page: import('pdf-lib').PDFPage, font: import('pdf-lib').PDFFont) => void) {
    const doc = await PDFDocument.create();
    if (info !== undefined) doc.setTitle(info);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    draw(page, font);
    return facts(await doc.save());
  }
  const bodyOnly = (page: import('pdf-lib').PDFPage, font: import('pdf-lib').PDFFont) => {
    for (let i = 0; i < 10; i++) page.drawText('Plain body text of a memo typed in one size only.', { x: 72, y: 700 - 14 * i, size: 11, font });
  };

  it('a page in one size takes the Info /Title a person wrote', async () => {
    assert.equal((await onePage('Notes on Reviewing', bodyOnly)).title, 'Notes on Reviewing');
  });

  it('a file name or "Microsoft Word - …" in the Info /Title is no title', async () => {
    assert.equal((await onePage('Microsoft Word - paper_v3.docx', bodyOnly)).title, undefined);
    assert.equal((await onePage('main.pdf', bodyOnly)).title, undefined);
    assert.equal(infoTitle('untitled'), undefined);
    assert.equal(infoTitle('  A   Real\nTitle '), 'A Real Title');
  });

  it('a page without text gives no facts, and no error', async () => {
    assert.deepEqual(await onePage(undefined, () => undefined), {});
    assert.deepEqual(await onePage('Scanned Proceedings', () => undefined), { title: 'Scanned Proceedings' });
  });

  it('large text low on the page or rotated is not the title', async () => {
    const got = await onePage(undefined, (page, font) => {
      bodyOnly(page, font);
      page.drawText('CONFIDENTIAL', { x: 150, y: 300, size: 60, font, rotate: degrees(45) });
      page.drawText('Figure label', { x: 72, y: 120, size: 24, font });
    });
    assert.equal(got.title, undefined);
  });
});
