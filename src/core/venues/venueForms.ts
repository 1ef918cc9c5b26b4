/**
 * Where each built-in form's sections go when the review is submitted: the venue's field for each section, its
 * documented length limit, and how the venue's web form renders what is pasted into it. Plain data, cited: a
 * limit appears only where the venue's own form definition or documentation states one.
 */

/** How the venue's field shows what is pasted into it. */
export type FieldMarkup =
  /**
   * OpenReview: `marked` (GFM, `breaks: false`) turns the text into HTML, then MathJax typesets `$…$`, `$$…$$`
   * and `\(…\)` in that HTML (openreview-web `client/view.js`, `lib/mathjax-config.js`,
   * `components/EditorComponents/Markdown.js`). Markdown escapes inside math are therefore consumed before
   * MathJax sees them.
   */
  | 'openreview-markdown'
  /** A plain text box (CMT): shown as typed, no Markdown or LaTeX rendering. */
  | 'plain'
  /** Read as the Markdown file itself (the course form: the file is what is handed in). */
  | 'markdown';

export type SubmissionPlatform = 'openreview' | 'cmt' | 'file';

export interface VenueField {
  /** The template section this field takes. */
  readonly sectionId: string;
  /** The field's name in the venue's form definition (OpenReview note content key) or, without one, its question. */
  readonly name: string;
  /** The field as the venue's form labels it. */
  readonly label: string;
  /**
   * `text`: the section's prose; `score`: one of the form's numeric values; `choice`: a radio/checkbox whose
   * options the template does not model, answered on the venue's form, never exported as an answer.
   */
  readonly kind: 'text' | 'score' | 'choice';
  /** The documented limit in characters, counted as the venue counts (see `countVenueCharacters`). */
  readonly maxLength?: number;
}

export interface VenueForm {
  readonly templateId: string;
  /** The venue as a reviewer names it, e.g. "ICLR 2025". */
  readonly venue: string;
  readonly platform: SubmissionPlatform;
  readonly markup: FieldMarkup;
  /** The OpenReview invitation reviews are posted to, for `--format openreview`. */
  readonly invitation?: string;
  /** Where the field names and limits come from. */
  readonly sources: readonly string[];
  /** What is known about length limits, said plainly (including "none documented"). */
  readonly limits: string;
  readonly fields: readonly VenueField[];
  /**
   * Fields of the venue's form that no section of the template answers (acknowledgements, checklists): the
   * reviewer fills them in on the venue's form, and a script posting the export must supply them.
   */
  readonly otherFields?: readonly string[];
}

const text = (sectionId: string, name: string, label: string, maxLength?: number): VenueField =>
  ({ sectionId, name, label, kind: 'text', ...(maxLength === undefined ? {} : { maxLength }) });
const score = (sectionId: string, name: string, label: string): VenueField => ({ sectionId, name, label, kind: 'score' });
const choice = (sectionId: string, name: string, label: string): VenueField => ({ sectionId, name, label, kind: 'choice' });

const openReviewRendering =
  'openreview-web (github.com/openreview/openreview-web @ 2b312cc): client/view.js sets marked to gfm, breaks: false; '
  + 'lib/mathjax-config.js typesets $…$ and \\(…\\); components/EditorComponents/TextAreaWidget.js counts value.trim().length '
  + 'and warns that "\\\\" in LaTeX formulas must be written "\\\\\\\\".';

const noPublishedLimits = 'The venue\'s form definition (its OpenReview invitation) is not published in a source this '
  + 'project could read, and its reviewer guidelines state no length limit: no limit is checked.';

/** NeurIPS 2020 reviewed on CMT; its form is the reviewer guidelines' list of questions. */
const neurips2020: VenueForm = {
  templateId: 'neurips-2020',
  venue: 'NeurIPS 2020',
  platform: 'cmt',
  markup: 'plain',
  sources: ['NeurIPS 2020 Reviewer Guidelines, "Review Form": https://neurips.cc/Conferences/2020/PaperInformation/ReviewerGuidelines'],
  limits: 'The reviewer guidelines state no length limit for any question: no limit is checked.',
  fields: [
    text('summary', 'Summary and contributions', 'Summary and contributions: Briefly summarize the paper and its contributions'),
    text('strengths', 'Strengths', 'Strengths'),
    text('weaknesses', 'Weaknesses', 'Weaknesses'),
    text('correctness', 'Correctness', 'Correctness'),
    text('clarity', 'Clarity', 'Clarity'),
    text('prior-work', 'Relation to prior work', 'Relation to prior work'),
    text('reproducibility', 'Reproducibility', 'Reproducibility'),
    text('feedback', 'Additional feedback, comments, suggestions for improvement and questions for the authors',
      'Additional feedback, comments, suggestions for improvement and questions for the authors'),
    score('overall', 'Overall score', 'Overall score'),
    score('confidence', 'Confidence score', 'Confidence score'),
    text('broader-impact', 'Broader impact', 'Have the authors adequately addressed the broader impact of their work?'),
    text('ethics', 'Ethical concerns', 'Does the submission raise potential ethical concerns?'),
  ],
};

