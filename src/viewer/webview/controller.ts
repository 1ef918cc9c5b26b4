// The viewer's controller: the one owner of the document being shown. It opens PDFs sent by the host into a
// DocumentView (swapping a new view in only once its first visible page is drawn), answers the host's requests,
// reports the state, applies the page colours, and carries out what the components ask for on the event bus.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import {
  NoDocumentError, NoSuchPageError, defaultPictureWidth, maxSelectionLength, revealTargetOf, type HostToViewerMessage, type MapAnchor, type PageColorsSetting,
  type PictureParams, type PictureResult, type RevealParams, type RevealTextParams, type ViewerPosition, type ViewerState, type ViewerToHostMessage,
} from '../../protocol/viewerMessages';
import { format, type ViewerStrings } from '../strings';
import { notesLabel } from './sidebar';
import type { Chrome } from './chrome';
import { DocumentView, type PageColors } from './documentView';
import type { EventBus, PageColorsMode } from './eventBus';
import type { MessagePanel } from './messagePanel';
import type { PasswordPrompt } from './passwordPrompt';
import { pdfjsLib } from './pdfjs';
import { drawPicture } from './picture';
import type { OutlineItem } from './sidebar';

/** What the webview keeps across its own reloads (VS Code's webview state). */
interface SavedState {
  readonly documentUri: string;
  readonly position: ViewerPosition;
  /** Page colours the reader picked in the toolbar, over the setting. */
  readonly pageColors?: PageColorsMode;
}

export interface WebviewHost {
  postMessage(message: ViewerToHostMessage): void;
  getState(): unknown;
  setState(state: SavedState): void;
}

export interface ControllerParts {
  readonly host: WebviewHost;
  readonly ui: Chrome;
  readonly strings: ViewerStrings;
  readonly bus: EventBus;
  readonly messages: MessagePanel;
  readonly password: PasswordPrompt;
  /** Folder holding pdf.worker.mjs, cmaps/, standard_fonts/ and wasm/. */
  readonly pdfjsBase: string;
}

class NoPagesError extends Error {}

export class ViewerController {
  readonly #p: ControllerParts;
  /**
   * The pdf.js worker runs from a blob: URL holding the worker file's text, fetched by this page. In VS Code the
   * extension's files are served by the webview's service worker, which only this page's own requests go through;
   * a worker importing the file by URL, or fetching cmaps/fonts itself, would go to the network instead.
   */
  readonly #workerSrc: Promise<string>;
  #worker: InstanceType<typeof pdfjsLib.PDFWorker> | undefined;
  #documentUri = '';
  #colorsSetting: PageColorsSetting = 'light';
  /** The reader's choice in the toolbar; cleared when the setting changes. */
  #colorsChosen: PageColorsMode | undefined;
  #mode: PageColorsMode = 'light';
  #view: DocumentView | undefined;
  /** Bumped by every load or rebuild: an older one that finishes late is thrown away. */
  #generation = 0;
  /** The load or rebuild under way, so a reveal can wait for its document. */
  #loading: Promise<void> | undefined;
  #lastReveal: number | undefined;
  /**
   * The page a reveal showed, for the page box while the view stays where the reveal left it: pdf.js names the page
   * that fills most of the view, which for a heading at the foot of a page is the next one.
   */
  #revealPin: { page: number; scrollTop: number } | undefined;
  #lastError: string | undefined;
  #positionTimer: ReturnType<typeof setTimeout> | undefined;
  /** The paper map from the host: the paper's anchors and the review's notes on them. */
  #map: readonly MapAnchor[] = [];

  constructor(parts: ControllerParts) {
    this.#p = parts;
    const base = parts.pdfjsBase;
    this.#workerSrc = fetch(`${base}pdf.worker.mjs`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((text) => URL.createObjectURL(new Blob([text], { type: 'text/javascript' })))
      .catch((err: unknown) => {
        console.warn('viewer: could not fetch the pdf.js worker, loading it by URL', err);
        return `${base}pdf.worker.mjs`;
      });
    this.#listen();
  }

