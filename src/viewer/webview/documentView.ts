// One PDF document shown in one scroll container, built on pdf.js's own viewer components
// (lazy page rendering with a bounded page buffer, HiDPI canvases, text layer, find, links).
// The viewer makes a new DocumentView for a reloaded file or new page colours and swaps it in once
// its visible pages are drawn, so the reader never sees a blank panel.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { floatRegion, graphicsBoxes, textLines } from '../../core/paperIndex/floatRegion';
import { layoutPage } from '../../core/paperIndex/layout';
import type { PdfTextContent } from '../../core/paperIndex/pdfTypes';
import type { Rect } from '../../core/paperIndex/types';
import type { MapAnchor, RevealedRegion, RevealTarget, ViewerPosition } from '../../protocol/viewerMessages';
import { pdfjsLib } from './pdfjs';
import { findQuote, showQuote } from './quoteHighlight';
import { EventBus, LinkTarget, PDFFindController, PDFLinkService, PDFViewer, RenderingStates } from './viewerComponents';

export interface PageColors {
  readonly background: string;
  readonly foreground: string;
}

export interface DocumentViewOptions {
  readonly pageColors: PageColors | null;
  /** An external link was clicked (the host asks before opening it). */
  readonly onExternalLink: (url: string) => void;
  /** The visible position changed (debounced by the caller). */
  readonly onPositionChange: () => void;
  readonly onPageRendered: (page: number) => void;
  /** A note-count badge beside a caption was pressed. */
  readonly onBadge: (anchor: MapAnchor, badge: HTMLElement) => void;
  /** The badge's label ("2 notes in the review"). */
  readonly badgeLabel: (anchor: MapAnchor) => string;
}

interface PageViewLike {
  readonly id: number;
  readonly div: HTMLDivElement;
  readonly renderingState: number;
  /** pdf.js's TextLayerBuilder, while the page has a text layer. */
  readonly textLayer?: { readonly div: HTMLDivElement } | null;
  readonly viewport: {
    width: number; height: number; viewBox: number[];
    convertToViewportRectangle(r: number[]): number[];
    convertToPdfPoint(x: number, y: number): number[];
  };
}

/** Past this the drawing of a page is not waited for: the region comes from its text alone. */
const GRAPHICS_TIMEOUT_MS = 1500;
/** Room (PDF points) kept around a revealed rectangle. */
const REVEAL_MARGIN = 24;
/** Past this a page's text layer is not waited for: the quote is not highlighted. */
const TEXT_LAYER_TIMEOUT_MS = 10_000;

export class DocumentView {
  readonly container: HTMLDivElement;
  readonly eventBus = new EventBus();
  readonly linkService: PDFLinkService;
  readonly findController: PDFFindController;
  readonly viewer: PDFViewer;
  #flash: { page: number; rect?: Rect; until: number; className: string } | undefined;
  #revealed: { page: number; region: Rect } | undefined;
  /** Figures and tables the review has notes on: each gets a badge with the count beside its caption. */
  #badges: readonly MapAnchor[] = [];
  /** The quote highlighted by `revealText`, kept to mark it again when pdf.js draws its page's text layer anew. */
  #quote: { page: number; text: string; range: Range; printed: string } | undefined;
  #destroyed = false;

