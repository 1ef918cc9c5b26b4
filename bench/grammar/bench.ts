/**
 * How much slower the Paper Review grammar tokenizes than Markdown's own grammar (the baseline, run in the same
 * process on the same text): a realistic review, and lines built to make careless regexes backtrack. A ratio that
 * grows with the line length would mean super-linear matching; each case runs at two lengths to show it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTokenizer, projectRoot, type Tokenizer } from '../../test/unit/grammar/grammarHelper';

const sample = readFileSync(join(projectRoot, 'test/unit/grammar/fixtures/sample.review.md'), 'utf8');

const cases: [string, (n: number) => string][] = [
  ['realistic review (n copies)', (n) => Array.from({ length: n }, () => sample.replace(/^---[\s\S]*?---\n/, '')).join('\n')],
  ['heading with long runs of spaces', (n) => `## 3. A${' '.repeat(n)}b${' '.repeat(n)}#`],
  ['numbered line of many words', (n) => `1. ${'Word '.repeat(n)}`],
  ['anchor list that never ends', (n) => `See Figures ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}x and more.`],
  ['citation brackets never closed', (n) => `Prior work [${Array.from({ length: n }, (_, i) => i + 1).join(', ')} and text`],
  ['score key of many words', (n) => `${'Overall '.repeat(n)}score: 5`],
  ['prose with many labels', (n) => 'Fig. Table Sec. p. line Theorem '.repeat(n)],
];

function time(tokenizer: Tokenizer, text: string): number {
  tokenizer.tokenize(text); // warm-up: compiles the rules' scanners
  const runs = 5;
  const start = performance.now();
  for (let i = 0; i < runs; i++) tokenizer.tokenize(text);
  return (performance.now() - start) / runs;
}

const markdown = await createTokenizer(undefined, 'text.html.markdown');
const review = await createTokenizer();
console.log('case | size | markdown ms | paper-review ms | ratio');
for (const [name, make] of cases) {
  for (const n of name.startsWith('realistic') ? [10, 100] : [500, 5000]) {
    const text = make(n);
    const base = time(markdown, text);
    const ours = time(review, text);
    console.log(`${name} | ${n} | ${base.toFixed(2)} | ${ours.toFixed(2)} | ${(ours / base).toFixed(2)}`);
  }
}