  // ---- the host ----

  onHostMessage(m: HostToViewerMessage): void {
    switch (m.type) {
      case 'init': {
        this.#documentUri = m.documentUri;
        this.#colorsSetting = m.pageColors;
        const saved = this.#p.host.getState() as SavedState | undefined;
        const own = saved?.documentUri === m.documentUri ? saved : undefined;
        this.#colorsChosen = own?.pageColors;
        this.#mode = this.#effectiveMode();
        this.#applyColors();
        this.#p.bus.dispatch('followcursorchanged', { on: m.followCursor ?? false });
        this.#track(this.#open(m.data, own?.position ?? m.position, false));
        break;
      }
      case 'load':
        if (m.documentUri === this.#documentUri) this.#track(this.#open(m.data, this.#view?.position, true));
        break;
      case 'setFollowCursor':
        this.#p.bus.dispatch('followcursorchanged', { on: m.on });
        break;
      case 'paperMap':
        if (m.documentUri !== this.#documentUri) break;
        this.#map = m.anchors;
        this.#p.bus.dispatch('papermap', { anchors: m.anchors });
        this.#view?.setBadges(this.#badged());
        break;
      case 'setColors':
        this.#colorsSetting = m.pageColors;
        this.#colorsChosen = undefined; // the user changed the setting: it wins over an earlier toolbar choice
        this.#updateColors(true);
        break;
      default: {
        const never: never = m;
        console.warn('viewer: unknown message', never);
      }
    }
  }

  state(): ViewerState {
    const view = this.#view;
    return {
      documentUri: this.#documentUri,
      position: (this.#pinned() && view?.positionOn(this.#revealPin!.page)) || view?.position || { page: 1, zoom: 'auto' },
      pageCount: view?.pdfDocument.numPages ?? 0,
      renderedPages: view?.renderedPages ?? [],
      ...(this.#lastReveal !== undefined ? { lastReveal: this.#lastReveal } : {}),
      ...(view?.revealed ? { revealed: view.revealed } : {}),
      ...(this.#lastError !== undefined ? { error: this.#lastError } : {}),
      pageColors: this.#colorsSetting,
      ...(view?.quote ? { quote: view.quote } : {}),
      ...(this.#map.length ? { paperMap: { entries: this.#map.length, noted: this.#map.filter((a) => a.notes.length).map((a) => ({ name: a.name, notes: a.notes.length })) } } : {}),
    };
  }

  /** Figures and tables the review has notes on: they get a badge beside their caption. */
  #badged(): MapAnchor[] {
    return this.#map.filter((a) => a.notes.length > 0 && (a.kind === 'figure' || a.kind === 'table'));
  }

  /** The view once the document being loaded is shown; NoDocumentError when there is none. */
  async #shownView(): Promise<DocumentView> {
    while (this.#loading) await this.#loading;
    if (!this.#view) throw new NoDocumentError(this.#lastError ?? 'No document is open.');
    return this.#view;
  }

  /** The shown view, when `page` is one of its pages; NoSuchPageError when it is not. */
  async #viewWithPage(page: number): Promise<DocumentView> {
    const view = await this.#shownView();
    const pages = view.pdfDocument.numPages;
    if (page > pages) throw new NoSuchPageError(`Page ${page} is not in the document (${pages} pages).`);
    return view;
  }

  /** Waits for the document being loaded, then scrolls to the page (and rectangle). */
  async reveal(params: RevealParams): Promise<ViewerState> {
    const view = await this.#shownView();
    view.clearQuote();
    const page = await view.reveal(params.page, params.rect, params.flash ?? true, params.target);
    this.#pinReveal(view, page);
    return this.state();
  }

  /** Scrolls to a quote on its page and highlights it; `found` says whether the page prints it. */
  async revealText(params: RevealTextParams): Promise<{ found: boolean; state: ViewerState }> {
    const view = await this.#viewWithPage(params.page);
    const found = await view.revealText(params.page, params.text);
    this.#pinReveal(view, params.page);
    return { found, state: this.state() };
  }

  /** The picture of a figure or table: the float around its caption, as a reveal finds it, drawn in the PDF's colours. */
  async picture(params: PictureParams): Promise<PictureResult> {
    const view = await this.#viewWithPage(params.page);
    const region = await view.floatRegion(params.page, params.kind, params.rect);
    return drawPicture(view.pdfDocument, params.page, region, params.maxWidth ?? defaultPictureWidth);
  }

  #pinReveal(view: DocumentView, page: number): void {
    this.#lastReveal = page;
    this.#revealPin = { page, scrollTop: view.container.scrollTop };
    this.#schedulePositionUpdate(); // after the scroll has updated pdf.js's location
  }

  #postState(): void {
    const state = this.state();
    if (this.#view) this.#p.host.setState({ documentUri: this.#documentUri, position: state.position, ...(this.#colorsChosen ? { pageColors: this.#colorsChosen } : {}) });
    this.#p.host.postMessage({ type: 'state', ...state });
  }

  #schedulePositionUpdate(): void {
    this.#announceView();
    clearTimeout(this.#positionTimer);
    this.#positionTimer = setTimeout(() => this.#postState(), 150);
  }

  // ---- loading ----

  #track(load: Promise<void>): void {
    this.#loading = load;
    void load.finally(() => { if (this.#loading === load) this.#loading = undefined; });
  }

  /** Loads bytes into a new view and swaps it in only once its first visible page is drawn (no blank flash). */
  async #open(data: Uint8Array, position: ViewerPosition | undefined, isReload: boolean): Promise<void> {
    const { strings, messages, password, pdfjsBase: base } = this.#p;
    const generation = ++this.#generation;
    if (!this.#view) messages.show(strings.loading);
    if (!this.#worker) {
      pdfjsLib.GlobalWorkerOptions.workerSrc = await this.#workerSrc;
      this.#worker ??= new pdfjsLib.PDFWorker();
    }
    let doc: PDFDocumentProxy;
    try {
      const task = pdfjsLib.getDocument({
        data, worker: this.#worker,
        // Security: no eval-built font code, no JavaScript, no XFA forms, no WebAssembly (CSP has no wasm-unsafe-eval).
        isEvalSupported: false, enableXfa: false, useWasm: false,
        // This page, not the worker, fetches cmaps and standard fonts (see #workerSrc).
        useWorkerFetch: false,
        cMapUrl: `${base}cmaps/`, cMapPacked: true, standardFontDataUrl: `${base}standard_fonts/`, wasmUrl: `${base}wasm/`,
      });
      task.onPassword = (update: (password: string) => void, reason: number) => {
        if (generation !== this.#generation) return;
        password.ask(reason === pdfjsLib.PasswordResponses.INCORRECT_PASSWORD, update);
      };
      doc = await task.promise;
      if (doc.numPages === 0) {
        void doc.destroy();
        throw new NoPagesError();
      }
    } catch (err) {
      if (generation !== this.#generation) return;
      const text = this.#describeError(err);
      if (isReload && this.#view) {
        messages.showBanner(format(strings.reloadFailed, text));
      } else {
        this.#lastError = text;
        messages.show(text);
        this.#postState();
      }
      return;
    }
    if (generation !== this.#generation) {
      void doc.destroy();
      return;
    }
    await this.#swapIn(doc, position);
  }

  async #swapIn(doc: PDFDocumentProxy, position: ViewerPosition | undefined): Promise<void> {
    const { ui, host, messages } = this.#p;
    const generation = this.#generation;
    const next = new DocumentView(ui.viewerArea, doc, {
      pageColors: this.#pdfjsPageColors(),
      onExternalLink: (url) => host.postMessage({ type: 'openLink', url }),
      onPositionChange: () => this.#schedulePositionUpdate(),
      onPageRendered: () => this.#schedulePositionUpdate(),
      onBadge: (anchor, badge) => this.#p.bus.dispatch('shownotes', { anchor, at: badge.getBoundingClientRect() }),
      badgeLabel: (anchor) => notesLabel(this.#p.strings, anchor.notes.length),
    });
    next.setBadges(this.#badged());
    next.container.classList.add('pr-pending');
    this.#wire(next);
    try {
      await next.open(position);
    } catch (err) {
      next.destroy();
      if (generation === this.#generation) messages.show(this.#describeError(err));
      return;
    }
    if (generation !== this.#generation) {
      next.destroy();
      if (next.pdfDocument !== this.#view?.pdfDocument) void next.pdfDocument.destroy();
      return;
    }
    const previous = this.#view;
    this.#view = next;
    this.#revealPin = undefined;
    this.#lastError = undefined;
    next.container.classList.remove('pr-pending');
    messages.hide();
    messages.hideBanner();
    if (previous) {
      previous.destroy();
      if (previous.pdfDocument !== doc) void previous.pdfDocument.destroy();
    }
    if (!previous || previous.pdfDocument !== doc) {
      const outline = (await doc.getOutline().catch(() => null)) as OutlineItem[] | null;
      this.#p.bus.dispatch('documentshown', { pageCount: doc.numPages, outline });
    }
    this.#announceView();
    this.#postState();
  }

  /** Same document, new view (page colours are fixed when pdf.js's viewer is made). */
  #rebuild(): void {
    const view = this.#view;
    if (!view) return;
    ++this.#generation;
    this.#track(this.#swapIn(view.pdfDocument, view.position));
  }

  #describeError(err: unknown): string {
    const { strings } = this.#p;
    if (err instanceof NoPagesError) return strings.noPages;
    const name = (err as { name?: string } | null)?.name;
    if (name === 'InvalidPDFException' || name === 'FormatError') return strings.notPdf;
    const message = err instanceof Error ? err.message : String(err);
    return format(strings.openFailed, message);
  }

  // ---- page colours ----

  #effectiveMode(): PageColorsMode {
    if (this.#colorsChosen) return this.#colorsChosen;
    if (this.#colorsSetting === 'auto') return isDarkTheme() ? 'dark' : 'light';
    return this.#colorsSetting;
  }

  /** Recomputes the mode; the view is rebuilt only when pdf.js's page colours change (dark on or off). */
  #updateColors(force = false): void {
    const before = this.#mode;
    this.#mode = this.#effectiveMode();
    if (!force && before === this.#mode) return;
    this.#applyColors();
    if ((before === 'dark') !== (this.#mode === 'dark') || force) this.#rebuild();
  }

  #applyColors(): void {
    document.body.classList.toggle('pr-invert', this.#mode === 'invert');
    this.#p.bus.dispatch('pagecolorschanged', { mode: this.#mode });
  }

  #pdfjsPageColors(): PageColors | null {
    if (this.#mode !== 'dark') return null;
    const css = getComputedStyle(document.documentElement);
    const background = css.getPropertyValue('--vscode-editor-background').trim() || '#1e1e1e';
    const foreground = css.getPropertyValue('--vscode-editor-foreground').trim() || '#d4d4d4';
    return { background, foreground };
  }

  // ---- the components' requests, and pdf.js's events ----

  #listen(): void {
    const { bus, host } = this.#p;
    const viewer = () => this.#view?.viewer;
    bus.on('gotopage', ({ page }) => {
      const v = viewer();
      if (v) v.currentPageNumber = Math.min(Math.max(1, page), v.pagesCount);
    });
    bus.on('nextpage', () => viewer()?.nextPage());
    bus.on('previouspage', () => viewer()?.previousPage());
    bus.on('zoomin', () => viewer()?.increaseScale());
    bus.on('zoomout', () => viewer()?.decreaseScale());
    bus.on('setscale', ({ value }) => {
      const v = viewer();
      if (v) v.currentScaleValue = value;
    });
    bus.on('find', ({ query, again, previous }) => this.#view?.eventBus.dispatch('find', {
      source: window, type: again ? 'again' : '', query,
      caseSensitive: false, entireWord: false, highlightAll: true, findPrevious: previous, matchDiacritics: false,
    }));
    bus.on('findclose', () => {
      this.#view?.eventBus.dispatch('findbarclose', { source: window });
      this.#view?.container.focus();
    });
    bus.on('outlineselect', ({ item }) => {
      if (item.dest && this.#view) void this.#view.linkService.goToDestination(item.dest);
      else if (item.url) host.postMessage({ type: 'openLink', url: item.url });
    });
    bus.on('anchorselect', ({ anchor }) => {
      this.reveal({ page: anchor.page, rect: anchor.rect, target: revealTargetOf(anchor.kind), flash: true }).catch(() => undefined);
    });
    bus.on('setfollowcursor', ({ on }) => host.postMessage({ type: 'followCursor', on }));
    bus.on('noteselect', ({ note }) => host.postMessage({ type: 'openNote', documentUri: this.#documentUri, review: note.review, offset: note.offset }));
    bus.on('setpagecolors', ({ mode }) => {
      this.#colorsChosen = mode;
      this.#updateColors();
      this.#postState(); // keeps the choice in webview state
    });

    // VS Code swaps the body's theme class when the user changes the colour theme.
    new MutationObserver(() => this.#updateColors()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

    let selectionTimer: ReturnType<typeof setTimeout> | undefined;
    document.addEventListener('selectionchange', () => {
      clearTimeout(selectionTimer);
      selectionTimer = setTimeout(() => {
        const info = this.#view?.selectionInfo();
        if (!info || !info.text.trim()) return;
        // Too long to send: say so, so that the host forgets the previous selection rather than quoting it.
        if (info.text.length > maxSelectionLength) host.postMessage({ type: 'selection', documentUri: this.#documentUri, page: info.page, text: '', tooLong: info.text.length });
        else host.postMessage({ type: 'selection', documentUri: this.#documentUri, ...info });
      }, 300);
    });
  }

  #wire(v: DocumentView): void {
    const { bus } = this.#p;
    v.eventBus.on('pagechanging', () => this.#announceView());
    v.eventBus.on('scalechanging', () => this.#announceView());
    v.eventBus.on('updatefindmatchescount', ({ matchesCount }: { matchesCount: { current: number; total: number } }) =>
      bus.dispatch('findresult', { matches: matchesCount, notFound: false }));
    v.eventBus.on('updatefindcontrolstate', ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) =>
      bus.dispatch('findresult', { matches: matchesCount, notFound: state === 1 /* NOT_FOUND */ }));
    v.container.addEventListener('wheel', (e) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      v.viewer.updateScale({ steps: e.deltaY < 0 ? 1 : -1, origin: [e.clientX, e.clientY] });
    }, { passive: false });
  }

  /** Whether the view is still where the last reveal left it (else the pin is dropped). */
  #pinned(): boolean {
    const pin = this.#revealPin;
    if (pin && (!this.#view || Math.abs(this.#view.container.scrollTop - pin.scrollTop) > 2)) this.#revealPin = undefined;
    return this.#revealPin !== undefined;
  }

  #announceView(): void {
    const v = this.#view?.viewer;
    if (!v) return;
    this.#pinned();
    this.#p.bus.dispatch('viewchanged', { page: this.#revealPin?.page ?? v.currentPageNumber, pageCount: v.pagesCount, scaleValue: String(v.currentScaleValue), scale: v.currentScale });
  }
}

function isDarkTheme(): boolean {
  const c = document.body.classList;
  return c.contains('vscode-dark') || (c.contains('vscode-high-contrast') && !c.contains('vscode-high-contrast-light'));
}
