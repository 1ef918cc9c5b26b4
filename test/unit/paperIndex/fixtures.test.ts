import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnchorIndex, scoreIndex, type TruthAnchor } from '../../../src/core/paperIndex';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';

// Every fixture paper (LaTeX with and without hyperref, and one drawn by pdf-lib) must be indexed exactly as its truth
// file says: truth comes from LaTeX's own .aux labels, so a miss or an extra anchor here is a real extraction error.
const dir = join(process.cwd(), 'test/fixtures/papers');
const load = createPdfjsLoader();

describe('anchor index on the fixture papers', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { pdfs: string[]; pages: number; anchors: TruthAnchor[] };
    for (const pdf of truth.pdfs) {
      it(`${pdf}: every figure, table, section, equation, … and nothing else`, async () => {
        const index = await buildAnchorIndex(load, new Uint8Array(readFileSync(join(dir, pdf))));
        assert.equal(index.pages, truth.pages);
        const s = scoreIndex(index, truth.anchors);
        const show = (a: { kind: string; label: string; page: number }) => `${a.kind} ${a.label} p${a.page}`;
        assert.deepEqual(s.missing.map(show), [], 'missing anchors');
        assert.deepEqual(s.extra.map(show), [], 'anchors that are not in the paper');
        assert.deepEqual(s.wrongTitle.map((w) => `${show(w.truth)}: "${w.found.title}"`), [], 'titles');
        for (const a of index.anchors) {
          const [x0, y0, x1, y1] = a.rect;
          assert.ok(x0 < x1 && y0 < y1 && x0 >= 0 && y0 >= 0 && x1 <= 612 + 1 && y1 <= 792 + 1, `${show(a)} rect ${a.rect.join(',')} on the page`);
        }
      });
    }
  }

  it('reports partial anchors while indexing, page by page', async () => {
    const seen: { pagesDone: number; anchors: number }[] = [];
    const index = await buildAnchorIndex(load, new Uint8Array(readFileSync(join(dir, 'preprint.pdf'))), {
      onProgress: (p) => seen.push({ pagesDone: p.pagesDone, anchors: p.partial.anchors.length }),
    });
    assert.deepEqual(seen.map((p) => p.pagesDone), [1, 2, 3]);
    assert.ok(seen[0]!.anchors > 1 && seen[0]!.anchors < index.anchors.length, 'page 1 anchors are usable before the end');
    assert.equal(seen[2]!.anchors, index.anchors.length);
  });
});
