import * as vscode from 'vscode';
import type { AnchorIndex } from '../../core/paperIndex/types';

/** A review's paper and where its figures, tables and sections are. */
export interface ReviewPaper {
  readonly paper: vscode.Uri;
  readonly index: AnchorIndex;
}

export interface PaperAnchorsDeps {
  /** The review's paper without asking the user, or undefined (see findPaper). */
  findPaper(review: vscode.Uri, frontMatterPaper: string | undefined): Promise<vscode.Uri | undefined>;
  getAnchorIndex(pdf: vscode.Uri): Promise<AnchorIndex>;
}

interface Entry { readonly key: string; readonly value: Promise<ReviewPaper | undefined>; settled?: ReviewPaper }

/**
 * Each open review's paper index, kept so hovers, links, completion and diagnostics do not re-read the PDF.
 * A failure (no paper, an unreadable or encrypted PDF the user did not unlock) is kept too, until the PDF or the
 * front matter's `paper:` changes, so the reviewer is asked once, not on every keystroke.
 */
export class PaperAnchors implements vscode.Disposable {
  readonly #entries = new Map<string, Entry>();
  readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a review's URI when its paper index arrives or is dropped. */
  readonly onDidChange = this.#onDidChange.event;
  readonly #disposables: vscode.Disposable[] = [this.#onDidChange];

  constructor(private readonly deps: PaperAnchorsDeps) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.pdf');
    const drop = (pdf: vscode.Uri) => {
      // Also failures: a PDF that appears or changes may now be the paper. Collected first, because a listener
      // asks for the paper again at once, which adds the review back to the map being walked.
      const stale = [...this.#entries].filter(([, entry]) => !entry.settled || entry.settled.paper.toString() === pdf.toString()).map(([review]) => review);
      for (const review of stale) this.#entries.delete(review);
      for (const review of stale) this.#onDidChange.fire(vscode.Uri.parse(review));
    };
    this.#disposables.push(watcher, watcher.onDidChange(drop), watcher.onDidCreate(drop), watcher.onDidDelete(drop),
      vscode.workspace.onDidCloseTextDocument((d) => this.#entries.delete(d.uri.toString())));
  }

  /** The paper and its index, loading them (in the index workers) the first time. */
  get(review: vscode.Uri, frontMatterPaper: string | undefined): Promise<ReviewPaper | undefined> {
    const key = frontMatterPaper ?? '';
    const existing = this.#entries.get(review.toString());
    if (existing?.key === key) return existing.value;
    const entry: Entry = {
      key,
      value: this.#load(review, frontMatterPaper).then((result) => {
        entry.settled = result;
        if (this.#entries.get(review.toString()) === entry) this.#onDidChange.fire(review);
        return result;
      }),
    };
    this.#entries.set(review.toString(), entry);
    return entry.value;
  }

  /** What `get` has already settled on, without waiting. */
  peek(review: vscode.Uri, frontMatterPaper: string | undefined): ReviewPaper | undefined {
    const entry = this.#entries.get(review.toString());
    return entry?.key === (frontMatterPaper ?? '') ? entry.settled : undefined;
  }

  async #load(review: vscode.Uri, frontMatterPaper: string | undefined): Promise<ReviewPaper | undefined> {
    const paper = await this.deps.findPaper(review, frontMatterPaper);
    if (!paper) return undefined;
    try {
      return { paper, index: await this.deps.getAnchorIndex(paper) };
    } catch (err) {
      // Kept as a failure (see above), so this is said once per paper, not on every keystroke.
      void vscode.window.showWarningMessage(vscode.l10n.t('Paper Review cannot find the figures and sections of {0}: {1}',
        paper.path.slice(paper.path.lastIndexOf('/') + 1), err instanceof Error ? err.message : String(err)));
      return undefined;
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.#disposables).dispose();
    this.#entries.clear();
  }
}
