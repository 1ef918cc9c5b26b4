import type { ReviewTemplate } from './types';
import { neurips2020Sections as s } from './neurips';

/** The 13-section form of the paper-reading course (NeurIPS-2020 style, plus video, ethics and extra-information sections). */
export const course: ReviewTemplate = {
  id: 'course',
  name: 'Paper-reading course',
  sections: [
    { id: 'video-link', title: 'Video Link', aliases: ['Video', 'Video URL'], required: true, minWords: 0,
      prompt: 'Paste the link to the video of your presentation.' },
    { ...s.summary },
    { ...s.strengths },
    { ...s.weaknesses },
    { ...s.correctness },
    { ...s.clarity },
    { ...s.priorWork, title: 'Relation to Prior Work' },
    { ...s.reproducibility },
    { ...s.feedback, title: 'Feedback, Suggestions, and Questions', aliases: ['Additional feedback', 'Additional feedback, comments, suggestions for improvement and questions for the authors', 'Feedback', 'Suggestions', 'Questions'] },
    { ...s.confidence, title: 'Confidence Score' },
    { ...s.broaderImpact },
    { ...s.ethics, title: 'Potential Ethical Concerns', aliases: ['Ethical concerns', 'Ethics'] },
    { id: 'additional-information', title: 'Additional Information', aliases: ['Additional info', 'Other information'], required: false, minWords: 0,
      prompt: 'Anything else the instructors should know (e.g. what you could not follow).' },
  ],
};