  constructor(parent: HTMLElement, readonly pdfDocument: PDFDocumentProxy, private readonly options: DocumentViewOptions) {
    this.container = document.createElement('div');
    this.container.className = 'pr-viewerContainer';
    this.container.tabIndex = 0;
    const inner = document.createElement('div');
    inner.className = 'pdfViewer';
    this.container.append(inner);
    parent.append(this.container);

    this.linkService = new PDFLinkService({ eventBus: this.eventBus, externalLinkTarget: LinkTarget.NONE });
    this.findController = new PDFFindController({ linkService: this.linkService, eventBus: this.eventBus, updateMatchesCountOnProgress: true });
    this.viewer = new PDFViewer({
      container: this.container,
      viewer: inner,
      eventBus: this.eventBus,
      linkService: this.linkService,
      findController: this.findController,
      pageColors: options.pageColors ?? undefined,
      // No forms, no editing, no scripting: a reading view.
      annotationMode: pdfjsLib.AnnotationMode.ENABLE,
      annotationEditorMode: pdfjsLib.AnnotationEditorType.DISABLE,
      enableAutoLinking: true,
      removePageBorders: false,
    });
    this.linkService.setViewer(this.viewer);

    this.container.addEventListener('click', (e) => this.#interceptExternalLink(e), true);
    this.eventBus.on('updateviewarea', () => options.onPositionChange());
    this.eventBus.on('pagerendered', ({ pageNumber }: { pageNumber: number }) => {
      this.#decoratePage(pageNumber);
      options.onPageRendered(pageNumber);
    });
    this.eventBus.on('textlayerrendered', ({ pageNumber }: { pageNumber: number }) => {
      const quote = this.#quote;
      const layer = quote?.page === pageNumber && this.#textLayer(pageNumber);
      if (!quote || !layer || layer.contains(quote.range.startContainer)) return;
      // The page's text layer was made anew (the page left pdf.js's buffer and came back): mark the quote in it.
      const found = findQuote(layer, quote.text);
      this.#quote = found && { ...quote, ...found };
      showQuote(found?.range);
    });
    // A click anywhere in the pages ends the quote's highlight.
    this.container.addEventListener('pointerdown', () => this.clearQuote());
  }

  /** Shows the document at `position` and resolves once the page in view is drawn. */
  async open(position: ViewerPosition | undefined): Promise<void> {
    const pagesInit = new Promise<void>((resolve) => this.eventBus.on('pagesinit', () => resolve(), { once: true }));
    this.viewer.setDocument(this.pdfDocument);
    this.linkService.setDocument(this.pdfDocument, null);
    await pagesInit;
    this.restorePosition(position ?? { page: 1, zoom: 'auto' });
    await this.#currentPageRendered();
  }

  restorePosition(position: ViewerPosition): void {
    this.viewer.currentScaleValue = position.zoom;
    const pageNumber = Math.min(Math.max(1, position.page), this.viewer.pagesCount);
    const hasXY = position.left !== undefined && position.top !== undefined && pageNumber === position.page;
    this.viewer.scrollPageIntoView({
      pageNumber,
      destArray: hasXY ? [null, { name: 'XYZ' }, position.left, position.top, null] : undefined,
      allowNegativeOffset: true,
    });
  }

  get position(): ViewerPosition {
    const loc = this.viewer._location;
    const zoom = String(this.viewer.currentScaleValue || 'auto');
    if (!loc) return { page: this.viewer.currentPageNumber || 1, zoom };
    return { page: loc.pageNumber, zoom: normalizeZoom(zoom), left: loc.left, top: loc.top };
  }

  /**
   * The position as seen from page `page`: the view's top-left corner in that page's coordinates (above the page when
   * the view starts on the page before), so restoring it shows the same view.
   */
  positionOn(page: number): ViewerPosition {
    const view = this.viewer.getPageView(page - 1) as PageViewLike | undefined;
    if (!view) return this.position;
    const box = this.container.getBoundingClientRect();
    const rect = view.div.getBoundingClientRect();
    const inset = view.div.clientLeft;
    const [left, top] = view.viewport.convertToPdfPoint(Math.max(0, box.left - rect.left - inset), box.top - rect.top - inset);
    return { page, zoom: normalizeZoom(String(this.viewer.currentScaleValue || 'auto')), left: Math.round(left!), top: Math.round(top!) };
  }

  get renderedPages(): number[] {
    const pages: number[] = [];
    for (let i = 0; i < this.viewer.pagesCount; i++) {
      if ((this.viewer.getPageView(i) as PageViewLike | undefined)?.renderingState === RenderingStates.FINISHED) pages.push(i + 1);
    }
    return pages;
  }

  /**
   * Scrolls the page (and rect, PDF coordinates) into view; `flash` briefly marks it. For a figure or table, `rect`
   * is its caption: the view shows the whole float (centred when it fits, else from its top) and outlines it.
   */
  async reveal(page: number, rect: Rect | undefined, flash: boolean, target: RevealTarget = 'other'): Promise<number> {
    const pageNumber = Math.min(Math.max(1, Math.round(page)), this.viewer.pagesCount);
    const isFloat = rect && (target === 'figure' || target === 'table');
    const region = isFloat ? await this.floatRegion(pageNumber, target, rect) : rect && normalized(rect);
    if (this.#destroyed) return pageNumber;
    let top = region && region[3] + REVEAL_MARGIN;
    const view = this.viewer.getPageView(pageNumber - 1) as PageViewLike | undefined;
    if (isFloat && region && view) {
      // The view's height in PDF points at the current zoom.
      const pointsPerPixel = (view.viewport.viewBox[3]! - view.viewport.viewBox[1]!) / view.viewport.height;
      const room = this.container.clientHeight * pointsPerPixel;
      const height = region[3] - region[1];
      if (height + 2 * REVEAL_MARGIN <= room) top = region[3] + (room - height) / 2;
    }
    this.viewer.scrollPageIntoView({
      pageNumber,
      destArray: region ? [null, { name: 'XYZ' }, region[0] - REVEAL_MARGIN, top, null] : undefined,
      allowNegativeOffset: true,
    });
    this.#revealed = region ? { page: pageNumber, region } : undefined;
    if (flash) {
      this.#flash = { page: pageNumber, rect: region, until: Date.now() + (isFloat ? 2600 : 1600), className: isFloat ? 'pr-flash pr-region' : 'pr-flash' };
      this.#decoratePage(pageNumber);
    }
    return pageNumber;
  }

  /** The last revealed rectangle, and the part of its page the reader sees now (both in PDF coordinates). */
  get revealed(): RevealedRegion | undefined {
    const r = this.#revealed;
    if (!r) return undefined;
    const view = this.viewer.getPageView(r.page - 1) as PageViewLike | undefined;
    if (!view) return r;
    const page = view.div.getBoundingClientRect();
    const box = this.container.getBoundingClientRect();
    const left = Math.max(page.left, box.left), right = Math.min(page.right, box.right);
    const top = Math.max(page.top, box.top), bottom = Math.min(page.bottom, box.bottom);
    if (right <= left || bottom <= top) return r;
    // The page div's border is outside its viewport: measure from its content box.
    const inset = view.div.clientLeft;
    const [x0, y0] = view.viewport.convertToPdfPoint(left - page.left - inset, bottom - page.top - inset);
    const [x1, y1] = view.viewport.convertToPdfPoint(right - page.left - inset, top - page.top - inset);
    return { ...r, visible: normalized([x0!, y0!, x1!, y1!]) };
  }

  /**
   * Scrolls to the quote `text` on page `page` and highlights it (until `clearQuote`); false, with the page shown and
   * nothing highlighted, when the page does not print it.
   */
  async revealText(page: number, text: string): Promise<boolean> {
    this.clearQuote();
    const layer = await this.#textLayerShown(page);
    const found = layer && !this.#destroyed ? findQuote(layer, text) : undefined;
    if (!found) return false;
    const { range } = found;
    this.#quote = { page, text, ...found };
    showQuote(range);
    // Scroll to where the quote starts (its first line's box, in PDF coordinates).
    const view = this.viewer.getPageView(page - 1) as PageViewLike | undefined;
    const first = range.getClientRects()[0];
    if (view && first) {
      const box = view.div.getBoundingClientRect();
      const inset = view.div.clientLeft;
      const [x0, y0] = view.viewport.convertToPdfPoint(first.left - box.left - inset, first.bottom - box.top - inset);
      const [x1, y1] = view.viewport.convertToPdfPoint(first.right - box.left - inset, first.top - box.top - inset);
      await this.reveal(page, normalized([x0!, y0!, x1!, y1!]), false);
    }
    return true;
  }

  /** The highlighted quote's page and text as the page prints it. */
  get quote(): { page: number; text: string } | undefined {
    return this.#quote && { page: this.#quote.page, text: this.#quote.printed };
  }

  clearQuote(): void {
    if (!this.#quote) return;
    this.#quote = undefined;
    showQuote(undefined);
  }

  /** Page `page`'s text layer once pdf.js has drawn it, or undefined (the page has none). */
  #textLayer(page: number): HTMLDivElement | undefined {
    const layer = (this.viewer.getPageView(page - 1) as PageViewLike | undefined)?.textLayer?.div;
    // pdf.js appends .endOfContent once the layer holds all of the page's text.
    return layer?.querySelector('.endOfContent') ? layer : undefined;
  }

  /** Shows page `page` if its text layer is not drawn yet (pdf.js draws only pages in view), and waits for it. */
  async #textLayerShown(page: number): Promise<HTMLDivElement | undefined> {
    const ready = this.#textLayer(page);
    if (ready) return ready;
    const drawn = new Promise<void>((resolve) => {
      const done = (e?: { pageNumber: number }) => {
        if (e && e.pageNumber !== page) return;
        this.eventBus.off('textlayerrendered', done);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, TEXT_LAYER_TIMEOUT_MS);
      this.eventBus.on('textlayerrendered', done);
    });
    this.viewer.scrollPageIntoView({ pageNumber: page });
    await drawn;
    return this.#textLayer(page);
  }

  /** The figure or table whose caption is `caption`, from the page's text and drawing (the caption alone if they cannot be read). */
  async floatRegion(pageNumber: number, kind: 'figure' | 'table', caption: Rect): Promise<Rect> {
    try {
      const page = await this.pdfDocument.getPage(pageNumber);
      const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), GRAPHICS_TIMEOUT_MS));
      const [content, ops] = await Promise.all([
        page.getTextContent(),
        Promise.race([page.getOperatorList().catch(() => undefined), timeout]),
      ]);
      const layout = layoutPage(content as unknown as PdfTextContent);
      const graphics = ops ? graphicsBoxes(ops, pdfjsLib.OPS) : undefined;
      return floatRegion({ kind, page: page.view as unknown as Rect, caption: normalized(caption), lines: textLines(layout.fragments), bodySize: layout.bodySize, ...(graphics ? { graphics } : {}) });
    } catch (err) {
      console.warn('viewer: could not find the float around the caption', err);
      return normalized(caption);
    }
  }

  /** Shows a badge with the number of the review's notes beside the caption of each of these anchors. */
  setBadges(anchors: readonly MapAnchor[]): void {
    this.#badges = anchors;
    for (const b of this.container.querySelectorAll('.pr-badge')) b.remove();
    for (let page = 1; page <= this.viewer.pagesCount; page++) this.#decoratePage(page);
  }

  /** The selected text and its page, when the selection starts in this view's pages. */
  selectionInfo(): { page: number; text: string } | undefined {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
    const range = sel.getRangeAt(0);
    const startEl = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const pageDiv = startEl?.closest<HTMLElement>('.page');
    if (!pageDiv || !this.container.contains(pageDiv)) return undefined;
    const page = Number(pageDiv.dataset.pageNumber);
    if (!this.viewer.getPageView(page - 1)) return undefined;
    return { page, text: sel.toString() };
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.clearQuote();
    this.viewer.cleanup();
    this.container.remove();
  }

  #interceptExternalLink(e: MouseEvent): void {
    const a = (e.target as Element | null)?.closest?.('a[href]');
    if (!a) return;
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) return; // internal destination: pdf.js's own handler scrolls
    e.preventDefault();
    e.stopPropagation();
    this.options.onExternalLink((a as HTMLAnchorElement).href);
  }

  #currentPageRendered(): Promise<void> {
    const index = this.viewer.currentPageNumber - 1;
    const view = this.viewer.getPageView(index) as PageViewLike | undefined;
    if (!view || view.renderingState === RenderingStates.FINISHED) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (e: { pageNumber: number }) => {
        if (e.pageNumber !== index + 1) return;
        this.eventBus.off('pagerendered', done);
        resolve();
      };
      this.eventBus.on('pagerendered', done);
    });
  }

  /** Adds the flash overlay and the note badges to a page; pdf.js clears a page's extra children when it resets it. */
  #decoratePage(pageNumber: number): void {
    const view = this.viewer.getPageView(pageNumber - 1) as PageViewLike | undefined;
    if (!view) return;
    for (const anchor of this.#badges) {
      if (anchor.page !== pageNumber) continue;
      const key = `${anchor.kind} ${anchor.label}`;
      if ([...view.div.querySelectorAll<HTMLElement>('.pr-badge')].some((b) => b.dataset.key === key)) continue;
      // In the margin beside the caption: left of a caption in the left half of the page, else right of it.
      const [x0, , x1, y1] = normalized(anchor.rect);
      const pageMid = (view.viewport.viewBox[0]! + view.viewport.viewBox[2]!) / 2;
      const spot: Rect = (x0 + x1) / 2 < pageMid ? [x0 - 20, y1 - 14, x0 - 4, y1] : [x1 + 4, y1 - 14, x1 + 20, y1];
      const badge = document.createElement('button');
      badge.type = 'button';
      badge.className = 'pr-badge';
      badge.dataset.key = key;
      badge.textContent = String(anchor.notes.length);
      badge.title = `${anchor.name}: ${this.options.badgeLabel(anchor)}`;
      badge.setAttribute('aria-label', badge.title);
      badge.addEventListener('click', (e) => {
        e.stopPropagation();
        this.options.onBadge(anchor, badge);
      });
      place(view, spot, badge);
    }
    const flash = this.#flash;
    if (flash && flash.page === pageNumber && Date.now() < flash.until && !view.div.querySelector('.pr-flash')) {
      const el = overlay(view, flash.rect, flash.className);
      el.addEventListener('animationend', () => el.remove(), { once: true });
    }
  }
}

