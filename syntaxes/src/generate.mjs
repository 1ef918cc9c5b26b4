// Writes syntaxes/paper-review.tmLanguage.json and language-configuration.json from their sources in this folder.
// Run after editing a source: `node syntaxes/src/generate.mjs` (the grammar unit tests fail while they differ).
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

async function load(file) {
  const { outputFiles } = await esbuild.build({ entryPoints: [join(here, file)], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const outputs = [
  ['syntaxes/paper-review.tmLanguage.json', (await load('paperReviewGrammar.ts')).paperReviewGrammar()],
  ['language-configuration.json', (await load('languageConfiguration.ts')).languageConfiguration()],
];
/** JSON indented by two spaces, with arrays and objects that fit on a line kept on one. */
function format(value, indent = '') {
  const flat = JSON.stringify(value);
  if (flat.length + indent.length <= 110 || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => `${inner}${format(v, inner)}`)
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`);
  return Array.isArray(value) ? `[\n${items.join(',\n')}\n${indent}]` : `{\n${items.join(',\n')}\n${indent}}`;
}

for (const [path, value] of outputs) {
  writeFileSync(join(root, path), `${format(value)}\n`);
  console.log(`wrote ${path}`);
}
