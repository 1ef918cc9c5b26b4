// Runs the unit suite (test/unit/**/*.test.ts) in plain Node: esbuild compiles each test file to out/unit, mocha runs them.
// Ends with the plain "N passed, N failed" line that CI reads; exits non-zero when any test fails.
import * as esbuild from 'esbuild';
import Mocha from 'mocha';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out/unit');
const grep = process.argv.find((a, i) => process.argv[i - 1] === '--grep');

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []);
}

const entries = testFiles(join(root, 'test/unit'));
rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: entries, outdir, outbase: join(root, 'test/unit'), bundle: true, platform: 'node', format: 'esm',
  outExtension: { '.js': '.mjs' }, packages: 'external', sourcemap: 'inline', target: 'node20', logLevel: 'warning',
});

const mocha = new Mocha({ ui: 'bdd', timeout: 20000, reporter: 'spec', grep });
for (const e of entries) mocha.addFile(join(outdir, relative(join(root, 'test/unit'), e)).replace(/\.ts$/, '.mjs'));
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  const { passes = 0, pending = 0 } = runner.stats ?? {};
  console.log(`\nunit: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
  process.exitCode = failures > 0 || passes === 0 ? 1 : 0;
});
