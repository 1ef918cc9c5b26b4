import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rect } from '../../src/core/paperIndex/types';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { maxPictureDataUri, type PictureResult } from '../../src/protocol/viewerMessages';
import { root, useViewerHarness, type ViewerPage } from './harness';

// Pictures of figures and tables for the review's hover, and quotes shown highlighted (#11), in conf2col.pdf
// (test/fixtures/papers/src/conf2col.tex: two columns of 247 pt at 54–301 and 311–558, 0.75in margins). Caption
// rectangles are those the anchor index gives (`paper-review index --json`); the boxes the pictures must hold are
// worked out from the LaTeX source, as in reveal.test.ts and test/unit/paperIndex/floatRegion.test.ts.
const paper = () => new Uint8Array(readFileSync(join(root, 'test/fixtures/papers/conf2col.pdf')));
/** Figure 1 [t], left column: an \fbox 0.9\columnwidth × 1.4in (drawn 229 × 108 pt at 63–292) above its two-line caption. */
const FIGURE1_CAPTION: Rect = [54, 498.4, 301.02, 520.82];
const FIGURE1_BOX: Rect = [64, 532, 291, 637];
/** Table 1 [t], right column: its one-line caption above three rows of three cells between \hline rules. */
const TABLE1_CAPTION: Rect = [337.71, 618.93, 531.27, 629.39];
const TABLE1_CELLS: Rect = [388, 571, 481, 617];
/** Page 1, §1: "Dense re-|trievers compress … which|loses detail, … paraphrases." over three lines, one hyphenated. */
const SENTENCE = 'Dense retrievers compress each passage into a single vector, which loses detail, while classic sparse methods miss paraphrases.';
/** Page 2, §5 (Conclusion): not printed on page 1. */
const ELSEWHERE = 'Sparse retrieval with learned weights scales to long documents.';

/**
 * A figure that no PNG compresses well: 200 × 120 squares of random grey (1.5 pt each) at [156, 420, 456, 600], its
 * caption's baseline at y = 400 (Helvetica 10 pt).
 */
const NOISE_BOX: Rect = [156, 420, 456, 600];
async function noisePaper(): Promise<{ data: Uint8Array; caption: Rect }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let y = 0; y < 120; y++) {
    for (let x = 0; x < 200; x++) {
      const g = random();
      page.drawRectangle({ x: 156 + 1.5 * x, y: 420 + 1.5 * y, width: 1.5, height: 1.5, color: rgb(g, g, g) });
    }
  }
  const text = 'Figure 1: Noise that no PNG compresses.';
  page.drawText(text, { x: 156, y: 400, size: 10, font });
  return { data: await doc.save(), caption: [156, 397.5, 156 + font.widthOfTextAtSize(text, 10), 408] };
}

const union = (a: Rect, b: Rect): Rect => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
const contains = (outer: Rect, inner: Rect, slack = 0.5) =>
  outer[0] <= inner[0] + slack && outer[1] <= inner[1] + slack && outer[2] >= inner[2] - slack && outer[3] >= inner[3] - slack;
const grow = (r: Rect, by: number): Rect => [r[0] - by, r[1] - by, r[2] + by, r[3] + by];
const show = (r: Rect) => `[${r.map((x) => x.toFixed(1)).join(', ')}]`;
/** Letters only, lowercase: what a reader compares when the line breaks, hyphens and spaces are not the point. */
const letters = (s: string) => s.replace(/[\s\u00ad-]/g, '').toLowerCase();

/**
 * The PNG's pixel size, and its dark and light pixels, over all of it and over a band of rows (fractions of its
 * height from the top), decoded by the browser.
 */
function pixels(v: ViewerPage, dataUri: string, band: [number, number]) {
  return v.page.evaluate(async ({ dataUri, band }) => {
    const img = new Image();
    img.src = dataUri;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const count = (y0: number, y1: number) => {
      const d = ctx.getImageData(0, y0, c.width, Math.max(1, y1 - y0)).data;
      let dark = 0, light = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i]! < 100 && d[i + 1]! < 100 && d[i + 2]! < 100) dark++;
        if (d[i]! > 200 && d[i + 1]! > 200 && d[i + 2]! > 200) light++;
      }
      return { dark, light, total: d.length / 4 };
    };
    return { width: c.width, height: c.height, all: count(0, c.height), band: count(Math.floor(band[0] * c.height), Math.ceil(band[1] * c.height)) };
  }, { dataUri, band });
}

