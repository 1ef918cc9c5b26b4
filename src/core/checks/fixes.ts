import type { ReviewAnalysis, ReviewSection } from '../review/analysis';
import { defaultHeadingStyle, sectionSnippetLines, type HeadingStyle } from '../snippets';
import type { TemplateSection } from '../templates';
import type { OffsetRange } from '../text/lineIndex';

/** One replacement in the review. `snippet` marks `newText` as snippet syntax (tab stops) rather than plain text. */
export interface ReviewTextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
  readonly snippet?: boolean;
}

/** A quick fix: all its edits are applied together, as one undoable step. */
export interface ReviewFix {
  readonly title: string;
  readonly edits: readonly ReviewTextEdit[];
  readonly isPreferred?: boolean;
}

/** The heading style of the review's own sections, so an inserted one looks like its neighbours. */
export function headingStyleOf(analysis: ReviewAnalysis): HeadingStyle {
  const first = analysis.sections.find((s) => s.templateSection);
  if (!first) return defaultHeadingStyle;
  return { form: first.form, depth: first.depth, numbered: /^\s*\d/.test(first.title) };
}

/** Where a missing section belongs: after the last present section that the form puts before it, else before the next. */
export function insertionOffset(analysis: ReviewAnalysis, missing: TemplateSection): number {
  const order = analysis.template.sections;
  const index = order.indexOf(missing);
  const present = analysis.sections.filter((s) => s.templateSection && !s.duplicate);
  let before: ReviewSection | undefined;
  for (const s of present) if (order.indexOf(s.templateSection!) < index) before = s;
  if (before) return before.bodyRange.end;
  const after = present.find((s) => order.indexOf(s.templateSection!) > index);
  if (after) return analysis.text.lastIndexOf('\n', after.headingRange.start - 1) + 1;
  return analysis.text.length;
}

/** Blank lines around an inserted block, so it never runs into the text before or after it. */
function padded(text: string, offset: number, block: string): string {
  const before = text.slice(0, offset);
  const lead = before.length === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = offset < text.length && !block.endsWith('\n\n') ? '\n' : '';
  return lead + block + trail;
}

function insertSectionEdit(analysis: ReviewAnalysis, section: TemplateSection, asSnippet: boolean): ReviewTextEdit {
  const offset = insertionOffset(analysis, section);
  const number = analysis.template.sections.indexOf(section) + 1;
  const lines = sectionSnippetLines(section, number, asSnippet ? 1 : 0, headingStyleOf(analysis));
  const block = lines.join('\n') + '\n';
  // A snippet inserts `\n` literally too, so padding stays plain text either way.
  return { range: { start: offset, end: offset }, newText: padded(analysis.text, offset, block), snippet: asSnippet };
}

export function insertSectionFix(analysis: ReviewAnalysis, section: TemplateSection): ReviewFix {
  return { title: `Insert section "${section.title}"`, edits: [insertSectionEdit(analysis, section, true)], isPreferred: true };
}

export function insertAllMissingFix(analysis: ReviewAnalysis): ReviewFix | undefined {
  if (analysis.missing.length < 2) return undefined;
  // Several sections at one place (e.g. the end) must come out in the form's order: join those into one edit.
  const byOffset = new Map<number, TemplateSection[]>();
  for (const section of analysis.missing) {
    const at = insertionOffset(analysis, section);
    byOffset.set(at, [...(byOffset.get(at) ?? []), section]);
  }
  const style = headingStyleOf(analysis);
  const edits = [...byOffset].map(([offset, sections]) => {
    const block = sections
      .map((s) => sectionSnippetLines(s, analysis.template.sections.indexOf(s) + 1, 0, style).join('\n'))
      .join('\n') + '\n';
    return { range: { start: offset, end: offset }, newText: padded(analysis.text, offset, block) };
  });
  return { title: `Insert all ${analysis.missing.length} missing sections`, edits };
}

/** Inserts the whole form for a review with none of it yet: after the front matter, as a snippet. */
export function insertFormFix(analysis: ReviewAnalysis): ReviewFix {
  const { template, text } = analysis;
  const lines = template.sections.flatMap((section, i) => sectionSnippetLines(section, i + 1, i + 1));
  const at = text.length;
  return { title: `Insert a review form (${template.name})`, edits: [{ range: { start: at, end: at }, newText: padded(text, at, lines.join('\n')), snippet: true }], isPreferred: true };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `[ ]` of the section's unticked box offering `answer` ("- [ ] 4: good", "- [ ] Yes"), if the form's list is there. */
function untickedBoxFor(analysis: ReviewAnalysis, section: ReviewSection, answer: string): OffsetRange | undefined {
  const body = analysis.text.slice(section.bodyRange.start, section.bodyRange.end);
  const box = new RegExp(`^([ \\t]*(?:[-*+][ \\t]+)?)\\[ \\][ \\t]*(?:\\*\\*)?${escapeRegExp(answer)}(?![\\p{L}\\p{N}.])`, 'mu').exec(body);
  if (!box) return undefined;
  const start = section.bodyRange.start + box.index + box[1].length;
  return { start, end: start + 3 };
}

/** One fix per answer of a yes/no section: tick its box, or write it at the top of the section. */
export function setChoiceFixes(analysis: ReviewAnalysis, section: ReviewSection): ReviewFix[] {
  const choices = section.templateSection?.choices ?? [];
  return choices.map((choice) => {
    const box = untickedBoxFor(analysis, section, choice);
    const at = section.bodyRange.start;
    const edit = box ? { range: box, newText: '[x]' } : { range: { start: at, end: at }, newText: `\n\n${choice}` };
    return { title: `Answer ${section.templateSection!.title}: ${choice}`, edits: [edit] };
  });
}

/** One fix per value of the scale: tick its box in the form's list, replace the score written, or write one at the top of the section. */
export function setScoreFixes(analysis: ReviewAnalysis, section: ReviewSection): ReviewFix[] {
  const scale = section.templateSection?.score;
  if (!scale) return [];
  return scale.options.map((option) => {
    let edit: ReviewTextEdit;
    const box = section.score ? undefined : untickedBoxFor(analysis, section, String(option.value));
    if (box) {
      edit = { range: box, newText: '[x]' };
    } else if (section.score) {
      edit = { range: section.score.range, newText: String(option.value) };
    } else {
      // "Confidence:" takes the value on its own line; a heading gets it as the first line of its body.
      const at = section.bodyRange.start;
      edit = { range: { start: at, end: at }, newText: analysis.text[at - 1] === ':' ? ` ${option.value}` : `\n\n${option.value}` };
    }
    return { title: `Set ${section.templateSection!.title} to ${option.value} (${option.label})`, edits: [edit] };
  });
}

/** Removes a placeholder's line, but only where the line is nothing but the placeholder: never the reviewer's words. */
export function removePlaceholderFix(analysis: ReviewAnalysis, section: ReviewSection, index: number): ReviewFix | undefined {
  const placeholder = section.placeholders[index];
  if (!placeholder) return undefined;
  const line = analysis.text.slice(placeholder.lineRange.start, placeholder.lineRange.end);
  const beforeMarker = analysis.text.slice(placeholder.lineRange.start, placeholder.range.start);
  if (/[\p{L}\p{N}]/u.test(beforeMarker)) return undefined;
  return { title: `Remove placeholder line "${line.trim().slice(0, 60)}"`, edits: [{ range: placeholder.lineRange, newText: '' }] };
}
