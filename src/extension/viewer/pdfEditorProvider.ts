import * as vscode from 'vscode';
import {
  VIEWER_PROTOCOL_VERSION, isOpenableLink, maxRevealText, revealTargetOf, isViewerPosition, pageColorsSettings, parseViewerMessage, viewerErrors, viewerRequestResults,
  type HostRequests, type HostToViewerMessage, type PageColorsSetting, type RevealTarget, type SelectionMessage, type ViewerPosition,
  type ViewerRequests, type ViewerState,
} from '../../protocol/viewerMessages';
import { Rpc, type RpcMessage } from '../../protocol/rpc';
import { makeNonce, renderViewerHtml } from '../../viewer/host/html';
import { BoundedState } from '../state/boundedState';
import { localizedViewerStrings } from './viewerStrings';
import { anchorAtCursor, buildPaperMap, openNote, PAPER_MAP_DEBOUNCE_MS, type ReviewNotesSource } from './paperMap';
import { anchorIndexKey } from '../../core/paperIndex/cache';
import type { Anchor, AnchorIndex, Rect } from '../../core/paperIndex/types';
import type { FigurePicture } from '../../core/language/hoverPicture';
import type { MapAnchor } from '../../protocol/viewerMessages';
import { PictureCache } from './pictureCache';

export const PDF_VIEWER_TYPE = 'paperReview.pdfViewer';
/** A large paper, or one waiting for its password, may take a while before it can be revealed. */
const REVEAL_TIMEOUT_MS = 60_000;
/** A hover waits this long for a picture, then shows the caption alone: it must not hang. */
const PICTURE_TIMEOUT_MS = 1500;
/** A picture that comes later than that is still kept for the next hover, up to this long. */
const PICTURE_RENDER_TIMEOUT_MS = 15_000;

/** One webview panel showing one PDF. Nothing is posted after dispose; pending requests then fail. */
class ViewerPanel {
  #disposed = false;
  #ready: Promise<void>;
  #markReady!: () => void;
  readonly rpc: Rpc<ViewerRequests, HostRequests>;
  /** The paper map last sent, so a note the viewer names can be checked. */
  mapSent: readonly MapAnchor[] = [];
  /** The content hash of the bytes the viewer was last sent: the version of the paper it shows. */
  version: Promise<string> = Promise.resolve('');

  constructor(readonly uri: vscode.Uri, readonly panel: vscode.WebviewPanel, log: vscode.LogOutputChannel) {
    this.#ready = new Promise((ok) => { this.#markReady = ok; });
    this.rpc = new Rpc<ViewerRequests, HostRequests>({
      post: (message) => void this.post(message),
      results: viewerRequestResults,
      params: {},
      errors: viewerErrors,
      onDrop: (reason, message) => log.warn(`dropped a message from the PDF viewer (${reason})`, JSON.stringify(message)?.slice(0, 200)),
    });
    panel.onDidDispose(() => {
      this.#disposed = true;
      this.rpc.dispose();
    });
  }

