// Builds the Node anchor-index worker the way scripts/build.mjs does (pdf.js bundled in), into out/, for the client tests.
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = join(process.cwd(), 'out/unit-workers');
let built: Promise<string> | undefined;

export function buildNodeWorker(): Promise<string> {
  return (built ??= (async () => {
    const outfile = join(outDir, 'anchorIndexWorker.node.js');
    await esbuild.build({
      entryPoints: [join(process.cwd(), 'src/indexWorker/worker.node.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning',
      banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' }, define: { 'import.meta.url': '__importMetaUrl' },
    });
    return outfile;
  })());
}

/** A worker script of a few lines (a fake that hangs, crashes or speaks another protocol version). */
export function fakeWorker(name: string, source: string): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.cjs`);
  writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${source}\n`);
  return file;
}
