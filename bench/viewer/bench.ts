// Time to the first rendered page (50-page fixture) and main-thread JS heap after scrolling through a generated
// 500-page PDF: the Paper Review viewer page (same HTML/CSP as in VS Code, stub host) vs a page that uses
// pdf.js's pdf_viewer components plainly (PDFViewer + EventBus + PDFLinkService, default options, no CSP).
import type { CDPSession, Page } from 'playwright-core';
import { fixture, startHarness, ViewerPage, type ViewerHarness } from '../../test/viewer/harness';
import { makeTextPdf } from '../../test/fixtures/viewer/makePdfs.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function baselineHtml(res: string): string {
  const pdfjs = `${res}/node_modules/pdfjs-dist`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${pdfjs}/web/pdf_viewer.css">
<style>html,body{margin:0;height:100%}#c{position:absolute;inset:0;overflow:auto}</style></head>
<body><div id="c"><div class="pdfViewer"></div></div>
<script type="module">
import * as pdfjsLib from '${pdfjs}/build/pdf.mjs';
globalThis.pdfjsLib = pdfjsLib;
const { EventBus, PDFLinkService, PDFViewer } = await import('${pdfjs}/web/pdf_viewer.mjs');
pdfjsLib.GlobalWorkerOptions.workerSrc = '${pdfjs}/build/pdf.worker.min.mjs';
window.openPdf = async (data) => {
  const t0 = performance.now();
  const container = document.getElementById('c');
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const viewer = new PDFViewer({ container, eventBus, linkService });
  linkService.setViewer(viewer);
  const rendered = new Promise((ok) => eventBus.on('pagerendered', ok, { once: true }));
  const doc = await pdfjsLib.getDocument({ data, cMapUrl: '${pdfjs}/cmaps/', cMapPacked: true, standardFontDataUrl: '${pdfjs}/standard_fonts/' }).promise;
  viewer.setDocument(doc);
  linkService.setDocument(doc, null);
  await rendered;
  return performance.now() - t0;
};
window.benchReady = true;
</script></body></html>`;
}

interface Subject {
  readonly name: string;
  open(h: ViewerHarness): Promise<{ page: Page; close(): Promise<void>; load(data: Uint8Array): Promise<number>; container: string }>;
}

const ours: Subject = {
  name: 'paper-review viewer',
  async open(h) {
    const v = await ViewerPage.open(h);
    return {
      page: v.page, close: () => v.close(), container: '.pr-viewerContainer',
      async load(data) {
        const base64 = Buffer.from(data).toString('base64');
        // t0 when the bytes are handed over; done when the viewer reports a rendered page to the host.
        return v.page.evaluate(async (base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const posted = (window as unknown as { __posted: { type: string; renderedPages?: number[] }[] }).__posted;
          const t0 = performance.now();
          window.postMessage({ type: 'init', protocolVersion: 1, documentUri: 'file:///bench.pdf', data: bytes, pageColors: 'light' }, '*');
          await new Promise<void>((ok) => {
            const poll = () => (posted.some((m) => m.type === 'state' && (m.renderedPages?.length ?? 0) > 0) ? ok() : requestAnimationFrame(poll));
            poll();
          });
          return performance.now() - t0;
        }, base64);
      },
    };
  },
};

const baseline: Subject = {
  name: 'pdf.js pdf_viewer (plain)',
  async open(h) {
    const context = await h.browser.newContext({ viewport: { width: 900, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${h.pageUrl}/baseline.html`);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
    return {
      page, close: () => context.close(), container: '#c',
      load(data) {
        const base64 = Buffer.from(data).toString('base64');
        return page.evaluate((base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          return (window as unknown as { openPdf(d: Uint8Array): Promise<number> }).openPdf(bytes);
        }, base64);
      },
    };
  },
};

/** Scrolls page by page to the end, letting each step render, then collects garbage and reads the JS heap. */
async function heapAfterScrolling(page: Page, container: string, cdp: CDPSession): Promise<{ heap: number; canvases: number }> {
  const steps = 500;
  for (let i = 1; i <= steps; i++) {
    await page.evaluate(({ container, i, steps }) => {
      const c = document.querySelector(container)!;
      c.scrollTop = (c.scrollHeight - c.clientHeight) * (i / steps);
    }, { container, i, steps });
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(1500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const canvases = await page.evaluate((container) => document.querySelectorAll(`${container} canvas`).length, container);
  return { heap: usedSize, canvases };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

const h2 = await startHarness((resourceOrigin) => ({ '/baseline.html': baselineHtml(resourceOrigin) }));
try {
  const sample = fixture('sample50.pdf');
  const big = await makeTextPdf(500, { title: 'Bench paper (500 pages)' });
  const firstPage: Record<string, number[]> = { [ours.name]: [], [baseline.name]: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const s of run % 2 ? [baseline, ours] : [ours, baseline]) {
      const o = await s.open(h2);
      firstPage[s.name].push(await o.load(sample));
      await o.close();
    }
  }
  const heap: Record<string, number[]> = { [ours.name]: [], [baseline.name]: [] };
  const canvases: Record<string, number[]> = { [ours.name]: [], [baseline.name]: [] };
  for (let run = 0; run < Math.max(1, Math.ceil(RUNS / 2)); run++) {
    for (const s of run % 2 ? [baseline, ours] : [ours, baseline]) {
      const o = await s.open(h2);
      await o.load(big);
      const cdp = await o.page.context().newCDPSession(o.page);
      const r = await heapAfterScrolling(o.page, o.container, cdp);
      heap[s.name].push(r.heap);
      canvases[s.name].push(r.canvases);
      await o.close();
    }
  }
  const [a, b] = [ours.name, baseline.name];
  console.log(`viewer bench: chromium ${h2.browser.version()}, ${RUNS} runs of first page, ${heap[a].length} of scrolling; medians; ratio = ours / baseline`);
  console.log(`  time to first rendered page, 50-page PDF: ${a} ${median(firstPage[a]).toFixed(0)} ms, ${b} ${median(firstPage[b]).toFixed(0)} ms, ratio ${(median(firstPage[a]) / median(firstPage[b])).toFixed(2)}`);
  console.log(`  JS heap after scrolling 500 pages:         ${a} ${mb(median(heap[a]))}, ${b} ${mb(median(heap[b]))}, ratio ${(median(heap[a]) / median(heap[b])).toFixed(2)}`);
  console.log(`  canvases left in the page after scrolling: ${a} ${median(canvases[a])}, ${b} ${median(canvases[b])}`);
} finally {
  await h2.close();
}
