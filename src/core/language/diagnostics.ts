/**
 * The one "check a review text" pipeline: input limits → analysis → (the caller's paper lookup) → checks, with
 * `not-a-review` for a text that is no review. The language service, the CLI and the VS Code adapter all call it;
 * new checks go into `checkReview` (src/core/checks/diagnostics.ts), the one place the checks are assembled.
 */
import { analyzeReview, type AnalysisOptions, type ReviewAnalysis, type ReviewAnalyzer } from '../review/analysis';
import { reviewInputProblem } from '../review/input';
import { checkReview, type ReviewDiagnostic } from '../checks/diagnostics';
import { defaultSeverities } from '../checks/diagnosticCodes';
import type { AnchorIndex } from '../paperIndex/types';
import type { ReviewTemplate } from '../templates';
import type { FrontMatterPaperStatus } from './paperAccess';
import type { ReviewLanguageConfiguration } from './types';

/** A review's analysis, or why its text is not analysed (binary, huge): then `analysis` is that of an empty review. */
export interface AnalyzedReview {
  readonly analysis: ReviewAnalysis;
  readonly inputProblem?: string;
}

/** What the status bar and the `not-a-review` diagnostic say about a file that is not checked. */
export function notAReviewMessage(problem: string): string {
  return `Paper Review does not check this file: it ${problem}.`;
}

/** The analysis options for a configuration: only the forced template when there is one. */
export function analysisOptions(templates: readonly ReviewTemplate[], config: Pick<ReviewLanguageConfiguration, 'defaultTemplate' | 'minWords' | 'forcedTemplate'>): AnalysisOptions {
  return {
    templates: config.forcedTemplate ? templates.filter((t) => t.id === config.forcedTemplate) : templates,
    ...(config.defaultTemplate === undefined ? {} : { defaultTemplate: config.defaultTemplate }),
    minWords: config.minWords,
  };
}

/** Input limits, then the analysis (incremental when the caller keeps an analyzer per document). */
export function analyzeReviewText(text: string, options: AnalysisOptions, analyzer?: ReviewAnalyzer): AnalyzedReview {
  const inputProblem = reviewInputProblem(text);
  if (inputProblem) return { analysis: analyzeReview('', options), inputProblem };
  return { analysis: analyzer ? analyzer.analyze(text, options) : analyzeReview(text, options) };
}

export interface ReviewCheckContext extends FrontMatterPaperStatus {
  readonly anchorIndex?: AnchorIndex;
  /** The index of the paper's version before this one, when the host kept it: quotes and figures are compared with it. */
  readonly previousAnchorIndex?: AnchorIndex;
  readonly knownTemplateIds: readonly string[];
}

/** Every diagnostic of an analysed review, in the order of the text. */
export function reviewDiagnostics(reviewed: AnalyzedReview, config: Partial<Pick<ReviewLanguageConfiguration, 'severities'>>, context: ReviewCheckContext): ReviewDiagnostic[] {
  if (reviewed.inputProblem) {
    const severity = config.severities?.['not-a-review'] ?? defaultSeverities['not-a-review'];
    return severity === 'off' ? [] : [{ code: 'not-a-review', severity, message: notAReviewMessage(reviewed.inputProblem), range: { start: 0, end: 0 }, fixes: [] }];
  }
  const diagnostics = checkReview(reviewed.analysis, {
    severities: config.severities,
    paperExists: context.paperExists,
    paperRefusal: context.paperRefusal,
    anchorIndex: context.anchorIndex,
    previousAnchorIndex: context.previousAnchorIndex,
    knownTemplateIds: context.knownTemplateIds,
  });
  // Array.prototype.sort is stable: diagnostics at one place keep the order the checks gave them.
  return diagnostics.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}
