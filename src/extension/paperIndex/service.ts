import * as vscode from 'vscode';
import { AnchorIndexError, cachedAnchorIndex, readCachedIndex, type AnchorIndex, type AnchorIndexProgress, type AnchorIndexStore } from '../../core/paperIndex';
import type { PaperFacts } from '../../core/newReview/paperFacts';
import type { AnchorIndexClient } from '../../indexWorker/anchorIndexClient';
import { paperSizeRefusal } from '../../core/paper/paperPath';
import { maxPaperBytes } from '../paper/paperAccess';
import { BoundedState } from '../state/boundedState';

export interface AnchorIndexLookup {
  readonly index: AnchorIndex;
  /** True when the index came from the cache (nothing was parsed). */
  readonly cached: boolean;
}

/**
 * The paper's anchor index for the rest of the extension: "where is Figure 9 printed?". Reads the PDF through
 * vscode.workspace.fs, answers from the cache (keyed by the bytes' hash, so a changed PDF is re-indexed), and otherwise
 * indexes in the workers with progress in the status bar. Asks for the password of an encrypted PDF.
 * Rejects with AnchorIndexError (`code` says why); callers show the message.
 */
export class AnchorIndexService implements vscode.Disposable {
  readonly #client: AnchorIndexClient;
  readonly #store: AnchorIndexStore;
  readonly #running = new Map<string, Promise<AnchorIndexLookup>>();
  readonly #progress = new vscode.EventEmitter<{ readonly pdf: vscode.Uri; readonly progress: AnchorIndexProgress }>();
  /** While a paper is indexed: the pages read so far and the anchors final so far (usable before the last page). */
  readonly onDidIndexPages = this.#progress.event;

  /** Per PDF: the cache key of the version last indexed, and of the one before (a revised paper's previous version). */
  readonly #versions: BoundedState | undefined;

  constructor(client: AnchorIndexClient, store: AnchorIndexStore, memento?: vscode.Memento) {
    this.#client = client;
    this.#store = store;
    this.#versions = memento && new BoundedState(memento, 'paperReview.paperVersions');
  }

  /**
   * The index of the PDF's version before the current one, when this workspace indexed it: a revised paper is
   * compared with it (quotes found again, figures renumbered). Undefined before a second version was seen.
   */
  async previousIndex(pdfUri: vscode.Uri): Promise<AnchorIndex | undefined> {
    const versions = this.#versions?.get(pdfUri.toString()) as { previous?: unknown } | undefined;
    return typeof versions?.previous === 'string' ? readCachedIndex(this.#store, versions.previous) : undefined;
  }

  async #noteVersion(pdfUri: vscode.Uri, key: string): Promise<void> {
    if (!this.#versions) return;
    const stored = this.#versions.get(pdfUri.toString()) as { current?: unknown; previous?: unknown } | undefined;
    if (stored?.current === key) return;
    const previous = typeof stored?.current === 'string' ? stored.current : typeof stored?.previous === 'string' ? stored.previous : undefined;
    await this.#versions.set(pdfUri.toString(), { current: key, ...(previous ? { previous } : {}) });
  }

  async getAnchorIndex(pdfUri: vscode.Uri, token?: vscode.CancellationToken): Promise<AnchorIndex> {
    return (await this.lookup(pdfUri, token)).index;
  }

  /** Like getAnchorIndex, and says whether the cache answered. Concurrent calls for one file share the work. */
  lookup(pdfUri: vscode.Uri, token?: vscode.CancellationToken): Promise<AnchorIndexLookup> {
    const key = pdfUri.toString();
    let run = this.#running.get(key);
    if (!run) {
      run = this.#lookup(pdfUri, token).finally(() => this.#running.delete(key));
      this.#running.set(key, run);
    }
    return run;
  }

  /** Page 1's text and the paper's title, for New Review (one page read, not the whole index). */
  async paperFacts(pdfUri: vscode.Uri, token?: vscode.CancellationToken): Promise<PaperFacts> {
    return this.#client.firstPage(await this.#read(pdfUri), { token });
  }

  async #lookup(pdfUri: vscode.Uri, token?: vscode.CancellationToken): Promise<AnchorIndexLookup> {
    const data = await this.#read(pdfUri);
    const result = await cachedAnchorIndex(this.#store, data, () => this.#index(pdfUri, data, token));
    await this.#noteVersion(pdfUri, result.key).catch(() => undefined);
    return result;
  }

  async #read(pdfUri: vscode.Uri): Promise<Uint8Array> {
    try {
      // Only a regular file under the size limit, also when the user names the PDF (explorer, dialog).
      const stat = await vscode.workspace.fs.stat(pdfUri);
      if (!(stat.type & vscode.FileType.File)) throw new Error('it is not a regular file');
      const tooLarge = paperSizeRefusal(name(pdfUri), stat.size, maxPaperBytes(pdfUri), 'the paperReview.paper.maxSizeMB setting');
      if (tooLarge) throw new AnchorIndexError('not-a-pdf', tooLarge.message);
      return await vscode.workspace.fs.readFile(pdfUri);
    } catch (err) {
      if (err instanceof AnchorIndexError) throw err;
      throw new AnchorIndexError('not-a-pdf', `Cannot read ${name(pdfUri)}: ${(err as Error).message}`);
    }
  }

  async #index(pdfUri: vscode.Uri, data: Uint8Array, token?: vscode.CancellationToken): Promise<AnchorIndex> {
    let password: string | undefined;
    for (;;) {
      try {
        return await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing {0}', name(pdfUri)) }, (progress) =>
          this.#client.index(data, { password, token, onProgress: (p) => {
            progress.report({ message: vscode.l10n.t('{0}/{1} pages', p.pagesDone, p.pages) });
            this.#progress.fire({ pdf: pdfUri, progress: p });
          } }));
      } catch (err) {
        if (!(err instanceof AnchorIndexError) || (err.code !== 'encrypted' && err.code !== 'wrong-password')) throw err;
        password = await vscode.window.showInputBox({
          title: vscode.l10n.t('{0} is encrypted', name(pdfUri)),
          prompt: err.code === 'wrong-password' ? vscode.l10n.t('That password is wrong. Enter the password to open the PDF.') : vscode.l10n.t('Enter the password to open the PDF.'),
          password: true,
          ignoreFocusOut: true,
        }, token);
        if (password === undefined) throw err;
      }
    }
  }

  dispose(): void {
    this.#progress.dispose();
    this.#client.dispose();
  }
}

function name(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
