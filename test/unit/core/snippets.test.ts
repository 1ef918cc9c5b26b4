import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinSnippets, templateSnippets } from '../../../src/core/snippets';
import { parseCustomTemplate } from '../../../src/core/templates/custom';
import { findBuiltinTemplate, type ReviewTemplate } from '../../../src/core/templates';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('snippets generated from the templates', () => {
  const course = findBuiltinTemplate('course')!;

  it('the committed snippets/ file is the one the templates generate (run `node scripts/generateSnippets.mjs`)', () => {
    const committed = JSON.parse(readFileSync(join(projectRoot, 'snippets/paper-review.code-snippets'), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(builtinSnippets())));
  });

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

  it('a score section lists the scale unticked, highest first, with a tab stop before it and nothing chosen', () => {
    const s = templateSnippets(course)['Paper-reading course: Confidence Score'];
    assert.deepEqual(s.body, [
      '## 10. Confidence Score', '',
      '${1}- [ ] 5: You are absolutely certain about your assessment. You are very familiar with the related work.',
      '- [ ] 4: You are confident in your assessment, but not absolutely certain.',
      '- [ ] 3: You are fairly confident in your assessment.',
      '- [ ] 2: You are willing to defend your assessment, but it is quite likely that you did not understand central parts of the submission.',
      '- [ ] 1: Your assessment is an educated guess.',
      '',
    ]);
    assert.match(s.description, /5: You are absolutely certain/);
  });

  it('a yes/no section lists Yes and No unticked', () => {
    assert.deepEqual(templateSnippets(course)['Paper-reading course: Reproducibility'].body, ['## 8. Reproducibility', '', '${1}- [ ] Yes', '- [ ] No', '']);
  });

  it('the whole-form snippet numbers its tab stops in order', () => {
    const s = templateSnippets(course)['Paper-reading course: whole review form'];
    assert.equal(s.prefix, 'course-form');
    const stops = s.body.join('\n').match(/\$\{(\d+)[:}]/g)!.map((m) => Number(m.match(/\d+/)![0]));
    assert.deepEqual(stops, Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('every built-in template contributes prefixes that do not collide', () => {
    const prefixes = Object.values(builtinSnippets()).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.ok(prefixes.includes('iclr-2025-rating'));
  });
});

describe('snippets from a user\'s template insert its text literally', () => {
  // VS Code's snippet syntax: `$name`, `${1}` and `${1:…}` are variables and tab stops; `\` escapes `$`, `}` and `\`.
  const result = parseCustomTemplate({
    id: 'tricky', name: 'Tricky $TM_FILENAME',
    sections: [
      { id: 'cost', title: 'Cost in $CLIPBOARD ${1} }', prompt: 'Paths like C:\\temp\\x and ${2:y} stay as written }' },
      { id: 'pick', title: 'Pick \\ one', score: { options: [{ value: 1, label: 'low $1' }, { value: 2, label: 'high, {x} | ${3}' }] } },
      { id: 'ok', title: 'OK?', choices: ['Yes $BLOCK_COMMENT_START', 'No }'] },
    ],
  });
  assert.ok(result.ok);
  const tricky = (result as { template: ReviewTemplate }).template;
  const snippets = templateSnippets(tricky);

  it('a title, a prompt and score labels: `$`, `${1}`, `}` and `\\` are escaped', () => {
    // Written by hand from the grammar: each `$`, `}` and `\` gets a backslash in front.
    assert.deepEqual(snippets['Tricky $TM_FILENAME: Cost in $CLIPBOARD ${1} }'].body, [
      '## 1. Cost in \\$CLIPBOARD \\${1\\} \\}', '',
      '${1:Paths like C:\\\\temp\\\\x and \\${2:y\\} stay as written \\}}', '',
    ]);
    assert.deepEqual(snippets['Tricky $TM_FILENAME: Pick \\ one'].body, [
      '## 2. Pick \\\\ one', '', '${1}- [ ] 2: high, {x\\} | \\${3\\}', '- [ ] 1: low \\$1', '',
    ]);
    assert.deepEqual(snippets['Tricky $TM_FILENAME: OK?'].body, ['## 3. OK?', '', '${1}- [ ] Yes \\$BLOCK_COMMENT_START', '- [ ] No \\}', '']);
  });

  it('the whole form keeps exactly its own three tab stops', () => {
    const body = snippets['Tricky $TM_FILENAME: whole review form'].body.join('\n');
    const unescaped = body.replace(/\\[\\$}]/g, '');
    assert.deepEqual(unescaped.match(/\$\{?\d+/g), ['${1', '${2', '${3']);
    assert.ok(!/\$[A-Z_]/.test(unescaped), 'an unescaped variable is left');
  });
});
