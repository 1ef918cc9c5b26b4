import type { ReviewAnalysis, ReviewSection } from '../review/analysis';
import type { ReviewTemplate } from '../templates';
import { countVenueCharacters, submissionText, type FieldText } from './fieldText';
import { findVenueForm, type VenueField, type VenueForm } from './venueForms';

/** Why a field carries no answer in the export. */
export type FieldProblem =
  /** The section is not in the review, or has no text (only reported for required sections). */
  | 'missing'
  /** A score section without a score the reviewer chose. */
  | 'unanswered'
  /** A score that is not one of the form's values. */
  | 'off-scale'
  /** A choice the template does not model: the reviewer picks it on the venue's form. */
  | 'on-form';

export interface ExportedField {
  readonly field: VenueField;
  readonly section?: ReviewSection;
  /** The answer as the venue's field takes it: the converted text, or the score's value. */
  readonly value?: string | number;
  /** What Copy Section puts on the clipboard: the text, or "6: marginally above …" for a score. */
  readonly copyText?: string;
  /** Characters as the venue counts them, for text fields. */
  readonly length?: number;
  readonly tooLong: boolean;
  readonly problem?: FieldProblem;
  readonly notes: readonly string[];
  /** Whether the form requires this section. */
  readonly required: boolean;
}

export interface ReviewExport {
  readonly form: VenueForm;
  readonly fields: readonly ExportedField[];
}

/** A template without a venue form (the user's own) is exported section by section, as its Markdown. */
function genericForm(template: ReviewTemplate): VenueForm {
  return {
    templateId: template.id, venue: template.name, platform: 'file', markup: 'markdown', sources: [],
    limits: 'Your own form sets no length limit.',
    fields: template.sections.map((s) => ({ sectionId: s.id, name: s.title, label: s.title, kind: s.score ? 'score' : 'text' })),
  };
}

export function venueFormFor(template: ReviewTemplate): VenueForm {
  return findVenueForm(template.id) ?? genericForm(template);
}

/**
 * Converted section texts by markup and text, so an edit converts only the section it changed (the rest hit the
 * cache). Bounded by the characters it holds, so a long session does not grow it without end.
 */
const converted = new Map<string, FieldText>();
let convertedChars = 0;
const maxConvertedChars = 4_000_000;

function convert(body: string, markup: VenueForm['markup']): FieldText {
  const key = `${markup}\u0000${body}`;
  let result = converted.get(key);
  if (!result) {
    result = submissionText(body, markup);
    if (convertedChars + key.length > maxConvertedChars) { converted.clear(); convertedChars = 0; }
    converted.set(key, result);
    convertedChars += key.length;
  }
  return result;
}

function exportField(field: VenueField, form: VenueForm, template: ReviewTemplate, analysis: ReviewAnalysis): ExportedField {
  const templateSection = template.sections.find((s) => s.id === field.sectionId);
  const section = analysis.sections.find((s) => s.templateSection?.id === field.sectionId && !s.duplicate);
  const required = templateSection?.required ?? false;
  const base = { field, section, required, tooLong: false };
  if (!section || !templateSection) return { ...base, problem: 'missing', notes: [] };
  if (field.kind === 'score') {
    const scale = templateSection.score;
    if (!section.score) return { ...base, problem: 'unanswered', notes: [] };
    const option = scale?.options.find((o) => o.value === section.score!.value);
    if (!option) return { ...base, problem: 'off-scale', notes: [] };
    return { ...base, value: option.value, copyText: `${option.value}: ${option.label}`, notes: [] };
  }
  const text = convert(section.bodyText, form.markup);
  const length = countVenueCharacters(text.text);
  const tooLong = field.maxLength !== undefined && length > field.maxLength;
  if (field.kind === 'choice') {
    return { ...base, copyText: text.text || undefined, length, problem: 'on-form', notes: text.notes };
  }
  if (text.text === '') return { ...base, length, problem: 'missing', notes: [] };
  return { ...base, value: text.text, copyText: text.text, length, tooLong, notes: text.notes };
}

const cache = new WeakMap<ReviewAnalysis, ReviewExport>();

/** Every field of the review's venue form with the review's answer, in the form's order. Cached per analysis. */
export function exportReview(analysis: ReviewAnalysis): ReviewExport {
  let result = cache.get(analysis);
  if (!result) {
    const form = venueFormFor(analysis.template);
    result = { form, fields: form.fields.map((f) => exportField(f, form, analysis.template, analysis)) };
    cache.set(analysis, result);
  }
  return result;
}

/** The exported field of one section of the review (by its template section id). */
export function exportedSection(analysis: ReviewAnalysis, sectionId: string): ExportedField | undefined {
  return exportReview(analysis).fields.find((f) => f.field.sectionId === sectionId);
}

export type ExportFormat = 'openreview' | 'text' | 'markdown';

/** What keeps an export from being complete, one line each, for the CLI's warnings and the editor's message. */
export function exportProblems(result: ReviewExport): string[] {
  const out: string[] = [];
  for (const f of result.fields) {
    const name = `"${f.section?.templateSection?.title ?? f.field.label}" (${f.field.name})`;
    if (f.problem === 'unanswered') out.push(`${name}: no score chosen; not exported.`);
    else if (f.problem === 'off-scale') out.push(`${name}: the score is not one of the form's values; not exported.`);
    else if (f.problem === 'missing' && f.required) out.push(`${name}: missing; not exported.`);
    else if (f.problem === 'on-form') out.push(`${name}: choose the answer on ${result.form.venue}'s form; not exported.`);
    if (f.tooLong) out.push(`${name}: ${f.length!.toLocaleString('en-US')} characters, over the field's ${f.field.maxLength!.toLocaleString('en-US')}.`);
  }
  const other = result.form.otherFields ?? [];
  if (other.length) out.push(`Also on ${result.form.venue}'s form, with no section in this review: ${other.join(', ')}.`);
  return out;
}

/** Whether the export lacks an answer the form requires, or has one the venue will refuse. */
export function exportIsIncomplete(result: ReviewExport): boolean {
  return result.fields.some((f) => f.tooLong || ((f.problem === 'unanswered' || f.problem === 'off-scale' || f.problem === 'missing') && f.required));
}

/**
 * The note content OpenReview's API v2 takes for the review (`{ "<field>": { "value": … } }`, scores as the form's
 * numbers), e.g. for openreview-py's `post_note_edit(…, note=openreview.api.Note(content=…))`. Answers the reviewer
 * did not give are left out, never filled in. Undefined for a venue not on OpenReview or whose field names are unknown.
 */
export function openReviewContent(result: ReviewExport): Record<string, { value: string | number }> | undefined {
  if (result.form.platform !== 'openreview' || !result.form.invitation) return undefined;
  const content: Record<string, { value: string | number }> = {};
  for (const f of result.fields) if (f.value !== undefined && f.problem === undefined) content[f.field.name] = { value: f.value };
  return content;
}

/** The review's answers as text to paste field by field, or as one Markdown document; unanswered fields are left out. */
export function formatExport(result: ReviewExport, format: Exclude<ExportFormat, 'openreview'>): string {
  const blocks: string[] = [];
  for (const f of result.fields) {
    if (f.copyText === undefined || (f.problem !== undefined && f.problem !== 'on-form')) continue;
    blocks.push(format === 'markdown' ? `## ${f.field.label}\n\n${f.copyText}` : `${f.field.label}:\n${f.copyText}`);
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}
