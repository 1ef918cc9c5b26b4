// `npm run bench:index`: bundles bench/index/bench.ts, the Node anchor-index worker (as scripts/build.mjs does) and the
// naive loop's worker with esbuild and runs the bench.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = join(root, 'out/bench/index.mjs');
const worker = join(root, 'out/bench/anchorIndexWorker.node.js');
await esbuild.build({ entryPoints: [join(root, 'bench/index/bench.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'warning' });
await esbuild.build({
  entryPoints: [join(root, 'src/indexWorker/worker.node.ts')], outfile: worker, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning',
  banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' }, define: { 'import.meta.url': '__importMetaUrl' },
});
// The naive loop in a fresh worker thread (the corpus table's end-to-end baseline).
const naiveWorker = join(root, 'out/bench/naiveWorker.node.js');
await esbuild.build({
  entryPoints: [join(root, 'bench/index/naiveWorker.ts')], outfile: naiveWorker, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning',
  banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' }, define: { 'import.meta.url': '__importMetaUrl' },
});
process.exitCode = spawnSync(process.execPath, [outfile, worker, naiveWorker, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }).status ?? 1;
