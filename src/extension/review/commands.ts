import * as vscode from 'vscode';
import { checkReview, reviewProgress, templateSnippets } from '../../core';
import { isReview, type ReviewService } from './reviewService';
import { toWorkspaceEdit } from './convert';

export const nextIncompleteSectionCommand = 'paperReview.nextIncompleteSection';
export const insertTemplateCommand = 'paperReview.insertTemplate';

function activeReview(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isReview(editor.document)) return editor;
  void vscode.window.showInformationMessage('Paper Review: open a review (*.review.md) first.');
  return undefined;
}

/** Moves the cursor to the next section (after the cursor, wrapping around) that is not done yet. */
async function goToNextIncompleteSection(service: ReviewService): Promise<void> {
  const editor = activeReview();
  if (!editor) return;
  const document = editor.document;
  const analysis = service.analyze(document);
  const here = document.offsetAt(editor.selection.active);
  const present = reviewProgress(analysis).remaining.flatMap((r) => (r.section ? [r.section] : []))
    .sort((a, b) => a.headingRange.start - b.headingRange.start);
  const target = present.find((s) => s.headingRange.start > here) ?? present[0];
  if (target) {
    const body = document.positionAt(target.bodyRange.start);
    const next = body.line + 1 < document.lineCount && document.lineAt(body.line).range.end.isEqual(body) ? new vscode.Position(body.line + 1, 0) : body;
    editor.selection = new vscode.Selection(next, next);
    editor.revealRange(new vscode.Range(document.positionAt(target.headingRange.start), next), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return;
  }
  const missing = analysis.missing.map((s) => s.title);
  if (missing.length === 0) {
    void vscode.window.showInformationMessage(`Paper Review: every section of the ${analysis.template.name} form is done.`);
    return;
  }
  const insert = 'Insert Missing Sections';
  const choice = await vscode.window.showInformationMessage(`Paper Review: the sections present are done; missing: ${missing.join(', ')}.`, insert);
  if (choice === insert) {
    const fix = checkReview(analysis).find((d) => d.code === 'missing-section')?.fixes.at(-1);
    if (fix) await vscode.workspace.applyEdit(toWorkspaceEdit(document, fix.edits));
  }
}

/** Inserts a whole review form (built-in or the user's) at the cursor, as a snippet. */
async function insertTemplate(service: ReviewService): Promise<void> {
  const editor = activeReview();
  if (!editor) return;
  await service.templates.ready;
  const picked = await vscode.window.showQuickPick(
    service.templates.templates.map((t) => ({ label: t.name, description: t.id, detail: t.sections.map((s) => s.title).join(' · '), template: t })),
    { placeHolder: 'Review form to insert', matchOnDescription: true },
  );
  if (!picked) return;
  const form = Object.values(templateSnippets(picked.template)).at(-1)!;
  await editor.insertSnippet(new vscode.SnippetString(form.body.join('\n')));
}

export function registerReviewCommands(service: ReviewService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(nextIncompleteSectionCommand, () => goToNextIncompleteSection(service)),
    vscode.commands.registerCommand(insertTemplateCommand, () => insertTemplate(service)),
  );
}
