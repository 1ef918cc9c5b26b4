// The esbuild targets of the integration suite, added to scripts/build.mjs's `targets`.
// Every test/integration/**/*.test.ts is picked up on its own: the `integration-tests` module is generated
// at build time and imports them all, so adding a test file needs no change here. test/integration/untrusted/ holds
// the tests that only hold in Restricted Mode; they go, with the suites that matter there, into a second web bundle.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const suiteModule = 'integration-tests';
const untrustedDir = 'untrusted';
/**
 * Run again in Restricted Mode (web only, to keep CI time in check): what an untrusted folder must still offer —
 * diagnostics, the viewer, anchoring, and the paper staying inside the workspace.
 */
export const untrustedSuites = ['review.test.ts', 'viewer.test.ts', 'anchoring.test.ts', 'paperAccess.test.ts'];

function listTests(dir, { skip = () => false } = {}) {
  const found = { files: [], dirs: [dir] };
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (skip(join(dir, e.name))) continue;
    if (e.isDirectory()) {
      const sub = listTests(join(dir, e.name));
      found.files.push(...sub.files);
      found.dirs.push(...sub.dirs);
    } else if (e.name.endsWith('.test.ts')) found.files.push(join(dir, e.name));
  }
  return found;
}

/**
 * Resolves `import 'integration-tests'` to a module importing every test file (or, for the untrusted bundle, those
 * in untrusted/ and the untrustedSuites); watch mode notices new files.
 */
function integrationTestsPlugin(root, { untrusted = false } = {}) {
  const testDir = join(root, 'test/integration');
  const skip = untrusted
    ? (path) => relative(testDir, path).split(/[\\/]/).length === 1 && path.endsWith('.test.ts') && !untrustedSuites.includes(relative(testDir, path))
    : (path) => path === join(testDir, untrustedDir);
  return {
    name: 'integration-tests',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${suiteModule}$`) }, () => ({ path: suiteModule, namespace: suiteModule }));
      build.onLoad({ filter: /.*/, namespace: suiteModule }, () => {
        const { files, dirs } = listTests(testDir, { skip });
        return {
          contents: files.map((f) => `import ${JSON.stringify('./' + relative(root, f))};`).join('\n') || 'export {};',
          resolveDir: root, loader: 'ts', watchDirs: dirs, watchFiles: files,
        };
      });
    },
  };
}

/**
 * dist/test/suite.node.js: the test files alone, loaded by a mocha that is already set up (ours in
 *   integration.node.js for code-server, or @vscode/test-cli's on desktop: .vscode-test.mjs).
 * dist/test/integration.node.js: extensionTestsPath for the Node extension host.
 * dist/test/integration.web.js: extensionTestsPath for the web-worker extension host, with the suite inside.
 * dist/test/integration.untrusted.web.js: the same for the Restricted Mode run (test/runners/web.mjs).
 */
export function integrationTargets(root, { nodeTarget, webWorkerTarget }) {
  const plugins = [integrationTestsPlugin(root)];
  const webOptions = {
    // The npm `assert` package (through `util`) reads `process` and `global`, which a web worker lacks.
    inject: ['test/integration/processShim.mjs'],
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"test"' },
  };
  return [
    nodeTarget(suiteModule, 'test/suite.node', { plugins }),
    nodeTarget('test/integration/index.node.ts', 'test/integration.node', { external: ['vscode', 'mocha'] }),
    webWorkerTarget('test/integration/index.web.ts', 'test/integration.web', { plugins, ...webOptions }),
    webWorkerTarget('test/integration/index.web.ts', 'test/integration.untrusted.web', { plugins: [integrationTestsPlugin(root, { untrusted: true })], ...webOptions }),
  ];
}
