// `paper-review check <file...> [--template <id>] [--template-file <t.json>] [--no-paper] [--paper-root <dir>] [--paper-max-mb <n>] [--json]`:
// checks review files, and, when a review's front matter names its paper, its references against the paper's figures,
// tables and sections. The paper must stay inside the review's folder (or --paper-root), as in the extension.
// Exit 0 when no error-severity diagnostic, 1 when there is one, 2 for usage errors or an unreadable file.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import type { AnchorIndex } from '../../core/paperIndex';
import { resolveReference } from '../../core/references/resolve';
import { createReviewLanguageService, mergeTemplates } from '../../core/language';
import { locateReviewQuotes } from '../../core/quotes/check';
import { indexPdf } from '../../server/node/indexPdf';
import { NodeReviewWorkspace } from '../../server/node/nodeWorkspace';
import { paperRootFor } from '../readPaper';
import {
  defaultMaxPaperBytes, LineIndex, parseCustomTemplate, reviewProgress, type ReviewAnalysis, type ReviewDiagnostic, type ReviewTemplate,
} from '../../core';

const usage = 'usage: paper-review check <file...> [--template <id>] [--template-file <template.json>]... [--no-paper] [--paper-root <dir>] [--paper-max-mb <n>] [--json]';

export class UsageError extends Error {}

