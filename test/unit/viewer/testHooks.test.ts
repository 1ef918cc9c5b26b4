// Test-only commands are compiled only into development and test builds: scripts/build.mjs sets
// PAPER_REVIEW_TEST_HOOKS to false for `--production` (the .vsix), and the minifier drops what it guards.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

async function bundle(entry: string, testHooks: boolean): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)], bundle: true, write: false, minify: !testHooks, format: 'cjs',
    // As scripts/build.mjs builds each entry: the web one for a web worker.
    ...(entry.endsWith('.web.ts') ? { platform: 'browser' as const, mainFields: ['browser', 'module', 'main'], conditions: ['worker'] } : { platform: 'node' as const }),
    external: ['vscode'], target: 'es2022', logLevel: 'silent', define: { PAPER_REVIEW_TEST_HOOKS: String(testHooks) },
  });
  return result.outputFiles[0].text;
}

describe('test-only commands in the shipped bundles', function () {
  this.timeout(60_000);

  it('the production build sets the flag off', () => {
    const build = readFileSync(join(root, 'scripts/build.mjs'), 'utf8');
    assert.match(build, /PAPER_REVIEW_TEST_HOOKS: String\(!production\)/);
  });

  for (const entry of ['src/extension/extension.node.ts', 'src/extension/extension.web.ts']) {
    it(`${entry}: the viewer's state command is in a test build and not in a production one`, async () => {
      assert.ok((await bundle(entry, true)).includes("paperReview.test.viewerState"));
      assert.ok(!(await bundle(entry, false)).includes('paperReview.test.'));
    });
  }
});
