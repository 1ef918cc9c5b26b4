// `paper-review export <review> [--format openreview|text|markdown] [--template <id>] [--template-file <t.json>]`:
// prints the review's answers as the venue's submission fields take them. `openreview` prints the note content
// OpenReview's API v2 takes ({ "<field>": { "value": … } }), for a script to post with openreview-py; nothing is
// posted from here. Answers the reviewer did not give are never exported: they are listed on stderr and the exit
// code is 1. Exit 2 for usage errors, an unreadable file, or a format the venue has no use for.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { loadTemplates } from './check';
import {
  analyzeReview, exportIsIncomplete, exportProblems, exportReview, formatExport, openReviewContent, reviewInputProblem,
  type ExportFormat, type ReviewTemplate,
} from '../../core';

const usage = 'usage: paper-review export <review> [--format openreview|text|markdown] [--template <id>] [--template-file <template.json>]...';
const formats: readonly ExportFormat[] = ['openreview', 'text', 'markdown'];

export const command: CliCommand = {
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args], allowPositionals: true,
        options: { format: { type: 'string', default: 'markdown' }, template: { type: 'string' }, 'template-file': { type: 'string', multiple: true } },
      });
    } catch (err) {
      console.error(`paper-review export: ${(err as Error).message}\n${usage}`);
      return 2;
    }
    const format = parsed.values.format as ExportFormat;
    if (!formats.includes(format)) {
      console.error(`paper-review export: unknown format "${format}"; use ${formats.join(', ')}\n${usage}`);
      return 2;
    }
    if (parsed.positionals.length !== 1) { console.error(usage); return 2; }
    const [file] = parsed.positionals;
    let templates: readonly ReviewTemplate[];
    try {
      templates = await loadTemplates(parsed.values['template-file'] ?? []);
    } catch (err) {
      console.error(`paper-review export: ${(err as Error).message}`);
      return 2;
    }
    const forced = parsed.values.template;
    if (forced && !templates.some((t) => t.id === forced)) {
      console.error(`paper-review export: unknown template "${forced}"; known: ${templates.map((t) => t.id).join(', ')}`);
      return 2;
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      console.error(`paper-review export: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      return 2;
    }
    const problem = reviewInputProblem(text);
    if (problem) { console.error(`paper-review export: ${file} ${problem}`); return 2; }

    const result = exportReview(analyzeReview(text, { templates: forced ? templates.filter((t) => t.id === forced) : templates }));
    if (format === 'openreview') {
      const content = openReviewContent(result);
      if (!content) {
        console.error(`paper-review export: ${file}: ${result.form.venue} has no OpenReview form this tool knows the field names of; use --format text or markdown`);
        return 2;
      }
      console.log(JSON.stringify(content, null, 2));
    } else {
      process.stdout.write(formatExport(result, format));
    }
    for (const p of exportProblems(result)) console.error(`paper-review export: ${file}: ${p}`);
    for (const f of result.fields) for (const note of f.notes) console.error(`paper-review export: ${file}: "${f.field.label}": ${note}`);
    return exportIsIncomplete(result) ? 1 : 0;
  },
};
