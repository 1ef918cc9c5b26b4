import * as assert from 'node:assert/strict';
import type { Anchor, AnchorIndex } from '../../../src/core/anchors/types';
import { resolveReference } from '../../../src/core/anchoring/resolve';
import { analyzeReview } from '../../../src/core/review/analysis';
import { checkReview } from '../../../src/core/checks/diagnostics';

const a = (kind: Anchor['kind'], label: string, page: number, title = ''): Anchor => ({ kind, label, page, rect: [72, 600, 540, 620], title });
const index: AnchorIndex = {
  formatVersion: 1, pages: 9, fingerprint: 'f', notes: [],
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
      ['unknown-reference', '12', 'The paper has no Figure 12 (it has 1–3): check the number.'],
      ['unknown-reference', '5', 'The paper has no Lemma 5 (it has 3): check the number.'],
      ['unknown-reference', '14', 'The paper has no page 14: it has 9 pages.'],
    ]);
  });

  it('says nothing about kinds the index found none of (a scanned paper has no captions to find)', () => {
    const scanned: AnchorIndex = { ...index, anchors: index.anchors.filter((x) => x.kind === 'page') };
    const ds = checkReview(analyzeReview('Figure 12 and Table 9 on p. 3.'), { anchorIndex: scanned, severities: { 'missing-section': 'off' } });
    assert.deepEqual(ds, []);
  });
});
