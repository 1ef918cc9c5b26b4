import type { ReviewTemplate } from './types';
import { confidenceFive, fourPoint, halfSteps, scale } from './scales';

export const iclr2025: ReviewTemplate = {
  id: 'iclr-2025',
  name: 'ICLR 2025',
  sections: [
    { id: 'summary', title: 'Summary', aliases: ['Paper summary'], required: true, minWords: 40,
      prompt: 'Briefly summarize the paper and its contributions.' },
    { id: 'soundness', title: 'Soundness', required: true, minWords: 0, prompt: 'Rate the soundness (1 poor – 4 excellent).', score: fourPoint },
    { id: 'presentation', title: 'Presentation', required: true, minWords: 0, prompt: 'Rate the presentation (1 poor – 4 excellent).', score: fourPoint },
    { id: 'contribution', title: 'Contribution', required: true, minWords: 0, prompt: 'Rate the contribution (1 poor – 4 excellent).', score: fourPoint },
    { id: 'strengths', title: 'Strengths', required: true, minWords: 30, prompt: 'A substantive assessment of the strengths of the paper.' },
    { id: 'weaknesses', title: 'Weaknesses', required: true, minWords: 30, prompt: 'A substantive assessment of the weaknesses of the paper, with constructive, actionable feedback.' },
    { id: 'questions', title: 'Questions', aliases: ['Questions for the authors'], required: true, minWords: 10,
      prompt: 'Questions and suggestions for the authors whose responses could change your opinion.' },
    { id: 'ethics', title: 'Flag for ethics review', aliases: ['Ethics', 'Ethical concerns', 'Flag for ethical review'], required: true, minWords: 0,
      prompt: 'No ethics review needed, or name the concern.' },
    { id: 'rating', title: 'Rating', aliases: ['Overall', 'Overall rating', 'Score'], required: true, minWords: 0, prompt: 'Choose a rating: 1, 3, 5, 6, 8 or 10.',
      score: scale(
        [1, 'strong reject'], [3, 'reject, not good enough'], [5, 'marginally below the acceptance threshold'],
        [6, 'marginally above the acceptance threshold'], [8, 'accept, good paper'], [10, 'strong accept, should be highlighted at the conference'],
      ) },
    { id: 'confidence', title: 'Confidence', aliases: ['Confidence score'], required: true, minWords: 0,
      prompt: 'How confident are you in your assessment (1–5)?', score: confidenceFive },
  ],
};

export const icml2025: ReviewTemplate = {
  id: 'icml-2025',
  name: 'ICML 2025',
  sections: [
    { id: 'summary', title: 'Summary', aliases: ['Paper summary'], required: true, minWords: 40, prompt: 'Briefly summarize the paper: its main findings, methods and results.' },
    { id: 'claims', title: 'Claims and evidence', required: true, minWords: 20, prompt: 'Are the claims made in the submission supported by clear and convincing evidence?' },
    { id: 'methods', title: 'Methods and evaluation criteria', required: true, minWords: 15, prompt: 'Do the proposed methods and evaluation criteria make sense for the problem at hand?' },
    { id: 'theory', title: 'Theoretical claims', required: true, minWords: 0, prompt: 'Did you check the correctness of any proofs for theoretical claims? Please discuss any issues.' },
    { id: 'experiments', title: 'Experimental designs or analyses', aliases: ['Experimental design'], required: true, minWords: 15, prompt: 'Did you check the soundness of the experimental designs or analyses? Please discuss any issues.' },
    { id: 'supplementary', title: 'Supplementary material', required: false, minWords: 0, prompt: 'Did you review the supplementary material? Which parts?' },
    { id: 'literature', title: 'Relation to broader scientific literature', aliases: ['Related work', 'Relation to prior work'], required: true, minWords: 15,
      prompt: 'How are the key contributions related to the broader scientific literature?' },
    { id: 'missing-references', title: 'Essential references not discussed', aliases: ['Missing references'], required: true, minWords: 0,
      prompt: 'Are there related works that are essential to understanding the key contributions but are not cited?' },
    { id: 'other-strengths-weaknesses', title: 'Other strengths and weaknesses', aliases: ['Strengths and weaknesses'], required: true, minWords: 20,
      prompt: 'Any other strengths and weaknesses, e.g. originality, significance and clarity.' },
    { id: 'other-comments', title: 'Other comments or suggestions', aliases: ['Comments', 'Suggestions'], required: false, minWords: 0, prompt: 'Any other comments or suggestions, such as typos.' },
    { id: 'questions', title: 'Questions for authors', aliases: ['Questions', 'Questions for the authors'], required: true, minWords: 10,
      prompt: 'Important questions whose answers would likely change your evaluation.' },
    { id: 'overall', title: 'Overall recommendation', aliases: ['Overall', 'Recommendation', 'Rating'], required: true, minWords: 0, prompt: 'Choose a recommendation from 1 to 5.',
      score: scale([5, 'Strong accept'], [4, 'Accept'], [3, 'Weak accept'], [2, 'Weak reject'], [1, 'Reject']) },
  ],
};

