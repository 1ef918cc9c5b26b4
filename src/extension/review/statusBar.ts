import * as vscode from 'vscode';
import { exportReview, reviewProgress } from '../../core';
import { notAReviewMessage } from '../../core/language';
import { isReview, type ReviewClient } from '../languageClient/reviewClient';
import { nextIncompleteSectionCommand } from './commands';
import { fieldCount } from './submission';

/** "Review 11/13" for the active review, with what is left in the tooltip; a click goes to the next incomplete section. */
export function registerStatusBar(service: ReviewClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('paperReview.progress', vscode.StatusBarAlignment.Left, 100);
  item.name = vscode.l10n.t('Paper Review progress');
  item.command = nextIncompleteSectionCommand;
  let timer: ReturnType<typeof setTimeout> | undefined;

  let shown = 0;
  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    const asked = ++shown;
    if (!document || !isReview(document)) { item.hide(); return; }
    const analyzed = await service.analyzed(document).catch(() => undefined);
    // A newer update (another editor, another edit) has started meanwhile: it shows its own answer.
    if (!analyzed || asked !== shown) return;
    const { analysis, inputProblem: problem } = analyzed;
    if (problem) {
      item.text = `$(warning) ${vscode.l10n.t('Review')}`;
      item.tooltip = notAReviewMessage(problem);
      item.show();
      return;
    }
    const progress = reviewProgress(analysis);
    item.text = `$(checklist) ${vscode.l10n.t('Review {0}/{1}', progress.done, progress.total)}`;
    const tooltip = new vscode.MarkdownString(vscode.l10n.t('**{0}**: {1} of {2} sections done.', analysis.template.name, progress.done, progress.total) + '\n\n');
    if (progress.remaining.length) {
      tooltip.appendMarkdown(`${vscode.l10n.t('Left to do:')}\n\n`);
      for (const r of progress.remaining) tooltip.appendMarkdown(`- ${r.title} — ${r.reason}${r.required ? '' : ` ${vscode.l10n.t('(optional)')}`}\n`);
    } else {
      tooltip.appendMarkdown(vscode.l10n.t('Every section is done.'));
    }
    // Each field's length as the venue counts it, so the reviewer sees what is near a limit before pasting.
    const { form, fields } = exportReview(analysis);
    const counted = fields.filter((f) => fieldCount(f));
    if (counted.length) {
      tooltip.appendMarkdown(`\n\n${vscode.l10n.t('{0} fields (characters):', form.venue)}\n\n`);
      for (const f of counted) tooltip.appendMarkdown(`- ${f.field.label}: ${fieldCount(f)}${f.tooLong ? ` — ${vscode.l10n.t('over the limit')}` : ''}\n`);
    }
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: vscode.l10n.t('Review progress: {0} of {1} sections done', progress.done, progress.total) };
    item.show();
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(update, 300); };

  void update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) later(); }),
    vscode.workspace.onDidOpenTextDocument(later),
    service.onDidRecheck(update),
    { dispose: () => clearTimeout(timer) },
  );
}