  get disposed(): boolean { return this.#disposed; }
  whenReady(): Promise<void> { return this.#ready; }
  markReady(): void { this.#markReady(); }

  post(message: HostToViewerMessage | RpcMessage): Thenable<boolean> {
    return this.#disposed ? Promise.resolve(false) : this.panel.webview.postMessage(message);
  }

  /** The viewer's state once it has started, or undefined when it is gone or does not answer. */
  async state(): Promise<ViewerState | undefined> {
    await this.whenReady();
    return this.rpc.request('state', {}).catch(() => undefined);
  }
}

/** The read-only custom editor for PDFs. The model is just the URI: bytes are read fresh for every load. */
export class PdfEditorProvider implements vscode.CustomReadonlyEditorProvider<vscode.CustomDocument>, vscode.Disposable {
  readonly #panels = new Set<ViewerPanel>();
  readonly #disposables: vscode.Disposable[] = [];
  readonly #onDidSelect = new vscode.EventEmitter<SelectionMessage & { readonly uri: vscode.Uri }>();
  /** Text the reader selected in a PDF (for features that quote the paper). */
  readonly onDidSelect = this.#onDidSelect.event;
  readonly #log: vscode.LogOutputChannel;
  /** Where each PDF was left, for the next time it opens (the newest papers only). */
  readonly #positions: BoundedState;
  #notes: ReviewNotesSource | undefined;
  #mapTimer: ReturnType<typeof setTimeout> | undefined;
  /** The toolbar's follow-the-cursor choice, over the setting until the setting changes. */
  #followChosen: boolean | undefined;
  #followTimer: ReturnType<typeof setTimeout> | undefined;
  /** The anchor last shown by following the cursor, so moving within one reference does not scroll again. */
  #followed = '';
  /** Pictures of figures and tables for hovers, by paper version and anchor. */
  readonly #pictures = new PictureCache<FigurePicture>();

  constructor(private readonly context: vscode.ExtensionContext, private readonly getAnchorIndex?: (pdf: vscode.Uri) => Promise<AnchorIndex | undefined>) {
    this.#positions = new BoundedState(context.workspaceState, 'paperReview.viewer.position');
    this.#log = vscode.window.createOutputChannel('Paper Review: PDF viewer', { log: true });
    this.#disposables.push(this.#log, this.#onDidSelect, vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('paperReview.viewer.pageColors')) return;
      for (const p of this.#panels) void p.post({ type: 'setColors', pageColors: this.#pageColors(p.uri) });
    }));
    const isReviewDocument = (d: vscode.TextDocument) => d.languageId === 'paper-review';
    this.#disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (isReviewDocument(e.document)) this.#scheduleMaps(); }),
      vscode.workspace.onDidOpenTextDocument((d) => { if (isReviewDocument(d)) this.#scheduleMaps(); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (isReviewDocument(d)) this.#scheduleMaps(); }),
      { dispose: () => clearTimeout(this.#mapTimer) },
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('paperReview.viewer.followCursor')) return;
        this.#followChosen = undefined;
        this.#postFollow();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => { if (isReviewDocument(e.textEditor.document)) this.#scheduleFollow(e.textEditor); }),
      { dispose: () => clearTimeout(this.#followTimer) },
    );
  }

  get #following(): boolean {
    return this.#followChosen ?? vscode.workspace.getConfiguration('paperReview.viewer').get<boolean>('followCursor', false) === true;
  }

  #postFollow(): void {
    for (const p of this.#panels) void p.post({ type: 'setFollowCursor', on: this.#following });
  }

  /** Shows what the review's cursor is on in the open viewer of its paper, without taking the focus (debounced). */
  #scheduleFollow(editor: vscode.TextEditor): void {
    clearTimeout(this.#followTimer);
    if (!this.#following || !this.#notes) return;
    const notes = this.#notes;
    this.#followTimer = setTimeout(async () => {
      const found = await anchorAtCursor(notes, editor);
      if (!found) {
        this.#followed = ''; // off the reference: coming back onto it shows it again
        return;
      }
      const key = `${found.paper.toString()} ${found.anchor.kind} ${found.anchor.label} ${found.anchor.page}`;
      if (key === this.#followed) return;
      this.#followed = key;
      const { page, rect, kind } = found.anchor;
      // Only a viewer already open follows: moving the cursor never opens one.
      for (const panel of this.panelsFor(found.paper).slice(0, 1)) {
        await panel.rpc.request('reveal', { page, rect, target: revealTargetOf(kind), flash: true }, REVEAL_TIMEOUT_MS).catch((err: unknown) =>
          this.#log.warn(`could not follow the cursor to page ${page}: ${(err as Error).message}`));
      }
    }, 250);
  }

  /** The reviews' references, for the paper map (registered by the review features). */
  useReviewNotes(source: ReviewNotesSource): vscode.Disposable {
    this.#notes = source;
    const sub = source.onDidRecheck(() => this.#scheduleMaps());
    this.#scheduleMaps();
    return new vscode.Disposable(() => {
      sub.dispose();
      if (this.#notes === source) this.#notes = undefined;
    });
  }

  #scheduleMaps(): void {
    clearTimeout(this.#mapTimer);
    this.#mapTimer = setTimeout(() => { for (const p of this.#panels) void this.#sendMap(p); }, PAPER_MAP_DEBOUNCE_MS);
  }

  async #sendMap(viewer: ViewerPanel): Promise<void> {
    await viewer.whenReady();
    const index = await this.getAnchorIndex?.(viewer.uri).catch(() => undefined);
    const anchors = await buildPaperMap(viewer.uri, this.#notes, index);
    if (viewer.disposed) return;
    viewer.mapSent = anchors;
    await viewer.post({ type: 'paperMap', documentUri: viewer.uri.toString(), anchors });
  }

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): void {
    const { extensionUri } = this.context;
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    panel.webview.options = { enableScripts: true, enableForms: false, localResourceRoots: [dist, media] };
    const asUri = (u: vscode.Uri) => panel.webview.asWebviewUri(u).toString();
    panel.webview.html = renderViewerHtml({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: asUri(vscode.Uri.joinPath(dist, 'viewer.js')),
      styleUris: [asUri(vscode.Uri.joinPath(dist, 'pdfjs/pdf_viewer.css')), asUri(vscode.Uri.joinPath(media, 'viewer.css'))],
      config: { pdfjsBaseUri: `${asUri(vscode.Uri.joinPath(dist, 'pdfjs'))}/`, strings: localizedViewerStrings() },
    });
    const viewer = new ViewerPanel(document.uri, panel, this.#log);
    this.#panels.add(viewer);
    const subscriptions: vscode.Disposable[] = [
      panel.webview.onDidReceiveMessage((raw) => this.#onMessage(viewer, raw)),
      this.#watch(viewer),
    ];
    panel.onDidDispose(() => {
      this.#panels.delete(viewer);
      vscode.Disposable.from(...subscriptions).dispose();
    });
  }

  /** Panels showing `uri`, most recently active first. */
  panelsFor(uri: vscode.Uri): ViewerPanel[] {
    const key = uri.toString();
    return [...this.#panels].filter((p) => p.uri.toString() === key).sort((a, b) => Number(b.panel.active) - Number(a.panel.active));
  }

  /** The viewer of `uri`, opened beside the active editor if there is none, and shown if hidden; once it has started. */
  async #shownPanel(uri: vscode.Uri): Promise<ViewerPanel | undefined> {
    let panel = this.panelsFor(uri)[0];
    if (!panel) {
      await vscode.commands.executeCommand('vscode.openWith', uri, PDF_VIEWER_TYPE, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
      panel = this.panelsFor(uri)[0];
      if (!panel) return undefined;
    } else if (!panel.panel.visible) {
      panel.panel.reveal(undefined, true);
    }
    await panel.whenReady();
    return panel;
  }

  /** Shows `page` (and `rect`, PDF coordinates, of a `target`) of the paper, opening it beside the active editor if needed. */
  async reveal(uri: vscode.Uri, page: number, rect?: Rect, target?: RevealTarget): Promise<boolean> {
    const panel = await this.#shownPanel(uri);
    if (!panel) return false;
    try {
      // The viewer answers once the document is shown (it may still be loading), so there is nothing to poll.
      await panel.rpc.request('reveal', { page, ...(rect ? { rect } : {}), ...(target ? { target } : {}), flash: true }, REVEAL_TIMEOUT_MS);
      return true;
    } catch (err) {
      this.#log.warn(`could not reveal page ${page} of ${uri.toString()}: ${(err as Error).message}`);
      return false;
    }
  }

  /**
   * Shows the quote `text` on `page` of the paper with the quoted words highlighted (until the next reveal or click),
   * opening the paper beside the active editor if needed. False when the page does not print it (the page is shown).
   */
  async revealText(pdf: vscode.Uri, page: number, text: string): Promise<boolean> {
    const panel = await this.#shownPanel(pdf);
    if (!panel) return false;
    try {
      return (await panel.rpc.request('revealText', { page, text: text.slice(0, maxRevealText) }, REVEAL_TIMEOUT_MS)).found;
    } catch (err) {
      this.#log.warn(`could not show a quote on page ${page} of ${pdf.toString()}: ${(err as Error).message}`);
      return false;
    }
  }

  /**
   * The picture of a figure or table for a hover, drawn by a viewer already showing the paper (a hover opens none).
   * Undefined for another kind of anchor, when no viewer shows the paper, or when it does not answer within
   * PICTURE_TIMEOUT_MS: the hover then shows the caption alone, and a picture that comes later is kept for the next.
   */
  async pictureOf(pdf: vscode.Uri, anchor: Anchor): Promise<FigurePicture | undefined> {
    const { kind, page, rect } = anchor;
    if (kind !== 'figure' && kind !== 'table') return undefined;
    const panel = this.panelsFor(pdf)[0];
    if (!panel) return undefined;
    const picture = (async () => {
      await panel.whenReady();
      const key = [await panel.version, kind, anchor.part ?? '', anchor.label, page, rect.join(',')].join(' ');
      return this.#pictures.get(key, async () => {
        try {
          const { dataUri, width, height } = await panel.rpc.request('picture', { page, kind, rect }, PICTURE_RENDER_TIMEOUT_MS);
          return { dataUri, width, height };
        } catch (err) {
          this.#log.warn(`could not draw ${kind} ${anchor.label} of ${pdf.toString()}: ${(err as Error).message}`);
          return undefined;
        }
      });
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), PICTURE_TIMEOUT_MS); });
    try {
      return await Promise.race([picture, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.#disposables).dispose();
  }

  async #onMessage(viewer: ViewerPanel, raw: unknown): Promise<void> {
    if (viewer.rpc.receive(raw)) return; // a reply to one of our requests
    const message = parseViewerMessage(raw);
    if (!message) {
      this.#log.warn('dropped an invalid message from the PDF viewer', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    switch (message.type) {
      case 'ready':
        if (message.protocolVersion !== VIEWER_PROTOCOL_VERSION) {
          this.#log.error(`viewer protocol ${message.protocolVersion} does not match the host's ${VIEWER_PROTOCOL_VERSION}`);
          return;
        }
        await this.#sendDocument(viewer, 'init');
        viewer.markReady();
        void this.#sendMap(viewer);
        break;
      case 'state':
        if (message.documentUri !== viewer.uri.toString()) return; // a stale message for another document
        if (!message.error) await this.#positions.set(viewer.uri.toString(), message.position);
        break;
      case 'selection':
        if (message.documentUri === viewer.uri.toString()) this.#onDidSelect.fire({ ...message, uri: viewer.uri });
        break;
      case 'openLink':
        await this.#openLink(message.url);
        break;
      case 'followCursor':
        this.#followChosen = message.on;
        this.#followed = '';
        this.#postFollow();
        break;
      case 'openNote':
        if (message.documentUri !== viewer.uri.toString() || !(await openNote(viewer.mapSent, message.review, message.offset))) {
          this.#log.warn(`refused to open a note the viewer was not sent: ${message.review.slice(0, 200)} at ${message.offset}`);
        }
        break;
      default: {
        const never: never = message;
        this.#log.warn('unhandled viewer message', never);
      }
    }
  }

  async #sendDocument(viewer: ViewerPanel, kind: 'init' | 'load'): Promise<void> {
    let data: Uint8Array;
    try {
      // A copy as a plain Uint8Array: the Node host's readFile gives a Buffer, which the webview message
      // serialisation would turn into {type: 'Buffer', data: [...]} through Buffer#toJSON.
      data = new Uint8Array(await vscode.workspace.fs.readFile(viewer.uri));
    } catch (err) {
      // An unreadable file still gets a clear message in the viewer: pdf.js reports empty data as not a PDF.
      this.#log.error(`could not read ${viewer.uri.toString()}: ${String(err)}`);
      data = new Uint8Array();
    }
    viewer.version = anchorIndexKey(data).catch(() => String(Date.now())); // a version of its own when it cannot be hashed
    const documentUri = viewer.uri.toString();
    if (kind === 'load') {
      await viewer.post({ type: 'load', documentUri, data });
      return;
    }
    const saved = this.#positions.get(viewer.uri.toString());
    const position: ViewerPosition | undefined = isViewerPosition(saved) ? saved : undefined;
    await viewer.post({
      type: 'init', protocolVersion: VIEWER_PROTOCOL_VERSION, documentUri, data,
      pageColors: this.#pageColors(viewer.uri), followCursor: this.#following, ...(position ? { position } : {}),
    });
  }

  /** Reloads in place when the file changes on disk (debounced: editors often write in several steps). */
  #watch(viewer: ViewerPanel): vscode.Disposable {
    const uri = viewer.uri;
    const folder = vscode.Uri.joinPath(uri, '..');
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name), true, false, true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.#sendDocument(viewer, 'load'), 300);
    };
    const sub = watcher.onDidChange(changed);
    return { dispose: () => { clearTimeout(timer); sub.dispose(); watcher.dispose(); } };
  }

  #pageColors(uri: vscode.Uri): PageColorsSetting {
    const value = vscode.workspace.getConfiguration('paperReview.viewer', uri).get<string>('pageColors', 'light');
    return (pageColorsSettings as readonly string[]).includes(value) ? (value as PageColorsSetting) : 'light';
  }

  async #openLink(url: string): Promise<void> {
    if (!isOpenableLink(url)) {
      this.#log.warn(`refused to open a link with an unsupported scheme: ${url.slice(0, 200)}`);
      return;
    }
    const open = vscode.l10n.t('Open Link');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('The PDF links to {0}. Open it?', url), { modal: true }, open);
    if (answer === open) await vscode.env.openExternal(vscode.Uri.parse(url, true));
  }
}
