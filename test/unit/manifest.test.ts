// The manifest's user-visible text is localised: package.json says "%key%" and package.nls.json (which VS Code
// fetches for every extension, in the browser too) holds the English. scripts/localizeManifest.mjs moves new strings.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs module shared with scripts/localizeManifest.mjs
import { localizableStrings } from '../../scripts/manifestStrings.mjs';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'));

describe('the manifest is localised', () => {
  const manifest = read('package.json');
  const nls: Record<string, string> = read('package.nls.json');
  const strings: { key: string; get(): string }[] = localizableStrings(manifest);

  it('every title, description and walkthrough text is a %key% (run scripts/localizeManifest.mjs)', () => {
    assert.ok(strings.length > 30, `found only ${strings.length} strings: the walker lost track of the manifest`);
    assert.deepEqual(strings.filter((s) => !/^%[^%]+%$/.test(s.get())).map((s) => `${s.key}: ${s.get()}`), []);
  });

  it('every %key% has its English text in package.nls.json, and none is left over', () => {
    const used = new Set(strings.map((s) => s.get().slice(1, -1)));
    assert.deepEqual([...used].filter((k) => typeof nls[k] !== 'string' || !nls[k].trim()), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), []);
  });

  it('reads as before: the command palette shows "Paper Review: New Review…"', () => {
    const command = manifest.contributes.commands.find((c: { command: string }) => c.command === 'paperReview.newReview');
    assert.equal(`${nls[command.category.slice(1, -1)]}: ${nls[command.title.slice(1, -1)]}`, 'Paper Review: New Review…');
  });
});
