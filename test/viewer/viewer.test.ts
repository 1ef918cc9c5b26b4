import * as assert from 'node:assert/strict';
import { startHarness, ViewerPage, fixture, type ViewerHarness } from './harness';

describe('PDF viewer webview (chromium)', () => {
  let h: ViewerHarness;
  let v: ViewerPage;
  before(async () => { h = await startHarness(); });
  after(async () => { await h?.close(); });
  afterEach(async () => { await v?.close(); });

  it('renders the first page of a PDF on a canvas that is not blank', async () => {
    v = await ViewerPage.open(h);
    v.page.on('console', (m) => console.log('  [page]', m.text()));
    await v.init(fixture('sample50.pdf'));
    await v.waitForRendered(1);
    const inked = await v.page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.page[data-page-number="1"] canvas')!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 128 && d[i + 1] < 128 && d[i + 2] < 128 && d[i + 3] > 0) n++;
      return n;
    });
    assert.ok(inked > 1000, `expected dark text pixels on page 1, found ${inked}`);
    await v.page.screenshot({ path: '/tmp/viewer1.png' });
  });
});
