// The PDF viewer's webview script: talks to the host through the typed protocol, shows one PDF
// with pdf.js's viewer components (see documentView.ts) and keeps the reader's position.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type {
  HostToViewerMessage, PageColorsSetting, StateMessage, ViewerPosition, ViewerToHostMessage, HighlightAnchor,
} from '../../protocol/viewerMessages';
import { maxSelectionLength } from '../../protocol/viewerMessages';
import { buildChrome, defaultStrings, format, renderOutline, type OutlineItem, type ViewerStrings } from './chrome';
import { DocumentView, type PageColors } from './documentView';
import { pdfjsLib } from './pdfjs';

const PROTOCOL_VERSION = 1; // must equal VIEWER_PROTOCOL_VERSION; the webview imports types only

interface VsCodeApi {
  postMessage(message: ViewerToHostMessage): void;
  getState(): unknown;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface SavedState {
  readonly documentUri: string;
  readonly position: ViewerPosition;
}

const vscode = acquireVsCodeApi();
const config = JSON.parse(document.body.dataset.config ?? '{}') as { pdfjsBaseUri?: string; strings?: Partial<ViewerStrings> };
const strings: ViewerStrings = { ...defaultStrings, ...config.strings };
const base = config.pdfjsBaseUri ?? './';
/**
 * The pdf.js worker runs from a blob: URL holding the worker file's text, fetched by this page. In VS Code the
 * extension's files are served by the webview's service worker, which only this page's own requests go through;
 * a worker importing the file by URL, or fetching cmaps/fonts itself, would go to the network instead.
 */
const workerSrc: Promise<string> = fetch(`${base}pdf.worker.mjs`)
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .then((text) => URL.createObjectURL(new Blob([text], { type: 'text/javascript' })))
  .catch((err: unknown) => {
    console.warn('viewer: could not fetch the pdf.js worker, loading it by URL', err);
    return `${base}pdf.worker.mjs`;
  });
const ui = buildChrome(strings);

let documentUri = '';
let colorsSetting: PageColorsSetting = 'auto';
let view: DocumentView | undefined;
let loadGeneration = 0;
let lastReveal: number | undefined;
let lastError: string | undefined;
let highlights: readonly HighlightAnchor[] = [];
let worker: InstanceType<typeof pdfjsLib.PDFWorker> | undefined;

// ---- messages from the host ----

window.addEventListener('message', (event: MessageEvent<HostToViewerMessage>) => {
  const m = event.data;
  if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
  switch (m.type) {
    case 'init': {
      documentUri = m.documentUri;
      colorsSetting = m.pageColors;
      applyColorClass();
      const saved = vscode.getState() as SavedState | undefined;
      const position = saved?.documentUri === m.documentUri ? saved.position : m.position;
      void openDocument(m.data, position, false);
      break;
    }
    case 'load':
      if (m.documentUri === documentUri) void openDocument(m.data, view?.position, true);
      break;
    case 'reveal':
      if (view) {
        lastReveal = view.reveal(m.page, m.rect, m.flash ?? true);
        schedulePositionUpdate(); // after the scroll has updated pdf.js's location
      }
      break;
    case 'highlight':
      highlights = m.anchors;
      view?.setHighlights(highlights);
      break;
    case 'setColors':
      colorsSetting = m.pageColors;
      applyColorClass();
      void rebuildView();
      break;
    case 'requestState':
      postState(m.requestId);
      break;
    default: {
      const never: never = m;
      console.warn('viewer: unknown message', never);
    }
  }
});

// ---- loading ----

/** Loads bytes into a new view and swaps it in only once its first visible page is drawn (no blank flash). */
async function openDocument(data: Uint8Array, position: ViewerPosition | undefined, isReload: boolean): Promise<void> {
  const generation = ++loadGeneration;
  if (!view) showMessage(strings.loading);
  if (!worker) {
    pdfjsLib.GlobalWorkerOptions.workerSrc = await workerSrc;
    worker ??= new pdfjsLib.PDFWorker();
  }
  let doc: PDFDocumentProxy;
  try {
    if (!(data instanceof Uint8Array)) throw new Error('the viewer did not receive the file as bytes');
    const task = pdfjsLib.getDocument({
      data, worker,
      // Security: no eval-built font code, no JavaScript, no XFA forms, no WebAssembly (CSP has no wasm-unsafe-eval).
      isEvalSupported: false, enableXfa: false, useWasm: false,
      // This page, not the worker, fetches cmaps and standard fonts (see workerSrc above).
      useWorkerFetch: false,
      cMapUrl: `${base}cmaps/`, cMapPacked: true, standardFontDataUrl: `${base}standard_fonts/`, wasmUrl: `${base}wasm/`,
    });
    task.onPassword = (update: (password: string) => void, reason: number) => {
      if (generation !== loadGeneration) return;
      askPassword(reason === pdfjsLib.PasswordResponses.INCORRECT_PASSWORD, update);
    };
    doc = await task.promise;
    if (doc.numPages === 0) {
      void doc.destroy();
      throw new NoPagesError();
    }
  } catch (err) {
    if (generation !== loadGeneration) return;
    const text = describeError(err);
    if (isReload && view) {
      showBanner(format(strings.reloadFailed, text));
    } else {
      lastError = text;
      showMessage(text);
      postState();
    }
    return;
  }
  if (generation !== loadGeneration) {
    void doc.destroy();
    return;
  }
  await swapIn(doc, position);
}

async function swapIn(doc: PDFDocumentProxy, position: ViewerPosition | undefined): Promise<void> {
  const generation = loadGeneration;
  const next = new DocumentView(ui.viewerArea, doc, {
    pageColors: pageColors(),
    onExternalLink: (url) => vscode.postMessage({ type: 'openLink', url }),
    onPositionChange: schedulePositionUpdate,
    onPageRendered: () => schedulePositionUpdate(),
  });
  next.container.classList.add('pr-pending');
  wireView(next);
  next.setHighlights(highlights);
  try {
    await next.open(position);
  } catch (err) {
    next.destroy();
    if (generation === loadGeneration) showMessage(describeError(err));
    return;
  }
  if (generation !== loadGeneration) {
    next.destroy();
    if (next.pdfDocument !== view?.pdfDocument) void next.pdfDocument.destroy();
    return;
  }
  const previous = view;
  view = next;
  lastError = undefined;
  next.container.classList.remove('pr-pending');
  hideMessage();
  hideBanner();
  if (previous) {
    previous.destroy();
    if (previous.pdfDocument !== doc) void previous.pdfDocument.destroy();
  }
  if (!previous || previous.pdfDocument !== doc) {
    ui.pageCount.textContent = `/ ${doc.numPages}`;
    renderOutline(ui.outline, (await doc.getOutline().catch(() => null)) as OutlineItem[] | null, strings, onOutlineItem);
  }
  updateToolbar();
  postState();
}

/** Same document, new view (page colours are fixed when pdf.js's viewer is made). */
async function rebuildView(): Promise<void> {
  if (!view) return;
  ++loadGeneration;
  await swapIn(view.pdfDocument, view.position);
}

class NoPagesError extends Error {}

function describeError(err: unknown): string {
  if (err instanceof NoPagesError) return strings.noPages;
  const name = (err as { name?: string } | null)?.name;
  if (name === 'InvalidPDFException' || name === 'FormatError') return strings.notPdf;
  const message = err instanceof Error ? err.message : String(err);
  return format(strings.openFailed, message);
}

// ---- colours ----

function applyColorClass(): void {
  document.body.classList.toggle('pr-invert', colorsSetting === 'invert');
}

function isDarkTheme(): boolean {
  const c = document.body.classList;
  return c.contains('vscode-dark') || (c.contains('vscode-high-contrast') && !c.contains('vscode-high-contrast-light'));
}

function pageColors(): PageColors | null {
  const dark = colorsSetting === 'dark' || (colorsSetting === 'auto' && isDarkTheme());
  if (!dark) return null;
  const css = getComputedStyle(document.documentElement);
  const background = css.getPropertyValue('--vscode-editor-background').trim() || '#1e1e1e';
  const foreground = css.getPropertyValue('--vscode-editor-foreground').trim() || '#d4d4d4';
  return { background, foreground };
}

// VS Code swaps the body's theme class when the user changes the colour theme.
new MutationObserver(() => {
  if (colorsSetting === 'auto') void rebuildView();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// ---- position and state ----

let positionTimer: ReturnType<typeof setTimeout> | undefined;
function schedulePositionUpdate(): void {
  updateToolbar();
  clearTimeout(positionTimer);
  positionTimer = setTimeout(() => postState(), 150);
}

function postState(requestId?: number): void {
  const position = view?.position ?? { page: 1, zoom: 'auto' };
  if (view) vscode.setState({ documentUri, position });
  const state: StateMessage = {
    type: 'state', documentUri, position,
    pageCount: view?.pdfDocument.numPages ?? 0,
    renderedPages: view?.renderedPages ?? [],
    ...(lastReveal !== undefined ? { lastReveal } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
    ...(lastError !== undefined ? { error: lastError } : {}),
    pageColors: colorsSetting,
  };
  vscode.postMessage(state);
}

// ---- toolbar, find, outline ----

function wireView(v: DocumentView): void {
  v.eventBus.on('pagechanging', () => updateToolbar());
  v.eventBus.on('scalechanging', () => updateToolbar());
  v.eventBus.on('updatefindmatchescount', ({ matchesCount }: { matchesCount: { current: number; total: number } }) => showMatches(matchesCount));
  v.eventBus.on('updatefindcontrolstate', ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) => {
    if (state === 1 /* NOT_FOUND */) ui.findResult.textContent = strings.noMatches;
    else showMatches(matchesCount);
  });
  v.container.addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    v.viewer.updateScale({ steps: e.deltaY < 0 ? 1 : -1, origin: [e.clientX, e.clientY] });
  }, { passive: false });
}

function showMatches(m: { current: number; total: number } | undefined): void {
  ui.findResult.textContent = m && m.total > 0 ? format(strings.matchOf, m.current, m.total) : ui.findInput.value ? strings.noMatches : '';
}

function updateToolbar(): void {
  if (!view) return;
  const { viewer } = view;
  if (document.activeElement !== ui.pageNumber) ui.pageNumber.value = String(viewer.currentPageNumber);
  ui.prevPage.disabled = viewer.currentPageNumber <= 1;
  ui.nextPage.disabled = viewer.currentPageNumber >= viewer.pagesCount;
  const value = String(viewer.currentScaleValue);
  const preset = Array.from(ui.scaleSelect.options).find((o) => o.value === value && o !== ui.customScale);
  if (preset) {
    ui.scaleSelect.value = preset.value;
  } else {
    ui.customScale.textContent = `${Math.round(viewer.currentScale * 100)}%`;
    ui.scaleSelect.value = 'custom';
  }
}

function find(again: boolean, previous = false): void {
  view?.eventBus.dispatch('find', {
    source: window, type: again ? 'again' : '', query: ui.findInput.value,
    caseSensitive: false, entireWord: false, highlightAll: true, findPrevious: previous, matchDiacritics: false,
  });
}

function onOutlineItem(item: OutlineItem): void {
  if (item.dest && view) void view.linkService.goToDestination(item.dest);
  else if (item.url) vscode.postMessage({ type: 'openLink', url: item.url });
}

const goToPage = (n: number) => { if (view && Number.isInteger(n)) view.viewer.currentPageNumber = Math.min(Math.max(1, n), view.viewer.pagesCount); };
ui.prevPage.addEventListener('click', () => view?.viewer.previousPage());
ui.nextPage.addEventListener('click', () => view?.viewer.nextPage());
ui.pageNumber.addEventListener('change', () => goToPage(Number(ui.pageNumber.value)));
ui.pageNumber.addEventListener('keydown', (e) => { if (e.key === 'Enter') goToPage(Number(ui.pageNumber.value)); });
ui.zoomIn.addEventListener('click', () => view?.viewer.increaseScale());
ui.zoomOut.addEventListener('click', () => view?.viewer.decreaseScale());
ui.scaleSelect.addEventListener('change', () => { if (view && ui.scaleSelect.value !== 'custom') view.viewer.currentScaleValue = ui.scaleSelect.value; });
ui.findInput.addEventListener('input', () => find(false));
ui.findInput.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') find(true, e.shiftKey);
  else if (e.key === 'Escape') {
    ui.findInput.value = '';
    ui.findResult.textContent = '';
    view?.eventBus.dispatch('findbarclose', { source: window });
    view?.container.focus();
  }
});
ui.findPrev.addEventListener('click', () => find(true, true));
ui.findNext.addEventListener('click', () => find(true, false));
ui.sidebarToggle.addEventListener('click', () => {
  ui.sidebar.hidden = !ui.sidebar.hidden;
  ui.sidebarToggle.setAttribute('aria-pressed', String(!ui.sidebar.hidden));
});

