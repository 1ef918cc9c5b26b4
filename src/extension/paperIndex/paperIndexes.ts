import * as vscode from 'vscode';
import type { AnchorIndex } from '../../core/paperIndex/types';
import type { AnchorIndexService } from './service';

/**
 * Each paper's anchor index as the features use it (the language server's checks, the viewer's paper map, quotes),
 * kept per PDF so they do not read and hash the PDF again. A failure (an unreadable or encrypted PDF the user did
 * not unlock) is kept too, until the PDF changes, so the reviewer is told once, not on every keystroke.
 */
export class PaperIndexes implements vscode.Disposable {
  readonly #entries = new Map<string, Promise<AnchorIndex | undefined>>();
  readonly #settled = new Map<string, AnchorIndex>();
  /** While a paper is indexed: the index of its pages read so far, and an event when more are read. */
  readonly #partial = new Map<string, AnchorIndex>();
  readonly #onDidReadPages = new vscode.EventEmitter<string>();
  readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a PDF whose index arrived, or was dropped because the file changed. */
  readonly onDidChange = this.#onDidChange.event;
  readonly #disposables: vscode.Disposable[] = [this.#onDidChange, this.#onDidReadPages];

  constructor(private readonly service: AnchorIndexService) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.pdf');
    const drop = (pdf: vscode.Uri) => {
      this.#entries.delete(pdf.toString());
      this.#settled.delete(pdf.toString());
      this.#partial.delete(pdf.toString());
      this.#onDidChange.fire(pdf);
    };
    this.#disposables.push(watcher, watcher.onDidChange(drop), watcher.onDidCreate(drop), watcher.onDidDelete(drop),
      service.onDidIndexPages(({ pdf, progress }) => {
        const key = pdf.toString();
        if (!this.#entries.has(key) || this.#settled.has(key)) return;
        this.#partial.set(key, progress.partial);
        this.#onDidReadPages.fire(key);
      }));
  }

  /**
   * While the PDF is indexed, the index of its pages read so far (later pages counted unread; see
   * IndexAssembler.partial), waiting for the first pages if none are read yet; the whole index once it is there.
   * Starts the index like `get`. Only for answers asked one at a time (hover, Ctrl+click, completion): they are asked
   * again, while diagnostics and links are computed once and wait for the whole index.
   */
  async soFar(pdf: vscode.Uri): Promise<AnchorIndex | undefined> {
    const key = pdf.toString();
    const whole = this.get(pdf);
    const now = this.#settled.get(key) ?? this.#partial.get(key);
    if (now) return now;
    let sub: vscode.Disposable | undefined;
    const firstPages = new Promise<AnchorIndex | undefined>((resolve) => {
      sub = this.#onDidReadPages.event((read) => { if (read === key) resolve(this.#partial.get(key)); });
    });
    try {
      return await Promise.race([whole, firstPages]);
    } finally {
      sub?.dispose();
    }
  }

  /** The PDF's index, built in the workers (or read from the cache) the first time; undefined when it cannot be. */
  get(pdf: vscode.Uri): Promise<AnchorIndex | undefined> {
    const key = pdf.toString();
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = this.#load(pdf).then((index) => {
        if (this.#entries.get(key) === entry) this.#partial.delete(key);
        if (index && this.#entries.get(key) === entry) {
          this.#settled.set(key, index);
          this.#onDidChange.fire(pdf);
        }
        return index;
      });
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** The index of the PDF's previous version, when this workspace indexed one (see AnchorIndexService). */
  previous(pdf: vscode.Uri): Promise<AnchorIndex | undefined> {
    return this.service.previousIndex(pdf).catch(() => undefined);
  }

  /** What `get` has settled on, without waiting. */
  peek(pdf: vscode.Uri): AnchorIndex | undefined {
    return this.#settled.get(pdf.toString());
  }

  async #load(pdf: vscode.Uri): Promise<AnchorIndex | undefined> {
    try {
      return await this.service.getAnchorIndex(pdf);
    } catch (err) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Paper Review cannot find the figures and sections of {0}: {1}',
        pdf.path.slice(pdf.path.lastIndexOf('/') + 1), err instanceof Error ? err.message : String(err)));
      return undefined;
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.#disposables).dispose();
    this.#entries.clear();
  }
}
