import type { ReviewAnalysis, ReviewSection } from '../review/analysis';
import type { ScoreScale, TemplateSection } from '../templates';
import { LineIndex, type OffsetRange } from '../text/lineIndex';
import type { AnchorIndex } from '../paperIndex/types';
import { maxContainerDepth } from '../review/markupGuard';
import { danglingReferenceMessage, isDanglingReference } from '../references/resolve';
import type { PaperRefusal } from '../paper/paperPath';
import { defaultSeverities, type DiagnosticCode, type Severity } from './diagnosticCodes';
import { fieldLengthProblems } from './fieldLength';
import { checkQuotes, type IndexWithText } from '../quotes/check';
import { insertAllMissingFix, insertFormFix, insertSectionFix, removePlaceholderFix, setChoiceFixes, setScoreFixes, type ReviewFix } from './fixes';

export interface ReviewDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Names the section and says what to do. */
  readonly message: string;
  readonly range: OffsetRange;
  /** The template section it is about, when there is one. */
  readonly sectionId?: string;
  readonly fixes: readonly ReviewFix[];
}

export interface CheckOptions {
  /** Per-code severity, or 'off' to silence a check. */
  readonly severities?: Readonly<Partial<Record<DiagnosticCode, Severity | 'off'>>>;
  /** Whether the front matter's `paper:` exists; the caller looks (the core does no I/O). Undefined: not checked. */
  readonly paperExists?: boolean;
  /** Why the front matter's `paper:` is not read (outside the workspace, not a regular file, too large); wins over `paperExists`. */
  readonly paperRefusal?: PaperRefusal;
  /**
   * The paper's anchor index, when the caller has one: references to figures, tables, … it lacks are reported, and,
   * when it carries the paper's page texts, quotes are looked up in them.
   */
  readonly anchorIndex?: IndexWithText;
  /** The index of the paper's previous version, when the caller kept one: renumbered figures and tables are reported. */
  readonly previousAnchorIndex?: AnchorIndex;
  /** Ids of templates the caller knows, for the unknown-template message. */
  readonly knownTemplateIds?: readonly string[];
}

