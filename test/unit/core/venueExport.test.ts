// Venue fields and export: each built-in form's sections mapped to the venue's submission fields, the text those
// fields take, and the note content OpenReview's API v2 takes. Expected values are written by hand from the
// venues' form definitions and documentation cited in src/core/venues/venueForms.ts.
import * as assert from 'node:assert/strict';
import { analyzeReview } from '../../../src/core/review/analysis';
import { checkReview } from '../../../src/core/checks/diagnostics';
import { builtinTemplates } from '../../../src/core/templates';
import { findVenueForm, venueForms } from '../../../src/core/venues/venueForms';
import { countVenueCharacters, escapeMathForMarked, submissionText } from '../../../src/core/venues/fieldText';
import {
  exportIsIncomplete, exportProblems, exportReview, exportedSection, formatExport, openReviewContent,
} from '../../../src/core/venues/exportReview';

const review = (template: string, parts: Record<string, string>) =>
  `---\ntemplate: ${template}\n---\n` + Object.entries(parts).map(([k, v]) => `## ${k}\n\n${v}\n`).join('\n');
const exported = (text: string) => exportReview(analyzeReview(text));

describe('venue fields', () => {
  it('every built-in form has a venue form, and every one of its sections has exactly one field', () => {
    assert.deepEqual(venueForms.map((v) => v.templateId).sort(), builtinTemplates.map((t) => t.id).sort());
    for (const t of builtinTemplates) {
      const form = findVenueForm(t.id)!;
      assert.deepEqual(form.fields.map((f) => f.sectionId), t.sections.map((s) => s.id), t.id);
      for (const f of form.fields) assert.equal(f.kind === 'score', Boolean(t.sections.find((s) => s.id === f.sectionId)!.score), `${t.id} ${f.sectionId}`);
      assert.ok(form.sources.length > 0 && form.limits.length > 0, t.id);
    }
  });

  // [section id, field name, documented limit] as the venues' own definitions give them.
  const expected: Record<string, [string, string, number?][]> = {
    'acl-arr': [ // openreview-py arr_content.py, arr_official_review_content
      ['summary', 'paper_summary', 20000], ['strengths', 'summary_of_strengths', 20000], ['weaknesses', 'summary_of_weaknesses', 20000],
      ['comments', 'comments_suggestions_and_typos', 20000], ['soundness', 'soundness'], ['excitement', 'excitement'],
      ['overall', 'overall_assessment'], ['confidence', 'confidence'],
    ],
    'iclr-2025': [
      ['summary', 'summary'], ['soundness', 'soundness'], ['presentation', 'presentation'], ['contribution', 'contribution'],
      ['strengths', 'strengths'], ['weaknesses', 'weaknesses'], ['questions', 'questions'], ['ethics', 'flag_for_ethics_review'],
      ['rating', 'rating'], ['confidence', 'confidence'],
    ],
    'neurips-2025': [
      ['summary', 'summary'], ['strengths-weaknesses', 'strengths_and_weaknesses'], ['quality', 'quality'], ['clarity', 'clarity'],
      ['significance', 'significance'], ['originality', 'originality'], ['questions', 'questions'], ['limitations', 'limitations'],
      ['overall', 'rating'], ['confidence', 'confidence'], ['ethics', 'ethical_concerns'], ['formatting', 'paper_formatting_concerns'],
    ],
    'icml-2025': [
      ['summary', 'summary'], ['claims', 'claims_and_evidence'], ['methods', 'methods_and_evaluation_criteria'], ['theory', 'theoretical_claims'],
      ['experiments', 'experimental_designs_or_analyses'], ['supplementary', 'supplementary_material'],
      ['literature', 'relation_to_broader_scientific_literature'], ['missing-references', 'essential_references_not_discussed'],
      ['other-strengths-weaknesses', 'other_strengths_and_weaknesses'], ['other-comments', 'other_comments_or_suggestions'],
      ['questions', 'questions_for_authors'], ['overall', 'overall_recommendation'],
    ],
  };
  for (const [id, fields] of Object.entries(expected)) {
    it(`${id}: field names and limits as the venue defines them`, () => {
      assert.deepEqual(findVenueForm(id)!.fields.map((f) => (f.maxLength === undefined ? [f.sectionId, f.name] : [f.sectionId, f.name, f.maxLength])), fields);
    });
  }

  it('no limit is invented where the venue documents none', () => {
    for (const id of ['course', 'neurips-2020', 'neurips-2025', 'iclr-2025', 'icml-2025', 'cvpr-2025']) {
      assert.deepEqual(findVenueForm(id)!.fields.filter((f) => f.maxLength !== undefined), [], id);
      assert.match(findVenueForm(id)!.limits, /no limit is checked/, id);
    }
  });
});