const neurips2025: VenueForm = {
  templateId: 'neurips-2025',
  venue: 'NeurIPS 2025',
  platform: 'openreview',
  markup: 'openreview-markdown',
  invitation: 'NeurIPS.cc/2025/Conference/Submission<number>/-/Official_Review',
  sources: [
    'Field names: the content keys of NeurIPS 2025 official reviews as OpenReview publishes them (invitation NeurIPS.cc/2025/Conference/-/Official_Review), e.g. https://openreview.net/forum?id=xDxskDUvte',
    'NeurIPS 2025 Reviewer Guidelines: https://neurips.cc/Conferences/2025/ReviewerGuidelines',
    openReviewRendering,
  ],
  limits: noPublishedLimits,
  fields: [
    text('summary', 'summary', 'Summary'),
    text('strengths-weaknesses', 'strengths_and_weaknesses', 'Strengths And Weaknesses'),
    score('quality', 'quality', 'Quality'),
    score('clarity', 'clarity', 'Clarity'),
    score('significance', 'significance', 'Significance'),
    score('originality', 'originality', 'Originality'),
    text('questions', 'questions', 'Questions'),
    text('limitations', 'limitations', 'Limitations'),
    score('overall', 'rating', 'Rating'),
    score('confidence', 'confidence', 'Confidence'),
    choice('ethics', 'ethical_concerns', 'Ethical Concerns'),
    text('formatting', 'paper_formatting_concerns', 'Paper Formatting Concerns'),
  ],
  otherFields: ['code_of_conduct_acknowledgement', 'responsible_reviewing_acknowledgement'],
};

const iclr2025: VenueForm = {
  templateId: 'iclr-2025',
  venue: 'ICLR 2025',
  platform: 'openreview',
  markup: 'openreview-markdown',
  invitation: 'ICLR.cc/2025/Conference/Submission<number>/-/Official_Review',
  sources: [
    'Field names: the content keys of ICLR 2025 official reviews as OpenReview publishes them (invitation ICLR.cc/2025/Conference/-/Official_Review), e.g. https://openreview.net/forum?id=KX5hd1RhYP',
    'ICLR 2025 Reviewer Guide: https://iclr.cc/Conferences/2025/ReviewerGuide',
    openReviewRendering,
  ],
  limits: noPublishedLimits,
  fields: [
    text('summary', 'summary', 'Summary'),
    score('soundness', 'soundness', 'Soundness'),
    score('presentation', 'presentation', 'Presentation'),
    score('contribution', 'contribution', 'Contribution'),
    text('strengths', 'strengths', 'Strengths'),
    text('weaknesses', 'weaknesses', 'Weaknesses'),
    text('questions', 'questions', 'Questions'),
    choice('ethics', 'flag_for_ethics_review', 'Flag For Ethics Review'),
    score('rating', 'rating', 'Rating'),
    score('confidence', 'confidence', 'Confidence'),
  ],
  otherFields: ['code_of_conduct'],
};

const icml2025: VenueForm = {
  templateId: 'icml-2025',
  venue: 'ICML 2025',
  platform: 'openreview',
  markup: 'openreview-markdown',
  invitation: 'ICML.cc/2025/Conference/Submission<number>/-/Official_Review',
  sources: [
    'Field names: the content keys of ICML 2025 official reviews as OpenReview publishes them (invitation ICML.cc/2025/Conference/-/Official_Review; overall_recommendation is an integer)',
    'ICML 2025 Reviewer Instructions: https://icml.cc/Conferences/2025/ReviewerInstructions',
    openReviewRendering,
  ],
  limits: noPublishedLimits,
  fields: [
    text('summary', 'summary', 'Summary'),
    text('claims', 'claims_and_evidence', 'Claims And Evidence'),
    text('methods', 'methods_and_evaluation_criteria', 'Methods And Evaluation Criteria'),
    text('theory', 'theoretical_claims', 'Theoretical Claims'),
    text('experiments', 'experimental_designs_or_analyses', 'Experimental Designs Or Analyses'),
    text('supplementary', 'supplementary_material', 'Supplementary Material'),
    text('literature', 'relation_to_broader_scientific_literature', 'Relation To Broader Scientific Literature'),
    text('missing-references', 'essential_references_not_discussed', 'Essential References Not Discussed'),
    text('other-strengths-weaknesses', 'other_strengths_and_weaknesses', 'Other Strengths And Weaknesses'),
    text('other-comments', 'other_comments_or_suggestions', 'Other Comments Or Suggestions'),
    text('questions', 'questions_for_authors', 'Questions For Authors'),
    score('overall', 'overall_recommendation', 'Overall Recommendation'),
  ],
  otherFields: ['code_of_conduct'],
};

/** "Maximum length 20000 characters." is in each text field's description; the fields set no maxLength param. */
const arrLimit = 20000;

