// test/corpus/MANIFEST.md says where every corpus paper comes from; it must agree with the truth files, and every
// PDF it marks as committed must be here.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs module shared with scripts/corpusManifest.mjs
import { corpusManifest } from '../../../scripts/corpusManifestText.mjs';

const dir = join(process.cwd(), 'test/corpus');

describe('the corpus manifest', () => {
  it('MANIFEST.md is up to date with the truth files (node scripts/corpusManifest.mjs)', () => {
    assert.equal(readFileSync(join(dir, 'MANIFEST.md'), 'utf8'), corpusManifest(dir));
  });

  for (const sub of ['papers', 'heldout']) {
    it(`every truth file in test/corpus/${sub} names its source, and a redistributable PDF is committed`, () => {
      const problems: string[] = [];
      for (const f of readdirSync(join(dir, sub)).filter((n) => n.endsWith('.truth.json'))) {
        const truth = JSON.parse(readFileSync(join(dir, sub, f), 'utf8'));
        const s = truth.source ?? {};
        if (!/^[\w.-]+\/[\w.-]+$/.test(s.repo ?? '') || !/^[0-9a-f]{40}$/.test(s.commit ?? '') || !s.path || !s.licence) problems.push(`${f}: source incomplete`);
        if (typeof truth.checked !== 'string' || truth.checked.length < 40) problems.push(`${f}: no account of how it was checked`);
        if (s.redistribute && !truth.pdfs.every((p: string) => existsSync(join(dir, sub, p)))) problems.push(`${f}: redistributable PDF missing`);
      }
      assert.deepEqual(problems, []);
    });
  }
});
