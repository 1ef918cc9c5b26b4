import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnchorIndex, type AnchorIndex, type Rect } from '../../../src/core/paperIndex';
import { floatRegion, graphicsBoxes, textLines, type TextLine } from '../../../src/core/paperIndex/floatRegion';
import { layoutPage } from '../../../src/core/paperIndex/layout';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';

// Where each float of the fixture papers is printed, worked out from its LaTeX source (test/fixtures/papers/src):
// US letter (612 × 792 pt); the geometry package's margins give the text area, \columnsep is 10pt, and each figure
// is an \fbox around a \parbox, so it measures the parbox plus 2 × (3pt \fboxsep + 0.4pt rule) = 6.8pt each way.
// `inside` is that box (or the table's cells and rules), a point inside its edges; `outside` are lines the region
// must not touch: the text next to the float, the other column, the other float.
interface Case {
  readonly pdf: string;
  readonly kind: 'figure' | 'table';
  readonly label: string;
  readonly inside: Rect;
  readonly outside: readonly string[];
  /** Where a drawing the region must leave out begins, above the float (a stacked table's bottom rule). */
  readonly below?: number;
}

const cases: readonly Case[] = [
  // conf2col: 0.75in margins, text 54–558, columns 54–301 and 311–558 (247pt). Figure 1 [t]: 0.9\columnwidth × 1.4in,
  // 229.1 × 107.6, centred in the left column (63–292), above its caption; the title block is above it.
  { pdf: 'conf2col.pdf', kind: 'figure', label: '1', inside: [64, 532, 291, 637], outside: ['Anonymous Authors', 'Abstract', '3 Method', 'Table 1: Storage'] },
  // Table 1 [t], right column: three rows of three cells between \hline rules, below its caption.
  { pdf: 'conf2col.pdf', kind: 'table', label: '1', inside: [388, 571, 481, 617], outside: ['3 Method', 'pipeline diagram', 'Given a query'] },
  // Figure 2 (figure*): 0.9\textwidth × 1.2in, 460.4 × 93.2, centred across the page (76–536) at the top of page 2.
  { pdf: 'conf2col.pdf', kind: 'figure', label: '2', inside: [77, 646, 535, 737], outside: ['4.2.1 Closed world'] },
  // ieee: 0.7in margins, text 50.4–561.6, columns of 250.6pt; the right one starts at 311. Figure 1 [h] in the right
  // column after a paragraph: 0.9\columnwidth × 1.0in, 232.3 × 78.8, so 320–552 wide.
  { pdf: 'ieee.pdf', kind: 'figure', label: '1', inside: [321, 252, 551, 328], outside: ['tude error to force.', 'IV. EXPERIMENTS', 'Nulla malesuada'] },
  // TABLE I [h], caption above a \footnotesize tabular of four rows after "and is sampled at one kilohertz."
  { pdf: 'ieee.pdf', kind: 'table', label: 'I', inside: [381, 469, 492, 505], outside: ['and is sampled at one kilohertz.', 'B. Controller'] },
  // TABLE II [h] at the foot of the right column, after "troller halves the error in strong gusts."
  { pdf: 'ieee.pdf', kind: 'table', label: 'II', inside: [368, 67, 505, 104], outside: ['troller halves the error', 'Table II reports'] },
  // preprint: 1in margins, one column 72–540. Figure 1 [h]: 0.6\textwidth × 1.3in, 287.6 × 100.4 (162–450), after a
  // paragraph and directly followed by Table 1 [h].
  { pdf: 'preprint.pdf', kind: 'figure', label: '1', inside: [164, 442, 448, 535], outside: ['sample counts of the adaptive', 'Table 1. Objective', 'Schedule'] },
  { pdf: 'preprint.pdf', kind: 'table', label: '1', inside: [229, 315, 383, 354], outside: ['times fewer samples.', '6 Conclusion'] },
  // Table A.1 and Figure B.1 (0.6\textwidth × 1.1in, 287.6 × 86) on the sparse last page.
  { pdf: 'preprint.pdf', kind: 'table', label: 'A.1', inside: [262, 611, 350, 650], outside: ['All experiments use', 'Appendix B Additional'] },
  { pdf: 'preprint.pdf', kind: 'figure', label: 'B.1', inside: [164, 444, 448, 527], outside: ['Appendix B Additional'] },
  // A real paper (NeurIPS 2023, "D-Separation for Causal Self-Explanation", the workspace's appendix fixture), page 1:
  // Figure 1 is a wrapped figure on the right (x 227–506) beside seven short lines of the introduction (x 108–218), its
  // caption three lines ("… orig- / inal full text. … and Ŷ is the / predictor's output.", baselines 239, 226, 215),
  // its diagram's labels between y 259 and 303 (positions from pdf.js's text, as scripts/dumpPage.ts prints them).
  { pdf: 'test/fixtures/workspace/appendix/paper.pdf', kind: 'figure', label: '1', inside: [236, 214, 487, 300],
    outside: ['With the success of deep', 'ing models, particularly as', 'fields (Lipton, 2018). Ide-', '1 Introduction', 'ally, the explanation'] },
  // The same paper, page 8: Table 2 across the page, its rows in 7.7 pt (Methods … down to "MCD(ours)" at y 546),
  // the page mostly tables; the body paragraph in 10 pt resumes at y 523.
  { pdf: 'test/fixtures/workspace/appendix/paper.pdf', kind: 'table', label: '2', inside: [116, 545, 493, 690],
    outside: ['focused on addressing feature correlation'] },
  // A real ACL 2023 paper (test/corpus, acl2023-mgr-rationalization), page 13, left column: ACL sets table captions
  // below their tables. Table 10's rows ("VIB", "SPECTRA") sit between rules at y 668.8 and 627.3 (the operator
  // list's lines, x 72.5–287.5), its caption's first baseline at 609; below the caption, the heading "A.3 The details of
  // Beer-Skewed" at 529; above the table, Table 9's caption at 692.
  { pdf: 'test/corpus/papers/acl2023-mgr-rationalization.pdf', kind: 'table', label: '10', inside: [73, 628, 287, 668],
    outside: ['A.3 The details of Beer-Skewed', 'Table 9: The standard deviations'] },
  // The demo paper (examples/demo/paper/paper.tex), page 3, left column: Figure 5 (a heatmap, its row labels from
  // "Devanagari" at y 483 down to the expert numbers at y 389) stacked under Table 3, whose last row, "MoE adapters,
  // top-2", sits at y 513 over its bottom rule at y 507.5 (the operator list's line): the two floats are a \floatsep
  // apart, and the figure's picture must not show the table, nor its rule.
  { pdf: 'examples/demo/paper.pdf', kind: 'figure', label: '5', inside: [62, 378, 287, 486],
    outside: ['MoE adapters, top-2', 'Bottleneck adapters', 'Table 3: Comparison', '[Hu+22]'], below: 507.5 },
];

