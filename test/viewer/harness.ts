// Serves the viewer webview page outside VS Code and drives it in Debian's chromium.
// Like a real webview, the page and the extension's files come from two different origins, and the
// page carries the exact CSP that the host renders (renderViewerHtml), so CSP and worker loading are real.
import { createServer, type RequestListener, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { renderViewerHtml } from '../../src/viewer/host/html';
import {
  VIEWER_PROTOCOL_VERSION, type HostToViewerMessage, type PageColorsSetting, type ViewerPosition, type ViewerRequests, type ViewerState,
  type ViewerToHostMessage,
} from '../../src/protocol/viewerMessages';
import type { ReplyMessage } from '../../src/protocol/rpc';

/** The repository root (this file runs bundled from out/viewerTests/ or bench/viewer/out/). */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const types: Record<string, string> = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.gif': 'image/gif',
  '.html': 'text/html', '.pdf': 'application/pdf', '.ttf': 'font/ttf', '.map': 'application/json',
};

function listen(handler: RequestListener): Promise<Server> {
  return new Promise((ok) => { const s = createServer(handler); s.listen(0, '127.0.0.1', () => ok(s)); });
}

export interface ViewerHarness {
  readonly browser: Browser;
  readonly resourceOrigin: string;
  readonly pageUrl: string;
  close(): Promise<void>;
}

