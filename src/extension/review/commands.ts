import * as vscode from 'vscode';
import { incompleteStops, insertSectionFix, nextIncompleteStop, wholeFormSnippetLines } from '../../core';
import { isReview, type ReviewClient } from '../languageClient/reviewClient';
import { toRange, toWorkspaceEdit } from './convert';

export const nextIncompleteSectionCommand = 'paperReview.nextIncompleteSection';
export const insertTemplateCommand = 'paperReview.insertTemplate';

function activeReview(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isReview(editor.document)) return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('Paper Review: open a review (*.review.md) first.'));
  return undefined;
}

/** Where the command last put the cursor, so pressing it again steps on even when several stops share a place. */
interface LastVisit { readonly uri: string; readonly version: number; readonly offset: number; readonly sectionId: string }
let lastVisit: LastVisit | undefined;

/** What the command visited, for its callers (the status bar, tests): the section's title, and whether it is missing. */
export interface VisitedSection { readonly title: string; readonly missing: boolean }

/**
 * Moves to the next section left to do, after the cursor and wrapping around: present ones land on their first
 * placeholder (selected) or their first line; missing ones on the place they belong, with an offer to insert them.
 */
async function goToNextIncompleteSection(service: ReviewClient): Promise<VisitedSection | undefined> {
  const editor = activeReview();
  if (!editor) return undefined;
  const document = editor.document;
  const analysis = await service.analyze(document);
  const cursor = document.offsetAt(editor.selection.start);
  const unmoved = lastVisit && lastVisit.uri === document.uri.toString() && lastVisit.version === document.version && lastVisit.offset === cursor;
  const stop = nextIncompleteStop(incompleteStops(analysis), cursor, unmoved ? lastVisit!.sectionId : undefined);
  if (!stop) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Paper Review: every section of the {0} form is done.', analysis.template.name));
    return undefined;
  }
  const range = toRange(document, stop.range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  lastVisit = { uri: document.uri.toString(), version: document.version, offset: stop.range.start, sectionId: stop.sectionId };
  if (stop.missing) void offerToInsert(service, document, stop.sectionId, stop.title);
  return { title: stop.title, missing: stop.missing };
}

/** A missing section: say so where it belongs, and insert it (as a snippet, at its first placeholder) if asked. */
async function offerToInsert(service: ReviewClient, document: vscode.TextDocument, sectionId: string, title: string): Promise<void> {
  const insert = vscode.l10n.t('Insert Section');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Paper Review: section "{0}" is missing; it belongs here.', title), insert);
  if (choice !== insert || document.isClosed) return;
  // Read the review again: it may have changed while the message was open.
  const analysis = await service.analyze(document);
  const section = analysis.missing.find((s) => s.id === sectionId);
  if (section) await vscode.workspace.applyEdit(toWorkspaceEdit(document, insertSectionFix(analysis, section).edits));
}

/**
 * Inserts a whole review form (built-in or the user's) at the cursor, as a snippet whose scores and yes/no
 * questions are left unanswered. A template id as argument (from a script or a keybinding) skips the picker.
 */
async function insertTemplate(service: ReviewClient, templateId?: unknown): Promise<void> {
  const editor = activeReview();
  if (!editor) return;
  await service.templates.ready;
  const templates = service.templates.templates;
  let template = typeof templateId === 'string' ? templates.find((t) => t.id === templateId) : undefined;
  if (typeof templateId === 'string' && !template) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Paper Review: there is no review form "{0}"; known forms: {1}.', templateId, templates.map((t) => t.id).join(', ')));
    return;
  }
  if (!template) {
    const picked = await vscode.window.showQuickPick(
      templates.map((t) => ({ label: t.name, description: t.id, detail: t.sections.map((s) => s.title).join(' · '), template: t })),
      { placeHolder: vscode.l10n.t('Review form to insert'), matchOnDescription: true },
    );
    if (!picked) return;
    template = picked.template;
  }
  await editor.insertSnippet(new vscode.SnippetString(wholeFormSnippetLines(template).join('\n')));
}

export function registerReviewCommands(service: ReviewClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(nextIncompleteSectionCommand, () => goToNextIncompleteSection(service)),
    vscode.commands.registerCommand(insertTemplateCommand, (templateId?: unknown) => insertTemplate(service, templateId)),
  );
}
