import * as assert from 'node:assert/strict';
import { parseCustomTemplate, parseTemplateSetting } from '../../../src/core/templates';

const section = (i: number) => ({ id: `s${i}`, title: `Section ${i}` });
const form = (extra: object = {}, sections: object[] = [section(1)]) => ({ id: 'lab', name: 'Lab', sections, ...extra });
const problems = (json: unknown) => {
  const r = parseCustomTemplate(json);
  return r.ok ? [] : r.problems.map((p) => p.message);
};

describe('template files have size limits (schemas/reviewTemplate.schema.json)', () => {
  it('a form at the limits is accepted', () => {
    const big = form({ name: 'N'.repeat(200) }, Array.from({ length: 200 }, (_, i) => ({
      ...section(i), title: 'T'.repeat(200), prompt: 'p'.repeat(5000), aliases: Array.from({ length: 50 }, (_, k) => `a${k}`),
    })));
    assert.deepEqual(problems(big), []);
  });

  it('past each limit, the problem says where and how much is allowed', () => {
    assert.deepEqual(problems(form({}, Array.from({ length: 201 }, (_, i) => section(i)))), ['/sections: must NOT have more than 200 items']);
    assert.deepEqual(problems(form({ name: 'N'.repeat(201) })), ['/name: must NOT have more than 200 characters']);
    assert.deepEqual(problems(form({ id: 'x'.repeat(65) })), ['/id: must NOT have more than 64 characters']);
    assert.deepEqual(problems(form({}, [{ ...section(1), title: 'T'.repeat(201) }])), ['/sections/0/title: must NOT have more than 200 characters']);
    assert.deepEqual(problems(form({}, [{ ...section(1), prompt: 'p'.repeat(5001) }])), ['/sections/0/prompt: must NOT have more than 5000 characters']);
    assert.deepEqual(problems(form({}, [{ ...section(1), aliases: Array.from({ length: 51 }, (_, k) => `a${k}`) }])), ['/sections/0/aliases: must NOT have more than 50 items']);
    assert.deepEqual(problems(form({}, [{ ...section(1), choices: Array.from({ length: 51 }, (_, k) => `c${k}`) }])), ['/sections/0/choices: must NOT have more than 50 items']);
    assert.deepEqual(problems(form({}, [{ ...section(1), score: { options: Array.from({ length: 101 }, (_, k) => ({ value: k, label: `${k}` })) } }])),
      ['/sections/0/score/options: must NOT have more than 100 items']);
    assert.deepEqual(problems(form({}, [{ ...section(1), minWords: 100_001 }])), ['/sections/0/minWords: must be <= 100000']);
  });
});

describe('a malformed paperReview.templates setting gives messages, not an exception', () => {
  it('a value that is not a list says what it is', () => {
    assert.deepEqual(parseTemplateSetting({ id: 'lab', name: 'Lab', sections: [] }), {
      templates: [], problems: ['"paperReview.templates" must be a list of templates ([{ "id", "name", "sections" }, …]), not an object.'],
    });
    assert.deepEqual(parseTemplateSetting('course').problems, ['"paperReview.templates" must be a list of templates ([{ "id", "name", "sections" }, …]), not a string.']);
    assert.deepEqual(parseTemplateSetting(7).problems, ['"paperReview.templates" must be a list of templates ([{ "id", "name", "sections" }, …]), not a number.']);
    assert.deepEqual(parseTemplateSetting(undefined), { templates: [], problems: [] });
  });

  it('valid entries are kept, invalid ones (null, a string, a bad form) are named by position', () => {
    const r = parseTemplateSetting([null, form(), 'lab', { id: 'x' }]);
    assert.deepEqual(r.templates.map((t) => t.id), ['lab']);
    assert.deepEqual(r.problems, [
      'template 1 in "paperReview.templates" is invalid: template: must be object',
      'template 3 in "paperReview.templates" is invalid: template: must be object',
      'template 4 in "paperReview.templates" is invalid: template: missing property "name"; template: missing property "sections"',
    ]);
  });
});
