// Runs the UI tests (test/ui/*.test.mjs: Playwright driving the web workbench) with mocha in this process.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Resolves to { passed, failed } after mocha has printed the spec report and its summary. */
export async function runUiTests() {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000 });
  for (const f of readdirSync(here).filter((n) => n.endsWith('.test.mjs')).sort()) mocha.addFile(join(here, f));
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => resolve({ passed: runner.stats?.passes ?? 0, failed: failures }));
  });
}
