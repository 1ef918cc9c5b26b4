import * as vscode from 'vscode';
import { quoteOrReason, recordedQuote, type QuotedPaper } from '../../core/quotes/format';
import { paperTextOf, type IndexWithText } from '../../core/quotes/check';
import { maxSelectionLength } from '../../protocol/viewerMessages';
import { isReview, type ReviewClient } from '../languageClient/reviewClient';

export const quoteSelectionCommand = 'paperReview.quoteSelection';

export interface PaperSelection {
  readonly uri: vscode.Uri;
  readonly page: number;
  readonly text: string;
  /** The selection's length when it was too long to quote (`text` is then empty). */
  readonly tooLong?: number;
}

/** The review a paper belongs to: a visible review whose paper it is, else the visible review last used. */
async function reviewFor(service: ReviewClient, paper: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const reviews = vscode.window.visibleTextEditors.filter((e) => isReview(e.document));
  for (const editor of reviews) {
    if ((await service.paper(editor.document))?.paper.toString() === paper.toString()) return editor;
  }
  return reviews[0];
}

/** The review's paper text when the selection is from that paper and its index carries the text; else undefined. */
async function quotedPaper(service: ReviewClient, review: vscode.TextDocument, selected: vscode.Uri): Promise<QuotedPaper | undefined> {
  const paper = await service.paper(review);
  if (paper?.paper.toString() !== selected.toString()) return undefined;
  const index: IndexWithText = paper.index;
  const text = paperTextOf(index);
  return text && { text, fingerprint: index.fingerprint };
}

/**
 * "Paper Review: Quote Selection in Review": the text last selected in the paper goes into its review at the
 * cursor, as a Markdown quote citing the page; one undoable edit, and the viewer keeps the focus for the next quote.
 * When the paper's text is indexed, the quote records where it was taken (hidden in the preview), so it is checked
 * and found again in a revised paper.
 */
export function registerQuoteSelection(service: ReviewClient, onDidSelect: (listener: (s: PaperSelection) => unknown) => vscode.Disposable): vscode.Disposable {
  const last = new Map<string, PaperSelection>();
  let latest: PaperSelection | undefined;
  const quote = async () => {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    const selection = tab instanceof vscode.TabInputCustom ? last.get(tab.uri.toString()) ?? latest : latest;
    const decided = quoteOrReason(selection, maxSelectionLength);
    if ('reason' in decided) {
      void vscode.window.showInformationMessage(decided.reason);
      return;
    }
    const editor = await reviewFor(service, selection!.uri);
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open the review beside the paper to quote into it.'));
      return;
    }
    const paper = await quotedPaper(service, editor.document, selection!.uri);
    const at = editor.selection.active;
    const line = editor.document.lineAt(at.line);
    // A quote is its own paragraph: start on a fresh line, and leave a blank line after it.
    const quote = paper ? recordedQuote(selection!.text, selection!.page, paper) : decided.quote;
    const text = `${line.isEmptyOrWhitespace ? '' : '\n\n'}${quote}\n\n`;
    const position = line.isEmptyOrWhitespace ? line.range.start : line.range.end;
    if (await editor.edit((b) => b.insert(position, text))) {
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  };
  return vscode.Disposable.from(
    onDidSelect((s) => { last.set(s.uri.toString(), s); latest = s; }),
    vscode.commands.registerCommand(quoteSelectionCommand, quote),
  );
}
