import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, root, useViewerHarness, type ViewerPage } from './harness';
import { FIGURE_PAGE, FIGURE_RECT, IMAGE_RECT, KNOWN_WORD, KNOWN_WORD_PAGE, makeTextPdf } from '../fixtures/viewer/makePdfs.mjs';

/** Counts pixels of a page canvas by kind, read back from the canvas. */
function canvasStats(v: ViewerPage, page: number) {
  return v.page.evaluate((page) => {
    const c = document.querySelector<HTMLCanvasElement>(`.pr-viewerContainer:not(.pr-pending) .page[data-page-number="${page}"] canvas`);
    if (!c) return undefined;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0, light = 0, red = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
      if (r < 100 && g < 100 && b < 100) dark++;
      if (r > 160 && g > 160 && b > 160) light++;
      if (r > 150 && g < 90 && b < 90) red++;
    }
    return { dark, light, red, total: d.length / 4, cssWidth: c.getBoundingClientRect().width, pixelWidth: c.width };
  }, page);
}

/** Canvas colours at points given in PDF coordinates (612×792 pages). */
function sampleAt(v: ViewerPage, page: number, points: [number, number][]) {
  return v.page.evaluate(({ page, points }) => {
    const c = document.querySelector<HTMLCanvasElement>(`.pr-viewerContainer:not(.pr-pending) .page[data-page-number="${page}"] canvas`)!;
    const ctx = c.getContext('2d')!;
    return points.map(([x, y]) => Array.from(ctx.getImageData(Math.round((x / 612) * c.width), Math.round(((792 - y) / 792) * c.height), 1, 1).data.slice(0, 3)));
  }, { page, points });
}
const luminance = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
/** The four bars of Figure 9 as makePdfs.mjs draws them: vector rectangles, then the PNG's pixels. */
const VECTOR_BARS = [[0.85, 0.1, 0.1], [0.1, 0.6, 0.2], [0.1, 0.3, 0.85], [0.95, 0.75, 0.1]].map((c) => c.map((v) => Math.round(v * 255)));
const IMAGE_BARS = [[220, 30, 30], [30, 150, 50], [30, 80, 220], [240, 190, 30]];
const barCentres = ([x1, y1, x2, y2]: readonly number[]) => [0, 1, 2, 3].map((i) => [x1 + ((i + 0.5) * (x2 - x1)) / 4, (y1 + y2) / 2] as [number, number]);
/** What package.json contributes as the default of `paperReview.viewer.pageColors`. */
const manifestDefaultPageColors = () =>
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes.configuration.properties['paperReview.viewer.pageColors'].default;

const inViewport = (v: ViewerPage, selector: string) => v.page.evaluate((selector) => {
  const el = document.querySelector(`.pr-viewerContainer:not(.pr-pending) ${selector}`);
  const box = document.querySelector('.pr-viewerContainer:not(.pr-pending)')?.getBoundingClientRect();
  if (!el || !box) return false;
  const r = el.getBoundingClientRect();
  return r.bottom > box.top && r.top < box.bottom && r.height > 0;
}, selector);

