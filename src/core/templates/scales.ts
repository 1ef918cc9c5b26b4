import type { ScoreScale } from './types';

/** Builds a scale from [value, label] pairs so the data reads like the form. */
export function scale(...options: readonly (readonly [number, string])[]): ScoreScale {
  return { options: options.map(([value, label]) => ({ value, label })).sort((a, b) => a.value - b.value) };
}

/** The 1–5 reviewer-confidence scale used by NeurIPS, ICLR and the course form. */
export const confidenceFive = scale(
  [5, 'You are absolutely certain about your assessment. You are very familiar with the related work.'],
  [4, 'You are confident in your assessment, but not absolutely certain.'],
  [3, 'You are fairly confident in your assessment.'],
  [2, 'You are willing to defend your assessment, but it is quite likely that you did not understand central parts of the submission.'],
  [1, 'Your assessment is an educated guess.'],
);

/** The 1–4 quality scale (excellent … poor) used for NeurIPS 2025 and ICLR 2025 sub-scores. */
export const fourPoint = scale([4, 'excellent'], [3, 'good'], [2, 'fair'], [1, 'poor']);

/** ACL Rolling Review scores move in half steps; the labels sit on the whole numbers. */
export function halfSteps(labels: Readonly<Record<number, string>>): ScoreScale {
  const pairs: [number, string][] = [];
  for (let v = 1; v <= 5; v += 0.5) {
    const label = labels[v] ?? `between ${Math.floor(v)} and ${Math.ceil(v)}`;
    pairs.push([v, label]);
  }
  return scale(...pairs);
}
