import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// README "Layout": the webview (src/viewer/webview) may import the protocol, pure core functions (src/core, kept
// free of VS Code, Node and the DOM by test/unit/core/purity.test.ts), its own modules and pdf.js; nothing of the
// extension host, the index worker or the CLI, and nothing of VS Code or Node.
const src = fileURLToPath(new URL('../../../src', import.meta.url));
const webview = join(src, 'viewer/webview');
const allowedFolders = ['protocol', 'core', 'viewer'];

describe('the viewer webview imports only what the Layout allows', () => {
  it('protocol, pure core functions, its own modules and pdf.js', () => {
    const files = readdirSync(webview).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 5);
    const offences: string[] = [];
    let coreImports = 0;
    for (const file of files) {
      const text = readFileSync(join(webview, file), 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (!spec!.startsWith('.')) {
          if (!spec!.startsWith('pdfjs-dist')) offences.push(`${file}: ${spec}`);
          continue;
        }
        const folder = relative(src, resolve(dirname(join(webview, file)), spec!)).split(/[\\/]/)[0]!;
        if (!allowedFolders.includes(folder)) offences.push(`${file}: ${spec}`);
        if (folder === 'core') coreImports++;
      }
    }
    assert.deepEqual(offences, []);
    assert.ok(coreImports > 0, 'the float region comes from the core (documentView.ts)');
  });
});
