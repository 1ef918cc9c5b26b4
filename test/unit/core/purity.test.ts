import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// src/core runs in Node, in web workers and in the CLI: it may not reach VS Code, Node's built-ins or the DOM.
const core = fileURLToPath(new URL('../../../src/core', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const forbidden = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('the core stays pure', () => {
  it('no file in src/core imports vscode or a Node built-in, or touches the DOM', () => {
    const offences: string[] = [];
    for (const file of files(core)) {
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) if (forbidden.has(spec)) offences.push(`${file}: ${spec}`);
      if (/\b(?:document|window)\.\w/.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) offences.push(`${file}: DOM`);
    }
    assert.ok(files(core).length > 20);
    assert.deepEqual(offences, []);
  });
});

// The README's layout table for the language service, the server and the CLI: each folder imports only what its
// row allows, so a wrong edge fails here rather than in review.
describe('the language server and the CLI keep their layers', () => {
  const src = fileURLToPath(new URL('../../../src/', import.meta.url));
  const edges = (folder: string, exclude?: string) => files(join(src, folder)).filter((f) => !exclude || !f.startsWith(join(src, exclude))).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(([, spec]) => {
      if (!spec.startsWith('.')) return { file, target: spec.startsWith('node:') || builtinModules.includes(spec) ? 'node' : spec };
      const resolved = join(file, '..', spec).slice(src.length);
      return { file, target: `src/${resolved}` };
    });
  });
  const offences = (folder: string, allowed: readonly string[], exclude?: string) => edges(folder, exclude)
    .filter(({ target }) => !allowed.some((a) => { const base = a.replace(/\/$/, ''); return target === base || target.startsWith(`${base}/`); }))
    .map(({ file, target }) => `${file.slice(src.length)} → ${target}`);

  it('src/core/language imports only the core', () => {
    assert.ok(edges('core/language').length > 10);
    assert.deepEqual(offences('core/language', ['src/core/']), []);
  });

  it('src/server imports the core and vscode-languageserver; only src/server/node reaches Node and the index workers', () => {
    assert.deepEqual(offences('server', ['src/core/', 'src/server/', 'vscode-languageserver', 'vscode-languageserver-textdocument'], 'server/node'), []);
    assert.deepEqual(offences('server/node', ['src/core/', 'src/server/', 'src/anchors/', 'node', 'vscode-languageserver/node']), []);
  });

  it('src/cli imports the core, the server and Node, never the extension, the viewer or VS Code', () => {
    assert.deepEqual(offences('cli', ['src/core/', 'src/server/', 'src/cli/', 'node']), []);
  });
});
