import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeReview, type ReviewAnalysis } from '../../../src/core/review/analysis';
import { builtinTemplates } from '../../../src/core/templates';
import { sectionHeading } from '../../../src/core/snippets';
import { assertProperty } from './seed';

/** Everything the analysis tells a user, without the parse trees (which are expected to be reused objects). */
function visible(a: ReviewAnalysis) {
  return {
    template: a.template.id, front: a.frontMatter, missing: a.missing.map((s) => s.id), references: a.references, markupNotes: a.markupNotes,
    sections: a.sections.map(({ templateSection, ...rest }) => ({ id: templateSection?.id, ...rest })),
  };
}

const course = builtinTemplates[0];
const seed = '---\ntemplate: course\n---\n' + course.sections.map((s, i) =>
  `${sectionHeading(s, i + 1)}\n\nSee Figure ${i + 1} and Table ${i}. ${s.score ? '4' : 'Some words here TODO.'}\n\n\`\`\`\n## not a heading\n\`\`\`\n`).join('\n');

describe('incremental analysis', () => {
  it('re-parses only the chunk an edit touched', () => {
    const first = analyzeReview(seed);
    const at = seed.indexOf('Some words');
    const second = analyzeReview(seed.slice(0, at) + 'X' + seed.slice(at), {}, first);
    const reused = second.parsed!.chunks.filter((c) => first.parsed!.chunks.some((p) => p.root === c.root)).length;
    assert.equal(reused, second.parsed!.chunks.length - 1);
  });

  it('gives the same result as a cold analysis after any sequence of edits', function () {
    this.timeout(120_000);
    const pieces = ['\n', '## ', '3. Strengths\n', 'Figure 2', '```\n', '---\n', ' TODO ', 'x', '\n\n', '1. ', 'Confidence: 4\n', '**Weaknesses:** ', '- item\n', '2. Clarity\n'];
    const edit = fc.record({ pos: fc.nat(), del: fc.nat({ max: 30 }), ins: fc.constantFrom(...pieces) });
    assertProperty(fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
      let text = seed;
      let previous = analyzeReview(text);
      for (const e of edits) {
        const pos = e.pos % (text.length + 1);
        text = text.slice(0, pos) + e.ins + text.slice(pos + e.del);
        previous = analyzeReview(text, {}, previous);
        assert.deepEqual(visible(previous), visible(analyzeReview(text)));
      }
    }), 100);
  });
});
