import * as assert from 'node:assert/strict';
import { scanPage } from '../../../src/core/paperIndex/pageScan';
import type { PdfTextContent } from '../../../src/core/paperIndex/pdfTypes';
import { cpuBest } from '../../../bench/analysis/cpuTime';

// A hostile page: thousands of captions, each starting at its own x, some of one full line that ends a sentence, some
// of two lines, with lone numbers beside some lines. Scanning 4× the captions may take about 4× as long; a step that
// looks at the whole page for each caption makes it 16× (the bound leaves room for noise).
const item = (str: string, x0: number, y: number, width: number) => ({ str, transform: [10, 0, 0, 10, x0, y], width, height: 10, fontName: 'F1', hasEOL: true });
function hostilePage(captions: number): PdfTextContent {
  const items = [];
  for (let k = 0; k < captions; k++) {
    const x0 = 50 + k, y = 10_000 - 40 * k; // x beyond the page too: a hostile PDF may place text anywhere
    items.push(item(`Body text line ${k} set across the column to its right margin here.`, x0, y + 20, 400));
    if (k % 2) items.push(item(`Figure ${k + 1}: A caption of one full line that ends a sentence here.`, x0, y, 400), item('Below it, a line.', x0, y - 11, 120));
    else items.push(item(`Figure ${k + 1}: A caption that goes on past its first line and`, x0, y, 400), item('ends on the second.', x0, y - 11, 150), item(String(k % 1000), 560, y - 11, 10));
  }
  return { items };
}

describe('a hostile page', function () {
  this.timeout(120_000);
  it('scanning four times the captions takes at most 8× as long (linear, not quadratic)', () => {
    const small = hostilePage(1500), large = hostilePage(6000);
    assert.ok(scanPage(small, 1, [0, 0, 612, 792]).candidates.filter((c) => c.kind === 'figure').length >= 1500, 'the captions are found');
    scanPage(large, 1, [0, 0, 612, 792]);
    const t1 = cpuBest(() => scanPage(small, 1, [0, 0, 612, 792]), 5, 300);
    const t4 = cpuBest(() => scanPage(large, 1, [0, 0, 612, 792]), 3);
    assert.ok(t4 / t1 <= 8, `1,500 captions ${t1.toFixed(0)} ms, 6,000 captions ${t4.toFixed(0)} ms: ${(t4 / t1).toFixed(1)}×`);
  });
});