const aclArr: VenueForm = {
  templateId: 'acl-arr',
  venue: 'ACL Rolling Review',
  platform: 'openreview',
  markup: 'openreview-markdown',
  invitation: 'aclweb.org/ACL/ARR/<year>/<cycle>/Submission<number>/-/Official_Review',
  sources: [
    'openreview-py (github.com/openreview/openreview-py @ e25fd7d), openreview/stages/arr_content.py, arr_official_review_content: field names, types (soundness, excitement, overall_assessment: float; confidence: integer) and "Maximum length 20000 characters." in the paper_summary, summary_of_strengths, summary_of_weaknesses and comments_suggestions_and_typos descriptions',
    'ARR reviewer guidelines: https://aclrollingreview.org/reviewerguidelines',
    openReviewRendering,
  ],
  limits: 'The four text fields say "Maximum length 20000 characters." in their descriptions (arr_content.py); the scores are radio choices.',
  fields: [
    text('summary', 'paper_summary', 'Paper Summary', arrLimit),
    text('strengths', 'summary_of_strengths', 'Summary Of Strengths', arrLimit),
    text('weaknesses', 'summary_of_weaknesses', 'Summary Of Weaknesses', arrLimit),
    text('comments', 'comments_suggestions_and_typos', 'Comments Suggestions And Typos', arrLimit),
    score('soundness', 'soundness', 'Soundness'),
    score('excitement', 'excitement', 'Excitement'),
    score('overall', 'overall_assessment', 'Overall Assessment'),
    score('confidence', 'confidence', 'Confidence'),
  ],
  // The fields arr_official_review_content does not mark optional.
  otherFields: [
    'ethical_concerns', 'reproducibility', 'datasets', 'software', 'Knowledge_of_or_educated_guess_at_author_identity', 'Knowledge_of_paper',
    'Knowledge_of_paper_source', 'impact_of_knowledge_of_paper', 'reviewer_certification', 'publication_ethics_policy_compliance',
  ],
};

const cvpr2025: VenueForm = {
  templateId: 'cvpr-2025',
  venue: 'CVPR 2025',
  platform: 'openreview',
  markup: 'openreview-markdown',
  sources: [
    'CVPR 2025 Reviewer Guidelines (the form\'s questions): https://cvpr.thecvf.com/Conferences/2025/ReviewerGuidelines',
    openReviewRendering,
  ],
  limits: 'Neither the reviewer guidelines nor a readable form definition state a length limit: no limit is checked. '
    + 'The form\'s OpenReview field names are not published in a source this project could read, so there is no OpenReview export.',
  fields: [
    text('summary', 'Paper summary', 'Paper Summary'),
    text('strengths', 'Paper strengths', 'Paper Strengths'),
    text('major-weaknesses', 'Major weaknesses', 'Major Weaknesses'),
    text('minor-weaknesses', 'Minor weaknesses', 'Minor Weaknesses'),
    score('overall', 'Overall recommendation', 'Overall Recommendation'),
    text('justification', 'Justification for recommendation and suggestions for rebuttal', 'Justification For Recommendation And Suggestions For Rebuttal'),
    score('confidence', 'Confidence level', 'Confidence Level'),
  ],
};

const course: VenueForm = {
  templateId: 'course',
  venue: 'Paper-reading course',
  platform: 'file',
  markup: 'markdown',
  sources: ['The course form itself (src/core/templates/course.ts): the review file is what is handed in.'],
  limits: 'The course sets no length limit: no limit is checked.',
  fields: [
    text('video-link', 'Video Link', 'Video Link'),
    text('summary', 'Summary and contributions', 'Summary and contributions'),
    text('strengths', 'Strengths', 'Strengths'),
    text('weaknesses', 'Weaknesses', 'Weaknesses'),
    text('correctness', 'Correctness', 'Correctness'),
    text('clarity', 'Clarity', 'Clarity'),
    text('prior-work', 'Relation to Prior Work', 'Relation to Prior Work'),
    text('reproducibility', 'Reproducibility', 'Reproducibility'),
    text('feedback', 'Feedback, Suggestions, and Questions', 'Feedback, Suggestions, and Questions'),
    score('confidence', 'Confidence Score', 'Confidence Score'),
    text('broader-impact', 'Broader impact', 'Broader impact'),
    text('ethics', 'Potential Ethical Concerns', 'Potential Ethical Concerns'),
    text('additional-information', 'Additional Information', 'Additional Information'),
  ],
};

/** Every built-in form's submission fields, by template id. */
export const venueForms: readonly VenueForm[] = [course, neurips2020, neurips2025, iclr2025, icml2025, aclArr, cvpr2025];

export function findVenueForm(templateId: string): VenueForm | undefined {
  return venueForms.find((v) => v.templateId === templateId);
}

/** The field a section goes to, when the template has a venue form and the form has the section. */
export function venueField(templateId: string, sectionId: string): { form: VenueForm; field: VenueField } | undefined {
  const form = findVenueForm(templateId);
  const field = form?.fields.find((f) => f.sectionId === sectionId);
  return form && field ? { form, field } : undefined;
}
