// `npm run test:web`: the integration suite in VS Code for the Web (the extension's `browser` entry in the web-worker
// extension host), then the UI tests in test/ui/ against the same workbench with examples/demo open.
// Ends with "web: N passed, N failed"; exits non-zero when a test fails or the workbench does not report in time.
import { finish, fixtureWorkspace, launchChromium, runWorkbenchSuite } from './harness.mjs';
import { runUiTests } from '../ui/run.mjs';
import { startWebWorkbench } from './webServer.mjs';


async function integrationSuite() {
  console.log('web: integration suite in the web-worker extension host');
  const server = await startWebWorkbench({ folder: fixtureWorkspace, extensionTestsPath: 'dist/test/integration.web.js' });
  const browser = await launchChromium();
  try {
    return await runWorkbenchSuite('web', browser.page, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

const results = [];
try {
  results.push(await integrationSuite());
  console.log('\nweb: UI tests (test/ui/)');
  results.push(await runUiTests());
} catch (error) {
  console.error(`web: ${error.message}`);
  results.push({ passed: 0, failed: 1 });
}
finish('web', results);
