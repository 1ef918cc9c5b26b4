import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rect } from '../../src/core/paperIndex/types';
import type { MapAnchor, OpenNoteMessage } from '../../src/protocol/viewerMessages';
import { root, useViewerHarness, type ViewerPage } from './harness';

// The paper map of conf2col.pdf as the host sends it: anchors as the index finds them (test/fixtures/papers/
// conf2col.truth.json, rectangles from `paper-review index --json`), with a review's notes on Figure 1 (two) and
// Table 1 (one).
const REVIEW = 'file:///work/paper.review.md';
const note = (offset: number, line: number, text: string) => ({ review: REVIEW, reviewName: 'paper.review.md', offset, line, text });
const anchor = (kind: string, label: string, name: string, page: number, rect: Rect, title: string, notes: MapAnchor['notes'] = []): MapAnchor =>
  ({ kind, label, name, page, rect, title, notes });
const MAP: MapAnchor[] = [
  anchor('figure', '1', 'Figure 1', 1, [54, 498.4, 301.02, 520.82], 'Overview of the retrieval pipeline.', [
    note(120, 6, 'Figure 1 does not show where the passages are split.'), note(410, 14, 'The arrows in Figure 1 are unlabeled.'),
  ]),
  anchor('section', '1', 'Section 1', 1, [54, 346.89, 153.38, 361.96], 'Introduction'),
  anchor('table', '1', 'Table 1', 1, [337.71, 618.93, 531.27, 629.39], 'Storage cost of each index in gigabytes.', [note(300, 10, 'Table 1 lacks build times per document.')]),
  anchor('section', '3.1', 'Section 3.1', 1, [310.98, 399.2, 424.45, 411.75], 'Passage Splitting'),
  anchor('equation', '1', 'Equation (1)', 1, [546.38, 483.73, 558, 494.19], ''),
  anchor('figure', '2', 'Figure 2', 2, [75.82, 624.58, 536.18, 635.04], 'Index size as a function of the number of passages for the three benchmarks.'),
];

