import * as vscode from 'vscode';
import { wholeFormSnippetLines, type ReviewTemplate } from '../../core';
import { newReviewFrontMatter, reviewFileNameFor } from '../../core/newReview/reviewFile';
import { suggestForm } from '../../core/newReview/suggestForm';
import type { PaperFacts } from '../../core/newReview/paperFacts';
import { PDF_VIEWER_TYPE } from '../viewer/pdfEditorProvider';
import type { TemplateRegistry } from './templateRegistry';

export const newReviewCommand = 'paperReview.newReview';

/** What New Review can learn of a paper before the form is chosen; undefined fields when the PDF does not tell. */
export type { PaperFacts };

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The PDF shown in the active editor group's viewer, if that is what the user is looking at. */
function activePaper(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom && input.viewType === PDF_VIEWER_TYPE ? input.uri : undefined;
}

async function pickPaper(): Promise<vscode.Uri | undefined> {
  const pdfs = await vscode.workspace.findFiles('**/*.pdf', '**/node_modules/**', 500);
  if (pdfs.length === 0) {
    return (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { PDF: ['pdf'] }, title: vscode.l10n.t('Choose the paper to review'), openLabel: vscode.l10n.t('Review This Paper') }))?.[0];
  }
  const picked = await vscode.window.showQuickPick(
    pdfs.sort((a, b) => a.path.localeCompare(b.path)).map((uri) => ({ label: baseName(uri), description: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder: vscode.l10n.t('The paper to review'), matchOnDescription: true },
  );
  return picked?.uri;
}

async function pickForm(templates: readonly ReviewTemplate[], facts: PaperFacts | undefined): Promise<ReviewTemplate | undefined> {
  const suggestion = facts?.firstPageText ? suggestForm(facts.firstPageText, templates.map((t) => t.id)) : undefined;
  const items = templates.map((t) => ({
    label: t.name,
    description: t.id === suggestion?.templateId ? vscode.l10n.t('suggested: the paper reads “{0}”', suggestion.evidence) : t.id,
    detail: t.sections.map((s) => s.title).join(' · '),
    template: t,
  }));
  const suggested = items.findIndex((i) => i.template.id === suggestion?.templateId);
  if (suggested > 0) items.unshift(...items.splice(suggested, 1));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Review form'), matchOnDescription: true }))?.template;
}

/**
 * New Review: for a paper (the one clicked, the one in the viewer, or one the user picks) and a form, creates
 * `<paper>.review.md` beside the paper with front matter tying it to both, inserts the form's sections, and opens
 * the review with the paper beside it. An existing review is opened, never overwritten.
 */
export async function newReview(
  templates: TemplateRegistry, paperFacts: (paper: vscode.Uri) => Promise<PaperFacts | undefined>, clicked?: unknown, templateId?: unknown,
): Promise<vscode.Uri | undefined> {
  const paper = clicked instanceof vscode.Uri ? clicked : activePaper() ?? (await pickPaper());
  if (!paper) return undefined;
  const review = vscode.Uri.joinPath(paper, '..', reviewFileNameFor(baseName(paper)));
  const openBeside = () => vscode.commands.executeCommand('vscode.openWith', paper, PDF_VIEWER_TYPE, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  if (await exists(review)) {
    await vscode.window.showTextDocument(review, { viewColumn: vscode.ViewColumn.One });
    await openBeside();
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} already has a review: opened {1}.', baseName(paper), baseName(review)));
    return review;
  }
  // Reading the paper may take a moment (it is indexed once, then cached); the form picker waits for it.
  const facts = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading {0}', baseName(paper)) },
    () => paperFacts(paper).catch(() => undefined));
  await templates.ready;
  // A form id (from a script or a test) skips the picker; the explorer passes the selected files there instead.
  const named = typeof templateId === 'string' ? templates.templates.find((t) => t.id === templateId) : undefined;
  const template = named ?? (await pickForm(templates.templates, facts));
  if (!template) return undefined;

  const edit = new vscode.WorkspaceEdit();
  edit.createFile(review, { ignoreIfExists: false });
  edit.insert(review, new vscode.Position(0, 0), newReviewFrontMatter({ template: template.id, paper: baseName(paper), title: facts?.title }));
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(review)));
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(review, { viewColumn: vscode.ViewColumn.One });
  await editor.insertSnippet(new vscode.SnippetString(wholeFormSnippetLines(template).join('\n')), editor.document.positionAt(editor.document.getText().length));
  await editor.document.save();
  await openBeside();
  return review;
}
