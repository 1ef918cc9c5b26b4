// Builds every bundle the extension ships, plus the integration-test bundles, with esbuild.
// `node scripts/build.mjs --watch` rebuilds on change. Each target is one entry in `targets` below.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrationTargets } from '../test/runners/integrationBundles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
// `--production` (used by `npm run package`): minified, without source maps, for the .vsix.
const production = process.argv.includes('--production');
// PAPER_REVIEW_TEST_HOOKS (src/buildFlags.d.ts) keeps test-only commands and counters out of the production bundles.
const testHooks = { PAPER_REVIEW_TEST_HOOKS: String(!production) };
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', absWorkingDir: root, target: 'es2022', define: testHooks };

const nodeTarget = (entry, out, extra = {}) => ({ ...common, entryPoints: { [out]: entry }, outdir: 'dist', platform: 'node', format: 'cjs', external: ['vscode'], ...extra });
// VS Code for the Web runs extensions in a web worker and loads them as CommonJS. A worker has no DOM, so packages
// exporting a DOM build under "browser" must resolve to their "worker" build (decode-named-character-reference, via remark).
const webWorkerTarget = (entry, out, extra = {}) => ({
  ...common, entryPoints: { [out]: entry }, outdir: 'dist', platform: 'browser', format: 'cjs', external: ['vscode'],
  mainFields: ['browser', 'module', 'main'], conditions: ['worker'], define: { ...testHooks, 'process.env.NODE_ENV': '"production"' }, ...extra,
});

export const targets = [
  nodeTarget('src/extension/extension.node.ts', 'extension.node'),
  webWorkerTarget('src/extension/extension.web.ts', 'extension.web'),
  // pdf.js (bundled for the anchor index) reads import.meta.url to find `require` in Node; give the CJS bundle one.
  nodeTarget('src/cli/main.ts', 'cli', { banner: { js: '#!/usr/bin/env node\nconst __importMetaUrl = require("url").pathToFileURL(__filename).href;' }, define: { ...testHooks, 'import.meta.url': '__importMetaUrl' } }),
  // The review language server for vscode-languageclient (`--node-ipc`); other editors start it as `paper-review lsp --stdio`.
  nodeTarget('src/server/node/entry.ts', 'server.node', { banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' }, define: { ...testHooks, 'import.meta.url': '__importMetaUrl' } }),
  // The same server as a web worker for VS Code for the Web (a classic worker script, started from a Blob URL).
  webWorkerTarget('src/server/browser/main.ts', 'server.web', { format: 'iife', external: [] }),
  { ...common, entryPoints: { viewer: 'src/viewer/webview/main.ts' }, outdir: 'dist', platform: 'browser', format: 'iife' },
  // The anchor-index workers, each with pdf.js bundled in (node_modules are not shipped): a worker_threads worker for
  // the desktop host and the CLI, a classic web worker (started from a Blob URL) for VS Code for the Web.
  nodeTarget('src/indexWorker/worker.node.ts', 'anchorIndexWorker.node', { banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' }, define: { ...testHooks, 'import.meta.url': '__importMetaUrl' } }),
  { ...common, entryPoints: { 'anchorIndexWorker.web': 'src/indexWorker/worker.web.ts' }, outdir: 'dist', platform: 'browser', format: 'iife', banner: { js: 'var __importMetaUrl = self.location.href;' }, define: { ...testHooks, 'import.meta.url': '__importMetaUrl' } },
  // The integration suite's bundles, under dist/test/.
  ...integrationTargets(root, { nodeTarget, webWorkerTarget }),
];

/** pdf.js files the viewer webview loads at run time (worker, its css and images, cmaps, standard fonts), shipped under dist/pdfjs/. */
function copyViewerAssets() {
  const from = join(root, 'node_modules/pdfjs-dist'), to = join(root, 'dist/pdfjs');
  mkdirSync(join(to, 'wasm'), { recursive: true });
  cpSync(join(from, 'build/pdf.worker.min.mjs'), join(to, 'pdf.worker.mjs'));
  cpSync(join(from, 'web/pdf_viewer.css'), join(to, 'pdf_viewer.css'));
  for (const dir of ['web/images', 'cmaps', 'standard_fonts']) cpSync(join(from, dir), join(to, dir.replace('web/', '')), { recursive: true });
  cpSync(join(from, 'wasm/openjpeg_nowasm_fallback.js'), join(to, 'wasm/openjpeg_nowasm_fallback.js'));
}

copyViewerAssets();
if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
  console.log(`built ${targets.length} bundles into dist/`);
}