describe('the paper map with the review\'s notes (chromium)', function () {
  this.timeout(60000);
  const viewer = useViewerHarness();
  let v: ViewerPage | undefined;

  async function open(): Promise<ViewerPage> {
    v = await viewer.open();
    await v.init(new Uint8Array(readFileSync(join(root, 'test/fixtures/papers/conf2col.pdf'))), { documentUri: 'file:///work/conf2col.pdf' });
    await v.waitForRendered(1);
    await v.send({ type: 'paperMap', documentUri: 'file:///work/conf2col.pdf', anchors: MAP });
    await v.page.click('#sidebarToggle');
    await v.page.locator('#paperMap').waitFor({ state: 'visible', timeout: 5000 });
    return v;
  }

  it('the sidebar lists the figures, tables, sections and equations with the count of notes on each', async () => {
    await open();
    const groups = await v!.page.$$eval('#paperMap h3', (hs) => hs.map((x) => x.textContent));
    assert.deepEqual(groups, ['Figures', 'Tables', 'Sections', 'Equations']);
    const entries = await v!.page.$$eval('#paperMap .mapItem', (bs) => bs.map((b) => ({
      name: b.querySelector('.name')!.textContent, count: b.querySelector('.count')?.textContent ?? null,
    })));
    assert.deepEqual(entries, [
      { name: 'Figure 1', count: '2' }, { name: 'Figure 2', count: null }, { name: 'Table 1', count: '1' },
      { name: '1 Introduction', count: null }, { name: '3.1 Passage Splitting', count: null }, { name: 'Equation (1)', count: null },
    ]);
    assert.equal(await v!.page.locator('#outline .empty').count(), 0, 'no "This PDF has no outline" when the paper has anchors');
    const state = await v!.state();
    assert.deepEqual(state.paperMap, { entries: 6, noted: [{ name: 'Figure 1', notes: 2 }, { name: 'Table 1', notes: 1 }] });
  });

  it('an entry with notes lists them; choosing one asks the host to show it in the review', async () => {
    await open();
    await v!.page.click('#paperMap .mapItem:has-text("Figure 1")');
    const notes = v!.page.locator('#paperMap .kind-figure .notes').first();
    await notes.waitFor({ state: 'visible', timeout: 5000 });
    assert.deepEqual(await notes.locator('.where').allTextContents(), ['paper.review.md, line 7', 'paper.review.md, line 15']);
    const before = (await v!.posted()).length;
    await notes.locator('.note').nth(1).click();
    const sent = await v!.waitForPosted<OpenNoteMessage>((m) => m.type === 'openNote', before);
    assert.deepEqual(sent, { type: 'openNote', documentUri: 'file:///work/conf2col.pdf', review: REVIEW, offset: 410 });
  });

  it('figures and tables with notes get a badge beside their caption; the badge lists the notes', async () => {
    await open();
    const badges = v!.page.locator('.page[data-page-number="1"] .pr-badge');
    await badges.first().waitFor({ state: 'visible', timeout: 5000 });
    assert.deepEqual((await badges.allTextContents()).sort(), ['1', '2']);
    // Figure 1's badge is in the left margin beside its caption (the caption starts at x = 54 pt of 612).
    const place = await v!.page.evaluate(() => {
      const page = document.querySelector('.page[data-page-number="1"] canvas')!.getBoundingClientRect();
      const badge = [...document.querySelectorAll<HTMLElement>('.page[data-page-number="1"] .pr-badge')].find((b) => b.textContent === '2')!.getBoundingClientRect();
      return { right: (badge.right - page.left) / page.width, top: (badge.top - page.top) / page.height };
    });
    assert.ok(place.right <= 54 / 612 && place.right > 30 / 612, `badge ends left of the caption: ${place.right * 612} pt`);
    assert.ok(Math.abs(place.top * 792 - (792 - 520.82)) < 4, `badge level with the caption's top: ${place.top * 792} pt from the top`);
    await v!.page.click('.page[data-page-number="1"] .pr-badge:text("2")');
    const popup = v!.page.locator('.pr-notesPopup');
    await popup.waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await popup.locator('h2').textContent(), 'Notes on Figure 1');
    assert.deepEqual(await popup.locator('.text').allTextContents(), ['Figure 1 does not show where the passages are split.', 'The arrows in Figure 1 are unlabeled.']);
    const before = (await v!.posted()).length;
    await popup.locator('.note').first().click();
    const sent = await v!.waitForPosted<OpenNoteMessage>((m) => m.type === 'openNote', before);
    assert.equal(sent.offset, 120);
    assert.equal(await popup.count(), 0, 'the list closes once a note is chosen');
  });

  it('a new map (the review was edited) updates the counts and the badges', async () => {
    await open();
    await v!.page.locator('.page[data-page-number="1"] .pr-badge').first().waitFor({ state: 'visible', timeout: 5000 });
    const edited = MAP.map((a) => (a.kind === 'figure' && a.label === '1' ? { ...a, notes: [] } : a));
    await v!.send({ type: 'paperMap', documentUri: 'file:///work/conf2col.pdf', anchors: edited });
    await v!.page.waitForFunction(() => document.querySelectorAll('.page[data-page-number="1"] .pr-badge').length === 1);
    assert.deepEqual(await v!.page.$$eval('#paperMap .count', (cs) => cs.map((c) => c.textContent)), ['1']);
    // A map for another document is not this viewer's.
    await v!.send({ type: 'paperMap', documentUri: 'file:///work/other.pdf', anchors: [] });
    await v!.page.waitForTimeout(200);
    assert.equal(await v!.page.locator('#paperMap .mapItem').count(), 6);
  });

  it('the follow-the-cursor toggle shows the setting and tells the host when pressed', async () => {
    await open();
    const toggle = v!.page.locator('#followCursor');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'off by default');
    await v!.send({ type: 'setFollowCursor', on: true });
    await v!.page.waitForFunction(() => document.getElementById('followCursor')?.getAttribute('aria-pressed') === 'true');
    const before = (await v!.posted()).length;
    await toggle.click();
    assert.deepEqual(await v!.waitForPosted((m) => m.type === 'followCursor', before), { type: 'followCursor', on: false });
  });
});
