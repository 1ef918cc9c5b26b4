import * as assert from 'node:assert/strict';
import { scanPage } from '../../../src/core/paperIndex/pageScan';
import type { PdfTextContent } from '../../../src/core/paperIndex/pdfTypes';

// A caption whose label stands alone on its line and whose title is set below it, double-spaced: the APA style of a
// thesis written in Word (test/corpus: ucf2022-honors-thesis-ga-representation-word, page 48, positions from pdf.js's
// text: body 12 pt, the caption 9 pt in its own font, the table's rows 10 pt). The title is the line below the label.
const item = (str: string, y: number, size: number, font: string, x0 = 72, x1 = 537) =>
  ({ str, transform: [size, 0, 0, size, x0, y], width: x1 - x0, height: size, fontName: font, hasEOL: true });
const body = (top: number, n: number) => Array.from({ length: n }, (_, i) => item(`Body text of the thesis, line ${i + 1}, set in twelve points across the page.`, top - 27.5 * i, 12, 'F1'));
const tableCaption = (label: string) => {
  const content: PdfTextContent = {
    items: [
      item(label, 694, 9, 'F2', 72, 102),
      item('Parameters from the run sets with the most fit solution per representation', 673, 9, 'F2', 72, 337),
      item('Representation', 652, 10, 'F1', 81, 141), item('Mutation Rate Gene Size', 652, 10, 'F1', 157, 368),
      item('BGA', 638, 10, 'F1', 100, 121), item('1.0%', 638, 10, 'F1', 175, 196),
      ...body(534, 8),
    ],
  };
  return scanPage(content, 48, [0, 0, 612, 792]).candidates.find((c) => c.kind === 'table');
};

describe('caption titles: a label alone on its line', () => {
  it('"Table 5:" with its title on the line below (double-spaced): the title is that line', () => {
    const table = tableCaption('Table 5:');
    assert.equal(table?.label, '5');
    assert.equal(table.title, 'Parameters from the run sets with the most fit solution per representation');
  });

  it('"Table 5" without a colon, the same', () => {
    assert.equal(tableCaption('Table 5')?.title, 'Parameters from the run sets with the most fit solution per representation');
  });
});
