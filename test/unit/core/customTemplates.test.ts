import * as assert from 'node:assert/strict';
import { parseCustomTemplate } from '../../../src/core/templates';
import { analyzeReview } from '../../../src/core/review/analysis';

describe('custom templates', () => {
  const lab = {
    id: 'lab-reading', name: 'Lab reading group',
    sections: [
      { id: 'gist', title: 'Gist', aliases: ['TL;DR'], minWords: 5, prompt: 'One paragraph.' },
      { id: 'verdict', title: 'Verdict', score: { options: [{ value: 2, label: 'read' }, { value: 1, label: 'skip' }] } },
    ],
  };

  it('a valid template gets defaults and drives the analysis', () => {
    const result = parseCustomTemplate(lab);
    assert.ok(result.ok);
    assert.deepEqual(result.template.sections.map((s) => [s.id, s.required, s.minWords]), [['gist', true, 5], ['verdict', true, 0]]);
    assert.deepEqual(result.template.sections[1].score!.options.map((o) => o.value), [1, 2]);
    const a = analyzeReview('## TL;DR\nIt is a good paper overall.\n## Verdict\n2\n', { templates: [result.template] });
    assert.deepEqual(a.sections.map((s) => [s.templateSection?.id, s.done]), [['gist', true], ['verdict', true]]);
  });

  it('an invalid template gives problems that say where and what', () => {
    const result = parseCustomTemplate({ id: 'Bad Id', sections: [{ title: 'x', colour: 'red' }] });
    assert.ok(!result.ok);
    const messages = result.problems.map((p) => p.message);
    assert.ok(messages.includes('template: missing property "name"'), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('/id:')));
    assert.ok(messages.includes('/sections/0: unknown property "colour"'));
    assert.ok(messages.includes('/sections/0: missing property "id"'));
  });

  it('rejects a section id used twice', () => {
    const result = parseCustomTemplate({ ...lab, sections: [lab.sections[0], lab.sections[0]] });
    assert.ok(!result.ok);
    assert.match(result.problems[0].message, /"gist" is used twice/);
  });
});