const dir = join(process.cwd(), 'test/fixtures/papers');
const load = createPdfjsLoader();
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

interface PageData { readonly view: Rect; readonly lines: TextLine[]; readonly graphics: Rect[]; readonly bodySize: number }
const papers = new Map<string, Promise<{ index: AnchorIndex; page(n: number): Promise<PageData> }>>();
function paper(pdf: string) {
  let p = papers.get(pdf);
  if (!p) {
    p = (async () => {
      const bytes = readFileSync(pdf.includes('/') ? join(process.cwd(), pdf) : join(dir, pdf));
      const index = await buildAnchorIndex(load, new Uint8Array(bytes));
      const lib: Pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
      return {
        index,
        async page(n: number): Promise<PageData> {
          const page = await doc.getPage(n);
          const layout = layoutPage(await page.getTextContent());
          const graphics = graphicsBoxes(await page.getOperatorList(), lib.OPS);
          return { view: page.view as unknown as Rect, lines: textLines(layout.fragments), graphics, bodySize: layout.bodySize };
        },
      };
    })();
    papers.set(pdf, p);
  }
  return p;
}

const contains = (outer: Rect, inner: Rect, slack = 0.5) =>
  outer[0] <= inner[0] + slack && outer[1] <= inner[1] + slack && outer[2] >= inner[2] - slack && outer[3] >= inner[3] - slack;
/** Overlap of more than a point each way (neighbouring boxes may touch). */
const overlaps = (a: Rect, b: Rect) => Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 1 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 1;
const show = (r: Rect) => `[${r.map((v) => v.toFixed(1)).join(', ')}]`;

async function regionOf(c: Case, withGraphics: boolean) {
  const { index, page } = await paper(c.pdf);
  const anchor = index.anchors.find((a) => a.kind === c.kind && a.label === c.label);
  assert.ok(anchor, `${c.kind} ${c.label} is indexed`);
  const data = await page(anchor.page);
  const region = floatRegion({ kind: c.kind, page: data.view, caption: anchor.rect, lines: data.lines, bodySize: data.bodySize, ...(withGraphics ? { graphics: data.graphics } : {}) });
  return { region, caption: anchor.rect, lines: data.lines };
}

