// `npm run bench:grammar`: bundles bench/grammar/bench.ts with esbuild and runs it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = join(root, 'out/bench/grammar.mjs');
await esbuild.build({ entryPoints: [join(root, 'bench/grammar/bench.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'warning' });
process.exitCode = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' }).status ?? 1;
