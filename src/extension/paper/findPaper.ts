import * as vscode from 'vscode';
import { choosePaper } from '../../core/language/paperChoice';
import { BoundedState } from '../state/boundedState';
import type { PaperGate } from './paperAccess';
import type { PaperRefusal } from '../../core';

export interface FoundPaper {
  readonly paper?: vscode.Uri;
  /** Why the front matter's or remembered paper is not read (the caller may tell the user). */
  readonly refusal?: PaperRefusal;
}

/**
 * The review's paper, decided as `choosePaper` says (front matter, a remembered choice, the same base name, the only
 * PDF in the folder). Every candidate goes through the gate (inside the review's workspace folder, a regular file,
 * under the size limit) before it is used. With `ask` (the user asked for the paper), a file picker settles what
 * those leave open and the answer is remembered; without, the result is undefined then — hovers and diagnostics
 * never interrupt the reviewer.
 */
export class PaperFinder implements vscode.Disposable {
  readonly #remembered: BoundedState;
  readonly #onDidRemember = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a review whose paper the user picked (the language server then finds it too). */
  readonly onDidRemember = this.#onDidRemember.event;

  constructor(context: vscode.ExtensionContext, readonly gate: PaperGate) {
    this.#remembered = new BoundedState(context.workspaceState, 'paperReview.viewer.paperFor');
  }

  /** The paper the user picked for `review` before, relative to it (not yet checked against the gate). */
  remembered(review: vscode.Uri): string | undefined {
    const path = this.#remembered.get(review.toString());
    return typeof path === 'string' ? path : undefined;
  }

  async #remember(review: vscode.Uri, path: string): Promise<void> {
    await this.#remembered.set(review.toString(), path);
    this.#onDidRemember.fire(review);
  }

  dispose(): void {
    this.#onDidRemember.dispose();
  }

  async find(review: vscode.Uri, frontMatterPaper: string | undefined, ask: boolean): Promise<FoundPaper> {
    const folder = vscode.Uri.joinPath(review, '..');
    const rememberedPath = this.remembered(review);
    const remembered = rememberedPath !== undefined && (await this.gate.check(review, rememberedPath)).ok ? rememberedPath : undefined;
    let pdfsInFolder: string[] = [];
    try {
      pdfsInFolder = (await vscode.workspace.fs.readDirectory(folder))
        .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && name.toLowerCase().endsWith('.pdf'))
        .map(([name]) => name);
    } catch {
      // An unreadable folder (or an untitled review) leaves only the front matter and the picker.
    }
    const frontMatter = frontMatterPaper ? await this.gate.check(review, frontMatterPaper) : undefined;
    // The review names a paper that may not be read: say so rather than open some other PDF instead.
    if (frontMatter && !frontMatter.ok && frontMatter.refusal) return { refusal: frontMatter.refusal };
    const choice = choosePaper({
      reviewFileName: review.path.slice(review.path.lastIndexOf('/') + 1), remembered, pdfsInFolder, frontMatterPaper,
      frontMatterPaperExists: frontMatter?.ok ?? false,
    });
    let paper: vscode.Uri | undefined;
    let pickedRefusal: PaperRefusal | undefined;
    if (choice.kind === 'path') {
      // Guesses from the folder listing go through the gate too: a PDF there may be a link leading out, or huge.
      const access = await this.gate.check(review, choice.path);
      if (access.ok) paper = access.uri;
      else pickedRefusal = access.refusal;
    }
    if (!paper && ask) {
      paper = (await vscode.window.showOpenDialog({
        defaultUri: folder, canSelectMany: false, filters: { PDF: ['pdf'] },
        title: vscode.l10n.t('Choose the paper (PDF) for this review'), openLabel: vscode.l10n.t('Choose Paper'),
      }))?.[0];
      // What the user settled (by asking for the paper) is remembered, so a later guess cannot change it; only a
      // path the gate allows, since it is read later without asking.
      const relative = paper && this.gate.relativeTo(review, paper);
      if (relative) await this.#remember(review, relative);
    } else if (paper && ask && !(choice.kind === 'path' && choice.reason === 'remembered')) {
      await this.#remember(review, (choice as { path: string }).path);
    }
    return { paper, refusal: paper ? undefined : pickedRefusal };
  }
}
