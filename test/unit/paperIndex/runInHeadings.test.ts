import * as assert from 'node:assert/strict';
import { scanPage } from '../../../src/core/paperIndex/pageScan';
import type { PdfTextContent } from '../../../src/core/paperIndex/pdfTypes';

// Run-in headings (the title starts the paragraph) on hand-made pages built from pdf.js's text of two corpus papers:
// body text in font B at 10 pt, titles in an italic font I. Each item is [text, x0, x1, font] on the baseline given.
type Piece = [string, number, number, string];
const lineOf = (y: number, pieces: Piece[]) => pieces.map(([str, x0, x1, font]) => ({ str, transform: [10, 0, 0, 10, x0, y], width: x1 - x0, height: 10, fontName: font, hasEOL: false }));
const body = (top: number, n: number, x0: number, x1: number) => Array.from({ length: n }, (_, i) => lineOf(top - 12 * i, [[`Body text of the paper, line ${i + 1}, set full across its column.`, x0, x1, 'B']])).flat();
const sections = (content: PdfTextContent) => scanPage(content, 1, [0, 0, 612, 792]).candidates.filter((c) => c.kind === 'section').map((c) => `${c.label} ${c.title}`);

describe('run-in headings', () => {
  // arxiv2014-sparse-dimensionality-reduction, page 33 (AMS style): "8.2. k-sparse vectors. Consider next …".
  const ams = (titleFont: string) => ({
    items: [
      ...body(763, 4, 118, 477),
      ...lineOf(715, [['8.2.', 118, 134, 'B'], ['k-sparse vectors.', 138, 205, titleFont], ['Consider next the application from Section 5.1, replacing', 209, 477, 'B']]),
      ...body(703, 12, 118, 477),
    ],
  });

  it('a title set in italics that starts in lowercase ("8.2. k-sparse vectors.") is a section', () => {
    assert.deepEqual(sections(ams('I')), ['8.2 k-sparse vectors']);
  });

  it('the same words in body type ("8.2. k-sparse vectors. Consider …") are a numbered sentence, not a section', () => {
    assert.deepEqual(sections(ams('B')), []);
  });

  // itsc2021-rl-reward-functions, page 5 (IEEE conference): the italic title wraps, its colon on the second line.
  it('an IEEE run-in title that wraps ("3) Average Speed Adjusted by Demand, Demand and" / "Occupancy Variants: As in …") is whole', () => {
    const content: PdfTextContent = {
      items: [
        ...body(733, 8, 313, 558),
        ...lineOf(637, [['3) Average Speed Adjusted by Demand, Demand and', 323, 558, 'I']]),
        ...lineOf(625, [['Occupancy Variants:', 313, 395, 'I'], ['As in the previous two entries, adding', 398, 558, 'B']]),
        ...body(613, 10, 313, 558),
      ],
    };
    assert.deepEqual(sections(content), ['3 Average Speed Adjusted by Demand, Demand and Occupancy Variants']);
  });
});
