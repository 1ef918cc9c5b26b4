// Run by scripts/build.mjs: writes the snippets VS Code loads, from the templates in src/core.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinSnippets } from '../src/core/snippets';

const file = join(process.cwd(), 'snippets', 'paper-review.code-snippets');
mkdirSync(join(process.cwd(), 'snippets'), { recursive: true });
writeFileSync(file, JSON.stringify(builtinSnippets(), null, 2) + '\n');