window.addEventListener('keydown', (e) => {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && e.key.toLowerCase() === 'f') {
    e.preventDefault();
    ui.findInput.focus();
    ui.findInput.select();
    return;
  }
  if (!view) return;
  if (mod && (e.key === '=' || e.key === '+')) { e.preventDefault(); view.viewer.increaseScale(); return; }
  if (mod && e.key === '-') { e.preventDefault(); view.viewer.decreaseScale(); return; }
  if (mod && e.key === '0') { e.preventDefault(); view.viewer.currentScaleValue = 'auto'; return; }
  const target = e.target as HTMLElement | null;
  if (mod || e.altKey || target?.closest('input, select, textarea')) return;
  switch (e.key) {
    case 'n': case 'j': view.viewer.nextPage(); break;
    case 'p': case 'k': view.viewer.previousPage(); break;
    case 'Home': goToPage(1); break;
    case 'End': goToPage(view.viewer.pagesCount); break;
    default: return;
  }
  e.preventDefault();
});

let selectionTimer: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(() => {
    const info = view?.selectionInfo();
    if (!info || !info.text.trim()) return;
    // Too long to send: say so, so that the host forgets the previous selection rather than quoting it.
    if (info.text.length > maxSelectionLength) vscode.postMessage({ type: 'selection', documentUri, page: info.page, text: '', rects: [], tooLong: info.text.length });
    else vscode.postMessage({ type: 'selection', documentUri, ...info });
  }, 300);
});

// ---- message panel, password prompt, banner ----

function showMessage(text: string): void {
  ui.messageText.textContent = text;
  ui.passwordRow.hidden = true;
  ui.message.hidden = false;
}

function hideMessage(): void {
  ui.message.hidden = true;
}

function askPassword(wrong: boolean, update: (password: string) => void): void {
  showMessage(wrong ? strings.passwordWrong : strings.passwordNeeded);
  ui.passwordRow.hidden = false;
  ui.passwordInput.value = '';
  ui.passwordInput.focus();
  const submit = () => {
    ui.passwordButton.removeEventListener('click', submit);
    ui.passwordInput.removeEventListener('keydown', onKey);
    showMessage(strings.loading);
    update(ui.passwordInput.value);
  };
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Enter') submit(); };
  ui.passwordButton.addEventListener('click', submit);
  ui.passwordInput.addEventListener('keydown', onKey);
}

function showBanner(text: string): void {
  ui.banner.textContent = text;
  ui.banner.hidden = false;
}
function hideBanner(): void {
  ui.banner.hidden = true;
}

vscode.postMessage({ type: 'ready', protocolVersion: PROTOCOL_VERSION });