describe('float regions: the figure or table around its caption', function () {
  this.timeout(20_000);
  for (const c of cases) {
    it(`${c.pdf} ${c.kind} ${c.label}: the ${c.kind === 'figure' ? 'graphics' : 'table'} by the caption, and no neighbouring text`, async () => {
      const { region, caption, lines } = await regionOf(c, true);
      assert.ok(contains(region, caption), `region ${show(region)} holds the caption ${show(caption)}`);
      assert.ok(contains(region, c.inside), `region ${show(region)} holds the ${c.kind} ${show(c.inside)}`);
      for (const start of c.outside) {
        const line = lines.find((l) => l.text.startsWith(start));
        assert.ok(line, `the page has a line "${start}"`);
        assert.ok(!overlaps(region, line.rect), `region ${show(region)} leaves out "${start}" ${show(line.rect)}`);
      }
      if (c.below !== undefined) assert.ok(region[3] < c.below, `region ${show(region)} ends below ${c.below}`);
    });
  }

  // Without the drawing (pdf.js could not give the operator list) the region still reaches from the caption to the
  // text that ends the float, so the figure is in view.
  for (const c of cases.filter((x) => ['conf2col.pdf', 'ieee.pdf', 'examples/demo/paper.pdf'].includes(x.pdf) && x.kind === 'figure')) {
    it(`${c.pdf} ${c.kind} ${c.label} from the text alone: the room between the caption and the text beyond`, async () => {
      const { region, lines } = await regionOf(c, false);
      assert.ok(contains(region, c.inside), `region ${show(region)} holds the ${c.kind} ${show(c.inside)}`);
      for (const start of c.outside) {
        const line = lines.find((l) => l.text.startsWith(start))!;
        assert.ok(!overlaps(region, line.rect), `region ${show(region)} leaves out "${start}" ${show(line.rect)}`);
      }
      if (c.below !== undefined) assert.ok(region[3] < c.below, `region ${show(region)} ends below ${c.below}`);
    });
  }

  it('graphics boxes: the \\fbox of conf2col Figure 1 as drawn, in page coordinates', async () => {
    const { page } = await paper('conf2col.pdf');
    const { graphics } = await page(1);
    // Its four rules: 229.1pt across (63–292) and 107.6pt high, the top one at the column's top.
    const xs = graphics.filter((g) => Math.abs(g[0] - 63) < 1.5 && Math.abs(g[2] - 292) < 1.5);
    assert.equal(xs.length, 2, `two horizontal rules of the box, in ${graphics.map(show).join(' ')}`);
    assert.ok(Math.abs(Math.abs(xs[0]![1] - xs[1]![1]) - 107.2) < 1.5, `the rules are the box's height apart: ${xs.map(show).join(' ')}`);
  });

  it('a table in two panels, the paragraph after it starting "Figure 3 shows": both panels, not split as if a figure were stacked below', () => {
    // One column 108–504, 10 pt text (line boxes from 2.5 below the baseline to 8 above); the table's caption at
    // baseline 600, panel 1's rows at 585 and 574, panel 2's at 550 and 539 (the panels 13.5 pt apart), then the
    // paragraph at 521, 7.5 pt below the last row's box.
    const at = (text: string, y: number, x0 = 108, x1 = 504): TextLine => ({ text, rect: [x0, y - 2.5, x1, y + 8] });
    const lines = [
      ...Array.from({ length: 12 }, (_, i) => at(`Body line ${i + 1} above the table, set full to the margin.`, 740 - 11 * i)),
      at('Table 2: Results in two panels.', 600, 200, 412),
      at('Model A 12.1 13.4', 585, 180, 430), at('Model B 11.8 13.0', 574, 180, 430),
      at('Model C 10.2 12.7', 550, 180, 430), at('Model D 9.9 12.5', 539, 180, 430),
      at('Figure 3 shows the same models on the held-out speakers, where the gap between them', 521),
      at('is larger than on the speakers seen in training, as the next section explains.', 510),
    ];
    const region = floatRegion({ kind: 'table', page: [0, 0, 612, 792], caption: lines[12]!.rect, lines });
    assert.ok(region[1] <= 536.5, `region ${show(region)} holds panel 2's last row (box from 536.5)`);
    assert.ok(region[1] >= 529, `region ${show(region)} leaves out the paragraph (box up to 529)`);
  });

  it('a figure in two rows of panels 16 pt apart under a table\'s caption 14 pt above it: the whole figure, no split inside it', () => {
    // The table's caption (below its table, higher up) at baseline 572.5; the figure's panels drawn at 420–480 and
    // 496–556; its caption at baseline 400; body text in 10 pt elsewhere on the page.
    const at = (text: string, y: number, x0 = 108, x1 = 504): TextLine => ({ text, rect: [x0, y - 2.5, x1, y + 8] });
    const lines = [
      ...Array.from({ length: 12 }, (_, i) => at(`Body line ${i + 1} below the figure, set full to the margin.`, 370 - 11 * i)),
      at('Figure 4: Panels of the ablation.', 400, 220, 392),
      at('Table 1: Results of the ablation.', 572.5, 220, 392),
    ];
    const graphics: Rect[] = [[150, 420, 450, 480], [150, 496, 450, 556]];
    const region = floatRegion({ kind: 'figure', page: [0, 0, 612, 792], caption: lines[12]!.rect, lines, graphics, bodySize: 10 });
    assert.ok(region[3] >= 556, `region ${show(region)} holds the upper panels (to 556)`);
    assert.ok(region[3] < 570, `region ${show(region)} leaves out the table's caption (from 570)`);
  });

  it('a figure under another figure whose caption ends in a centred short line: the region stops below that caption', () => {
    // IEEE style (ieee2016-spnmf in the corpus, page 7), two columns 49–300 and 306–563, body 10 pt, captions 8 pt:
    // Figure 6's caption at baselines 574, 565 and 556, justified (its label line ends at 559, the next at 562), its
    // last line centred (372–503); Figure 7's drawing at 400–545, its caption at baselines 368 and 359.
    const at = (text: string, y: number, x0: number, x1: number, size = 10): TextLine => ({ text, rect: [x0, y - 0.25 * size, x1, y + 0.8 * size] });
    const lines = [
      ...Array.from({ length: 12 }, (_, i) => at(`Body line ${i + 1} of the left column, set full to its margin.`, 740 - 11 * i, 49, 300)),
      ...Array.from({ length: 6 }, (_, i) => at(`Body line ${i + 1} of the right column, set full to its margin.`, 300 - 11 * i, 306, 563)),
      at('Fig. 7: SDR, SIR and SAR of the sources estimated on the', 368, 313, 562, 8), at('database with a window of 4096 samples.', 359, 352, 523, 8),
      at('Fig. 6: SDR, SIR and SAR of percussive (left bar)/harmonic', 574, 313, 559, 8), at('(right bar) estimated sources on the SiSec database with a', 565, 313, 562, 8),
      at('window frame of 1024 samples.', 556, 372, 503, 8),
    ];
    const graphics: Rect[] = [[320, 400, 555, 545]];
    const caption: Rect = [313, 357, 562, 374.4];
    const region = floatRegion({ kind: 'figure', page: [0, 0, 612, 792], caption, lines, graphics, bodySize: 10 });
    assert.ok(region[3] >= 545, `region ${show(region)} holds the drawing (to 545)`);
    assert.ok(region[3] < 554, `region ${show(region)} leaves out Figure 6's caption (from 554)`);
    assert.ok(region[0] >= 302, `region ${show(region)} keeps to the right column`);
  });

  it('a table above its caption whose rows are wide lines of numbers in body size: the whole table, not a paragraph', () => {
    // ACL style (inlg2024-green-gec in the held-out corpus, page 6): rules at 661.6, 620.6 and 579.5 across 71–528, rows of
    // scores at baselines 652 down to 584 set full width, the caption at baseline 561, the body 30 pt further down.
    const at = (text: string, y: number, x0 = 71, x1 = 527): TextLine => ({ text, rect: [x0, y - 2.7, x1, y + 8.7] });
    const rows = ['M2 0.623 0.687 0.616 0.517 0.736 0.776 0.872 0.731 0.797 0.762 0.869 0.951', 'ERRANT 0.644 0.687 0.529 0.364 0.690 0.699 0.871 0.775 0.764 0.727 0.855 0.930',
      'PT-M2 0.686 0.786 0.737 0.720 0.798 0.916 0.934 0.890 0.831 0.804 0.878 0.930', 'wordGREEN 0.741 0.698 0.920 0.909 0.911 0.930 0.835 0.731 0.922 0.902 0.920 0.937',
      'charGREEN 0.786 0.813 0.913 0.881 0.911 0.909 0.834 0.852 0.928 0.881 0.930 0.916'];
    const lines = [
      ...rows.map((r, i) => at(r, 652 - 17 * i)),
      at('Table 2: Pearson (r) and Spearman (ρ) correlation coefficients between each metric and', 561),
      ...Array.from({ length: 12 }, (_, i) => at(`Body line ${i + 1} below the table, set full to the margin of the column.`, 520 - 13.5 * i, 71, 291)),
    ];
    const graphics: Rect[] = [[71, 661.6, 528, 661.6], [71, 620.6, 528, 620.6], [71, 579.5, 528, 579.5]];
    const caption: Rect = [71, 558.3, 524, 569.7];
    const region = floatRegion({ kind: 'table', page: [0, 0, 612, 792], caption, lines, graphics, bodySize: 10.9 });
    assert.ok(region[1] >= 558, `region ${show(region)} leaves out the text below the caption`);
    assert.ok(region[3] >= 661.6, `region ${show(region)} holds the table up to its top rule (661.6)`);
  });

  it('a caption with nothing else on the page: its band across the page, no crash', () => {
    const caption: Rect = [100, 100, 300, 110];
    assert.deepEqual(floatRegion({ kind: 'table', page: [0, 0, 612, 792], caption, lines: [], graphics: [] }), [0, 100, 612, 110]);
  });
});
