import * as vscode from 'vscode';
import { choosePaper } from '../../viewer/host/paperChoice';

const rememberedKey = (review: vscode.Uri) => `paperReview.viewer.paperFor:${review.toString()}`;

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

/** A path from the front matter or a remembered choice: relative to the review's folder, or absolute. */
export function resolveFromReview(review: vscode.Uri, path: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path)) return vscode.Uri.parse(path);
  const folder = vscode.Uri.joinPath(review, '..');
  return path.startsWith('/') ? folder.with({ path }) : vscode.Uri.joinPath(folder, path);
}

/**
 * The review's paper, decided as `choosePaper` says (front matter, a remembered choice, the same base name, the only
 * PDF in the folder). With `ask` (the user asked for the paper), a file picker settles what those leave open and the
 * answer is remembered; without, the result is undefined then — hovers and diagnostics never interrupt the reviewer.
 */
export async function findPaper(context: vscode.ExtensionContext, review: vscode.Uri, frontMatterPaper: string | undefined, ask: boolean): Promise<vscode.Uri | undefined> {
  const folder = vscode.Uri.joinPath(review, '..');
  const rememberedPath = context.workspaceState.get<string>(rememberedKey(review));
  const remembered = rememberedPath && (await isFile(resolveFromReview(review, rememberedPath))) ? rememberedPath : undefined;
  let pdfsInFolder: string[] = [];
  try {
    pdfsInFolder = (await vscode.workspace.fs.readDirectory(folder))
      .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && name.toLowerCase().endsWith('.pdf'))
      .map(([name]) => name);
  } catch {
    // An unreadable folder (or an untitled review) leaves only the front matter and the picker.
  }
  const choice = choosePaper({
    reviewFileName: review.path.slice(review.path.lastIndexOf('/') + 1), remembered, pdfsInFolder, frontMatterPaper,
    frontMatterPaperExists: frontMatterPaper ? await isFile(resolveFromReview(review, frontMatterPaper)) : false,
  });
  let paper: vscode.Uri | undefined;
  if (choice.kind === 'path') paper = resolveFromReview(review, choice.path);
  else if (ask) {
    paper = (await vscode.window.showOpenDialog({
      defaultUri: folder, canSelectMany: false, filters: { PDF: ['pdf'] },
      title: vscode.l10n.t('Choose the paper (PDF) for this review'), openLabel: vscode.l10n.t('Choose Paper'),
    }))?.[0];
  }
  // What the user settled (by asking for the paper) is remembered, so a later guess cannot change it.
  if (paper && ask && !(choice.kind === 'path' && choice.reason === 'remembered')) {
    const relative = paper.path.startsWith(`${folder.path}/`) ? paper.path.slice(folder.path.length + 1) : paper.path;
    await context.workspaceState.update(rememberedKey(review), relative);
  }
  return paper;
}
