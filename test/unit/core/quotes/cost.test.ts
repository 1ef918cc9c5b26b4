import * as assert from 'node:assert/strict';
import { cpuBest } from '../../../../bench/analysis/cpuTime';
import type { AnchorIndex } from '../../../../src/core/paperIndex/types';
import { checkReview } from '../../../../src/core/checks/diagnostics';
import { analyzeReview } from '../../../../src/core/review/analysis';

// Deterministic words, so the paper and the quotes are the same on every run.
function words(seed: number, count: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(['model', 'speech', 'low-', 'resource', 'data', 'error', 'rate', 'layer', 'training', 'corpus', 'we', 'the'][x % 12]! + (x % 7 === 0 ? '\n' : ' '));
  }
  return out.join('');
}

describe('quotes: what checking them costs', function () {
  this.timeout(120_000);
  it('a review of 500 quotes the paper lacks, against a 20-page paper: within 4× checking it without the paper\'s text', () => {
    const pageTexts = Array.from({ length: 20 }, (_, i) => words(i + 1, 1000));
    const index: AnchorIndex = { formatVersion: 2, pages: 20, fingerprint: 'f', anchors: [], notes: [] };
    const withText = { ...index, pageTexts };
    const review = Array.from({ length: 500 }, (_, i) => `> "${words(1000 + i, 12).replace(/\n/g, ' ').trim()} zzz" (p. ${1 + (i % 20)})\n`).join('\n');
    const check = (idx: AnchorIndex) => checkReview(analyzeReview(review), { anchorIndex: idx });
    assert.equal(check(withText).filter((d) => d.code === 'unverified-quote').length, 500, 'every quote is reported');
    const without = cpuBest(() => check(index), 3);
    const withQuotes = cpuBest(() => check(withText), 3);
    assert.ok(withQuotes / without <= 4, `with the paper's text ${withQuotes.toFixed(0)} ms vs. without ${without.toFixed(0)} ms: ${(withQuotes / without).toFixed(1)}×`);
  });
});