/** Starts the two servers and chromium. `extraPages` lets the bench serve other pages from the page origin. */
export async function startHarness(extraPages: (resourceOrigin: string) => Record<string, string> = () => ({})): Promise<ViewerHarness> {
  const resources = await listen((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const allowed = ['dist/', 'media/', 'node_modules/pdfjs-dist/'].some((p) => path.startsWith(p));
    const file = join(root, path);
    if (!allowed || !file.startsWith(root)) { res.writeHead(404).end(); return; }
    try {
      const body = readFileSync(file);
      // VS Code serves webview resources with CORS headers too; the worker's import() needs them.
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  const resourceOrigin = `http://127.0.0.1:${(resources.address() as AddressInfo).port}`;
  const html = viewerPageHtml(resourceOrigin);
  const extra = extraPages(resourceOrigin);
  const pages = await listen((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = path === '/viewer.html' ? html : extra[path];
    if (body === undefined) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html' }).end(body);
  });
  // "localhost" vs "127.0.0.1": the page's origin differs from the resources' origin, as in a webview.
  const pageUrl = `http://localhost:${(pages.address() as AddressInfo).port}`;
  // launch() gives every run a fresh temporary profile.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  return {
    browser, resourceOrigin, pageUrl,
    async close() {
      await browser.close();
      await new Promise((ok) => resources.close(ok));
      await new Promise((ok) => pages.close(ok));
    },
  };
}

export function viewerPageHtml(resourceOrigin: string): string {
  return renderViewerHtml({
    cspSource: resourceOrigin,
    nonce: 'dGVzdC1ub25jZS0xMjM0NTY3ODkw',
    scriptUri: `${resourceOrigin}/dist/viewer.js`,
    styleUris: [`${resourceOrigin}/dist/pdfjs/pdf_viewer.css`, `${resourceOrigin}/media/viewer.css`],
    config: { pdfjsBaseUri: `${resourceOrigin}/dist/pdfjs/`, strings: {} }, // the webview falls back to English
  });
}

/** Stands in for VS Code's `acquireVsCodeApi`; state lives in sessionStorage so it survives a reload, like webview state. */
const stubScript = `
  window.__posted = [];
  window.__violations = [];
  window.__workers = 0;
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  const RealWorker = window.Worker;
  window.Worker = class extends RealWorker { constructor(...args) { super(...args); window.__workers++; } };
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => JSON.parse(sessionStorage.getItem('vscodeState') ?? 'null') ?? undefined,
    setState: (s) => sessionStorage.setItem('vscodeState', JSON.stringify(s)),
  });
`;

export class ViewerPage {
  #nextRequestId = 1;
  private constructor(readonly page: Page, readonly context: BrowserContext) {}

  static async open(h: ViewerHarness, o: { bodyClass?: string; deviceScaleFactor?: number } = {}): Promise<ViewerPage> {
    const { bodyClass, deviceScaleFactor = 1 } = o;
    const context = await h.browser.newContext({ viewport: { width: 900, height: 1000 }, deviceScaleFactor });
    const page = await context.newPage();
    await page.addInitScript(stubScript);
    if (bodyClass) await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => document.body.classList.add(${JSON.stringify(bodyClass)}))`);
    const vp = new ViewerPage(page, context);
    await vp.load(h.pageUrl);
    return vp;
  }

  async load(pageUrl: string): Promise<void> {
    await this.page.goto(`${pageUrl}/viewer.html`);
    await this.waitForPosted((m) => m.type === 'ready');
  }

  /** Everything the viewer posted: its events and its replies to requests. */
  posted(): Promise<(ViewerToHostMessage | ReplyMessage)[]> {
    return this.page.evaluate(() => (window as unknown as { __posted: (ViewerToHostMessage | ReplyMessage)[] }).__posted);
  }

  /** Waits for a message from the viewer that matches, counting only those after `after` messages. */
  async waitForPosted<T extends ViewerToHostMessage | ReplyMessage>(pred: (m: ViewerToHostMessage | ReplyMessage) => boolean, after = 0, timeout = 15000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = (await this.posted()).slice(after).find(pred);
      if (found) return found as T;
      if (Date.now() > deadline) throw new Error(`no matching message from the viewer; got ${JSON.stringify((await this.posted()).map((m) => m.type))}`);
      await this.page.waitForTimeout(50);
    }
  }

  async send(message: HostToViewerMessage | Record<string, unknown>): Promise<void> {
    const { data, ...rest } = message as { data?: Uint8Array };
    const base64 = data ? Buffer.from(data).toString('base64') : undefined;
    await this.page.evaluate(({ rest, base64 }) => {
      const msg: Record<string, unknown> = { ...rest };
      if (base64 !== undefined) msg.data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      window.postMessage(msg, '*');
    }, { rest, base64 });
  }

  async init(data: Uint8Array, opts: { position?: ViewerPosition; pageColors?: PageColorsSetting; documentUri?: string } = {}): Promise<void> {
    await this.send({
      type: 'init', protocolVersion: VIEWER_PROTOCOL_VERSION, documentUri: opts.documentUri ?? 'file:///paper.pdf', data,
      pageColors: opts.pageColors ?? 'light', ...(opts.position ? { position: opts.position } : {}),
    });
  }

  /** Sends a request as the host's Rpc does and returns the reply's result (or throws its error). */
  async request<K extends keyof ViewerRequests>(method: K, params: ViewerRequests[K]['params'], timeout = 15000): Promise<ViewerRequests[K]['result']> {
    const requestId = this.#nextRequestId++;
    const after = (await this.posted()).length;
    await this.send({ type: 'request', requestId, method, params });
    const reply = await this.waitForPosted<ReplyMessage>((m) => m.type === 'reply' && m.requestId === requestId, after, timeout);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { name: reply.error.name });
    return reply.result as ViewerRequests[K]['result'];
  }

  /** The viewer's state, through its `state` request. */
  state(): Promise<ViewerState> {
    return this.request('state', {});
  }

  /** Waits until the viewer reports `page` as drawn. */
  async waitForRendered(page: number): Promise<void> {
    const deadline = Date.now() + 20000;
    while (!(await this.state()).renderedPages.includes(page)) {
      if (Date.now() > deadline) throw new Error(`page ${page} was not rendered`);
      await this.page.waitForTimeout(100);
    }
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

export const fixture = (name: string): Uint8Array => readFileSync(join(root, 'test/fixtures/viewer', name));

export interface ViewerSuite {
  /** The suite's harness (started before its first test). */
  readonly harness: ViewerHarness;
  /** A fresh viewer page, closed after the test. */
  open(o?: Parameters<typeof ViewerPage.open>[1]): Promise<ViewerPage>;
}

/**
 * Call in a `describe`: starts the harness (two servers and chromium) before the suite's tests and closes it after
 * them, and closes each test's pages after the test.
 */
export function useViewerHarness(): ViewerSuite {
  let harness: ViewerHarness | undefined;
  const pages: ViewerPage[] = [];
  before(async () => { harness = await startHarness(); });
  after(async () => { await harness?.close(); });
  afterEach(async () => { await Promise.all(pages.splice(0).map((p) => p.close())); });
  return {
    get harness() {
      if (!harness) throw new Error('the viewer harness starts in the suite\'s before hook');
      return harness;
    },
    async open(o) {
      const page = await ViewerPage.open(this.harness, o);
      pages.push(page);
      return page;
    },
  };
}
