import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHOR_INDEX_FORMAT_VERSION, anchorIndexKey, buildAnchorIndex, cachedAnchorIndex, type AnchorIndexStore, type PdfLoader } from '../../../src/core/paperIndex';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';

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

  describe('a cached entry is outside data: checked anchor by anchor, rebuilt when anything is off', () => {
    const fine = { kind: 'figure', label: '1', page: 1, rect: [72, 500, 300, 512], title: 'Overview.' };
    const damaged: [string, unknown][] = [
      ['a null anchor (the entry from the issue)', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 3, anchors: [null], notes: [] }],
      ['an anchor of an unknown kind', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [{ ...fine, kind: 'chapter' }], notes: [] }],
      ['an anchor without a rect', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [{ ...fine, rect: undefined }], notes: [] }],
      ['a rect with a string in it', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [{ ...fine, rect: [0, 0, '1', 1] }], notes: [] }],
      ['a label that is a number', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [{ ...fine, label: 1 }], notes: [] }],
      ['page 0', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [{ ...fine, page: 0 }], notes: [] }],
      ['a page past the end', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [{ ...fine, page: 3 }], notes: [] }],
      ['a title that is an object', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [{ ...fine, title: { toString: 1 } }], notes: [] }],
      ['a fractional page count', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2.5, fingerprint: '', anchors: [], notes: [] }],
      ['no fingerprint', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, anchors: [], notes: [] }],
      ['a note that is not text', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [], notes: [42] }],
      ['anchors that are not a list', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: { 0: fine }, notes: [] }],
      ['an anchor in an unknown part', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: '', anchors: [{ ...fine, part: 'Z' }], notes: [] }],
      ['an entry of the previous format', { formatVersion: ANCHOR_INDEX_FORMAT_VERSION - 1, pages: 2, fingerprint: '', anchors: [fine], notes: [] }],
      ['JSON null', null],
    ];
    for (const [what, entry] of damaged) {
      it(`rebuilds ${what}`, async () => {
        const data = new Uint8Array(readFileSync(join(dir, 'generated.pdf')));
        const map = new Map([[await anchorIndexKey(data), JSON.stringify(entry)]]);
        const store: AnchorIndexStore = { read: async (k) => map.get(k), write: async (k, v) => { map.set(k, v); } };
        const r = await cachedAnchorIndex(store, data, () => buildAnchorIndex(createPdfjsLoader(), data));
        assert.equal(r.cached, false);
        assert.equal(r.index.pages, 2); // generated.pdf has two pages (test/fixtures/papers/generated.truth.json)
        assert.ok(r.index.anchors.every((a) => a !== null && typeof a.label === 'string'));
      });
    }

    it('a well-formed entry is used as it is', async () => {
      const data = new Uint8Array([9, 9, 9]);
      const entry = { formatVersion: ANCHOR_INDEX_FORMAT_VERSION, pages: 2, fingerprint: 'abc', anchors: [fine], notes: ['a note'] };
      const map = new Map([[await anchorIndexKey(data), JSON.stringify(entry)]]);
      const store: AnchorIndexStore = { read: async (k) => map.get(k), write: async () => undefined };
      const r = await cachedAnchorIndex(store, data, () => Promise.reject(new Error('must not build')));
      assert.deepEqual(r, { index: entry, cached: true, key: await anchorIndexKey(data) });
    });
  });
});
