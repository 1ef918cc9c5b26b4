import * as assert from 'node:assert/strict';
import { analyzeReview } from '../../../src/core/review/analysis';
import { builtinTemplates, findBuiltinTemplate } from '../../../src/core/templates';
import { sectionHeading } from '../../../src/core/snippets';

function sections(text: string, options = {}) {
  return analyzeReview(text, options).sections.map((s) => ({ id: s.templateSection?.id, title: s.title, status: s.status }));
}

const body = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('review sections', () => {
  it('reads Markdown headings of any level and keeps unknown ones', () => {
    const text = `# My review\n\n## Strengths\n${body(40)}\n\n### Minor points\nTypos.\n\n#### Weaknesses\n${body(40)}\n`;
    assert.deepEqual(sections(text, { defaultTemplate: 'neurips-2020' }), [
      { id: undefined, title: 'My review', status: 'empty' },
      { id: 'strengths', title: 'Strengths', status: 'complete' },
      { id: undefined, title: 'Minor points', status: 'complete' },
      { id: 'weaknesses', title: 'Weaknesses', status: 'complete' },
    ]);
  });

  it('an unknown sub-heading stays inside the section above it', () => {
    const a = analyzeReview(`## Strengths\n\n### Major\n${body(40)}\n`, { defaultTemplate: 'neurips-2020' });
    assert.equal(a.sections[0].status, 'complete');
    assert.equal(a.sections[0].words, 41);
  });

  it('reads plain numbered title lines, as pasted from a form, and hyphen-broken titles', () => {
    const text = `1. Video Link\n\nhttps://example.org/v\n\n3. Strengths\n\n${body(40)}\n\n11. Broader Im-\npact\n\n${body(12)}\n`;
    const got = sections(text);
    assert.deepEqual(got.map((s) => s.id), ['video-link', 'strengths', 'broader-impact']);
    assert.equal(got[2].title, '11. Broader Im-\npact');
  });

  it('does not take a numbered sentence for a heading', () => {
    const text = `## Weaknesses\n\n1. Strengths of the baseline are not discussed.\n2. Clarity suffers.\n`;
    assert.deepEqual(sections(text, { defaultTemplate: 'neurips-2020' }).map((s) => s.id), ['weaknesses']);
  });

  it('matching ignores case, punctuation, numbering, parentheses and and/&', () => {
    const text = `## IX. feedback suggestions & questions\nx\n\n## 10) CONFIDENCE SCORE (1–5)\n4\n\n## Related work:\nx\n`;
    assert.deepEqual(sections(text, { defaultTemplate: 'course' }).map((s) => s.id), ['feedback', 'confidence', 'prior-work']);
  });

  it('aliases match: "Additional feedback" is the course form\'s feedback section', () => {
    assert.equal(sections('## Additional feedback\nx\n', { defaultTemplate: 'course' })[0].id, 'feedback');
  });

  it('reads bold leads, "Title:" lines and "Confidence: 4" score lines', () => {
    const text = `**Strengths:** ${body(40)}\n\nWeaknesses:\n${body(40)}\n\nConfidence: 4/5\n`;
    const a = analyzeReview(text, { defaultTemplate: 'neurips-2020' });
    assert.deepEqual(a.sections.map((s) => [s.templateSection?.id, s.status]), [['strengths', 'complete'], ['weaknesses', 'complete'], ['confidence', 'complete']]);
    assert.equal(a.sections[2].score?.value, 4);
  });

  it('"Overall: …" prose inside a section does not open the overall-score section', () => {
    const a = analyzeReview(`## Weaknesses\nOverall: the paper is unclear.\n`, { defaultTemplate: 'neurips-2020' });
    assert.deepEqual(a.sections.map((s) => s.templateSection?.id), ['weaknesses']);
  });

  it('statuses: empty, short, placeholder (marker or the prompt left in), complete, missing', () => {
    const course = findBuiltinTemplate('course')!;
    const text = [
      '## 2. Summary and contributions', '', body(50), '',
      '## 3. Strengths', '', '', '## 4. Weaknesses', '', 'Too short.', '',
      '## 5. Correctness', '', `${body(20)} TODO check the proof`, '',
      '## 6. Clarity', '', course.sections[5].prompt, '',
    ].join('\n');
    const a = analyzeReview(text, { defaultTemplate: 'course' });
    assert.deepEqual(a.sections.map((s) => s.status), ['complete', 'empty', 'short', 'placeholder', 'placeholder']);
    assert.ok(a.missing.some((s) => s.id === 'video-link'));
    assert.ok(!a.missing.some((s) => s.id === 'strengths'));
  });

  it('minimum words can be overridden per section', () => {
    const a = analyzeReview(`## Strengths\n${body(10)}\n`, { defaultTemplate: 'neurips-2020', minWords: { strengths: 5 } });
    assert.equal(a.sections[0].status, 'complete');
  });

  it('reads front matter: template, paper, title, venue', () => {
    const a = analyzeReview('---\ntemplate: iclr-2025\npaper: ../paper.pdf\ntitle: Attention\nvenue: ICLR\n---\n## Summary\nx\n');
    assert.deepEqual(a.frontMatter, { template: 'iclr-2025', paper: '../paper.pdf', title: 'Attention', venue: 'ICLR' });
    assert.equal(a.template.id, 'iclr-2025');
    assert.equal(a.templateSource, 'front-matter');
  });

  it('reports an unknown template id and falls back to detection', () => {
    const a = analyzeReview('---\ntemplate: neurips-2030\n---\n## Soundness\n3\n## Presentation\n3\n## Contribution\n3\n');
    assert.equal(a.unknownTemplateId, 'neurips-2030');
    assert.equal(a.template.id, 'iclr-2025');
  });

  for (const template of builtinTemplates) {
    it(`detects the ${template.name} form from its headings`, () => {
      const text = template.sections.map((s, i) => `${sectionHeading(s, i + 1)}\n\n${s.score ? s.score.options[0].value : body(s.minWords + 5)}\n`).join('\n');
      const a = analyzeReview(text, { defaultTemplate: 'course' });
      assert.equal(a.template.id, template.id);
      assert.equal(a.missing.length, 0);
      assert.ok(a.sections.every((s) => s.done), a.sections.filter((s) => !s.done).map((s) => s.title).join(', '));
    });
  }

  it('ties go to the default template', () => {
    const text = '## Summary\nx\n## Strengths\nx\n';
    assert.equal(analyzeReview(text, { defaultTemplate: 'cvpr-2025' }).template.id, 'cvpr-2025');
    assert.equal(analyzeReview(text, { defaultTemplate: 'iclr-2025' }).template.id, 'iclr-2025');
  });
});

describe('review sections: answers that repeat the title', () => {
  it('"Confidence: 4/5" under "10. Confidence Score" is the answer, not a second section', () => {
    const a = analyzeReview('10. Confidence Score\n\nConfidence: 4/5\n', { defaultTemplate: 'course' });
    assert.deepEqual(a.sections.map((s) => [s.templateSection?.id, s.duplicate, s.score?.value]), [['confidence', false, 4]]);
  });
});
