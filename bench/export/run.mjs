// Compiles and runs bench/export/run.ts: `npm run bench:export`.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const here = fileURLToPath(new URL('.', import.meta.url));
const out = fileURLToPath(new URL('../../out/bench/export.mjs', import.meta.url));
await esbuild.build({ entryPoints: [here + 'run.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
execFileSync(process.execPath, [out], { stdio: 'inherit' });
