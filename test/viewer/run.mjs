// Runs the viewer's browser tests (test/viewer/**/*.test.ts) in Debian's chromium via playwright-core.
// Needs `npm run build` first (the tests load dist/viewer.js). Ends with "viewer: N passed, N failed".
import * as esbuild from 'esbuild';
import Mocha from 'mocha';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = join(root, 'out/viewerTests');
const grep = process.argv.find((a, i) => process.argv[i - 1] === '--grep');
if (!existsSync(join(root, 'dist/viewer.js')) || !existsSync(join(root, 'dist/pdfjs/pdf.worker.mjs'))) {
  console.error('test:viewer: dist/viewer.js is missing; run `npm run build` first.\nviewer: 0 passed, 1 failed');
  process.exit(1);
}
const entries = readdirSync(join(root, 'test/viewer')).filter((f) => f.endsWith('.test.ts')).map((f) => join(root, 'test/viewer', f));
rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: entries, outdir, bundle: true, platform: 'node', format: 'esm', outExtension: { '.js': '.mjs' },
  packages: 'external', sourcemap: 'inline', target: 'node20', logLevel: 'warning',
});
const mocha = new Mocha({ ui: 'bdd', timeout: 60000, reporter: 'spec', grep });
for (const e of entries) mocha.addFile(join(outdir, e.slice(join(root, 'test/viewer').length + 1).replace(/\.ts$/, '.mjs')));
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  const { passes = 0 } = runner.stats ?? {};
  console.log(`\nviewer: ${passes} passed, ${failures} failed`);
  // Exit explicitly: a failed hook may leave a server or browser holding the event loop.
  process.exit(failures > 0 || passes === 0 ? 1 : 0);
});
