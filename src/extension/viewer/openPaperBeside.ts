import * as vscode from 'vscode';
import { analyzeReview } from '../../core/review/analysis';
import type { PaperFinder } from '../paper/findPaper';
import { PDF_VIEWER_TYPE } from './pdfEditorProvider';

/**
 * "Paper Review: Open Paper Beside": opens the review's paper in the column beside it and
 * remembers the choice (workspace state) for next time.
 */
export async function openPaperBeside(papers: PaperFinder, reviewUri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const review = reviewUri ?? vscode.window.activeTextEditor?.document.uri;
  if (!review) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a review first, then run "Open Paper Beside".'));
    return undefined;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === review.toString()) ?? (await vscode.workspace.openTextDocument(review));
  const { paper, refusal } = await papers.find(review, analyzeReview(doc.getText()).frontMatter.paper, true);
  if (refusal && !paper) void vscode.window.showWarningMessage(refusal.message);
  if (!paper) return undefined;
  await vscode.commands.executeCommand('vscode.openWith', paper, PDF_VIEWER_TYPE, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  return paper;
}
