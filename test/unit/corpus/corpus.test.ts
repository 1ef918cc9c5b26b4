import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';
import { analyzeReview } from '../../../src/core/review/analysis';
import { checkReview } from '../../../src/core/checks/diagnostics';
import { evaluateDir, rates, type DirResult } from '../../../scripts/corpusEval';

// The committed corpus of real papers (test/corpus: hand-checked truth, PDFs where their licence allows) holds the index
// to the issue's numbers: figures and tables at least 99% recall and precision, sections (appendices included) 97%.
// CORPUS_DIR=/path runs it on another corpus directory.
const dir = process.env.CORPUS_DIR ?? join(process.cwd(), 'test/corpus');
const thresholds: Record<string, number> = { figure: 0.99, table: 0.99, section: 0.97 };

describe('anchor index on the corpus of real papers', function () {
  this.timeout(600_000);
  let result: DirResult;
  before(async () => { result = await evaluateDir(dir, createPdfjsLoader()); });

  it('has papers to score', () => {
    assert.ok(result.papers.length > 0, `no PDF with a truth file under ${dir}`);
  });

  for (const [kind, min] of Object.entries(thresholds)) {
    it(`${kind}: recall and precision at least ${min * 100}%`, () => {
      const t = result.totals[kind];
      assert.ok(t && t.truth > 0, `the corpus has no ${kind} truth`);
      const { recall, precision } = rates(t);
      const misses = result.papers.flatMap((p) => [
        ...p.score.missing.filter((m) => m.kind === kind).map((m) => `${p.id}: missing ${m.label}${m.part ? ` [${m.part}]` : ''} p${m.page}`),
        ...p.score.extra.filter((e) => e.kind === kind).map((e) => `${p.id}: extra ${e.label}${e.part ? ` [${e.part}]` : ''} p${e.page}`),
      ]);
      assert.ok(recall >= min && precision >= min, `${kind}: recall ${(100 * recall).toFixed(1)}%, precision ${(100 * precision).toFixed(1)}%\n${misses.join('\n')}`);
    });
  }

  it('a review citing every label of the truth gets no unknown-reference', () => {
    const word: Record<string, string> = { figure: 'Figure', table: 'Table', section: 'Section' };
    const alarms: string[] = [];
    for (const p of result.papers) {
      const lines = p.truth.filter((t) => word[t.kind]).map((t) => {
        // How a reviewer writes it: "supplementary Figure 1" for a restarted supplement, "Appendix B" for letters.
        const name = t.kind === 'section' && /^[A-Z](?:\.|$)/.test(t.label) && !/^[IVXLC]+(?:\.|$)/.test(t.label) ? 'Appendix' : word[t.kind];
        return `${t.part === 'supplement' && !/^S\d/.test(t.label) ? 'supplementary ' : ''}${name} ${t.label} is discussed.`;
      });
      const diagnostics = checkReview(analyzeReview(lines.join('\n\n')), { anchorIndex: p.index, severities: { 'missing-section': 'off' } });
      alarms.push(...diagnostics.filter((d) => d.code === 'unknown-reference').map((d) => `${p.id}: ${d.message}`));
    }
    assert.deepEqual(alarms, []);
  });
});
