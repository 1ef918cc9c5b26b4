import * as vscode from 'vscode';
import type { Anchor } from '../../core/paperIndex/types';
import { isReview, type ReviewClient } from '../languageClient/reviewClient';
import { showInPaperCommand, showQuoteCommand } from '../languageClient/start';

/** Shows an anchor in the viewer (opening the paper beside the review if needed) and flashes it. */
export type RevealAnchor = (paper: vscode.Uri, anchor: Anchor) => Promise<boolean>;
/** Shows a page of the paper with `text` on it highlighted; false when the page does not print it. */
export type RevealQuote = (paper: vscode.Uri, page: number, text: string) => Promise<boolean>;

/**
 * "Show in Paper" (F12, and Ctrl+click or the hover's link on a reference, whose targets the language server makes
 * this command): the server says where the reference leads, the viewer shows it.
 */
async function showInPaper(reviews: ReviewClient, reveal: RevealAnchor, args: unknown[]): Promise<void> {
  let document: vscode.TextDocument | undefined;
  let position: vscode.Position | undefined;
  if (typeof args[0] === 'string' && typeof args[1] === 'number') {
    document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args[0]);
    position = document?.positionAt(args[1]);
  } else if (vscode.window.activeTextEditor && isReview(vscode.window.activeTextEditor.document)) {
    document = vscode.window.activeTextEditor.document;
    position = vscode.window.activeTextEditor.selection.active;
  }
  const definition = document && position && (await reviews.definition(document, document.offsetAt(position)));
  if (!definition) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a reference to the paper, such as "Figure 9" or "Table 2".'));
    return;
  }
  switch (definition.kind) {
    case 'no-paper':
      void vscode.window.showInformationMessage(vscode.l10n.t('This review has no paper yet: add "paper: <file>.pdf" to its front matter, or run "Open Paper Beside".'));
      return;
    case 'missing':
      // Ctrl+click on "Figure 12" of a nine-figure paper says so rather than doing nothing.
      void vscode.window.showInformationMessage(definition.message);
      return;
    case 'anchor':
      await reveal(vscode.Uri.parse(definition.paperUri), definition.anchor);
  }
}

/** Ctrl+click on a quote (its link's command): the page that prints it, with the quoted words highlighted. */
async function showQuote(reviews: ReviewClient, reveal: RevealQuote, args: unknown[]): Promise<void> {
  const document = typeof args[0] === 'string' ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args[0]) : undefined;
  if (!document || typeof args[1] !== 'number') return;
  const target = await reviews.quoteTarget(document, args[1]);
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This review has no paper yet: add "paper: <file>.pdf" to its front matter, or run "Open Paper Beside".'));
    return;
  }
  if (!(await reveal(vscode.Uri.parse(target.paperUri), target.page, target.text))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Page {0} of the paper does not print this quote.', target.page));
  }
}

export function registerShowInPaper(reviews: ReviewClient, reveal: RevealAnchor, revealQuote: RevealQuote): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(showInPaperCommand, (...args: unknown[]) => showInPaper(reviews, reveal, args)),
    vscode.commands.registerCommand(showQuoteCommand, (...args: unknown[]) => showQuote(reviews, revealQuote, args)),
  );
}