/** "1, 2, 3, 4 or 5", "1, 3, 5, 6, 8 or 10", "1 to 5 in steps of 0.5". */
export function describeScaleValues(scale: ScoreScale): string {
  const values = scale.options.map((o) => o.value);
  const step = values.length > 1 ? values[1] - values[0] : 1;
  if (step < 1 && values.every((v, i) => i === 0 || Math.abs(v - values[i - 1] - step) < 1e-9)) {
    return `${values[0]} to ${values.at(-1)} in steps of ${step}`;
  }
  return values.length === 1 ? String(values[0]) : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

const quote = (title: string) => `"${title}"`;

/**
 * The sections to move so the rest follow the form's order: those outside a longest run that is already in
 * order. Swapping two sections flags those two, not everything between them.
 */
function sectionsOutOfOrder(analysis: ReviewAnalysis, sections: readonly ReviewSection[]): Set<ReviewSection> {
  // Longest increasing subsequence by patience sorting: O(n log n), so a review with 100,000 headings is still quick.
  const order = sections.map((s) => analysis.template.sections.indexOf(s.templateSection!));
  const tails: number[] = [];
  const previous: number[] = new Array(order.length).fill(-1);
  for (let i = 0; i < order.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[tails[mid]] < order[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]) keep.add(i);
  return new Set(sections.filter((_, i) => !keep.has(i)));
}

/** Runs every completeness check on an analysed review. */
export function checkReview(analysis: ReviewAnalysis, options: CheckOptions = {}): ReviewDiagnostic[] {
  const result: ReviewDiagnostic[] = [];
  const report = (code: DiagnosticCode, message: string, range: OffsetRange, extra: Partial<Pick<ReviewDiagnostic, 'sectionId' | 'fixes'>> = {}) => {
    const severity = options.severities?.[code] ?? defaultSeverities[code];
    if (severity !== 'off') result.push({ code, severity, message, range, fixes: [], ...extra });
  };
  const { template, text } = analysis;
  const frontRange = analysis.frontMatterRange ?? { start: 0, end: 0 };

  if (analysis.frontMatter.error) {
    report('invalid-front-matter', `The front matter is not valid YAML (${analysis.frontMatter.error}): fix it so the template and paper can be read.`, frontRange);
  }
  if (analysis.unknownTemplateId) {
    const known = options.knownTemplateIds ?? [];
    report('unknown-template',
      `Unknown template ${quote(analysis.unknownTemplateId)} in the front matter${known.length ? `: use one of ${known.join(', ')}` : ''}. Checking against ${template.name} meanwhile.`,
      frontRange);
  }
  if (analysis.frontMatter.paper && options.paperRefusal) {
    report(options.paperRefusal.code, options.paperRefusal.message, frontRange);
  } else if (analysis.frontMatter.paper && options.paperExists === false) {
    report('paper-not-found', `The paper ${quote(analysis.frontMatter.paper)} was not found: fix the "paper:" path (it is relative to the review).`, frontRange);
  }

  const present = analysis.sections.filter((s) => s.templateSection);
  const firstOf = new Map<TemplateSection, ReviewSection>();
  for (const s of present) if (!firstOf.has(s.templateSection!)) firstOf.set(s.templateSection!, s);
  let lines: LineIndex | undefined;
  const outOfOrder = sectionsOutOfOrder(analysis, present.filter((s) => !s.duplicate));
  for (const section of present) {
    const ts = section.templateSection!;
    const title = quote(ts.title);
    const sectionId = ts.id;
    if (section.duplicate) {
      const first = firstOf.get(ts)!;
      lines ??= new LineIndex(text);
      const line = lines.positionAt(first.headingRange.start).line + 1;
      report('duplicate-section', `Section ${title} appears again (first at line ${line}): merge the two.`, section.headingRange, { sectionId });
      continue;
    }
    if (outOfOrder.has(section)) {
      const k = template.sections.indexOf(ts);
      const after = template.sections.slice(0, k).reverse().find((t) => firstOf.has(t) && !outOfOrder.has(firstOf.get(t)!));
      report('section-order', `Section ${title} is out of order: the ${template.name} form puts it ${after ? `after ${quote(after.title)}` : 'first'}.`,
        section.headingRange, { sectionId });
    }
    if (section.status === 'empty') {
      report('empty-section', ts.score
        ? `Section ${title} is empty: give a score (${describeScaleValues(ts.score)}).`
        : `Section ${title} is empty: write your answer under its heading.`,
      section.headingRange, { sectionId, fixes: ts.score ? setScoreFixes(analysis, section) : [] });
      continue;
    }
    section.placeholders.forEach((p, i) => {
      const what = p.text === ts.prompt ? 'the form\'s prompt' : `a placeholder (${quote(p.text)})`;
      const fix = removePlaceholderFix(analysis, section, i);
      report('placeholder', `Section ${title} still holds ${what}: replace it with your own text.`, p.range, { sectionId, fixes: fix ? [fix] : [] });
    });
    if (section.status === 'short') {
      report('short-section', `Section ${title} has ${section.words} word${section.words === 1 ? '' : 's'}; the form expects at least ${section.minWords}: expand it.`,
        section.headingRange, { sectionId });
    }
    if (ts.choices && section.answered === false) {
      report('missing-score', `Section ${title} has no answer yet: tick one of ${ts.choices.join(' or ')}.`, section.headingRange,
        { sectionId, fixes: setChoiceFixes(analysis, section) });
    }
    if (ts.score && section.placeholders.length === 0) {
      if (!section.score) {
        report('missing-score', `Section ${title} has no score: write one of ${describeScaleValues(ts.score)}.`, section.headingRange,
          { sectionId, fixes: setScoreFixes(analysis, section) });
      } else if (!section.scoreInScale) {
        report('score-out-of-scale', `Score ${section.score.value} in ${title} is not on the scale: use ${describeScaleValues(ts.score)}.`, section.score.range,
          { sectionId, fixes: setScoreFixes(analysis, section) });
      }
    }
  }

  for (const note of analysis.markupNotes) {
    // Shown on the first line only: the paragraph may be a hundred thousand characters long.
    const nl = text.indexOf('\n', note.start);
    const range = { start: note.start, end: nl === -1 || nl > note.end ? note.end : nl };
    report('dense-markup', note.kind === 'inline'
      ? `This paragraph has ${note.count.toLocaleString('en')} Markdown markup characters (*, _, \`, [, <, …), more than prose has: emphasis, links and code spans between the headings around it are read as plain text, so that checking stays fast.`
      : note.kind === 'list'
      ? `More than ${note.count.toLocaleString('en')} list items without a heading between them: from here to the next heading, list items are read as text, so that checking stays fast.`
      : `This line opens ${note.count.toLocaleString('en')} quotes or list items: past ${maxContainerDepth} quotes or a second list item the rest of the line is read as text, so that checking stays fast.`,
    range);
  }
  for (const p of fieldLengthProblems(analysis)) report('field-too-long', p.message, p.range, { sectionId: p.sectionId });

  if (options.anchorIndex) {
    const index = options.anchorIndex;
    for (const ref of analysis.references) {
      if (!isDanglingReference(index, ref)) continue;
      // The whole reference as written ("Figure 12"), not its number alone: the squiggle must show past the link's underline.
      report('unknown-reference', danglingReferenceMessage(index, ref), ref.span);
    }
    for (const p of checkQuotes(text, analysis.references, index, options.previousAnchorIndex)) report(p.code, p.message, p.range, { fixes: p.fixes });
  }

  // Missing sections are reported at the head of the review (its front matter, or its first line), where a reader
  // looks for what the whole review lacks: never on a neighbouring heading, which may well be complete.
  const headRange = analysis.frontMatterRange ? { start: 0, end: '---'.length } : { start: 0, end: 0 };
  if (present.length === 0) {
    // Nothing of the form written yet: one hint that offers the whole form, not one warning per section.
    const severity = options.severities?.['missing-section'];
    if (severity !== 'off') {
      result.push({
        code: 'missing-section', severity: 'hint', range: headRange,
        message: `No section of the ${template.name} form yet: insert the review form (its ${template.sections.length} sections) to start.`,
        fixes: [insertFormFix(analysis)],
      });
    }
    return result;
  }
  const allFix = insertAllMissingFix(analysis);
  for (const missing of analysis.missing) {
    if (!missing.required) continue;
    report('missing-section', `Section ${quote(missing.title)} is missing: add it (the ${template.name} form asks for it).`, headRange,
      { sectionId: missing.id, fixes: allFix ? [insertSectionFix(analysis, missing), allFix] : [insertSectionFix(analysis, missing)] });
  }
  return result;
}
