import type { ReviewAnalysis } from '../review/analysis';
import type { OffsetRange } from '../text/lineIndex';
import { exportReview } from '../venues/exportReview';

export interface FieldLengthProblem {
  readonly sectionId: string;
  readonly message: string;
  readonly range: OffsetRange;
}

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Sections longer than the venue's field takes, counted on the text as it will be submitted (formulas escaped
 * for OpenReview count as the venue will count them), so the number agrees with the venue's own counter.
 */
export function fieldLengthProblems(analysis: ReviewAnalysis): FieldLengthProblem[] {
  const { form, fields } = exportReview(analysis);
  return fields.flatMap((f) => (f.tooLong && f.section
    ? [{
      sectionId: f.field.sectionId,
      range: f.section.headingRange,
      message: `Section "${f.section.templateSection?.title ?? f.field.label}" has ${n(f.length!)} characters; ${form.venue}'s `
        + `"${f.field.label}" field takes at most ${n(f.field.maxLength!)}: shorten it by ${n(f.length! - f.field.maxLength!)}.`,
    }]
    : []));
}
