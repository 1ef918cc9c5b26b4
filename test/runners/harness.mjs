// What the web and Node runners share: Debian's chromium through playwright-core, the workbench's automation hooks
// (codeAutomationLog / codeAutomationExit), the time limit, and the plain "N passed, N failed" summary.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = join(root, 'test-artifacts');
export const fixtureWorkspace = join(root, 'test/fixtures/workspace');
export const demoFolder = join(root, 'examples/demo');

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As root, and on a machine whose network is closed: no sandbox, no GPU, and none of Chrome's background traffic.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Headless chromium with a fresh profile; `close()` ends it and removes the profile. */
export async function launchChromium({ viewport = { width: 1280, height: 800 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'paper-review-chromium-'));
  // VS Code serves webviews from another origin through a service worker, which headless Chromium refuses while
  // third-party cookies are blocked ("The user denied permission to use Service Worker"): allow them in this profile.
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: chromiumArgs, viewport });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`could not start chromium at ${chromiumPath} (run scripts/setup.sh to install it): ${error.message}`);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context, page,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Settles with `promise`, or rejects after `ms` naming what did not happen in time. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} did not happen within ${Math.round(ms / 1000)} s`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The counts from mocha's own summary ("N passing", "N failing"), or undefined when it printed none. */
function mochaCounts(text) {
  const passing = /^\s*(\d+) passing\b/m.exec(text);
  if (!passing) return undefined;
  const failing = /^\s*(\d+) failing\b/m.exec(text);
  return { passed: Number(passing[1]), failed: failing ? Number(failing[1]) : 0 };
}

// The suite's reporter starts its lines with this (test/integration/suiteOutput.ts), to tell them from the workbench's log.
const suiteOutputPrefix = '[paper-review suite] ';

/**
 * Opens `url` (a workbench started with an extensionTestsPath) in `page` and waits for the suite's exit code.
 * Prints the suite's output as it comes; the workbench's own log and console go to test-artifacts/<name>-workbench.log.
 * The time limit is on silence, so the suite may grow: the run fails when the suite prints nothing (no test result,
 * no exit) for `idleMs` (PAPER_REVIEW_TEST_IDLE_MS, default 180 s, longer than mocha's per-test timeout).
 * Resolves to { passed, failed }; a workbench that never reports, or exits without mocha's summary, counts as a failure.
 */
export async function runWorkbenchSuite(name, page, url, { idleMs = Number(process.env.PAPER_REVIEW_TEST_IDLE_MS ?? 180_000) } = {}) {
  let lastOutput = Date.now();
  const output = [];
  const logFile = `test-artifacts/${name}-workbench.log`;
  // Written as it comes, so a run that is stopped or hangs still leaves what the workbench said.
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(join(root, logFile), '');
  const workbenchLog = { push: (line) => appendFileSync(join(root, logFile), `${line}\n`) };
  page.on('console', (m) => workbenchLog.push(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => workbenchLog.push(`[pageerror] ${e.stack ?? e.message}`));
  let exited;
  const exitCode = new Promise((resolve) => { exited = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (!text.startsWith(suiteOutputPrefix)) return void workbenchLog.push(`[${type}] ${text}`);
    lastOutput = Date.now();
    output.push(text.slice(suiteOutputPrefix.length));
    console.log(output.at(-1));
  });
  await page.exposeFunction('codeAutomationExit', (code) => exited(code));
  let code;
  try {
    await page.goto(url, { timeout: idleMs });
    let watchdog;
    code = await new Promise((resolve, reject) => {
      watchdog = setInterval(() => {
        if (Date.now() - lastOutput > idleMs) reject(new Error(`the suite printed nothing for ${Math.round(idleMs / 1000)} s`));
      }, 1000);
      exitCode.then(resolve);
    }).finally(() => clearInterval(watchdog));
  } catch (error) {
    console.error(`${name}: ${error.message} (see ${logFile})`);
  }
  const counts = mochaCounts(output.join('\n'));
  if (code === 0 && counts && counts.failed === 0 && counts.passed > 0) return counts;
  if (code !== undefined) console.error(`${name}: the workbench exited with code ${code}${counts ? '' : ' without a mocha summary'} (see ${logFile})`);
  // Whatever went wrong, the run must not read as green.
  return { passed: counts?.passed ?? 0, failed: Math.max(counts?.failed ?? 0, 1) };
}

/** Prints the runner's last line, "<name>: N passed, N failed", and sets the exit code. */
export function finish(name, results) {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`\n${name}: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}
