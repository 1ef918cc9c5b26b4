import * as vscode from 'vscode';
import { reviewLanguageId, type ReviewService } from './reviewService';
import { toRange, toWorkspaceEdit } from './convert';
import { diagnosticSource } from './diagnostics';

/** Offers the core's fixes for the Paper Review diagnostics under the cursor. */
class ReviewCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: ReviewService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === diagnosticSource);
    if (ours.length === 0) return [];
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const shown of ours) {
      // Several missing-section diagnostics share the review's head: the message tells them apart.
      const found = this.service.diagnostics(document).find((d) => d.code === shown.code && d.message === shown.message && toRange(document, d.range).isEqual(shown.range));
      for (const fix of found?.fixes ?? []) {
        // "Insert all missing sections" is offered by every missing-section diagnostic: list it once.
        if (seen.has(fix.title)) continue;
        seen.add(fix.title);
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, fix.edits);
        action.diagnostics = [shown];
        action.isPreferred = fix.isPreferred;
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerCodeActions(service: ReviewService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: reviewLanguageId }, new ReviewCodeActionProvider(service), {
    providedCodeActionKinds: ReviewCodeActionProvider.kinds,
  });
}
