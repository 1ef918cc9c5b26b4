import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../schemas/reviewTemplate.schema.json';
import type { ReviewTemplate, TemplateSection } from './types';

/** A problem with a user's template, with the JSON path it is at ("/sections/2/title"). */
export interface TemplateProblem {
  readonly message: string;
  readonly path: string;
}

export type CustomTemplateResult =
  | { readonly ok: true; readonly template: ReviewTemplate }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

let validate: ReturnType<Ajv['compile']> | undefined;

function describe(error: ErrorObject): TemplateProblem {
  const path = error.instancePath || '/';
  const detail = error.keyword === 'additionalProperties'
    ? `unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`
    : error.keyword === 'required'
      ? `missing property "${(error.params as { missingProperty: string }).missingProperty}"`
      : error.message ?? error.keyword;
  return { path, message: `${path === '/' ? 'template' : path}: ${detail}` };
}

/**
 * Checks a user's template (from `.vscode/paper-review/*.json` or the `paperReview.templates` setting) against
 * the same JSON schema VS Code uses to validate those files, and fills in the defaults.
 */
export function parseCustomTemplate(json: unknown): CustomTemplateResult {
  validate ??= new Ajv({ allErrors: true, useDefaults: false }).compile(schema);
  if (!validate(json)) return { ok: false, problems: (validate.errors ?? []).map(describe) };
  const raw = json as { id: string; name: string; sections: Partial<TemplateSection>[] };
  const ids = new Set<string>();
  const problems: TemplateProblem[] = [];
  raw.sections.forEach((s, i) => {
    if (ids.has(s.id!)) problems.push({ path: `/sections/${i}/id`, message: `/sections/${i}/id: section id "${s.id}" is used twice` });
    ids.add(s.id!);
  });
  if (problems.length) return { ok: false, problems };
  const sections = raw.sections.map((s): TemplateSection => ({
    id: s.id!, title: s.title!, aliases: s.aliases, required: s.required ?? true, minWords: s.minWords ?? 0, prompt: s.prompt ?? '',
    ...(s.score ? { score: { options: [...s.score.options].sort((a, b) => a.value - b.value) } } : {}),
    ...(s.choices ? { choices: s.choices } : {}),
  }));
  return { ok: true, template: { id: raw.id, name: raw.name, sections } };
}

/**
 * The `paperReview.templates` setting as the user wrote it, which may be anything (settings.json is hand-edited):
 * the valid templates, and a message for the setting as a whole or for each invalid entry.
 */
export function parseTemplateSetting(value: unknown): { readonly templates: readonly ReviewTemplate[]; readonly problems: readonly string[] } {
  if (value === undefined || value === null) return { templates: [], problems: [] };
  if (!Array.isArray(value)) {
    const got = typeof value === 'object' ? 'an object' : `a ${typeof value}`;
    return { templates: [], problems: [`"paperReview.templates" must be a list of templates ([{ "id", "name", "sections" }, …]), not ${got}.`] };
  }
  const templates: ReviewTemplate[] = [];
  const problems: string[] = [];
  value.forEach((json, i) => {
    const result = parseCustomTemplate(json);
    if (result.ok) templates.push(result.template);
    else problems.push(`template ${i + 1} in "paperReview.templates" is invalid: ${result.problems.map((p) => p.message).join('; ')}`);
  });
  return { templates, problems };
}
