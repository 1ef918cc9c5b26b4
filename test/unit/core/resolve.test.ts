import * as assert from 'node:assert/strict';
import type { Anchor, AnchorIndex } from '../../../src/core/paperIndex/types';
import { anchorDisplayName, resolveReference } from '../../../src/core/references/resolve';
import { analyzeReview } from '../../../src/core/review/analysis';
import { checkReview } from '../../../src/core/checks/diagnostics';

const a = (kind: Anchor['kind'], label: string, page: number, title = ''): Anchor => ({ kind, label, page, rect: [72, 600, 540, 620], title });
const index: AnchorIndex = {
  formatVersion: 2, pages: 9, fingerprint: 'f', notes: [],
  anchors: [
    a('figure', '1', 2, 'Overview.'), a('figure', '2', 3, 'Results.'), a('figure', '3', 5, 'Ablations.'), a('figure', '3(b)', 5),
    a('table', '1', 4), a('table', 'II', 6), a('section', '4.2.5', 6, 'Ablation'), a('section', 'B', 9, 'Proofs'),
    a('equation', '2', 3), a('algorithm', '1', 4), a('lemma', '3', 7), a('theorem', '2', 7),
    ...Array.from({ length: 9 }, (_, i) => a('page', String(i + 1), i + 1)),
  ],
};

const resolve = (text: string) => analyzeReview(text).references.map((r) => {
  const found = resolveReference(index, r);
  return found ? `${found.kind} ${found.label} p${found.page}` : `none for ${r.kind} ${r.label}`;
});

describe('review references resolved in the paper', () => {
  it('finds each kind the way reviewers write it', () => {
    assert.deepEqual(resolve('Figure 1, Fig. 3(b), Fig. 3b, Figure 2(c), Table II, Sec. 4.2.5, Appendix B, Eq. (2), Algorithm 1, Lemma 3, Theorem 2, p. 9, line 40'), [
      'figure 1 p2', 'figure 3(b) p5', 'figure 3(b) p5', 'figure 2 p3', 'table II p6', 'section 4.2.5 p6', 'section B p9', 'equation 2 p3',
      'algorithm 1 p4', 'lemma 3 p7', 'theorem 2 p7', 'page 9 p9', 'none for line 40',
    ]);
  });

  it('reports references to what the paper does not have, saying what it has', () => {
    const text = 'Figure 12 is blurry, Table 1 is fine, Lemma 5 is wrong, see p. 14 and line 400.';
    const ds = checkReview(analyzeReview(text), { anchorIndex: index, severities: { 'missing-section': 'off' } });
    assert.deepEqual(ds.map((d) => [d.code, text.slice(d.range.start, d.range.end), d.message]), [
      ['unknown-reference', 'Figure 12', 'The paper has no Figure 12 (it has 1–3): check the number.'],
      ['unknown-reference', 'Lemma 5', 'The paper has no Lemma 5 (it has 3): check the number.'],
      ['unknown-reference', 'p. 14', 'The paper has no page 14: it has 9 pages.'],
    ]);
  });

  it('says nothing about kinds the index found none of (a scanned paper has no captions to find)', () => {
    const scanned: AnchorIndex = { ...index, anchors: index.anchors.filter((x) => x.kind === 'page') };
    const ds = checkReview(analyzeReview('Figure 12 and Table 9 on p. 3.'), { anchorIndex: scanned, severities: { 'missing-section': 'off' } });
    assert.deepEqual(ds, []);
  });
});

