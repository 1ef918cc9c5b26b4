// `npm run test:web`: the integration suite in VS Code for the Web (the extension's `browser` entry in the web-worker
// extension host), the suites that matter in Restricted Mode once more with the folder untrusted, then the UI tests
// in test/ui/ against the same workbench with examples/demo open.
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

/**
 * The suites that matter in Restricted Mode (test/integration/untrusted/ and integrationBundles.mjs's untrustedSuites),
 * again, with workspace trust on and the folder untrusted. @vscode/test-web has no switch for either: the server gets
 * a workbench build that does not trust its mount on its own (webServer.mjs), and the page's workbench options get
 * `enableWorkspaceTrust` and no startup prompt before the workbench reads them. The suite's first test fails if the
 * folder is trusted after all.
 */
async function untrustedSuite() {
  console.log('\nweb: the same features in Restricted Mode (workspace trust on, folder untrusted)');
  const server = await startWebWorkbench({ folder: fixtureWorkspace, extensionTestsPath: 'dist/test/integration.untrusted.web.js', untrusted: true });
  const browser = await launchChromium();
  try {
    await browser.page.addInitScript(() => {
      if (window.top !== window) return; // webviews' frames
      // The options are JSON in a <meta> the page's module script reads once parsing is done; change them as it is parsed.
      const observer = new MutationObserver(() => {
        const meta = document.getElementById('vscode-workbench-web-configuration');
        const settings = meta?.getAttribute('data-settings');
        if (!settings) return;
        observer.disconnect();
        const options = JSON.parse(settings);
        options.enableWorkspaceTrust = true;
        options.configurationDefaults = { ...options.configurationDefaults, 'security.workspace.trust.startupPrompt': 'never' };
        meta.setAttribute('data-settings', JSON.stringify(options));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    return await runWorkbenchSuite('web-untrusted', browser.page, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

const results = [];
try {
  results.push(await integrationSuite());
  results.push(await untrustedSuite());
  console.log('\nweb: UI tests (test/ui/)');
  results.push(await runUiTests());
} catch (error) {
  console.error(`web: ${error.message}`);
  results.push({ passed: 0, failed: 1 });
}
finish('web', results);
