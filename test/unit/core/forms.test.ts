// Inserted forms never answer for the reviewer: every score and yes/no question is left for them to choose, the
// checks say so, and progress does not count it. Expected values are written by hand from the forms.
import * as assert from 'node:assert/strict';
import { analyzeReview } from '../../../src/core/review/analysis';
import { checkReview, type ReviewDiagnostic } from '../../../src/core/checks/diagnostics';
import type { ReviewFix } from '../../../src/core/checks/fixes';
import { reviewProgress } from '../../../src/core/review/progress';
import { templateSnippets } from '../../../src/core/snippets';
import { builtinTemplates, findBuiltinTemplate } from '../../../src/core/templates';

/** What a snippet leaves in the document when the reviewer tabs through it without typing. */
function expandSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+\}/g, '').replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, '$1').replace(/\\([\\$}])/g, '$1');
}

function apply(text: string, fix: ReviewFix): string {
  for (const e of [...fix.edits].sort((a, b) => b.range.start - a.range.start)) {
    text = text.slice(0, e.range.start) + (e.snippet ? expandSnippet(e.newText) : e.newText) + text.slice(e.range.end);
  }
  return text;
}

const codes = (ds: readonly ReviewDiagnostic[]) => ds.map((d) => `${d.code}${d.sectionId ? `:${d.sectionId}` : ''}`);
const wholeForm = (id: string) => expandSnippet(templateSnippets(findBuiltinTemplate(id)!)[`${findBuiltinTemplate(id)!.name}: whole review form`].body.join('\n'));

