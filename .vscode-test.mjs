// `npm run test:desktop`: the integration suite in desktop VS Code, for machines that can download it
// (@vscode/test-electron fetches VS Code; this one cannot, so `npm test` uses test/runners/ instead).
// It runs the same test files as test:node, bundled by `npm run build` into dist/test/suite.node.js.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'desktop',
  files: 'dist/test/suite.node.js',
  workspaceFolder: 'test/fixtures/workspace',
  version: 'stable',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'bdd', timeout: 30_000, color: false },
});