describe('text for the venue\'s field', () => {
  it('counts characters as OpenReview does: UTF-16 units of the trimmed text', () => {
    assert.equal(countVenueCharacters('  café\n'), 4);
    assert.equal(countVenueCharacters('😀'), 2);
    assert.equal(countVenueCharacters('a\n\nb'), 4);
  });

  it('escapes formulas so marked hands MathJax what was written', () => {
    assert.equal(escapeMathForMarked('$a \\\\ b$'), '$a \\\\\\\\ b$');
    assert.equal(escapeMathForMarked('$\\{x \\mid x_1 > 0\\}$'), '$\\\\{x \\mid x\\_1 > 0\\\\}$');
    assert.equal(escapeMathForMarked('$a*b*c$'), '$a\\*b\\*c$');
    assert.equal(escapeMathForMarked('$\\_$'), '$\\\\\\_$');
    assert.equal(escapeMathForMarked('$\\alpha + \\beta$'), '$\\alpha + \\beta$');
  });

  it('OpenReview: only formulas change; code, prose emphasis and single line breaks stay, the breaks flagged', () => {
    const r = submissionText('The loss $L = \\sum_i w_i * x_i$ and\n*emphasis* in `$a_b$` code.\n\n$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$', 'openreview-markdown');
    assert.equal(r.text, 'The loss $L = \\sum\\_i w\\_i \\* x\\_i$ and\n*emphasis* in `$a_b$` code.\n\n$$\n\\begin{aligned} a &= b \\\\\\\\ c &= d \\end{aligned}\n$$');
    assert.deepEqual(r.notes, [
      '2 formulas escaped for OpenReview\'s Markdown (backslashes before punctuation doubled, * _ ~ escaped), so MathJax gets them as written.',
      '1 single line break inside paragraphs will show as spaces on OpenReview; leave a blank line, or end the line with two spaces, to start a new line.',
    ]);
  });

  it('plain text boxes: paragraphs reflow, hard breaks and list items stay, formulas flagged', () => {
    const r = submissionText('First line\nsecond line  \nthird $x$.\n\n- one\n- two\n  continued', 'plain');
    assert.equal(r.text, 'First line second line  \nthird $x$.\n\n- one\n- two continued');
    assert.deepEqual(r.notes, ['1 formula will show as typed: this venue\'s text box does not render LaTeX.']);
  });
});