describe('inserted forms leave every answer to the reviewer', () => {
  for (const template of builtinTemplates) {
    it(`${template.name}: no score and no yes/no is answered, and nothing counts as done`, () => {
      const analysis = analyzeReview(`---\ntemplate: ${template.id}\n---\n\n${wholeForm(template.id)}`);
      assert.equal(analysis.template.id, template.id);
      assert.equal(analysis.sections.length, template.sections.length);
      for (const section of analysis.sections) {
        const ts = section.templateSection!;
        if (ts.score) assert.equal(section.score, undefined, `${ts.title} has score ${section.score?.value}`);
        if (ts.choices) assert.equal(section.answered, false, `${ts.title} is answered`);
        assert.equal(section.done, false, `${ts.title} counts as done`);
      }
      assert.equal(reviewProgress(analysis).done, 0);
    });
  }

  it('NeurIPS 2025: its six score sections keep missing-score, its prose sections hold the prompts', () => {
    const analysis = analyzeReview(`---\ntemplate: neurips-2025\n---\n\n${wholeForm('neurips-2025')}`);
    assert.deepEqual(codes(checkReview(analysis)), [
      'placeholder:summary', 'placeholder:strengths-weaknesses',
      'missing-score:quality', 'missing-score:clarity', 'missing-score:significance', 'missing-score:originality',
      'placeholder:questions', 'placeholder:limitations', 'missing-score:overall', 'missing-score:confidence',
      'placeholder:ethics', 'placeholder:formatting',
    ]);
    const progress = reviewProgress(analysis);
    assert.deepEqual([progress.done, progress.total], [0, 12]);
    assert.equal(progress.remaining.find((r) => r.title === 'Overall')!.reason, 'no score');
  });

  it('the course form: Reproducibility offers Yes and No unticked, and waits for an answer', () => {
    const text = wholeForm('course');
    assert.match(text, /## 8\. Reproducibility\n\n- \[ \] Yes\n- \[ \] No\n/);
    assert.match(text, /## 10\. Confidence Score\n\n- \[ \] 5: You are absolutely certain about your assessment\. You are very familiar with the related work\.\n- \[ \] 4: .*\n- \[ \] 3: .*\n- \[ \] 2: .*\n- \[ \] 1: Your assessment is an educated guess\.\n/);
    const analysis = analyzeReview(text);
    const diagnostics = checkReview(analysis);
    const reproducibility = diagnostics.find((d) => d.sectionId === 'reproducibility')!;
    assert.equal(reproducibility.code, 'missing-score');
    assert.equal(reproducibility.message, 'Section "Reproducibility" has no answer yet: tick one of Yes or No.');
    assert.equal(reviewProgress(analysis).remaining.find((r) => r.title === 'Reproducibility')!.reason, 'no answer');

    // Its fix ticks the box the reviewer chose, and the answer then counts.
    const yes = reproducibility.fixes.find((f) => f.title === 'Answer Reproducibility: Yes')!;
    const answered = apply(text, yes);
    assert.match(answered, /## 8\. Reproducibility\n\n- \[x\] Yes\n- \[ \] No\n/);
    const after = analyzeReview(answered).sections.find((s) => s.templateSection?.id === 'reproducibility')!;
    assert.deepEqual([after.answered, after.done], [true, true]);
  });

  it('a score is chosen by ticking its box (or writing it); the fix ticks the box of the value picked', () => {
    const text = `---\ntemplate: iclr-2025\n---\n\n${wholeForm('iclr-2025')}`;
    const soundness = checkReview(analyzeReview(text)).find((d) => d.sectionId === 'soundness')!;
    assert.equal(soundness.code, 'missing-score');
    assert.deepEqual(soundness.fixes.map((f) => f.title), [
      'Set Soundness to 1 (poor)', 'Set Soundness to 2 (fair)', 'Set Soundness to 3 (good)', 'Set Soundness to 4 (excellent)',
    ]);
    const ticked = apply(text, soundness.fixes[2]);
    assert.match(ticked, /## 2\. Soundness\n\n- \[ \] 4: excellent\n- \[x\] 3: good\n- \[ \] 2: fair\n- \[ \] 1: poor\n/);
    const section = analyzeReview(ticked).sections.find((s) => s.templateSection?.id === 'soundness')!;
    assert.deepEqual([section.score?.value, section.done], [3, true]);
    // Written below the list instead of ticked, the value is read too.
    const written = analyzeReview(text.replace('- [ ] 1: poor\n', '- [ ] 1: poor\n\n2 — the proofs have a gap.\n')).sections
      .find((s) => s.templateSection?.id === 'soundness')!;
    assert.equal(written.score?.value, 2);
  });

  it('the ACL Rolling Review half-step scales list every value, highest first, labels where the form gives them', () => {
    const text = wholeForm('acl-arr');
    const list = text.slice(text.indexOf('## 7. Overall assessment')).split('\n').filter((l) => l.startsWith('- [ ]')).slice(0, 9);
    assert.deepEqual(list, [
      '- [ ] 5: Consider for award', '- [ ] 4.5: between 4 and 5', '- [ ] 4: Conference', '- [ ] 3.5: between 3 and 4', '- [ ] 3: Findings',
      '- [ ] 2.5: between 2 and 3', '- [ ] 2: Resubmit next cycle', '- [ ] 1.5: between 1 and 2', '- [ ] 1: Do not resubmit',
    ]);
  });
});

describe('checks that guide', () => {
  it('an empty review gets one hint, whose fix inserts the whole form', () => {
    const analysis = analyzeReview('');
    const diagnostics = checkReview(analysis);
    assert.equal(diagnostics.length, 1);
    const [hint] = diagnostics;
    assert.deepEqual([hint.code, hint.severity, hint.range], ['missing-section', 'hint', { start: 0, end: 0 }]);
    assert.equal(hint.message, 'No section of the Paper-reading course form yet: insert the review form (its 13 sections) to start.');
    assert.equal(hint.fixes[0].title, 'Insert a review form (Paper-reading course)');
    const filled = apply('', hint.fixes[0]);
    assert.deepEqual(analyzeReview(filled).sections.map((s) => s.title), [
      '1. Video Link', '2. Summary and contributions', '3. Strengths', '4. Weaknesses', '5. Correctness', '6. Clarity',
      '7. Relation to Prior Work', '8. Reproducibility', '9. Feedback, Suggestions, and Questions', '10. Confidence Score',
      '11. Broader impact', '12. Potential Ethical Concerns', '13. Additional Information',
    ]);
  });

  it('front matter alone is no review content yet: one hint on its first line, the form inserted after it', () => {
    const text = '---\ntemplate: icml-2025\npaper: paper.pdf\n---\n';
    const diagnostics = checkReview(analyzeReview(text));
    assert.deepEqual(codes(diagnostics), ['missing-section']);
    assert.deepEqual(diagnostics[0].range, { start: 0, end: 3 });
    const filled = apply(text, diagnostics[0].fixes[0]);
    assert.ok(filled.startsWith(`${text}\n## 1. Summary\n\n`), filled.slice(0, 120));
  });

  it('"off" for missing-section silences the hint too', () => {
    assert.deepEqual(checkReview(analyzeReview(''), { severities: { 'missing-section': 'off' } }), []);
  });

  it('progress matches a hand count: 3 of the 10 ICLR sections done', () => {
    // Done by hand: Summary (45 words ≥ 40), Soundness (3 ticked), Rating (6). Not done: Presentation (nothing ticked),
    // Contribution (7 is off the scale), Strengths (empty), Weaknesses (TODO), Questions (5 words < 10),
    // Flag for ethics review and Confidence (missing).
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const text = ['---', 'template: iclr-2025', '---', '## Summary', words(45), '## Soundness', '- [ ] 4: excellent', '- [x] 3: good',
      '## Presentation', '- [ ] 4: excellent', '- [ ] 3: good', '## Contribution', '7', '## Strengths', '', '## Weaknesses', `${words(40)} TODO`,
      '## Questions', words(5), '## Rating', '6', ''].join('\n');
    const progress = reviewProgress(analyzeReview(text));
    assert.deepEqual([progress.done, progress.total], [3, 10]);
    assert.deepEqual(progress.remaining.map((r) => `${r.title}: ${r.reason}`), [
      'Presentation: no score', 'Contribution: score off the scale', 'Strengths: empty', 'Weaknesses: placeholder',
      'Questions: short (5/10 words)', 'Flag for ethics review: missing', 'Confidence: missing',
    ]);
  });
});
