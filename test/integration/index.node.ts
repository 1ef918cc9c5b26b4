// extensionTestsPath for the Node extension host (code-server in test/runners/node.mjs): the workbench loads this
// module and calls run(); a rejection makes it exit non-zero. The test files themselves are in suite.node.js
// (built from every test/integration/**/*.test.ts), which @vscode/test-cli also loads on desktop.
import Mocha from 'mocha';
import * as path from 'node:path';
import { prefixReporterOutput } from './suiteOutput';

export function run(): Promise<void> {
  prefixReporterOutput(Mocha.reporters.Base);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  mocha.addFile(path.join(__dirname, 'suite.node.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
