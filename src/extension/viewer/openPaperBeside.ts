import * as vscode from 'vscode';
import { analyzeReview } from '../../core/review/analysis';
import { choosePaper } from '../../viewer/host/paperChoice';
import { PDF_VIEWER_TYPE } from './pdfEditorProvider';

const rememberedKey = (review: vscode.Uri) => `paperReview.viewer.paperFor:${review.toString()}`;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

/** Resolves `path` (relative to the review's folder, or absolute) to a URI in the review's file system. */
function resolveRelative(folder: vscode.Uri, path: string): vscode.Uri {
  return path.startsWith('/') ? folder.with({ path }) : vscode.Uri.joinPath(folder, path);
}

/**
 * "Paper Review: Open Paper Beside": opens the review's paper in the column beside it and
 * remembers the choice (workspace state) for next time.
 */
export async function openPaperBeside(context: vscode.ExtensionContext, reviewUri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  const review = reviewUri ?? editor?.document.uri;
  if (!review) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a review first, then run "Open Paper Beside".'));
    return undefined;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === review.toString()) ?? (await vscode.workspace.openTextDocument(review));
  const folder = vscode.Uri.joinPath(review, '..');
  const reviewFileName = review.path.slice(review.path.lastIndexOf('/') + 1);

  const rememberedPath = context.workspaceState.get<string>(rememberedKey(review));
  const remembered = rememberedPath && (await exists(resolveRelative(folder, rememberedPath))) ? rememberedPath : undefined;
  const frontMatterPaper = analyzeReview(doc.getText()).frontMatter.paper;
  let pdfsInFolder: string[] = [];
  try {
    pdfsInFolder = (await vscode.workspace.fs.readDirectory(folder))
      .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && name.toLowerCase().endsWith('.pdf'))
      .map(([name]) => name);
  } catch {
    // an unreadable folder leaves the picker
  }
  const choice = choosePaper({
    reviewFileName, remembered, pdfsInFolder, frontMatterPaper,
    frontMatterPaperExists: frontMatterPaper ? await exists(resolveRelative(folder, frontMatterPaper)) : false,
  });

  let paper: vscode.Uri | undefined;
  if (choice.kind === 'path') {
    paper = resolveRelative(folder, choice.path);
  } else {
    const picked = await vscode.window.showOpenDialog({
      defaultUri: folder, canSelectMany: false, filters: { PDF: ['pdf'] },
      title: vscode.l10n.t('Choose the paper (PDF) for this review'), openLabel: vscode.l10n.t('Open Paper Beside'),
    });
    paper = picked?.[0];
    if (!paper) return undefined;
  }
  if (choice.kind !== 'path' || choice.reason !== 'remembered') {
    const relative = paper.path.startsWith(`${folder.path}/`) ? paper.path.slice(folder.path.length + 1) : paper.path;
    await context.workspaceState.update(rememberedKey(review), relative);
  }
  await vscode.commands.executeCommand('vscode.openWith', paper, PDF_VIEWER_TYPE, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  return paper;
}
