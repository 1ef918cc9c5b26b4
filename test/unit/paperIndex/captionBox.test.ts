import * as assert from 'node:assert/strict';
import { scanPage } from '../../../src/core/paperIndex/pageScan';
import type { PdfTextContent } from '../../../src/core/paperIndex/pdfTypes';

// A caption's box on hand-made pages in the NeurIPS style: body and captions in one 10 pt font, lines 11 pt apart,
// text from x 108 to 504. Each line below is one pdf.js text item at the baseline given.
const line = (str: string, y: number, x0 = 108, x1 = 504) => ({ str, transform: [10, 0, 0, 10, x0, y], width: x1 - x0, height: 10, fontName: 'F1', hasEOL: true });
const body = (top: number, n: number) => Array.from({ length: n }, (_, i) => line(`Body text of the paper, line ${i + 1}, set full to the right margin of the column.`, top - 11 * i));
const captionBox = (items: ReturnType<typeof line>[]) => {
  const content: PdfTextContent = { items };
  const figure = scanPage(content, 1, [0, 0, 612, 792]).candidates.find((c) => c.kind === 'figure');
  assert.ok(figure, 'the caption is found');
  return figure.rect;
};

describe('caption boxes: the whole caption, and nothing after it', () => {
  it('a caption of three lines whose second ends a sentence at the margin: the box holds all three', () => {
    const rect = captionBox([
      ...body(700, 12),
      line('Figure 1: The pipeline. Each stage reads the output of the stage before it and writes', 500),
      line('a new table for the stage after it, until the last stage has written the final table.', 489),
      line('The report prints that one.', 478, 108, 230),
      ...body(450, 10),
    ]);
    // From the first line's ascenders (500 + 8) to the third line's descenders (478 − 2.5).
    assert.deepEqual([rect[1], rect[3]], [475.5, 508]);
  });

  it('a caption whose first line is full and ends a sentence at the margin: the box holds the lines after it', () => {
    const rect = captionBox([
      ...body(700, 12),
      line('Figure 1: The standard pipeline of the system, from the logs to the table of each site.', 500),
      line('Each stage reads the output of the stage before it and writes a new table for the next', 489),
      line('stage, until the last one.', 478, 108, 220),
      ...body(450, 10),
    ]);
    assert.deepEqual([rect[1], rect[3]], [475.5, 508]);
  });

  it('a full first line that ends a sentence, with the paragraph after it closer than usual (\\vspace): the box is that line', () => {
    const rect = captionBox([
      ...body(700, 12),
      line('Figure 1: The standard pipeline of the system, from the logs to the table of each site.', 500),
      ...body(485, 10), // 15 pt below the caption's baseline, where its next line would be 11 pt below
    ]);
    assert.deepEqual([rect[1], rect[3]], [497.5, 508]);
  });

  it('a short caption that ends a sentence, with body text right below it: the box is its one line', () => {
    const rect = captionBox([
      ...body(700, 12),
      line('Figure 1: The standard pipeline of the system.', 500, 200, 412),
      ...body(489, 10),
    ]);
    assert.deepEqual([rect[1], rect[3]], [497.5, 508]);
  });

  it('a caption whose last line is full, with the paragraph after it closer than usual (\\vspace): the paragraph is not in the box', () => {
    const rect = captionBox([
      ...body(700, 12),
      line('Figure 1: The pipeline: each stage reads the output of the stage before it and writes a', 500),
      line('new table, and the last stage merges the tables of all the sites into one summary table.', 489),
      ...body(475, 10), // 14 pt below the caption's last baseline instead of its 11
    ]);
    assert.deepEqual([rect[1], rect[3]], [486.5, 508]);
  });
});