describe('references to supplements and appendices', () => {
  const s = (kind: Anchor['kind'], label: string, page: number): Anchor => ({ ...a(kind, label, page), part: 'supplement' });
  // A paper of 11 pages with appendices A and B, then a supplement that restarts at Figure 1 and also uses S-numbers.
  const paper: AnchorIndex = {
    formatVersion: 2, pages: 16, fingerprint: 'p', notes: [],
    anchors: [
      a('section', 'III', 3, 'Method'), a('section', 'III.A', 3, 'Setup'), a('figure', '1', 2), a('figure', '2', 5), a('table', '1', 6),
      a('section', 'A', 10, 'Proofs'), a('section', 'B', 11, 'More discussion'), a('section', 'B.2', 11, 'Limits'),
      s('figure', '1', 12), s('table', '2', 13), s('figure', 'S1', 14), s('section', '1', 12),
      ...Array.from({ length: 16 }, (_, i) => a('page', String(i + 1), i + 1)),
    ],
  };
  const where = (text: string) => analyzeReview(text).references.map((r) => {
    const found = resolveReference(paper, r);
    return found ? `${found.kind} ${found.label}${found.part ? ' supplement' : ''} p${found.page}` : `none for ${r.kind} ${r.label}`;
  });

  it('plain numbers go to the main paper, supplementary ones to the supplement', () => {
    assert.deepEqual(where('Figure 1 vs Figure S1 vs Fig. 1 of the supplement vs supplementary Table 2 vs Table 1 vs Fig. 1 in the supplementary material.'), [
      'figure 1 p2', 'figure S1 supplement p14', 'figure 1 supplement p12', 'table 2 supplement p13', 'table 1 p6', 'figure 1 supplement p12',
    ]);
  });

  it('hovers name the supplement\'s restarted numbers, not its S-numbers', () => {
    assert.deepEqual([s('figure', '1', 12), s('figure', 'S1', 14), a('figure', '1', 2)].map(anchorDisplayName), ['Supplementary Figure 1', 'Figure S1', 'Figure 1']);
  });

  it('a number only the supplement has is still found from a plain reference', () => {
    assert.deepEqual(where('Table 2 is unclear.'), ['table 2 supplement p13']);
  });

  it('lettered appendices answer to Appendix, App., Section and §, and arabic section numbers find roman ones', () => {
    assert.deepEqual(where('Appendix B, App. B, Section B.2, §B.2, Appendix A, Section 3'), [
      'section B p11', 'section B p11', 'section B.2 p11', 'section B.2 p11', 'section A p10', 'section III p3',
    ]);
  });

  const warnings = (index: AnchorIndex, text: string) =>
    checkReview(analyzeReview(text), { anchorIndex: index, severities: { 'missing-section': 'off' } }).filter((d) => d.code === 'unknown-reference').map((d) => d.message);

  it('warns about a number the supplement lacks, naming what the supplement has', () => {
    assert.deepEqual(warnings(paper, 'Supplementary Table 5 and Appendix D.'), [
      "The paper's supplement has no Table 5 (it has 2): check the number.",
      'The paper has no Section D (it has III, III.A, A, B and B.2): check the number.',
    ]);
  });

  it('never warns where the index cannot know', () => {
    const noSupplement: AnchorIndex = { ...paper, anchors: paper.anchors.filter((x) => x.part !== 'supplement') };
    const noAppendix: AnchorIndex = { ...noSupplement, anchors: noSupplement.anchors.filter((x) => !/^[AB]/.test(x.label)) };
    const noSections: AnchorIndex = { ...paper, anchors: paper.anchors.filter((x) => x.kind !== 'section') };
    const partlyUnread: AnchorIndex = { ...paper, unreadPages: [15] };
    // The supplement may be a separate file; appendices too; a paper whose headings were not found; a page without text.
    assert.deepEqual(warnings(noSupplement, 'Figure S3 and supplementary Table 4.'), []);
    assert.deepEqual(warnings(noAppendix, 'Appendix C and Section C.1.'), []);
    assert.deepEqual(warnings(noSections, 'Section 7 and Appendix B.'), []);
    assert.deepEqual(warnings(partlyUnread, 'Figure 9 and Table 7.'), []);
  });
});

describe('unknown-reference only past the numbers the paper has', () => {
  const paper: AnchorIndex = {
    formatVersion: 2, pages: 9, fingerprint: 'g', notes: [],
    anchors: [a('figure', '1', 1), a('figure', '2', 2), a('figure', '4', 4), a('section', '1', 1), a('section', '2', 2), a('section', '2.1', 2), a('section', '2.3', 3), a('section', '3', 4)],
  };
  const warned = (text: string) => checkReview(analyzeReview(text), { anchorIndex: paper, severities: { 'missing-section': 'off' } })
    .filter((d) => d.code === 'unknown-reference').map((d) => text.slice(d.range.start, d.range.end));

  it('a gap in the numbering is a heading or caption the index missed, not a wrong number', () => {
    assert.deepEqual(warned('Figure 3, Section 2.2 and Section 3.1 are fine.'), []);
  });

  it('a number past the last one is wrong', () => {
    assert.deepEqual(warned('Figure 5, Section 2.4 and Section 4 are wrong.'), ['Figure 5', 'Section 2.4', 'Section 4']);
  });
});
