import * as vscode from 'vscode';
import { exportReview, reviewProgress } from '../../core';
import { notAReviewMessage } from '../../core/language';
import { isReview, type ReviewService } from './reviewService';
import { nextIncompleteSectionCommand } from './commands';
import { fieldCount } from './submission';

/** "Review 11/13" for the active review, with what is left in the tooltip; a click goes to the next incomplete section. */
export function registerStatusBar(service: ReviewService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('paperReview.progress', vscode.StatusBarAlignment.Left, 100);
  item.name = 'Paper Review progress';
  item.command = nextIncompleteSectionCommand;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isReview(document)) { item.hide(); return; }
    const problem = service.inputProblem(document);
    if (problem) {
      item.text = '$(warning) Review';
      item.tooltip = notAReviewMessage(problem);
      item.show();
      return;
    }
    const analysis = service.analyze(document);
    const progress = reviewProgress(analysis);
    item.text = `$(checklist) Review ${progress.done}/${progress.total}`;
    const tooltip = new vscode.MarkdownString(`**${analysis.template.name}**: ${progress.done} of ${progress.total} sections done.\n\n`);
    if (progress.remaining.length) {
      tooltip.appendMarkdown('Left to do:\n\n');
      for (const r of progress.remaining) tooltip.appendMarkdown(`- ${r.title} — ${r.reason}${r.required ? '' : ' (optional)'}\n`);
    } else {
      tooltip.appendMarkdown('Every section is done.');
    }
    // Each field's length as the venue counts it, so the reviewer sees what is near a limit before pasting.
    const { form, fields } = exportReview(analysis);
    const counted = fields.filter((f) => fieldCount(f));
    if (counted.length) {
      tooltip.appendMarkdown(`\n\n${form.venue} fields (characters):\n\n`);
      for (const f of counted) tooltip.appendMarkdown(`- ${f.field.label}: ${fieldCount(f)}${f.tooLong ? ' — over the limit' : ''}\n`);
    }
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `Review progress: ${progress.done} of ${progress.total} sections done` };
    item.show();
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(update, 300); };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) later(); }),
    vscode.workspace.onDidOpenTextDocument(later),
    service.onDidChangeOptions(update),
    { dispose: () => clearTimeout(timer) },
  );
}
