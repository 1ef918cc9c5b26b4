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
 * again, with workspace trust on and the folder untrusted. @vscode/test-web offers no switch for either, so the
 * workbench page is changed on its way to the browser: `enableWorkspaceTrust` in the workbench options, no startup
 * prompt, and its mount scheme treated like vscode.dev's vscode-vfs repositories, which VS Code does not trust on its
 * own (other virtual file systems it trusts). The suite's first test fails if the folder is trusted after all.
 */
async function untrustedSuite() {
  console.log('\nweb: the same features in Restricted Mode (workspace trust on, folder untrusted)');
  const server = await startWebWorkbench({ folder: fixtureWorkspace, extensionTestsPath: 'dist/test/integration.untrusted.web.js' });
  const browser = await launchChromium();
  try {
    await browser.page.route((url) => url.origin === new URL(server.url).origin && (url.pathname === '/' || url.pathname.endsWith('/workbench.web.main.internal.js')), async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      const patched = new URL(route.request().url()).pathname === '/'
        ? replaceOnce(body, 'workspaceProvider: WorkspaceProvider.create(config),',
          "workspaceProvider: WorkspaceProvider.create(config), enableWorkspaceTrust: true, configurationDefaults: { 'security.workspace.trust.startupPrompt': 'never' },")
        : replaceOnce(body, 'uri5.scheme !== "vscode-vfs"', 'uri5.scheme !== "vscode-vfs" && uri5.scheme !== "vscode-test-web"');
      await route.fulfill({ response, body: patched });
    });
    return await runWorkbenchSuite('web-untrusted', browser.page, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `text` with `from` replaced; throws when `from` is not there (a new workbench build), so the run cannot pass trusted. */
function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`web-untrusted: the workbench no longer contains ${JSON.stringify(from)}; update test/runners/web.mjs`);
  return text.replace(from, to);
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
