// Builds every bundle the extension ships, plus the integration-test bundles, with esbuild.
// `node scripts/build.mjs --watch` rebuilds on change. Each target is one entry in `targets` below.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root, target: 'es2022' };

const nodeTarget = (entry, out, extra = {}) => ({ ...common, entryPoints: { [out]: entry }, outdir: 'dist', platform: 'node', format: 'cjs', external: ['vscode'], ...extra });
// VS Code for the Web runs extensions in a web worker and loads them as CommonJS.
const webWorkerTarget = (entry, out, extra = {}) => ({
  ...common, entryPoints: { [out]: entry }, outdir: 'dist', platform: 'browser', format: 'cjs', external: ['vscode'],
  mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' }, ...extra,
});

export const targets = [
  nodeTarget('src/extension/extension.node.ts', 'extension.node'),
  webWorkerTarget('src/extension/extension.web.ts', 'extension.web'),
  nodeTarget('src/cli/main.ts', 'cli', { banner: { js: '#!/usr/bin/env node' } }),
  { ...common, entryPoints: { viewer: 'src/viewer/webview/main.ts' }, outdir: 'dist', platform: 'browser', format: 'iife' },
];

/** Snippets are generated from the templates in src/core, so the form is written down once. */
async function generateSnippets() {
  const out = join(root, 'out/build/generateSnippets.js');
  await esbuild.build({ ...common, sourcemap: false, entryPoints: ['scripts/generateSnippets.ts'], outfile: out, platform: 'node', format: 'cjs' });
  execFileSync(process.execPath, [out], { cwd: root, stdio: 'inherit' });
}

await generateSnippets();
if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
  console.log(`built ${targets.length} bundles into dist/`);
}
