import * as assert from 'node:assert/strict';
import { builtinSnippets, templateSnippets } from '../../../src/core/snippets';
import { findBuiltinTemplate } from '../../../src/core/templates';

describe('snippets generated from the templates', () => {
  const course = findBuiltinTemplate('course')!;

  it('the course form has its 13 sections in order', () => {
    assert.deepEqual(course.sections.map((s) => s.title), [
      'Video Link', 'Summary and contributions', 'Strengths', 'Weaknesses', 'Correctness', 'Clarity', 'Relation to Prior Work',
      'Reproducibility', 'Feedback, Suggestions, and Questions', 'Confidence Score', 'Broader impact', 'Potential Ethical Concerns', 'Additional Information',
    ]);
  });

  it('a section snippet inserts its numbered heading and a tab stop holding the prompt', () => {
    const s = templateSnippets(course)['Paper-reading course: Strengths'];
    assert.equal(s.prefix, 'course-strengths');
    assert.equal(s.body[0], '## 3. Strengths');
    assert.match(s.body[2], /^\$\{1:Describe the strengths of the work\./);
  });

  it('a score section offers the scale as a choice and describes it', () => {
    const s = templateSnippets(course)['Paper-reading course: Confidence Score'];
    assert.equal(s.body[2], '${1|1,2,3,4,5|}');
    assert.match(s.description, /5: You are absolutely certain/);
    assert.match(s.description, /1: Your assessment is an educated guess/);
  });

  it('the whole-form snippet numbers its tab stops in order', () => {
    const s = templateSnippets(course)['Paper-reading course: whole review form'];
    assert.equal(s.prefix, 'course-form');
    const stops = s.body.join('\n').match(/\$\{(\d+)[:|]/g)!.map((m) => Number(m.match(/\d+/)![0]));
    assert.deepEqual(stops, Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('every built-in template contributes prefixes that do not collide', () => {
    const prefixes = Object.values(builtinSnippets()).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.ok(prefixes.includes('iclr-2025-rating'));
  });
});
