import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageConfiguration } from '../../../syntaxes/src/languageConfiguration';
import { projectRoot } from './grammarHelper';

type RegExpSpec = string | { pattern: string; flags?: string };
interface Rule { beforeText: RegExpSpec; afterText?: RegExpSpec; action: { indent: string; appendText?: string } }

const config = JSON.parse(readFileSync(join(projectRoot, 'language-configuration.json'), 'utf8'));
const regExp = (spec: RegExpSpec) => (typeof spec === 'string' ? new RegExp(spec) : new RegExp(spec.pattern, spec.flags));

/** What VS Code appends when Enter is pressed at the end of `line`: the first rule whose beforeText matches wins. */
function onEnter(line: string): string | undefined {
  const rule = (config.onEnterRules as Rule[]).find((r) => regExp(r.beforeText).test(line) && (!r.afterText || regExp(r.afterText).test('')));
  return rule?.action.appendText;
}

/** The word VS Code selects on double-click at `offset` (its wordPattern, searched globally). */
function wordAt(text: string, offset: number): string | undefined {
  const pattern = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
  for (const m of text.matchAll(pattern)) if (m.index <= offset && offset < m.index + m[0].length) return m[0];
  return undefined;
}

describe('grammar: language configuration', () => {
  it('is the JSON its source generates (run `node syntaxes/src/generate.mjs`)', () => {
    assert.deepEqual(config, JSON.parse(JSON.stringify(languageConfiguration())));
  });

  it('comments are HTML comments and Markdown emphasis can surround a selection', () => {
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
    const surrounding = (config.surroundingPairs as string[][]).map(([open]) => open);
    for (const open of ['*', '_', '`', '(', '[']) assert.ok(surrounding.includes(open), `${open} does not surround`);
    const closing = (config.autoClosingPairs as { open: string }[]).map((p) => p.open);
    assert.deepEqual(closing.sort(), ['(', '[', '`', '{']);
  });

  it('Enter continues bullets, tasks, numbered items and quotes', () => {
    assert.equal(onEnter('- a point'), '- ');
    assert.equal(onEnter('  * nested point'), '* ');
    assert.equal(onEnter('+ plus'), '+ ');
    assert.equal(onEnter('- [x] done'), '- [ ] ');
    assert.equal(onEnter('1. We propose a new method that works.'), '2. ');
    assert.equal(onEnter('9) the ninth point.'), '10) ');
    assert.equal(onEnter('41. the baselines are weak.'), '42. ');
    assert.equal(onEnter('> quoted text'), '> ');
  });

  it('Enter does not continue empty items, section titles or plain prose', () => {
    assert.equal(onEnter('- '), undefined);
    assert.equal(onEnter('3. Strengths'), undefined);
    assert.equal(onEnter('9. Feedback, Suggestions, and Questions'), undefined);
    assert.equal(onEnter('The method is sound.'), undefined);
    assert.equal(onEnter('**bold** start'), undefined);
  });

  it('words keep section numbers, hyphens, apostrophes and citation keys whole, but not a sentence period', () => {
    const text = "See Section 4.2.5 of the state-of-the-art paper [Goy+22]; don't stop. Next";
    assert.equal(wordAt(text, text.indexOf('4.2') + 2), '4.2.5');
    assert.equal(wordAt(text, text.indexOf('state') + 1), 'state-of-the-art');
    assert.equal(wordAt(text, text.indexOf('Goy') + 1), 'Goy+22');
    assert.equal(wordAt(text, text.indexOf("don't")), "don't");
    assert.equal(wordAt(text, text.indexOf('stop') + 1), 'stop');
  });

  it('folding markers are region comments', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    assert.ok(start.test('<!-- #region Weaknesses -->'));
    assert.ok(end.test('  <!-- #endregion -->'));
    assert.ok(!start.test('<!-- a note -->'));
    assert.ok(!start.test('<!-- #endregion -->'));
  });
});
