import * as vscode from 'vscode';
import {
  exportIsIncomplete, exportProblems, exportReview, exportedSection, formatExport, openReviewContent,
  type ExportedField, type ExportFormat, type ReviewAnalysis, type ReviewSection,
} from '../../core';
import { isReview, reviewLanguageId, type ReviewClient } from '../languageClient/reviewClient';

export const copySectionCommand = 'paperReview.copySectionForSubmission';
export const exportReviewCommand = 'paperReview.exportReview';

const n = (x: number) => x.toLocaleString('en-US');

/** "1,234 / 20,000" under a limit, "1,234 characters" without one; undefined for scores and for no text. */
export function fieldCount(field: ExportedField | undefined): string | undefined {
  if (!field?.length) return undefined;
  return field.field.maxLength !== undefined ? `${n(field.length)} / ${n(field.field.maxLength)}` : `${n(field.length)} characters`;
}

/** The exported field of a section of the review, if the section answers one. */
export function sectionField(analysis: ReviewAnalysis, section: ReviewSection): ExportedField | undefined {
  if (!section.templateSection || section.duplicate) return undefined;
  return exportedSection(analysis, section.templateSection.id);
}

/** On each section's heading: its length as the venue counts it, and a lens that copies it for submission. */
class SubmissionLensProvider implements vscode.CodeLensProvider {
  readonly #onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.#onDidChange.event;

  constructor(private readonly service: ReviewClient) {}

  refresh(): void { this.#onDidChange.fire(); }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const { analysis, inputProblem } = await this.service.analyzed(document);
    if (inputProblem) return [];
    const { form } = exportReview(analysis);
    const lenses: vscode.CodeLens[] = [];
    for (const section of analysis.sections) {
      const field = sectionField(analysis, section);
      if (!field) continue;
      const range = new vscode.Range(document.positionAt(section.headingRange.start), document.positionAt(section.headingRange.start));
      const count = fieldCount(field);
      if (count) {
        lenses.push(new vscode.CodeLens(range, {
          title: field.tooLong ? `$(warning) ${count}` : count, command: '',
          tooltip: `${vscode.l10n.t('Characters as {0} counts them in its "{1}" field.', form.venue, field.field.label)} ${form.limits}`,
        }));
      }
      if (field.copyText !== undefined) {
        lenses.push(new vscode.CodeLens(range, {
          title: vscode.l10n.t('Copy for submission'), command: copySectionCommand, arguments: [document.uri, field.field.sectionId],
          tooltip: vscode.l10n.t('Copy this section as {0}\'s "{1}" field takes it', form.venue, field.field.label),
        }));
      }
    }
    return lenses;
  }
}

function reviewEditor(uri?: vscode.Uri): vscode.TextEditor | undefined {
  const editor = uri ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()) : vscode.window.activeTextEditor;
  return editor && isReview(editor.document) ? editor : undefined;
}

/** Copies one section (given, or the one at the cursor) as the venue's field takes it; says what was changed or is missing. */
async function copySection(service: ReviewClient, uri?: vscode.Uri, sectionId?: string): Promise<void> {
  const editor = reviewEditor(uri);
  const document = editor?.document ?? (uri ? await vscode.workspace.openTextDocument(uri) : undefined);
  if (!document || !isReview(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Paper Review: open a review (*.review.md) first.'));
    return;
  }
  const analysis = await service.analyze(document);
  let id = sectionId;
  if (!id && editor) {
    const at = document.offsetAt(editor.selection.active);
    const around = analysis.sections.filter((s) => s.templateSection && s.headingRange.start <= at && at <= Math.max(s.bodyRange.end, s.headingRange.end)).at(-1);
    id = around?.templateSection?.id;
  }
  const field = id ? exportedSection(analysis, id) : undefined;
  if (!field) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Paper Review: put the cursor in a section of the review form to copy it.'));
    return;
  }
  const title = field.section?.templateSection?.title ?? field.field.label;
  if (field.copyText === undefined) {
    const why = field.problem === 'unanswered' ? 'has no score chosen' : field.problem === 'off-scale' ? 'has a score that is not on the form\'s scale' : 'is empty';
    void vscode.window.showWarningMessage(vscode.l10n.t('Paper Review: "{0}" {1}; nothing was copied.', title, why));
    return;
  }
  await vscode.env.clipboard.writeText(field.copyText);
  const { form } = exportReview(analysis);
  const count = fieldCount(field);
  const parts = [count ? vscode.l10n.t('Copied "{0}" for {1}\'s "{2}" field ({3}).', title, form.venue, field.field.label, count) : vscode.l10n.t('Copied "{0}" for {1}\'s "{2}" field.', title, form.venue, field.field.label), ...field.notes];
  if (field.tooLong) parts.push(vscode.l10n.t('It is over the field\'s limit of {0} characters.', n(field.field.maxLength!)));
  if (field.problem === 'on-form') parts.push(vscode.l10n.t('Choose the answer on {0}\'s form; this is your text for it.', form.venue));
  const show = field.tooLong ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(`Paper Review: ${parts.join(' ')}`);
}

