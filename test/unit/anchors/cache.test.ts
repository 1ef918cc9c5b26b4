import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorIndexKey, buildAnchorIndex, cachedAnchorIndex, type AnchorIndexStore, type PdfLoader } from '../../../src/core/anchors';
import { createPdfjsLoader } from '../../../src/anchors/pdfjs';

const dir = join(process.cwd(), 'test/fixtures/papers');

describe('anchor index cache', () => {
  it('a second open of the same bytes does not parse the PDF; changed bytes do', async () => {
    const real = createPdfjsLoader();
    let parses = 0;
    const load: PdfLoader = (data, o) => { parses++; return real(data, o); };
    const map = new Map<string, string>();
    const store: AnchorIndexStore = { read: async (k) => map.get(k), write: async (k, v) => { map.set(k, v); } };
    const data = new Uint8Array(readFileSync(join(dir, 'ieee.pdf')));
    const first = await cachedAnchorIndex(store, data, () => buildAnchorIndex(load, data));
    const second = await cachedAnchorIndex(store, data, () => buildAnchorIndex(load, data));
    assert.equal(parses, 1);
    assert.equal(first.cached, false);
    assert.equal(second.cached, true);
    assert.deepEqual(second.index, JSON.parse(JSON.stringify(first.index)));
    const other = new Uint8Array(readFileSync(join(dir, 'ieee-nohyperref.pdf')));
    assert.equal((await cachedAnchorIndex(store, other, () => buildAnchorIndex(load, other))).cached, false);
    assert.equal(parses, 2);
  });

  it('a damaged cache entry is rebuilt', async () => {
    const data = new Uint8Array(readFileSync(join(dir, 'generated.pdf')));
    const map = new Map([[await anchorIndexKey(data), '{not json']]);
    const store: AnchorIndexStore = { read: async (k) => map.get(k), write: async (k, v) => { map.set(k, v); } };
    const r = await cachedAnchorIndex(store, data, () => buildAnchorIndex(createPdfjsLoader(), data));
    assert.equal(r.cached, false);
    assert.equal(r.index.pages, 2);
  });

  it('keys on content and format version', async () => {
    assert.match(await anchorIndexKey(new Uint8Array([1, 2, 3])), /^v\d+-039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81$/);
  });
});