export const aclArr: ReviewTemplate = {
  id: 'acl-arr',
  name: 'ACL Rolling Review',
  sections: [
    { id: 'summary', title: 'Paper summary', aliases: ['Summary', 'Paper topic and main contributions'], required: true, minWords: 40,
      prompt: 'Describe what this paper is about, what contributions it makes, and what are the main strengths and weaknesses.' },
    { id: 'strengths', title: 'Summary of strengths', aliases: ['Strengths', 'Reasons to accept'], required: true, minWords: 30,
      prompt: 'What are the major reasons to publish this paper at a selective *ACL venue?' },
    { id: 'weaknesses', title: 'Summary of weaknesses', aliases: ['Weaknesses', 'Reasons to reject'], required: true, minWords: 30,
      prompt: 'What are the concerns that you have about the paper that would cause you to favor its rejection?' },
    { id: 'comments', title: 'Comments, suggestions and typos', aliases: ['Comments', 'Comments, suggestions, and typos', 'Suggestions'], required: false, minWords: 0,
      prompt: 'If you have any comments to the authors about how they may improve their paper, other than addressing the concerns above, list them here.' },
    { id: 'soundness', title: 'Soundness', required: true, minWords: 0, prompt: 'How sound is the paper (1–5, half steps allowed)?',
      score: halfSteps({ 5: 'Excellent', 4: 'Strong', 3: 'Acceptable', 2: 'Poor', 1: 'Major issues' }) },
    { id: 'excitement', title: 'Excitement', required: true, minWords: 0, prompt: 'How exciting is the paper (1–5, half steps allowed)?',
      score: halfSteps({ 5: 'Highly exciting', 4: 'Exciting', 3: 'Interesting', 2: 'Potentially interesting', 1: 'Not exciting' }) },
    { id: 'overall', title: 'Overall assessment', aliases: ['Overall', 'Overall recommendation'], required: true, minWords: 0, prompt: 'Overall assessment (1–5, half steps allowed).',
      score: halfSteps({ 5: 'Consider for award', 4: 'Conference', 3: 'Findings', 2: 'Resubmit next cycle', 1: 'Do not resubmit' }) },
    { id: 'confidence', title: 'Reviewer confidence', aliases: ['Confidence'], required: true, minWords: 0, prompt: 'How confident are you in your assessment (1–5)?',
      score: scale(
        [5, 'Positive that my evaluation is correct.'], [4, 'Quite sure.'], [3, 'Pretty sure, but there is a chance I missed something.'],
        [2, 'Willing to defend my evaluation, but it is fairly likely that I missed some details.'], [1, 'Not my area, or paper is very hard to understand.'],
      ) },
  ],
};

export const cvpr2025: ReviewTemplate = {
  id: 'cvpr-2025',
  name: 'CVPR 2025',
  sections: [
    { id: 'summary', title: 'Paper summary', aliases: ['Summary'], required: true, minWords: 40, prompt: 'Describe the key ideas, experiments and their significance.' },
    { id: 'strengths', title: 'Paper strengths', aliases: ['Strengths'], required: true, minWords: 30, prompt: 'What are the strengths of the paper? Clearly explain why they matter.' },
    { id: 'major-weaknesses', title: 'Major weaknesses', aliases: ['Weaknesses', 'Main weaknesses'], required: true, minWords: 30,
      prompt: 'Explain the major limitations of this work, along the same dimensions as the strengths.' },
    { id: 'minor-weaknesses', title: 'Minor weaknesses', required: false, minWords: 0, prompt: 'Typos, unclear passages and other minor issues.' },
    { id: 'overall', title: 'Overall recommendation', aliases: ['Recommendation', 'Rating', 'Overall'], required: true, minWords: 0, prompt: 'Choose a recommendation from 1 to 5.',
      score: scale([5, 'Accept'], [4, 'Weak accept'], [3, 'Borderline'], [2, 'Weak reject'], [1, 'Reject']) },
    { id: 'justification', title: 'Justification for recommendation and suggestions for rebuttal', aliases: ['Justification', 'Justification for recommendation'],
      required: true, minWords: 20, prompt: 'Justify your recommendation and say what the authors should address in the rebuttal.' },
    { id: 'confidence', title: 'Confidence level', aliases: ['Confidence'], required: true, minWords: 0, prompt: 'How confident are you in your assessment (1–5)?', score: confidenceFive },
  ],
};
