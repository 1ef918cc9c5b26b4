import type { ReviewAnalysis, ReviewSection } from './analysis';

export interface ProgressItem {
  readonly title: string;
  /** Why it is not done yet: "missing", "empty", "short (12/30 words)", "placeholder", "no score", "no answer", "score off the scale". */
  readonly reason: string;
  readonly required: boolean;
  /** The section in the review, when it is there. */
  readonly section?: ReviewSection;
}

export interface ReviewProgress {
  readonly done: number;
  readonly total: number;
  /** What is left, in the form's order. */
  readonly remaining: readonly ProgressItem[];
}

function reason(section: ReviewSection): string {
  if (section.status === 'short') return `short (${section.words}/${section.minWords} words)`;
  if (section.status !== 'complete') return section.status;
  if (section.answered === false) return 'no answer';
  return section.score ? 'score off the scale' : 'no score';
}

/** How far the review is: template sections done out of all of the form's sections ("Review 11/13"). */
export function reviewProgress(analysis: ReviewAnalysis): ReviewProgress {
  const remaining: ProgressItem[] = [];
  let done = 0;
  for (const ts of analysis.template.sections) {
    const section = analysis.sections.find((s) => s.templateSection === ts && !s.duplicate);
    if (section?.done) done++;
    else remaining.push({ title: ts.title, reason: section ? reason(section) : 'missing', required: ts.required, section });
  }
  return { done, total: analysis.template.sections.length, remaining };
}
