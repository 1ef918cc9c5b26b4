import type { ReviewTemplate, TemplateSection } from './types';
import { confidenceFive, fourPoint, scale } from './scales';

/** Sections of the NeurIPS 2020 form; the course form reuses them, so they are defined once here. */
export const neurips2020Sections = {
  summary: {
    id: 'summary', title: 'Summary and contributions', aliases: ['Summary', 'Summary and contribution', 'Paper summary', 'Contributions'],
    required: true, minWords: 40, prompt: 'Briefly summarize the paper and its contributions.',
  },
  strengths: {
    id: 'strengths', title: 'Strengths', aliases: ['Pros', 'Positives'], required: true, minWords: 30,
    prompt: 'Describe the strengths of the work. Typical criteria include: soundness of the claims (theoretical grounding, empirical evaluation), significance and novelty of the contribution, and relevance to the community.',
  },
  weaknesses: {
    id: 'weaknesses', title: 'Weaknesses', aliases: ['Cons', 'Limitations of the work'], required: true, minWords: 30,
    prompt: 'Explain the limitations of this work along the same axes as above.',
  },
  correctness: {
    id: 'correctness', title: 'Correctness', aliases: ['Soundness'], required: true, minWords: 15,
    prompt: 'Are the claims and method correct? Is the empirical methodology correct?',
  },
  clarity: {
    id: 'clarity', title: 'Clarity', aliases: ['Presentation', 'Writing'], required: true, minWords: 15,
    prompt: 'Is the paper well written?',
  },
  priorWork: {
    id: 'prior-work', title: 'Relation to prior work', aliases: ['Related work', 'Relation to previous work', 'Prior work'], required: true, minWords: 15,
    prompt: 'Is it clearly discussed how this work differs from previous contributions?',
  },
  reproducibility: {
    id: 'reproducibility', title: 'Reproducibility', required: true, minWords: 0, choices: ['Yes', 'No'],
    prompt: 'Are there enough details to reproduce the major results of this work? (Yes/No)',
  },
  feedback: {
    id: 'feedback', title: 'Additional feedback, comments, suggestions for improvement and questions for the authors',
    aliases: ['Additional feedback', 'Feedback, suggestions, and questions', 'Feedback', 'Suggestions', 'Questions', 'Questions for the authors', 'Comments'],
    required: true, minWords: 20,
    prompt: 'Add your additional feedback, comments, suggestions for improvement and questions for the authors.',
  },
  overall: {
    id: 'overall', title: 'Overall score', aliases: ['Overall', 'Score', 'Rating', 'Overall rating'], required: true, minWords: 0,
    prompt: 'Choose one score from 1 to 10 and justify it briefly.',
    score: scale(
      [10, 'Top 5% of accepted papers, truly groundbreaking work.'],
      [9, 'Top 15% of accepted papers. An excellent submission; a strong accept.'],
      [8, 'Top 50% of accepted papers. A very good submission; a clear accept.'],
      [7, 'A good submission; accept.'],
      [6, 'Marginally above the acceptance threshold.'],
      [5, 'Marginally below the acceptance threshold.'],
      [4, 'An okay submission, but not good enough; a reject.'],
      [3, 'A clear reject.'],
      [2, "I'm surprised this work was submitted; a strong reject."],
      [1, 'Trivial or wrong or already known.'],
    ),
  },
  confidence: {
    id: 'confidence', title: 'Confidence score', aliases: ['Confidence', 'Reviewer confidence'], required: true, minWords: 0,
    prompt: 'How confident are you in your assessment (1–5)?', score: confidenceFive,
  },
  broaderImpact: {
    id: 'broader-impact', title: 'Broader impact', aliases: ['Broader impacts', 'Societal impact'], required: true, minWords: 10,
    prompt: 'Have the authors adequately addressed the broader impact of their work, including potential negative ethical and societal implications?',
  },
  ethics: {
    id: 'ethics', title: 'Ethical concerns', aliases: ['Potential ethical concerns', 'Ethics'], required: true, minWords: 0,
    prompt: 'Does the submission raise potential ethical concerns? If so, describe them.',
  },
} satisfies Record<string, TemplateSection>;

const s = neurips2020Sections;

export const neurips2020: ReviewTemplate = {
  id: 'neurips-2020',
  name: 'NeurIPS 2020',
  sections: [s.summary, s.strengths, s.weaknesses, s.correctness, s.clarity, s.priorWork, s.reproducibility, s.feedback, s.overall, s.confidence, s.broaderImpact, s.ethics],
};

const quality = (id: string, title: string, prompt: string): TemplateSection => ({
  id, title, required: true, minWords: 0, prompt: `${prompt} (1 poor – 4 excellent)`, score: fourPoint,
});

export const neurips2025: ReviewTemplate = {
  id: 'neurips-2025',
  name: 'NeurIPS 2025',
  sections: [
    { id: 'summary', title: 'Summary', aliases: ['Paper summary', 'Summary and contributions'], required: true, minWords: 40,
      prompt: 'Briefly summarize the paper and its contributions. This is not the place to critique the paper.' },
    { id: 'strengths-weaknesses', title: 'Strengths and weaknesses', aliases: ['Strengths and weaknesses of the paper'], required: true, minWords: 60,
      prompt: 'Assess the strengths and weaknesses of the paper along quality, clarity, significance and originality.' },
    quality('quality', 'Quality', 'Is the submission technically sound, with claims well supported?'),
    quality('clarity', 'Clarity', 'Is the submission clearly written and well organized?'),
    quality('significance', 'Significance', 'Are the results impactful for the community?'),
    quality('originality', 'Originality', 'Does the work provide new insights or methods?'),
    { id: 'questions', title: 'Questions', aliases: ['Questions for the authors'], required: true, minWords: 10,
      prompt: 'List the questions and suggestions for the authors whose answers could change your opinion.' },
    { id: 'limitations', title: 'Limitations', aliases: ['Limitations and societal impact'], required: true, minWords: 10,
      prompt: 'Have the authors adequately addressed the limitations and potential negative societal impact of their work?' },
    { id: 'overall', title: 'Overall', aliases: ['Rating', 'Overall score', 'Overall rating'], required: true, minWords: 0,
      prompt: 'Choose an overall score from 1 to 6.',
      score: scale([6, 'Strong accept'], [5, 'Accept'], [4, 'Borderline accept'], [3, 'Borderline reject'], [2, 'Reject'], [1, 'Strong reject']) },
    { ...s.confidence, title: 'Confidence' },
    { id: 'ethics', title: 'Ethical concerns', aliases: ['Flag for ethical review', 'Ethics'], required: true, minWords: 0,
      prompt: 'Does the paper need an ethics review? If so, say why.' },
    { id: 'formatting', title: 'Paper formatting concerns', aliases: ['Formatting concerns', 'Formatting'], required: false, minWords: 0,
      prompt: 'Do you have any concerns about the paper formatting?' },
  ],
};
