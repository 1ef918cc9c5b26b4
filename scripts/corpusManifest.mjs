// Writes test/corpus/MANIFEST.md from the corpus truth files: where each paper comes from (repository, commit, path),
// its licence, whether its PDF is in the repository, and how its truth was checked. Run after adding a paper;
// test/unit/corpus/manifest.test.ts fails while MANIFEST.md disagrees with the truth files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusManifest } from './corpusManifestText.mjs';

const dir = join(import.meta.dirname, '../test/corpus');
writeFileSync(join(dir, 'MANIFEST.md'), corpusManifest(dir));
console.log('wrote test/corpus/MANIFEST.md');
