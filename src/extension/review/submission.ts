import * as vscode from 'vscode';
import {
  exportIsIncomplete, exportProblems, exportReview, exportedSection, formatExport, openReviewContent,
  type ExportedField, type ExportFormat, type ReviewAnalysis, type ReviewSection,
} from '../../core';
import { isReview, reviewLanguageId, type ReviewService } from './reviewService';

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

  constructor(private readonly service: ReviewService) {}

  refresh(): void { this.#onDidChange.fire(); }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (this.service.inputProblem(document)) return [];
    const analysis = this.service.analyze(document);
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
          tooltip: `Characters as ${form.venue} counts them in its "${field.field.label}" field. ${form.limits}`,
        }));
      }
      if (field.copyText !== undefined) {
        lenses.push(new vscode.CodeLens(range, {
          title: 'Copy for submission', command: copySectionCommand, arguments: [document.uri, field.field.sectionId],
          tooltip: `Copy this section as ${form.venue}'s "${field.field.label}" field takes it`,
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
async function copySection(service: ReviewService, uri?: vscode.Uri, sectionId?: string): Promise<void> {
  const editor = reviewEditor(uri);
  const document = editor?.document ?? (uri ? await vscode.workspace.openTextDocument(uri) : undefined);
  if (!document || !isReview(document)) {
    void vscode.window.showInformationMessage('Paper Review: open a review (*.review.md) first.');
    return;
  }
  const analysis = service.analyze(document);
  let id = sectionId;
  if (!id && editor) {
    const at = document.offsetAt(editor.selection.active);
    const around = analysis.sections.filter((s) => s.templateSection && s.headingRange.start <= at && at <= Math.max(s.bodyRange.end, s.headingRange.end)).at(-1);
    id = around?.templateSection?.id;
  }
  const field = id ? exportedSection(analysis, id) : undefined;
  if (!field) {
    void vscode.window.showInformationMessage('Paper Review: put the cursor in a section of the review form to copy it.');
    return;
  }
  const title = field.section?.templateSection?.title ?? field.field.label;
  if (field.copyText === undefined) {
    const why = field.problem === 'unanswered' ? 'has no score chosen' : field.problem === 'off-scale' ? 'has a score that is not on the form\'s scale' : 'is empty';
    void vscode.window.showWarningMessage(`Paper Review: "${title}" ${why}; nothing was copied.`);
    return;
  }
  await vscode.env.clipboard.writeText(field.copyText);
  const { form } = exportReview(analysis);
  const count = fieldCount(field);
  const parts = [`Copied "${title}" for ${form.venue}'s "${field.field.label}" field${count ? ` (${count})` : ''}.`, ...field.notes];
  if (field.tooLong) parts.push(`It is over the field's limit of ${n(field.field.maxLength!)} characters.`);
  if (field.problem === 'on-form') parts.push(`Choose the answer on ${form.venue}'s form; this is your text for it.`);
  const show = field.tooLong ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(`Paper Review: ${parts.join(' ')}`);
}

/** Exports the whole review to the clipboard or a file, in a format the reviewer picks. Never posts anything. */
async function exportWholeReview(service: ReviewService): Promise<void> {
  const editor = reviewEditor();
  if (!editor) {
    void vscode.window.showInformationMessage('Paper Review: open a review (*.review.md) first.');
    return;
  }
  const result = exportReview(service.analyze(editor.document));
  const content = openReviewContent(result);
  const formats: { label: string; description: string; format: ExportFormat }[] = [
    { label: 'Markdown', description: `one "## field" heading per ${result.form.venue} field`, format: 'markdown' },
    { label: 'Text', description: 'each field\'s label, then its text, to paste field by field', format: 'text' },
    ...(content ? [{ label: 'OpenReview note content (JSON)', description: 'for openreview-py; nothing is posted', format: 'openreview' as const }] : []),
  ];
  const picked = await vscode.window.showQuickPick(formats, { placeHolder: `Export the review for ${result.form.venue} as…` });
  if (!picked) return;
  const output = picked.format === 'openreview' ? `${JSON.stringify(content, null, 2)}\n` : formatExport(result, picked.format);
  const where = await vscode.window.showQuickPick([{ label: 'Copy to Clipboard', file: false }, { label: 'Save to File…', file: true }], { placeHolder: 'Export to' });
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
  const done = `Paper Review: exported ${result.form.venue} review ${where.file ? 'to the file' : 'to the clipboard'}.`;
  if (problems.length) {
    void (exportIsIncomplete(result) ? vscode.window.showWarningMessage : vscode.window.showInformationMessage)(`${done} ${problems.join(' ')}`);
  } else {
    void vscode.window.showInformationMessage(done);
  }
}

export function registerSubmission(service: ReviewService): vscode.Disposable {
  const lenses = new SubmissionLensProvider(service);
  return vscode.Disposable.from(
    vscode.languages.registerCodeLensProvider({ language: reviewLanguageId }, lenses),
    service.onDidChangeOptions(() => lenses.refresh()),
    vscode.commands.registerCommand(copySectionCommand, (uri?: vscode.Uri, sectionId?: string) => copySection(service, uri, sectionId)),
    vscode.commands.registerCommand(exportReviewCommand, () => exportWholeReview(service)),
  );
}
