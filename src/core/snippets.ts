import type { ReviewTemplate, TemplateSection } from './templates';
import { builtinTemplates } from './templates';

/** One entry of a VS Code `.code-snippets` file. */
export interface SnippetDefinition {
  readonly prefix: string;
  readonly body: readonly string[];
  readonly description: string;
}

/**
 * Escapes text so a snippet inserts it literally. Titles, prompts and labels come from the user's own templates
 * too, so `$CLIPBOARD`, `${1}`, `}` and `\\` in them must not become variables, tab stops or escapes.
 */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** How a review writes its section headings, so inserted sections look like the ones already there. */
export interface HeadingStyle {
  /** A Markdown heading (`## 3. Strengths`), a numbered line (`3. Strengths`) or a bold lead (`**Strengths:**`). */
  readonly form: 'heading' | 'numbered' | 'paragraph';
  /** Markdown heading depth, for the `heading` form. */
  readonly depth: number;
  /** Whether Markdown headings carry the section's number. */
  readonly numbered: boolean;
}

export const defaultHeadingStyle: HeadingStyle = { form: 'heading', depth: 2, numbered: true };

/** The heading line of a section; `number` is its 1-based place in the form. */
export function sectionHeading(section: TemplateSection, number: number, style: HeadingStyle = defaultHeadingStyle): string {
  switch (style.form) {
    case 'numbered': return `${number}. ${section.title}`;
    case 'paragraph': return `**${section.title}:**`;
    case 'heading': return `${'#'.repeat(style.depth)} ${style.numbered ? `${number}. ` : ''}${section.title}`;
  }
}

/** Describes a score scale for humans, highest value first, as forms list it. */
export function describeScale(section: TemplateSection): string {
  if (section.score) {
    return [...section.score.options].reverse().map((o) => `${o.value}: ${o.label}`).join('; ');
  }
  return section.choices ? section.choices.join(' / ') : '';
}

/** A label on one line: a user's template may hold line breaks, which would end the list item. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The answers a score or yes/no section offers, as unticked boxes, highest score first as the venues' forms list
 * them: `- [ ] 4: excellent`. Nothing is ticked: the reviewer chooses (the checks read a ticked box or a written
 * value as the answer, and the unticked boxes as the scale). Empty for prose sections.
 */
export function answerOptionLines(section: TemplateSection): string[] {
  if (section.score) return [...section.score.options].reverse().map((o) => `- [ ] ${o.value}: ${oneLine(o.label)}`);
  return section.choices ? section.choices.map((c) => `- [ ] ${oneLine(c)}`) : [];
}

/**
 * Lines for one section: its heading, then the answer's place. Scores and yes/no sections list their options
 * unticked; prose sections get the form's prompt, which the completeness check reports if it is left unchanged.
 * With `tabStop` > 0 the lines are snippet syntax (every literal escaped) with a tab stop at the answer; with 0
 * they are plain text, for inserting several sections as one edit.
 */
export function sectionSnippetLines(section: TemplateSection, number: number, tabStop: number, style?: HeadingStyle): string[] {
  const literal = tabStop > 0 ? escapeSnippetText : (text: string) => text;
  const lines = [literal(sectionHeading(section, number, style)), ''];
  const options = answerOptionLines(section).map(literal);
  if (options.length) {
    // The tab stop sits at the list, not in a box: moving on without choosing leaves the section unanswered.
    lines.push(...(tabStop > 0 ? [`\${${tabStop}}${options[0]}`, ...options.slice(1)] : options));
  } else {
    lines.push(tabStop > 0 ? `\${${tabStop}:${escapeSnippetText(section.prompt)}}` : section.prompt);
  }
  lines.push('');
  return lines;
}

/** Every snippet for one template: one per section (`<template>-<section>`) and the whole form (`<template>-form`). */
/** The whole form as snippet lines, each section's answer its own tab stop: what the `-form` snippet, Insert Review Form… and New Review… insert. */
export function wholeFormSnippetLines(template: ReviewTemplate): string[] {
  return template.sections.flatMap((section, i) => sectionSnippetLines(section, i + 1, i + 1));
}

export function templateSnippets(template: ReviewTemplate): Record<string, SnippetDefinition> {
  const result: Record<string, SnippetDefinition> = {};
  template.sections.forEach((section, i) => {
    const scale = describeScale(section);
    result[`${template.name}: ${section.title}`] = {
      prefix: `${template.id}-${section.id}`,
      body: sectionSnippetLines(section, i + 1, 1),
      description: `${template.name} review section ${i + 1}, "${section.title}".${scale ? ` Scale: ${scale}.` : ''}`,
    };
  });
  result[`${template.name}: whole review form`] = {
    prefix: `${template.id}-form`,
    body: wholeFormSnippetLines(template),
    description: `All ${template.sections.length} sections of the ${template.name} review form.`,
  };
  return result;
}

/** The content of the extension's snippets file, for all built-in templates. */
export function builtinSnippets(): Record<string, SnippetDefinition> {
  return Object.assign({}, ...builtinTemplates.map(templateSnippets));
}