describe('export of every built-in form', () => {
  it('ACL Rolling Review: note content with float scores, formulas escaped', () => {
    const text = review('acl-arr', {
      'Paper summary': 'A parser for $x_1$.', 'Summary of strengths': 'Clear.', 'Summary of weaknesses': 'Small data.',
      'Comments, suggestions and typos': 'Typo on p. 2.', Soundness: '3.5', Excitement: '4', 'Overall assessment': '2.5', 'Reviewer confidence': '4',
    });
    const r = exported(text);
    assert.deepEqual(openReviewContent(r), {
      paper_summary: { value: 'A parser for $x\\_1$.' }, summary_of_strengths: { value: 'Clear.' }, summary_of_weaknesses: { value: 'Small data.' },
      comments_suggestions_and_typos: { value: 'Typo on p. 2.' }, soundness: { value: 3.5 }, excitement: { value: 4 },
      overall_assessment: { value: 2.5 }, confidence: { value: 4 },
    });
    assert.equal(exportIsIncomplete(r), false);
    // arr_content.py: the fields not marked optional that the ARR template has no section for.
    assert.deepEqual(exportProblems(r), ['Also on ACL Rolling Review\'s form, with no section in this review: ethical_concerns, reproducibility, '
      + 'datasets, software, Knowledge_of_or_educated_guess_at_author_identity, Knowledge_of_paper, Knowledge_of_paper_source, '
      + 'impact_of_knowledge_of_paper, reviewer_certification, publication_ethics_policy_compliance.']);
  });

  it('ICLR 2025: scores as numbers; the ethics flag is left to the form', () => {
    const r = exported(review('iclr-2025', {
      Summary: 'S.', Soundness: '3', Presentation: '2', Contribution: '3', Strengths: 'Good.', Weaknesses: 'Bad.', Questions: 'Why?',
      'Flag for ethics review': 'No ethics review needed.', Rating: '6', Confidence: '4',
    }));
    assert.deepEqual(openReviewContent(r), {
      summary: { value: 'S.' }, soundness: { value: 3 }, presentation: { value: 2 }, contribution: { value: 3 }, strengths: { value: 'Good.' },
      weaknesses: { value: 'Bad.' }, questions: { value: 'Why?' }, rating: { value: 6 }, confidence: { value: 4 },
    });
    assert.deepEqual(exportProblems(r), [
      '"Flag for ethics review" (flag_for_ethics_review): choose the answer on ICLR 2025\'s form; not exported.',
      'Also on ICLR 2025\'s form, with no section in this review: code_of_conduct.',
    ]);
    assert.equal(exportIsIncomplete(r), false);
  });

  it('NeurIPS 2025', () => {
    const r = exported(review('neurips-2025', {
      Summary: 'S.', 'Strengths and weaknesses': 'SW.', Quality: '3', Clarity: '2', Significance: '4', Originality: '1', Questions: 'Q?',
      Limitations: 'Yes.', Overall: '5', Confidence: '3', 'Ethical concerns': 'None.', 'Paper formatting concerns': 'None.',
    }));
    assert.deepEqual(openReviewContent(r), {
      summary: { value: 'S.' }, strengths_and_weaknesses: { value: 'SW.' }, quality: { value: 3 }, clarity: { value: 2 }, significance: { value: 4 },
      originality: { value: 1 }, questions: { value: 'Q?' }, limitations: { value: 'Yes.' }, rating: { value: 5 }, confidence: { value: 3 },
      paper_formatting_concerns: { value: 'None.' },
    });
  });

  it('ICML 2025', () => {
    const r = exported(review('icml-2025', {
      Summary: 'S.', 'Claims and evidence': 'C.', 'Methods and evaluation criteria': 'M.', 'Theoretical claims': 'T.',
      'Experimental designs or analyses': 'E.', 'Supplementary material': 'None.', 'Relation to broader scientific literature': 'L.',
      'Essential references not discussed': 'R.', 'Other strengths and weaknesses': 'O.', 'Other comments or suggestions': 'OC.',
      'Questions for authors': 'Q?', 'Overall recommendation': '4',
    }));
    assert.deepEqual(openReviewContent(r), {
      summary: { value: 'S.' }, claims_and_evidence: { value: 'C.' }, methods_and_evaluation_criteria: { value: 'M.' }, theoretical_claims: { value: 'T.' },
      experimental_designs_or_analyses: { value: 'E.' }, supplementary_material: { value: 'None.' }, relation_to_broader_scientific_literature: { value: 'L.' },
      essential_references_not_discussed: { value: 'R.' }, other_strengths_and_weaknesses: { value: 'O.' }, other_comments_or_suggestions: { value: 'OC.' },
      questions_for_authors: { value: 'Q?' }, overall_recommendation: { value: 4 },
    });
  });

  it('NeurIPS 2020 (CMT): text to paste, paragraphs reflowed; no OpenReview content', () => {
    const r = exported(review('neurips-2020', {
      'Summary and contributions': 'Line one\nline two.', Strengths: 'S.', Weaknesses: 'W.', Correctness: 'C.', Clarity: 'Cl.',
      'Relation to prior work': 'P.', Reproducibility: 'Yes', 'Additional feedback': 'F.', 'Overall score': '7', 'Confidence score': '4',
      'Broader impact': 'B.', 'Ethical concerns': 'None.',
    }));
    assert.equal(openReviewContent(r), undefined);
    assert.equal(formatExport(r, 'text'), [
      'Summary and contributions: Briefly summarize the paper and its contributions:\nLine one line two.', 'Strengths:\nS.', 'Weaknesses:\nW.',
      'Correctness:\nC.', 'Clarity:\nCl.', 'Relation to prior work:\nP.', 'Reproducibility:\nYes',
      'Additional feedback, comments, suggestions for improvement and questions for the authors:\nF.',
      'Overall score:\n7: A good submission; accept.', 'Confidence score:\n4: You are confident in your assessment, but not absolutely certain.',
      'Have the authors adequately addressed the broader impact of their work?:\nB.', 'Does the submission raise potential ethical concerns?:\nNone.',
    ].join('\n\n') + '\n');
  });

  it('CVPR 2025: Markdown export with the form\'s labels; no OpenReview content without published field names', () => {
    const r = exported(review('cvpr-2025', {
      'Paper summary': 'S.', 'Paper strengths': 'St.', 'Major weaknesses': 'W.', 'Minor weaknesses': 'm.', 'Overall recommendation': '4',
      'Justification for recommendation and suggestions for rebuttal': 'J.', 'Confidence level': '3',
    }));
    assert.equal(openReviewContent(r), undefined);
    assert.equal(formatExport(r, 'markdown'), [
      '## Paper Summary\n\nS.', '## Paper Strengths\n\nSt.', '## Major Weaknesses\n\nW.', '## Minor Weaknesses\n\nm.',
      '## Overall Recommendation\n\n4: Weak accept', '## Justification For Recommendation And Suggestions For Rebuttal\n\nJ.',
      '## Confidence Level\n\n3: You are fairly confident in your assessment.',
    ].join('\n\n') + '\n');
  });

  it('course: the Markdown as written', () => {
    const r = exported(review('course', { 'Video Link': 'https://example.org/v', Summary: 'The $a_1$ term.\nNext line.', 'Confidence Score': '5' }));
    assert.equal(exportedSection(analyzeReview(review('course', { Summary: 'The $a_1$ term.\nNext line.' })), 'summary')!.copyText, 'The $a_1$ term.\nNext line.');
    assert.equal(r.fields.find((f) => f.field.sectionId === 'confidence')!.copyText,
      '5: You are absolutely certain about your assessment. You are very familiar with the related work.');
    assert.equal(openReviewContent(r), undefined);
  });
});

