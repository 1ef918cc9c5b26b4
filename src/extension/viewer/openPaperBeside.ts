import * as vscode from 'vscode';
import { analyzeReview } from '../../core/review/analysis';
import { findPaper } from '../paper/findPaper';
import { PDF_VIEWER_TYPE } from './pdfEditorProvider';

/**
 * "Paper Review: Open Paper Beside": opens the review's paper in the column beside it and
 * remembers the choice (workspace state) for next time.
 */
export async function openPaperBeside(context: vscode.ExtensionContext, reviewUri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const review = reviewUri ?? vscode.window.activeTextEditor?.document.uri;
  if (!review) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a review first, then run "Open Paper Beside".'));
    return undefined;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === review.toString()) ?? (await vscode.workspace.openTextDocument(review));
  const paper = await findPaper(context, review, analyzeReview(doc.getText()).frontMatter.paper, true);
  if (!paper) return undefined;
  await vscode.commands.executeCommand('vscode.openWith', paper, PDF_VIEWER_TYPE, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  return paper;
}
