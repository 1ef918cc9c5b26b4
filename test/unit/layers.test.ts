import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The README's "Layout" table is the rule: for each folder, the folders (and `vscode`, `node:`) it may import. This test
// reads the table itself, so the table and the code cannot drift apart.
const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

interface Row { readonly paths: readonly string[]; readonly mayImport: ReadonlySet<string> }

function layoutTable(): Row[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Layout'));
  const rows: Row[] = [];
  for (const line of section.split('\n').slice(1)) {
    if (line.startsWith('#')) break;
    const cells = line.split('|').slice(1, -1);
    if (cells.length !== 3) continue;
    const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const paths = ticks(cells[0]).filter((p) => p.startsWith('src/'));
    if (paths.length > 0) rows.push({ paths, mayImport: new Set(ticks(cells[2])) });
  }
  return rows;
}

const sourceFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []);

/** The table path that owns `file` (repository-relative, with its extension): the longest folder row containing it, or its own row. */
function owner(rows: readonly Row[], file: string): string | undefined {
  const candidates = rows.flatMap((r) => r.paths).filter((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));
  return candidates.sort((a, b) => b.length - a.length)[0];
}

/** A folder a row may import covers the folders inside it that have rows of their own (`src/core/` covers `src/core/language/`). */
const mayReach = (allowed: ReadonlySet<string>, to: string) => [...allowed].some((a) => a === to || (a.endsWith('/') && to.startsWith(a)));

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('the layout table in the README is what the code does', () => {
  const rows = layoutTable();
  const rowOf = (path: string) => rows.find((r) => r.paths.includes(path))!;

  it('the table names the folders we have', () => {
    const owners = rows.flatMap((r) => r.paths);
    assert.ok(['src/core/', 'src/core/language/', 'src/protocol/', 'src/extension/', 'src/server/', 'src/server/node/', 'src/cli/'].every((p) => owners.includes(p)), owners.join(', '));
  });

  it('every import crosses only the edges the table allows', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = relative(root, file);
      const area = owner(rows, from);
      if (!area) { offences.push(`${from}: in no row of the table`); continue; }
      const allowed = rowOf(area).mayImport;
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'([^']+)'/g)) {
        if (spec.startsWith('.')) {
          const target = relative(root, resolve(dirname(file), spec));
          if (!target.startsWith('src/')) { if (!target.endsWith('.json')) offences.push(`${from} → ${spec}: outside src/`); continue; }
          const to = owner(rows, target) ?? owner(rows, `${target}.ts`) ?? owner(rows, `${target}/index.ts`);
          if (to !== area && !(to && mayReach(allowed, to))) offences.push(`${from} (${area}) → ${target} (${to ?? 'no row'})`);
        } else if (spec === 'vscode' ? !allowed.has('vscode') : builtins.has(spec) && !allowed.has('node:')) {
          offences.push(`${from} (${area}) → ${spec}`);
        }
      }
    }
    assert.deepEqual(offences, []);
  });

  it('would catch a wrong import (the check itself is not vacuous)', () => {
    // The webview may not reach the extension host's code: the table must say so, or this fails.
    assert.ok(!rowOf('src/viewer/webview/').mayImport.has('src/extension/'));
    assert.ok(!rowOf('src/core/').mayImport.has('vscode') && !rowOf('src/core/').mayImport.has('node:'));
    assert.equal(owner(rows, 'src/viewer/webview/main.ts'), 'src/viewer/webview/');
    assert.equal(owner(rows, 'src/viewer/strings.ts'), 'src/viewer/strings.ts');
    // Only the server's Node host reaches Node and the index workers; the LSP wiring stays portable (a browser entry later).
    assert.ok(!rowOf('src/server/').mayImport.has('node:') && !rowOf('src/server/').mayImport.has('src/indexWorker/'));
    assert.ok(!rowOf('src/core/language/').mayImport.has('node:'));
  });
});