/** An absolutely positioned box over `rect` (or the whole page), in percentages so zoom keeps it in place. */
function overlay(view: PageViewLike, rect: Rect | undefined, className: string): HTMLDivElement {
  const el = document.createElement('div');
  el.className = className;
  return place(view, rect, el);
}

function place<E extends HTMLElement>(view: PageViewLike, rect: Rect | undefined, el: E): E {
  if (rect) {
    const [a, b, c, d] = view.viewport.convertToViewportRectangle([...rect]);
    const { width, height } = view.viewport;
    el.style.left = `${(Math.min(a, c) / width) * 100}%`;
    el.style.top = `${(Math.min(b, d) / height) * 100}%`;
    el.style.width = `${(Math.abs(c - a) / width) * 100}%`;
    el.style.height = `${(Math.abs(d - b) / height) * 100}%`;
  } else {
    el.classList.add('pr-wholePage');
  }
  view.div.append(el);
  return el;
}

function normalized(r: Rect): Rect {
  return [Math.min(r[0], r[2]), Math.min(r[1], r[3]), Math.max(r[0], r[2]), Math.max(r[1], r[3])];
}

function normalizeZoom(zoom: string): string {
  const n = Number(zoom);
  return Number.isFinite(n) && zoom.trim() !== '' ? String(Math.round(n * 1e4) / 1e4) : zoom;
}
