import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rect } from '../../src/core/paperIndex/types';
import { root, useViewerHarness, type ViewerPage } from './harness';

// Jumps to figures, tables and headings in conf2col.pdf (test/fixtures/papers/src/conf2col.tex: two columns, 0.75in
// margins). The caption and heading rectangles are those the anchor index gives (`paper-review index --json`); the
// boxes expected on screen are worked out from the LaTeX source, as in test/unit/paperIndex/floatRegion.test.ts.
const paper = () => new Uint8Array(readFileSync(join(root, 'test/fixtures/papers/conf2col.pdf')));
/** Figure 1's caption, and the \fbox above it (0.9\columnwidth × 1.4in plus the frame: 229.1 × 107.6, at 63–292). */
const FIGURE1_CAPTION: Rect = [54, 498.4, 301.02, 520.82];
const FIGURE1_BOX: Rect = [64, 532, 291, 637];
/** "4.2 Results", the last heading in the right column of page 1, 93 pt above the page's foot. */
const RESULTS_HEADING: Rect = [310.98, 93.31, 375.07, 105.86];

const contains = (outer: Rect, inner: Rect, slack = 0.5) =>
  outer[0] <= inner[0] + slack && outer[1] <= inner[1] + slack && outer[2] >= inner[2] - slack && outer[3] >= inner[3] - slack;
const show = (r: Rect | undefined) => (r ? `[${r.map((v) => v.toFixed(1)).join(', ')}]` : 'nothing');

describe('jumping to a figure, a table, a heading (chromium)', function () {
  this.timeout(60000);
  const viewer = useViewerHarness();
  let v: ViewerPage | undefined;

  async function open(zoom = 'auto'): Promise<ViewerPage> {
    v = await viewer.open();
    await v.init(paper(), { position: { page: 2, zoom } });
    await v.waitForRendered(2);
    return v;
  }

  it('a figure: the whole float (graphics above the caption) is in view and outlined', async () => {
    await open();
    const state = await v!.request('reveal', { page: 1, rect: FIGURE1_CAPTION, target: 'figure', flash: true });
    const revealed = state.revealed;
    assert.ok(revealed, 'the viewer reports what it revealed');
    assert.equal(revealed.page, 1);
    assert.ok(contains(revealed.region, FIGURE1_BOX) && contains(revealed.region, FIGURE1_CAPTION), `region ${show(revealed.region)} holds the box and caption`);
    assert.ok(revealed.visible && contains(revealed.visible, revealed.region), `region ${show(revealed.region)} inside the visible part ${show(revealed.visible)}`);
    const outline = v!.page.locator('.page[data-page-number="1"] .pr-region');
    await outline.waitFor({ state: 'visible', timeout: 5000 });
    // The outline covers the float, not just the caption: it is taller than the box (107.6 pt) at the page's scale.
    const { outlineHeight, pageHeight } = await v!.page.evaluate(() => ({
      outlineHeight: document.querySelector('.page[data-page-number="1"] .pr-region')!.getBoundingClientRect().height,
      pageHeight: document.querySelector('.page[data-page-number="1"]')!.getBoundingClientRect().height,
    }));
    assert.ok(outlineHeight / pageHeight > 107 / 792, `outline ${outlineHeight}px of a ${pageHeight}px page`);
    assert.equal(await v!.page.inputValue('#pageNumber'), '1');
  });

  it('a figure taller than the view: its top is in view', async () => {
    await open('8');
    const { revealed } = await v!.request('reveal', { page: 1, rect: FIGURE1_CAPTION, target: 'figure', flash: false });
    assert.ok(revealed?.visible, 'part of page 1 is visible');
    const [, , , top] = revealed.region;
    assert.ok(revealed.visible[3] >= top && revealed.visible[1] < top, `the region's top ${top} is in view ${show(revealed.visible)}`);
    assert.ok(revealed.visible[1] > revealed.region[1], 'at 800% the float does not fit');
  });

  it('a heading at the foot of a page: in view with the lines after it, and the page box says its page', async () => {
    await open();
    const { revealed } = await v!.request('reveal', { page: 1, rect: RESULTS_HEADING, target: 'section', flash: false });
    assert.ok(revealed?.visible && contains(revealed.visible, RESULTS_HEADING), `heading ${show(RESULTS_HEADING)} in view ${show(revealed?.visible)}`);
    // Most of the view is page 2 now, but the reader jumped to page 1.
    await v!.page.waitForTimeout(400);
    assert.equal(await v!.page.inputValue('#pageNumber'), '1');
    assert.equal((await v!.state()).position.page, 1, 'the position the host keeps is on page 1 too');
    // Scrolling on hands the page box back to the page that fills the view.
    await v!.page.evaluate(() => { document.querySelector('.pr-viewerContainer:not(.pr-pending)')!.scrollTop += 200; });
    await v!.page.waitForFunction(() => (document.getElementById('pageNumber') as HTMLInputElement).value === '2');
  });
});
