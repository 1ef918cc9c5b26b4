// `npm run test:node`: the integration suite in a Node extension host (the extension's `main` entry, as in desktop
// VS Code). code-server serves the workbench and runs the extension host on its own Node 24 (test/node-host/,
// installed into a cache folder on first use); chromium opens the workbench with the development extension and the
// suite in its payload. Ends with "node: N passed, N failed"; exits non-zero on a failure or when nothing reports in time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNodeHost, nodeHostEnv } from '../node-host/install.mjs';
import { artifactsDir, finish, fixtureWorkspace, freePort, launchChromium, root, runWorkbenchSuite, withTimeout } from './harness.mjs';

const testsEntry = 'dist/test/integration.node.js';

/** Starts code-server in its own process group (it leaves helper processes behind otherwise); `stop()` ends the group. */
async function startCodeServer(host, port) {
  const state = mkdtempSync(join(tmpdir(), 'paper-review-code-server-'));
  const config = join(state, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  mkdirSync(artifactsDir, { recursive: true });
  const logFile = join(artifactsDir, 'node-code-server.log');
  const log = openSync(logFile, 'w');
  const args = [host.codeServer, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', join(state, 'user-data'), '--extensions-dir', join(state, 'extensions'),
    '--config', config, '--ignore-last-opened',
    // Without the smoke-test driver the workbench ignores the development extension and tests in the URL's payload.
    '--vscode-option', 'enable-smoke-test-driver'];
  const child = spawn(host.nodeBin, args, { detached: true, stdio: ['ignore', log, log], env: nodeHostEnv(host.nodeDir) });
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => { exited = true; resolve(signal ?? code); }));
  const stop = async () => {
    const signalGroup = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
    signalGroup('SIGTERM');
    await withTimeout(exit, 5000, 'code-server stopping').catch(() => signalGroup('SIGKILL'));
    signalGroup('SIGKILL'); // helpers that outlived the server
    rmSync(state, { recursive: true, force: true });
  };
  try {
    await withTimeout((async () => {
      for (;;) {
        if (exited) throw new Error(`code-server exited at start (see ${logFile})`);
        const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
        if (healthy) return;
        await new Promise((r) => setTimeout(r, 250));
      }
    })(), 60_000, `code-server answering on port ${port} (see ${logFile})`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

/** The workbench URL: the fixture folder, and the development extension and suite as vscode-remote URIs. */
function workbenchUrl(port) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(join(root, testsEntry))]];
  return `http://127.0.0.1:${port}/?${new URLSearchParams({ folder: fixtureWorkspace, payload: JSON.stringify(payload) })}`;
}

async function integrationSuite() {
  if (!existsSync(join(root, testsEntry))) throw new Error(`${testsEntry} is missing: run \`npm run build\` first`);
  const host = await ensureNodeHost();
  const port = await freePort();
  console.log('node: integration suite in the Node extension host (code-server)');
  const server = await startCodeServer(host, port);
  // Ctrl+C must not leave code-server and its helpers running.
  const cleanUp = () => server.stop().finally(() => process.exit(130));
  process.once('SIGINT', cleanUp).once('SIGTERM', cleanUp);
  let browser;
  try {
    browser = await launchChromium();
    return await runWorkbenchSuite('node', browser.page, workbenchUrl(port));
  } finally {
    await browser?.close();
    await server.stop();
  }
}

const results = [];
try {
  results.push(await integrationSuite());
} catch (error) {
  console.error(`node: ${error.message}`);
  results.push({ passed: 0, failed: 1 });
}
finish('node', results);
