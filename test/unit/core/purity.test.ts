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