/** The user's templates from `--template-file`s, validated. */
export async function loadCustomTemplates(files: readonly string[]): Promise<ReviewTemplate[]> {
  const custom: ReviewTemplate[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      throw new UsageError(`cannot read template ${file}: ${err instanceof SyntaxError ? err.message : (err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const result = parseCustomTemplate(json);
    if (!result.ok) throw new UsageError(`invalid template ${file}: ${result.problems.map((p) => p.message).join('; ')}`);
    custom.push(result.template);
  }
  return custom;
}

/** Built-in templates with the `--template-file`s merged over them. */
export async function loadTemplates(files: readonly string[]): Promise<readonly ReviewTemplate[]> {
  return mergeTemplates(await loadCustomTemplates(files));
}

/** Where a reference points in the paper: the anchor, or null when the paper lacks it. */
function targetOf(index: AnchorIndex, ref: ReviewAnalysis['references'][number]) {
  const a = resolveReference(index, ref);
  return a ? { kind: a.kind, label: a.label, page: a.page, rect: a.rect, title: a.title, ...(a.part ? { part: a.part } : {}) } : null;
}

/** The one JSON shape of a checked file (lines and columns 1-based). References carry `target` only when the paper was indexed. */
function toJson(file: string, analysis: ReviewAnalysis, diagnostics: readonly ReviewDiagnostic[], index?: AnchorIndex) {
  const lines = new LineIndex(analysis.text);
  const at = (offset: number) => { const p = lines.positionAt(offset); return { line: p.line + 1, column: p.character + 1 }; };
  const sections = analysis.template.sections.map((ts) => {
    const s = analysis.sections.find((x) => x.templateSection === ts && !x.duplicate);
    return s
      ? { id: ts.id, title: s.title, line: at(s.headingRange.start).line, words: s.words, status: s.status }
      : { id: ts.id, title: ts.title, line: null, words: 0, status: 'missing' };
  });
  const scores: Record<string, number> = {};
  for (const s of analysis.sections) if (s.templateSection && s.score && !s.duplicate) scores[s.templateSection.id] = s.score.value;
  // Quotes, with the page the paper prints them on (null: not found), when the index carries the paper's text.
  const quotes = index && locateReviewQuotes(analysis.text, index);
  return {
    file,
    template: analysis.template.id,
    sections,
    scores,
    references: analysis.references.map((r) => ({ kind: r.kind, label: r.label, ...at(r.range.start), ...(index ? { target: targetOf(index, r) } : {}) })),
    ...(quotes ? { quotes: quotes.map(({ quote, found }) => ({ text: quote.text, cited: quote.page, ...at(quote.range.start), page: found?.page ?? null })) } : {}),
    diagnostics: diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...at(d.range.start) })),
  };
}

function toText(file: string, analysis: ReviewAnalysis, diagnostics: readonly ReviewDiagnostic[]): string {
  const lines = new LineIndex(analysis.text);
  const out = diagnostics.map((d) => {
    const p = lines.positionAt(d.range.start);
    return `${file}:${p.line + 1}:${p.character + 1} ${d.severity} ${d.code} ${d.message}`;
  });
  const progress = reviewProgress(analysis);
  const count = (sev: string) => diagnostics.filter((d) => d.severity === sev).length;
  out.push(`${file}: ${analysis.template.name} form, ${progress.done}/${progress.total} sections done, ${count('error')} errors, ${count('warning')} warnings, ${diagnostics.length - count('error') - count('warning')} notes`);
  return out.join('\n');
}

/** Indexes a paper for `check`; a PDF that cannot be indexed is said once, and its references are not checked. */
async function indexForCheck(paperUri: string, read: () => Promise<Uint8Array>): Promise<AnchorIndex | undefined> {
  try {
    return await indexPdf(await read());
  } catch (err) {
    console.error(`paper-review check: ${fileURLToPath(paperUri)}: ${err instanceof Error ? err.message : String(err)}; references to it are not checked`);
    return undefined;
  }
}

export const command: CliCommand = {
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args], allowPositionals: true,
        options: { json: { type: 'boolean' }, template: { type: 'string' }, 'template-file': { type: 'string', multiple: true }, 'no-paper': { type: 'boolean' }, 'paper-root': { type: 'string' }, 'paper-max-mb': { type: 'string' } },
      });
    } catch (err) {
      console.error(`paper-review check: ${(err as Error).message}\n${usage}`);
      return 2;
    }
    const files = parsed.positionals;
    if (files.length === 0) { console.error(usage); return 2; }
    let custom: ReviewTemplate[];
    try {
      custom = await loadCustomTemplates(parsed.values['template-file'] ?? []);
    } catch (err) {
      console.error(`paper-review check: ${(err as Error).message}`);
      return 2;
    }
    const maxMb = parsed.values['paper-max-mb'] === undefined ? undefined : Number(parsed.values['paper-max-mb']);
    if (maxMb !== undefined && !(maxMb > 0)) {
      console.error(`paper-review check: --paper-max-mb takes a positive number of megabytes\n${usage}`);
      return 2;
    }
    const maxPaperBytes = maxMb === undefined ? defaultMaxPaperBytes : maxMb * 1024 * 1024;
    const forced = parsed.values.template;
    const templates = mergeTemplates(custom);
    if (forced && !templates.some((t) => t.id === forced)) {
      console.error(`paper-review check: unknown template "${forced}"; known: ${templates.map((t) => t.id).join(', ')}`);
      return 2;
    }

    const paperRoot = parsed.values['paper-root'];
    // One service for the run: each paper is read and indexed once, however many reviews name it (course staff
    // check many reviews of the same paper).
    const service = createReviewLanguageService({
      workspace: new NodeReviewWorkspace((review) => pathToFileURL(paperRootFor(fileURLToPath(review), paperRoot)).href, () => maxPaperBytes),
      ...(parsed.values['no-paper'] ? {} : { getAnchorIndex: indexForCheck }),
      customTemplates: custom,
      configuration: {
        // --template wins over front matter and detection: only that template is offered.
        forcedTemplate: forced, maxPaperBytes, maxPaperSetting: '--paper-max-mb', paperRootName: "review's folder or --paper-root",
        findPaperBesideReview: false,
      },
    });
    const results: ReturnType<typeof toJson>[] = [];
    let worst = 0;
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        console.error(`paper-review check: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
        worst = 2;
        continue;
      }
      const uri = pathToFileURL(file).href;
      const result = (await service.computeDiagnostics({ uri, version: 1, getText: () => text }))!;
      // Course staff check hundreds of reviews in one run: keep their papers' indexes, not their analyses.
      service.documentClosed(uri);
      if (result.inputProblem) {
        console.error(`paper-review check: ${file} ${result.inputProblem}`);
        worst = 2;
        continue;
      }
      const { analysis, diagnostics } = result;
      if (diagnostics.some((d) => d.severity === 'error')) worst = Math.max(worst, 1);
      if (parsed.values.json) results.push(toJson(file, analysis, diagnostics, result.paper?.index));
      else console.log(toText(file, analysis, diagnostics));
    }
    if (parsed.values.json) console.log(JSON.stringify(results.length === 1 && files.length === 1 ? results[0] : results, null, 2));
    return worst;
  },
};
