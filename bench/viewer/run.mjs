// `npm run bench:viewer`: the Paper Review viewer against pdf.js's own pdf_viewer components, configured plainly,
// in the same chromium run. Needs `npm run build` first. Prints medians and ratios (ours / baseline).
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'out/benchViewer/bench.mjs');
await esbuild.build({
  entryPoints: [join(root, 'bench/viewer/bench.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm',
  packages: 'external', target: 'node20', logLevel: 'warning',
});
await import(out);