describe('pictures of figures and tables, and quotes highlighted (chromium)', function () {
  this.timeout(60000);
  const viewer = useViewerHarness();
  let v: ViewerPage;

  async function open(o: { dark?: boolean } = {}): Promise<ViewerPage> {
    v = await viewer.open(o.dark ? { bodyClass: 'vscode-dark' } : {});
    await v.init(paper(), { position: { page: 2, zoom: 'auto' }, pageColors: o.dark ? 'dark' : 'light' });
    await v.waitForRendered(2);
    return v;
  }

  /** Checks a picture against the box the LaTeX source gives and the caption's place in it. */
  async function checkPicture(p: PictureResult, expected: Rect, caption: Rect): Promise<void> {
    assert.match(p.dataUri, /^data:image\/png;base64,/);
    assert.ok(contains(p.region, expected), `the region ${show(p.region)} holds ${show(expected)}`);
    assert.ok(contains(grow(expected, 10), p.region), `the region ${show(p.region)} is not much more than ${show(expected)}`);
    assert.ok(p.width <= 480, `shown at most 480 px wide: ${p.width}`);
    const regionAspect = (p.region[2] - p.region[0]) / (p.region[3] - p.region[1]);
    assert.ok(Math.abs(p.width / p.height / regionAspect - 1) < 0.02, `shown ${p.width}×${p.height}, the region's aspect ${regionAspect.toFixed(3)}`);
    // The caption's rows, as fractions of the picture's height from its top.
    const height = p.region[3] - p.region[1];
    const band: [number, number] = [(p.region[3] - caption[3]) / height, (p.region[3] - caption[1]) / height];
    const px = await pixels(v, p.dataUri, band);
    assert.ok(Math.abs(px.width / px.height / regionAspect - 1) < 0.02, `the PNG is ${px.width}×${px.height}, the region's aspect ${regionAspect.toFixed(3)}`);
    assert.ok(px.width >= p.width, `at least one pixel per CSS pixel: ${px.width} for ${p.width}`);
    assert.ok(px.band.dark > 0.03 * px.band.total, `the caption's text is drawn: ${px.band.dark} dark of ${px.band.total} pixels`);
    assert.ok(px.all.light > 0.6 * px.all.total, `on the page's white: ${px.all.light} light of ${px.all.total} pixels`);
  }

  it('a figure: a PNG of the graphics and caption, in the aspect of the region the LaTeX source gives, not blank', async () => {
    await open();
    const p = await v.request('picture', { page: 1, kind: 'figure', rect: FIGURE1_CAPTION });
    await checkPicture(p, union(FIGURE1_BOX, FIGURE1_CAPTION), FIGURE1_CAPTION);
    // 229 × 108 pt of box and two caption lines reach 160 px high before 480 px wide.
    assert.equal(p.height, 160, 'at most 160 px high: VS Code\'s 250 px hover keeps its text in view below it');
    assert.ok(p.width < 480, `narrower than asked: ${p.width}`);
  });

  it('a table: the caption above and the cells below', async () => {
    await open();
    const p = await v.request('picture', { page: 1, kind: 'table', rect: TABLE1_CAPTION, maxWidth: 300 });
    await checkPicture(p, union(TABLE1_CELLS, TABLE1_CAPTION), TABLE1_CAPTION);
    assert.equal(p.width, 300, 'as wide as asked');
  });

  it('a figure too detailed for a hover at full size: drawn with fewer pixels until it fits', async () => {
    const { data, caption } = await noisePaper();
    v = await viewer.open();
    await v.init(data);
    await v.waitForRendered(1);
    const p = await v.request('picture', { page: 1, kind: 'figure', rect: caption });
    assert.ok(p.dataUri.length <= maxPictureDataUri, `${p.dataUri.length} characters`);
    const height = p.region[3] - p.region[1];
    const px = await pixels(v, p.dataUri, [(p.region[3] - caption[3]) / height, (p.region[3] - caption[1]) / height]);
    // At two pixels per CSS pixel (960 wide) its PNG would be about four times the limit.
    assert.ok(px.width < 2 * p.width, `fewer pixels: ${px.width} for ${p.width} CSS pixels`);
    assert.ok(contains(p.region, union(NOISE_BOX, caption)), `the region ${show(p.region)} holds the squares and the caption`);
    assert.ok(px.band.dark > 0.03 * px.band.total, `the caption's text is drawn: ${px.band.dark} dark of ${px.band.total} pixels`);
  });

  it('in the PDF\'s own colours while the viewer shows dark pages', async () => {
    await open({ dark: true });
    assert.equal((await v.state()).pageColors, 'dark');
    const p = await v.request('picture', { page: 1, kind: 'figure', rect: FIGURE1_CAPTION });
    await checkPicture(p, union(FIGURE1_BOX, FIGURE1_CAPTION), FIGURE1_CAPTION);
  });

  it('a page the document does not have, or no document: typed errors', async () => {
    await open();
    await assert.rejects(v.request('picture', { page: 3, kind: 'figure', rect: FIGURE1_CAPTION }), (err: Error) => err.name === 'NoSuchPageError');
    await assert.rejects(v.request('revealText', { page: 9, text: SENTENCE }), (err: Error) => err.name === 'NoSuchPageError');
    v = await viewer.open();
    await v.init(new TextEncoder().encode('not a PDF'));
    await assert.rejects(v.request('picture', { page: 1, kind: 'figure', rect: FIGURE1_CAPTION }), (err: Error) => err.name === 'NoDocumentError');
  });

  /** The highlighted ranges: their text, and their boxes in the page's and the view's coordinates. */
  const highlighted = () => v.page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('pr-quote') ?? [])] as Range[];
    const page = document.querySelector('.pr-viewerContainer:not(.pr-pending) .page[data-page-number="1"]')!.getBoundingClientRect();
    const view = document.querySelector('.pr-viewerContainer:not(.pr-pending)')!.getBoundingClientRect();
    const boxes = ranges.flatMap((r) => [...r.getClientRects()]).filter((b) => b.width > 0);
    return {
      text: ranges.map((r) => r.toString()).join(''),
      onPage: boxes.every((b) => b.left >= page.left - 1 && b.right <= page.right + 1 && b.top >= page.top - 1 && b.bottom <= page.bottom + 1),
      inView: boxes.length > 0 && boxes.every((b) => b.top >= view.top && b.bottom <= view.bottom),
      first: boxes[0] && { x: boxes[0].left, y: boxes[0].top, width: boxes[0].width, height: boxes[0].height },
    };
  });

  it('a quote across a hyphenated line break: scrolled into view, exactly its words highlighted, and in yellow', async () => {
    await open();
    const { found, state } = await v.request('revealText', { page: 1, text: SENTENCE });
    assert.equal(found, true);
    assert.equal(state.quote?.page, 1);
    assert.match(state.quote!.text, /^Dense re-\ntrievers /, 'as printed: "re-" ends a line');
    assert.equal(letters(state.quote!.text), letters(SENTENCE), `the state says what is highlighted: "${state.quote?.text}"`);
    const h = await highlighted();
    assert.equal(letters(h.text), letters(SENTENCE), `highlighted: "${h.text}"`);
    assert.match(h.text, /re-\s*trievers|re-trievers/, 'the printed words, the line-end hyphen included');
    assert.ok(h.onPage && h.inView, 'on page 1, in view');
    // The highlight is painted: yellow over the white page where the quote starts.
    const shot = await v.page.screenshot({ clip: h.first! });
    const yellow = await v.page.evaluate(async (png) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! > 200 && d[i + 1]! > 180 && d[i + 2]! < 170) n++;
      return n / (d.length / 4);
    }, shot.toString('base64'));
    assert.ok(yellow > 0.3, `yellow under the quote's first line: ${(yellow * 100).toFixed(0)}%`);
  });

  it('a sentence the page does not print: not found, nothing highlighted, and it replaces the previous highlight', async () => {
    await open();
    assert.equal((await v.request('revealText', { page: 1, text: SENTENCE })).found, true);
    const { found, state } = await v.request('revealText', { page: 1, text: ELSEWHERE });
    assert.equal(found, false);
    assert.equal(state.quote, undefined);
    assert.equal((await highlighted()).text, '');
    assert.equal(state.lastReveal, 1, 'the page is shown all the same');
    // It is on page 2.
    assert.equal((await v.request('revealText', { page: 2, text: ELSEWHERE })).found, true);
  });

  it('the highlight stays until the next reveal or a click', async () => {
    await open();
    await v.request('revealText', { page: 1, text: SENTENCE });
    await v.request('state', {});
    assert.equal(letters((await highlighted()).text), letters(SENTENCE), 'still there');
    await v.request('reveal', { page: 1, rect: FIGURE1_CAPTION, target: 'figure', flash: false });
    assert.equal((await highlighted()).text, '', 'a reveal ends it');
    assert.equal((await v.state()).quote, undefined);
    await v.request('revealText', { page: 1, text: SENTENCE });
    await v.page.mouse.click(450, 500);
    assert.equal((await highlighted()).text, '', 'a click ends it');
  });
});
