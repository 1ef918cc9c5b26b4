// Moves the user-visible strings of package.json into package.nls.json (VS Code's manifest localisation: the manifest
// says "%key%", package.nls.json holds the English text, package.nls.<lang>.json a translation). Run it after adding a
// command, setting or walkthrough step; test/unit/manifest.test.ts fails while a string is left in package.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localizableStrings } from './manifestStrings.mjs';

const root = join(import.meta.dirname, '..');
const manifestPath = join(root, 'package.json');
const nlsPath = join(root, 'package.nls.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
let nls = {};
try { nls = JSON.parse(readFileSync(nlsPath, 'utf8')); } catch { /* first run */ }

let moved = 0;
for (const { key, get, set } of localizableStrings(manifest)) {
  const value = get();
  if (/^%.+%$/.test(value)) continue;
  nls[key] = value;
  set(`%${key}%`);
  moved++;
}
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(nlsPath, `${JSON.stringify(Object.fromEntries(Object.entries(nls).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`);
console.log(`localizeManifest: moved ${moved} string(s) into package.nls.json`);
