// `npm run package`: a production build, then a .vsix with @vscode/vsce (bundled, so no node_modules inside).
// Prints the file's size and its largest entries, and fails on any vsce warning or above the size budget. README images stay relative:
// VS Code shows the README from the installed extension, where media/ is.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = `${name}-${version}.vsix`;
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');

// A clean dist/, so no source map or test bundle from a development build slips in.
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
const output = execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
process.stdout.write(output);
if (/WARNING/i.test(output)) {
  console.error('package: vsce printed a warning (above); fix it before publishing.');
  process.exit(1);
}
// The size budget: pdf.js (its worker, fonts and maps) is most of it; a jump past this means something slipped in.
const budgetMB = 6;
const sizeMB = statSync(join(root, vsix)).size / 1024 / 1024;
console.log(`package: ${vsix}, ${sizeMB.toFixed(2)} MB (budget ${budgetMB} MB)`);
if (sizeMB > budgetMB) {
  console.error(`package: the .vsix is over its ${budgetMB} MB budget; see the largest entries above.`);
  process.exit(1);
}