describe('answers the reviewer did not give', () => {
  it('an unanswered score is not exported, and the export is incomplete', () => {
    const r = exported(review('iclr-2025', {
      Summary: 'S.', Soundness: '', Presentation: '2', Contribution: '3', Strengths: 'Good.', Weaknesses: 'Bad.', Questions: 'Why?',
      'Flag for ethics review': 'No.', Rating: '7', Confidence: '4',
    }));
    const content = openReviewContent(r)!;
    assert.equal('soundness' in content, false);
    assert.equal('rating' in content, false);
    assert.equal(exportIsIncomplete(r), true);
    assert.deepEqual(exportProblems(r).filter((p) => !p.includes('ethics') && !p.startsWith('Also on')), [
      '"Soundness" (soundness): no score chosen; not exported.',
      '"Rating" (rating): the score is not one of the form\'s values; not exported.',
    ]);
  });

  it('a missing required section is reported, an empty optional one is left out quietly', () => {
    const r = exported(review('cvpr-2025', { 'Paper summary': 'S.', 'Minor weaknesses': '' }));
    const problems = exportProblems(r);
    assert.ok(problems.includes('"Paper Strengths" (Paper strengths): missing; not exported.'), problems.join('\n'));
    assert.ok(!problems.some((p) => p.includes('Minor')), problems.join('\n'));
  });
});

describe('field-too-long', () => {
  const arr = (summary: string) => review('acl-arr', { 'Paper summary': summary });
  const tooLong = (text: string) => checkReview(analyzeReview(text)).filter((d) => d.code === 'field-too-long');

  it('20,000 characters fit ARR\'s paper_summary; 20,001 do not', () => {
    assert.deepEqual(tooLong(arr('a'.repeat(20000))), []);
    const [d] = tooLong(arr('a'.repeat(20001)));
    assert.equal(d.message, 'Section "Paper summary" has 20,001 characters; ACL Rolling Review\'s "Paper Summary" field takes at most 20,000: shorten it by 1.');
    assert.equal(d.severity, 'warning');
    assert.equal(d.sectionId, 'summary');
  });

  it('counts the text as submitted: a formula\'s escapes count', () => {
    // 19,995 letters + "$a_b$" (5) = 20,000 as written; OpenReview receives "$a\_b$", 20,001 characters.
    const [d] = tooLong(arr('a'.repeat(19995) + '$a_b$'));
    assert.match(d.message, /has 20,001 characters/);
  });

  it('can be turned off like every check', () => {
    const analysis = analyzeReview(arr('a'.repeat(20001)));
    assert.deepEqual(checkReview(analysis, { severities: { 'field-too-long': 'off' } }).filter((d) => d.code === 'field-too-long'), []);
  });
});