/** Exports the whole review to the clipboard or a file, in a format the reviewer picks. Never posts anything. */
async function exportWholeReview(service: ReviewClient): Promise<void> {
  const editor = reviewEditor();
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Paper Review: open a review (*.review.md) first.'));
    return;
  }
  const result = exportReview(await service.analyze(editor.document));
  const content = openReviewContent(result);
  const formats: { label: string; description: string; format: ExportFormat }[] = [
    { label: 'Markdown', description: vscode.l10n.t('one "## field" heading per {0} field', result.form.venue), format: 'markdown' },
    { label: vscode.l10n.t('Text'), description: vscode.l10n.t('each field\'s label, then its text, to paste field by field'), format: 'text' },
    ...(content ? [{ label: vscode.l10n.t('OpenReview note content (JSON)'), description: vscode.l10n.t('for openreview-py; nothing is posted'), format: 'openreview' as const }] : []),
  ];
  const picked = await vscode.window.showQuickPick(formats, { placeHolder: vscode.l10n.t('Export the review for {0} as…', result.form.venue) });
  if (!picked) return;
  const output = picked.format === 'openreview' ? `${JSON.stringify(content, null, 2)}\n` : formatExport(result, picked.format);
  const where = await vscode.window.showQuickPick([{ label: vscode.l10n.t('Copy to Clipboard'), file: false }, { label: vscode.l10n.t('Save to File…'), file: true }], { placeHolder: vscode.l10n.t('Export to') });
  if (!where) return;
  if (where.file) {
    const extension = picked.format === 'openreview' ? 'json' : picked.format === 'markdown' ? 'md' : 'txt';
    const base = editor.document.uri.path.replace(/\.review(?:\.md)?$/i, '');
    const target = await vscode.window.showSaveDialog({ defaultUri: editor.document.uri.with({ path: `${base}.${result.form.templateId}.${extension}` }) });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(output));
  } else {
    await vscode.env.clipboard.writeText(output);
  }
  const problems = exportProblems(result);
  const done = where.file ? vscode.l10n.t('Paper Review: exported {0} review to the file.', result.form.venue) : vscode.l10n.t('Paper Review: exported {0} review to the clipboard.', result.form.venue);
  if (problems.length) {
    void (exportIsIncomplete(result) ? vscode.window.showWarningMessage : vscode.window.showInformationMessage)(`${done} ${problems.join(' ')}`);
  } else {
    void vscode.window.showInformationMessage(done);
  }
}

export function registerSubmission(service: ReviewClient): vscode.Disposable {
  const lenses = new SubmissionLensProvider(service);
  return vscode.Disposable.from(
    vscode.languages.registerCodeLensProvider({ language: reviewLanguageId }, lenses),
    service.onDidRecheck(() => lenses.refresh()),
    vscode.commands.registerCommand(copySectionCommand, (uri?: vscode.Uri, sectionId?: string) => copySection(service, uri, sectionId)),
    vscode.commands.registerCommand(exportReviewCommand, () => exportWholeReview(service)),
  );
}