describe('PDF viewer webview (chromium)', function () {
  this.timeout(60000);
  const viewer = useViewerHarness();
  let v: ViewerPage | undefined;

  async function openSample(opts: Parameters<ViewerPage['init']>[1] = {}, bodyClass?: string): Promise<ViewerPage> {
    v = await viewer.open({ bodyClass });
    await v.init(fixture('sample50.pdf'), opts);
    await v.waitForRendered(opts.position?.page ?? 1);
    return v;
  }

  it('renders a page on a HiDPI-sharp canvas that is not blank, in a real pdf.js worker, with no CSP violations', async () => {
    v = await viewer.open();
    await v.init(fixture('sample50.pdf'));
    await v.waitForRendered(1);
    const stats = await canvasStats(v, 1);
    assert.ok(stats && stats.dark > 1000, `dark text pixels on page 1: ${stats?.dark}`);
    assert.ok(stats.light > stats.total / 2, 'mostly white page');
    assert.equal(await v.page.textContent('#pageCount'), '/ 50');
    const { violations, workers } = await v.page.evaluate(() => ({ violations: (window as any).__violations, workers: (window as any).__workers }));
    assert.deepEqual(violations, []);
    assert.equal(workers, 1, 'pdf.js runs in a worker, not the main-thread fallback');
  });

  it('draws at the device pixel ratio', async () => {
    v = await viewer.open({ deviceScaleFactor: 2 });
    await v.init(fixture('sample50.pdf'));
    await v.waitForRendered(1);
    const stats = await canvasStats(v, 1);
    assert.ok(stats && stats.pixelWidth >= 1.9 * stats.cssWidth, `canvas ${stats?.pixelWidth}px for ${stats?.cssWidth} CSS px`);
  });

  it('only keeps canvases for pages near the viewport', async () => {
    await openSample();
    for (let page = 5; page <= 50; page += 5) {
      await v!.request('reveal', { page, flash: false });
      await v!.waitForRendered(page);
    }
    const canvases = await v!.page.locator('.pr-viewerContainer:not(.pr-pending) .page canvas').count();
    assert.ok(canvases > 0 && canvases <= 12, `${canvases} pages hold a canvas after visiting all 50`);
  });

  it('reveal scrolls to the page and rectangle and flashes it', async () => {
    await openSample();
    await v!.request('reveal', { page: FIGURE_PAGE, rect: FIGURE_RECT as [number, number, number, number], flash: true });
    const flash = v!.page.locator(`.page[data-page-number="${FIGURE_PAGE}"] .pr-flash`);
    await flash.waitFor({ state: 'visible', timeout: 5000 });
    assert.ok(await inViewport(v!, `.page[data-page-number="${FIGURE_PAGE}"] .pr-flash`), 'flash is inside the visible area');
    const state = await v!.state();
    assert.equal(state.lastReveal, FIGURE_PAGE);
    assert.equal(state.position.page, FIGURE_PAGE);
    assert.equal(await v!.page.inputValue('#pageNumber'), String(FIGURE_PAGE));
    await flash.waitFor({ state: 'detached', timeout: 5000 }); // the flash goes away by itself
  });

  it('find highlights a known word and jumps to its page', async () => {
    await openSample();
    await v!.page.keyboard.press('Control+f');
    assert.equal(await v!.page.evaluate(() => document.activeElement?.id), 'findInput');
    await v!.page.keyboard.type(KNOWN_WORD);
    const hit = v!.page.locator(`.page[data-page-number="${KNOWN_WORD_PAGE}"] .textLayer .highlight`);
    await hit.first().waitFor({ state: 'visible', timeout: 10000 });
    assert.equal((await hit.allTextContents()).join('').toLowerCase(), KNOWN_WORD);
    await v!.page.waitForFunction(() => document.getElementById('findResult')?.textContent === '1 of 1');
    assert.equal(await v!.page.inputValue('#pageNumber'), String(KNOWN_WORD_PAGE));
    await v!.page.fill('#findInput', 'zzzznotthere');
    await v!.page.waitForFunction(() => document.getElementById('findResult')?.textContent === 'No matches');
  });

  it('zoom buttons, the zoom menu and Ctrl+wheel change the scale', async () => {
    await openSample({ position: { page: 1, zoom: '1' } });
    const width = () => v!.page.evaluate(() => document.querySelector('.pr-viewerContainer:not(.pr-pending) .page[data-page-number="1"]')!.getBoundingClientRect().width);
    const w1 = await width();
    await v!.page.click('#zoomIn');
    await v!.page.waitForFunction((w) => document.querySelector('.page[data-page-number="1"]')!.getBoundingClientRect().width > w * 1.05, w1);
    assert.notEqual((await v!.state()).position.zoom, '1');
    await v!.page.selectOption('#scaleSelect', '0.5');
    await v!.page.waitForFunction((w) => document.querySelector('.page[data-page-number="1"]')!.getBoundingClientRect().width < w * 0.6, w1);
    assert.equal((await v!.state()).position.zoom, '0.5');
    const w2 = await width();
    await v!.page.mouse.move(400, 400);
    await v!.page.keyboard.down('Control');
    await v!.page.mouse.wheel(0, -100);
    await v!.page.keyboard.up('Control');
    await v!.page.waitForFunction((w) => document.querySelector('.page[data-page-number="1"]')!.getBoundingClientRect().width > w * 1.05, w2);
  });

  it('dark page colours darken the page and keep both figures readable; invert inverts', async () => {
    await openSample({ pageColors: 'dark', position: { page: FIGURE_PAGE, zoom: 'page-fit' } });
    const dark = await canvasStats(v!, FIGURE_PAGE);
    assert.ok(dark && dark.dark > dark.total * 0.5, `page background is dark (${dark?.dark}/${dark?.total})`);
    // pdf.js page colours map every colour onto the theme's tones: the four bars of each figure
    // (vector and raster) must stay distinguishable from each other and from the background.
    for (const [x1, y1, x2, y2] of [FIGURE_RECT, IMAGE_RECT]) {
      const bars = await sampleAt(v!, FIGURE_PAGE, barCentres([x1, y1, x2, y2]));
      const [bg] = await sampleAt(v!, FIGURE_PAGE, [[40, 60]]);
      const levels = [luminance(bg), ...bars.map(luminance)].sort((a, b) => a - b);
      const distinct = levels.filter((l, i) => i === 0 || l - levels[i - 1] > 15).length;
      assert.ok(distinct >= 3, `figure tones ${levels.map(Math.round).join(', ')} (background ${bg})`);
    }
    // Switch live to light, then invert.
    await v!.send({ type: 'setColors', pageColors: 'light' });
    await v!.page.waitForFunction(() => !document.querySelector('.pr-pending'));
    await v!.waitForRendered(FIGURE_PAGE);
    const light = await canvasStats(v!, FIGURE_PAGE);
    assert.ok(light && light.light > light.total * 0.5, 'light page');
    await v!.send({ type: 'setColors', pageColors: 'invert' });
    await v!.page.waitForFunction(() => document.body.classList.contains('pr-invert'));
    const filter = await v!.page.evaluate(() => getComputedStyle(document.querySelector('.page canvas')!).filter);
    assert.match(filter, /invert\(1\)/);
  });

  it('auto page colours, when chosen, follow a dark VS Code theme', async () => {
    await openSample({ pageColors: 'auto', position: { page: 2, zoom: 'page-fit' } }, 'vscode-dark');
    const stats = await canvasStats(v!, 2);
    assert.ok(stats && stats.dark > stats.total * 0.5, 'dark page in a dark theme');
  });

  it('the default page colours show figures exactly as in the PDF in a dark theme; dark pages are one click away', async () => {
    await openSample({ pageColors: manifestDefaultPageColors(), position: { page: FIGURE_PAGE, zoom: 'page-fit' } }, 'vscode-dark');
    const [bg] = await sampleAt(v!, FIGURE_PAGE, [[40, 60]]);
    assert.ok(bg.every((c) => c > 240), `the page stays white (${bg})`);
    for (const [rect, expected] of [[FIGURE_RECT, VECTOR_BARS], [IMAGE_RECT, IMAGE_BARS]] as const) {
      const bars = await sampleAt(v!, FIGURE_PAGE, barCentres(rect));
      bars.forEach((got, i) => assert.ok(got.every((c, k) => Math.abs(c - expected[i][k]) <= 12), `bar ${i + 1} of ${rect}: ${got}, drawn as ${expected[i]}`));
    }
    assert.equal(await v!.page.getAttribute('#colorsLight', 'aria-pressed'), 'true');
    // The darker modes say what they do to figures.
    assert.match(await v!.page.getAttribute('#colorsDark', 'title') ?? '', /figures .*lose their colours/);
    assert.match(await v!.page.getAttribute('#colorsInvert', 'title') ?? '', /figures keep their hues/);
    await v!.page.click('#colorsDark');
    await v!.page.waitForFunction(() => !document.querySelector('.pr-pending') && document.getElementById('colorsDark')!.getAttribute('aria-pressed') === 'true');
    await v!.waitForRendered(FIGURE_PAGE);
    const dark = await canvasStats(v!, FIGURE_PAGE);
    assert.ok(dark && dark.dark > dark.total * 0.5, `one click gives dark pages (${dark?.dark}/${dark?.total})`);
    await v!.page.click('#colorsLight');
    await v!.page.waitForFunction(() => !document.querySelector('.pr-pending') && document.getElementById('colorsLight')!.getAttribute('aria-pressed') === 'true');
    await v!.waitForRendered(FIGURE_PAGE);
    const [bar] = await sampleAt(v!, FIGURE_PAGE, barCentres(FIGURE_RECT).slice(0, 1));
    assert.ok(bar.every((c, k) => Math.abs(c - VECTOR_BARS[0][k]) <= 12), `back to the PDF's own red (${bar})`);
  });

  it('reveal waits for the document being loaded, and fails when it cannot be shown', async () => {
    v = await viewer.open();
    await v.init(fixture('sample50.pdf'));
    // Sent right behind init, as the host does when revealInPaper opens the paper: no polling for the load.
    const state = await v.request('reveal', { page: FIGURE_PAGE, flash: false });
    assert.equal(state.pageCount, 50);
    assert.equal(state.lastReveal, FIGURE_PAGE);
    await v.close();
    v = await viewer.open();
    await v.init(fixture('notPdf.pdf'));
    await assert.rejects(v.request('reveal', { page: 2 }), (err: Error) => err.name === 'NoDocumentError' && /not a PDF/.test(err.message));
  });

  it('state round-trips through webview state across a reload of the page, and from the host position', async () => {
    await openSample();
    await v!.page.selectOption('#scaleSelect', '1.5');
    await v!.page.fill('#pageNumber', '12');
    await v!.page.press('#pageNumber', 'Enter');
    await v!.waitForRendered(12);
    const before = await v!.state();
    assert.equal(before.position.page, 12);
    assert.equal(before.position.zoom, '1.5');
    // The viewer saves its state once the position settles: wait until VS Code (here sessionStorage) holds page 12.
    await v!.page.waitForFunction(() => JSON.parse(sessionStorage.getItem('vscodeState') ?? 'null')?.position?.page === 12, null, { timeout: 20_000 });
    await v!.load(viewer.harness.pageUrl); // the webview is rebuilt; VS Code keeps its state
    await v!.init(fixture('sample50.pdf'));
    await v!.waitForRendered(12);
    const after = await v!.state();
    assert.deepEqual(after.position, before.position);
    await v!.close();
    // A fresh webview with no state of its own takes the position the host saved.
    v = await viewer.open();
    await v.init(fixture('sample50.pdf'), { position: before.position });
    await v.waitForRendered(12);
    assert.deepEqual((await v.state()).position, before.position);
  });

  it('reloads a changed file in place, keeping the position and never showing a blank panel', async () => {
    await openSample({ position: { page: 20, zoom: 'page-width' } });
    const unscrolled = JSON.stringify((await v!.state()).position);
    await v!.page.evaluate(() => document.querySelector('.pr-viewerContainer')!.scrollBy(0, 137));
    // Wait for the viewer to report the scrolled position (the same twice in a row), not for a fixed time.
    let before = (await v!.state()).position;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      const now = (await v!.state()).position;
      if (JSON.stringify(now) !== unscrolled && JSON.stringify(now) === JSON.stringify(before)) break;
      before = now;
    }
    assert.notEqual(JSON.stringify(before), unscrolled, 'the viewer reports the scroll');
    // Record every animation frame in which no rendered page is on screen.
    await v!.page.evaluate(() => {
      (window as any).__blankFrames = 0;
      const tick = () => {
        const shown = document.querySelector('.pr-viewerContainer:not(.pr-pending)');
        const box = shown?.getBoundingClientRect();
        const visibleCanvas = box && Array.from(shown!.querySelectorAll('.page canvas')).some((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom > box.top && r.top < box.bottom;
        });
        if (!visibleCanvas || !document.getElementById('message')!.hidden) (window as any).__blankFrames++;
        (window as any).__raf = requestAnimationFrame(tick);
      };
      tick();
    });
    const after = (await v!.posted()).length;
    await v!.send({ type: 'load', documentUri: 'file:///paper.pdf', data: await makeTextPdf(50, { edition: 2 }) });
    await v!.waitForPosted((m) => m.type === 'state', after);
    await v!.page.waitForFunction(() => document.querySelectorAll('.pr-viewerContainer').length === 1);
    await v!.waitForRendered(20);
    const blank = await v!.page.evaluate(() => { cancelAnimationFrame((window as any).__raf); return (window as any).__blankFrames; });
    assert.equal(blank, 0, 'frames without a rendered page during the reload');
    const now = (await v!.state()).position;
    assert.equal(now.page, before.page);
    assert.equal(now.zoom, before.zoom);
    assert.ok(Math.abs((now.top ?? 0) - (before.top ?? 0)) < 2, `kept the offset within the page (${before.top} → ${now.top})`);
    // The new edition is what is shown now.
    await v!.page.locator('.page[data-page-number="20"] .textLayer', { hasText: 'Edition 2' }).waitFor({ timeout: 10000 });
  });

  it('a reload that fails keeps the old version and says so', async () => {
    await openSample();
    await v!.send({ type: 'load', documentUri: 'file:///paper.pdf', data: fixture('notPdf.pdf') });
    await v!.page.locator('#banner').waitFor({ state: 'visible' });
    assert.match(await v!.page.textContent('#banner') ?? '', /could not be read/);
    assert.ok(await v!.page.locator('#message').isHidden());
    assert.ok((await canvasStats(v!, 1))!.dark > 1000);
  });

  for (const [name, expected] of [
    ['notPdf.pdf', /not a PDF/],
    ['truncated.pdf', /not a PDF|damaged|could not be opened/],
    ['zeroPages.pdf', /no pages/],
  ] as const) {
    it(`shows a clear message for a bad PDF: ${name}`, async () => {
      v = await viewer.open();
      await v.init(fixture(name));
      const state = await v.waitForPosted<Extract<import('../../src/protocol/viewerMessages').ViewerToHostMessage, { type: 'state' }>>((m) => m.type === 'state' && !!m.error);
      assert.match(state.error!, expected);
      assert.ok(await v.page.locator('#message').isVisible());
      assert.match(await v.page.textContent('#messageText') ?? '', expected);
    });
  }

  it('asks for the password of an encrypted PDF, says when it is wrong, and opens it with the right one', async () => {
    v = await viewer.open();
    await v.init(fixture('encrypted.pdf'));
    await v.page.locator('#password').waitFor({ state: 'visible' });
    assert.match(await v.page.textContent('#messageText') ?? '', /protected/);
    await v.page.fill('#password', 'wrong');
    await v.page.press('#password', 'Enter');
    await v.page.waitForFunction(() => /not correct/.test(document.getElementById('messageText')!.textContent ?? ''));
    await v.page.fill('#password', 'secret');
    await v.page.click('#passwordSubmit');
    await v.waitForRendered(1);
    assert.ok(await v.page.locator('#message').isHidden());
    assert.ok((await canvasStats(v, 1))!.dark > 500, 'the decrypted page shows text');
  });

  it('internal links and the outline jump inside the viewer; external links go to the host', async () => {
    await openSample({ position: { page: 1, zoom: 'page-fit' } });
    await v!.page.locator('.page[data-page-number="1"] .annotationLayer a[href^="#"]').click();
    await v!.page.waitForFunction(() => (document.getElementById('pageNumber') as HTMLInputElement).value === '30');
    await v!.request('reveal', { page: 1, flash: false });
    await v!.waitForRendered(1);
    await v!.page.locator('.page[data-page-number="1"] .annotationLayer a[href^="http"]').click();
    const link = await v!.waitForPosted((m) => m.type === 'openLink');
    assert.deepEqual(link, { type: 'openLink', url: 'https://example.com/paper' });
    await v!.page.click('#sidebarToggle');
    assert.deepEqual(await v!.page.locator('#outline .outlineItem').allTextContents(), ['Introduction', 'Method', 'Results', 'Figure 9']);
    await v!.page.click('#outline .outlineItem >> text=Method');
    await v!.page.waitForFunction(() => (document.getElementById('pageNumber') as HTMLInputElement).value === '10');
  });

  it('reports a text selection with its page', async () => {
    await openSample({ position: { page: KNOWN_WORD_PAGE, zoom: 'page-width' } });
    const span = v!.page.locator(`.page[data-page-number="${KNOWN_WORD_PAGE}"] .textLayer span`, { hasText: KNOWN_WORD });
    await span.waitFor();
    await span.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const sel = await v!.waitForPosted<Extract<import('../../src/protocol/viewerMessages').ViewerToHostMessage, { type: 'selection' }>>((m) => m.type === 'selection');
    assert.equal(sel.page, KNOWN_WORD_PAGE);
    assert.match(sel.text, new RegExp(KNOWN_WORD));
  });
});
