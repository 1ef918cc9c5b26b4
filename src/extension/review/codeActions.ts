import * as vscode from 'vscode';
import { reviewLanguageId, type ReviewService } from './reviewService';
import { toWorkspaceEdit } from './convert';
import { getCodeActions } from '../../core/language';
import { diagnosticSource } from './diagnostics';

/** Offers the core's fixes for the Paper Review diagnostics under the cursor. */
class ReviewCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: ReviewService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === diagnosticSource);
    if (ours.length === 0) return [];
    const shown = ours.map((d) => ({ code: String(d.code), message: d.message, range: { start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end) }, shown: d }));
    // The core matches each shown diagnostic by code, message and range and lists a fix several offer once.
    return getCodeActions(this.service.diagnostics(document), shown).map(({ fix, diagnostic }) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document, fix.edits);
      action.diagnostics = [(diagnostic as (typeof shown)[number]).shown];
      action.isPreferred = fix.isPreferred;
      return action;
    });
  }
}

export function registerCodeActions(service: ReviewService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: reviewLanguageId }, new ReviewCodeActionProvider(service), {
    providedCodeActionKinds: ReviewCodeActionProvider.kinds,
  });
}
