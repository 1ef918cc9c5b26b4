// Writes snippets/paper-review.code-snippets from the templates in src/core, so each form is written down once.
// The file is committed (VS Code loads it from the repository layout); a unit test fails when it is out of date.
// Run after changing a template: node scripts/generateSnippets.mjs
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { outputFiles } = await esbuild.build({
  stdin: { contents: "import { builtinSnippets } from './src/core/snippets'; export default builtinSnippets();", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning',
});
const { default: snippets } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
writeFileSync(join(root, 'snippets', 'paper-review.code-snippets'), JSON.stringify(snippets, null, 2) + '\n');
