import * as assert from 'node:assert/strict';
import { describe as show, themedTokenizer, tokensOf } from './grammarHelper';

/** One sample of each piece the grammar scopes, and the text whose colour the user should see differ from prose. */
const review = [
  '## 3. Strengths',
  '4. Weaknesses',
  'Body text cites Figure 9 and [Goy+22], TODO check.',
  'Confidence: 4/5',
].join('\n');
const pieces: [string, number, string][] = [
  ['Markdown section heading', 0, 'Strengths'],
  ['numbered title line', 1, 'Weaknesses'],
  ['paper anchor', 2, 'Figure 9'],
  ['citation key', 2, 'Goy+22'],
  ['TODO marker', 2, 'TODO'],
  ['score key', 3, 'Confidence'],
  ['score value', 3, '4'],
];

// Dark+ is the brief's reference; the 2026 themes are this VS Code build's defaults and include the Modern/+ themes.
for (const themeFile of ['dark_plus.json', 'light_plus.json', '2026-dark.json', '2026-light.json']) {
  describe(`grammar: colours in the ${themeFile} theme`, () => {
    let lines: Awaited<ReturnType<Awaited<ReturnType<typeof themedTokenizer>>['tokenizer']['tokenize']>>;
    let defaultForeground: string;
    before(async () => {
      const themed = await themedTokenizer(themeFile);
      lines = themed.tokenizer.tokenize(review);
      defaultForeground = themed.defaultForeground;
    });

    it('plain body text has the default foreground', () => {
      const [body] = tokensOf(lines[2], 'Body text cites ');
      assert.equal(body.foreground, defaultForeground);
    });

    for (const [piece, lineIndex, fragment] of pieces) {
      it(`a ${piece} is coloured unlike body text`, () => {
        for (const token of tokensOf(lines[lineIndex], fragment)) {
          assert.notEqual(token.foreground, defaultForeground, `"${fragment}" has the default colour:\n  ${show(lines[lineIndex])}`);
        }
      });
    }

    it('anchors, citations, TODOs and score values are told apart from one another', () => {
      const colour = (i: number, f: string) => tokensOf(lines[i], f)[0].foreground;
      const colours = [colour(2, 'Figure 9'), colour(2, 'Goy+22'), colour(2, 'TODO'), colour(3, '4')];
      assert.equal(new Set(colours).size, colours.length, `colours: ${colours.join(' ')}`);
    });
  });
}
