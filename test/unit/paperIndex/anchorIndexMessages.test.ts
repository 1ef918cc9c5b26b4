import * as assert from 'node:assert/strict';
import { AnchorIndexError } from '../../../src/core/paperIndex';
import {
  ANCHOR_INDEX_PROTOCOL_VERSION, fromWireError, isPdfjsWorkerMessage, parseFromIndexWorker, parseToIndexWorker, toWireError,
} from '../../../src/protocol/anchorIndexMessages';

const scan = { page: 2, view: [0, 0, 612, 792], chars: 120, candidates: [{ kind: 'figure', label: '3', page: 2, rect: [72, 300, 300, 320], title: 'Results.', strong: true, order: 4 }], text: 'Figure 3: Results.\nMore text' };
const info = { pages: 3, fingerprint: 'abc', outline: [{ title: '1 Introduction', page: 1 }], destinations: [{ name: 'figure.caption.1', page: 2, y: 400 }, { name: 'section.1', page: 1, y: null }] };

describe('anchor index protocol', () => {
  it('accepts well-formed requests and drops malformed ones', () => {
    const data = new ArrayBuffer(8);
    assert.deepEqual(parseToIndexWorker({ type: 'index', requestId: 1, data, part: { index: 0, count: 2 } }), { type: 'index', requestId: 1, data, part: { index: 0, count: 2 } });
    assert.equal(parseToIndexWorker({ type: 'index', requestId: 1, data, part: { index: 0, count: 1 }, password: 'pw' })?.type, 'index');
    assert.deepEqual(parseToIndexWorker({ type: 'cancel', requestId: 7 }), { type: 'cancel', requestId: 7 });
    assert.deepEqual(parseToIndexWorker({ type: 'firstPage', requestId: 2, data }), { type: 'firstPage', requestId: 2, data });
    for (const bad of [
      null, 'index', { type: 'index', requestId: 1, data: new Uint8Array(8), part: { index: 0, count: 1 } },
      { type: 'index', requestId: 1, data, part: { index: 2, count: 2 } }, { type: 'index', requestId: -1, data, part: { index: 0, count: 1 } },
      { type: 'index', requestId: 1, data, part: { index: 0, count: 1 }, password: 3 }, { type: 'index', requestId: 1, data },
      { type: 'reindex', requestId: 1 }, { type: 'firstPage', requestId: 2 }, { type: 'firstPage', requestId: 2, data, password: 1 },
    ]) assert.equal(parseToIndexWorker(bad), undefined, JSON.stringify(bad));
  });

  it('accepts well-formed worker messages and drops malformed ones', () => {
    assert.deepEqual(parseFromIndexWorker({ type: 'ready', protocolVersion: ANCHOR_INDEX_PROTOCOL_VERSION }), { type: 'ready', protocolVersion: ANCHOR_INDEX_PROTOCOL_VERSION });
    assert.deepEqual(parseFromIndexWorker({ type: 'progress', requestId: 1, pages: 3, scans: [scan], info }), { type: 'progress', requestId: 1, pages: 3, scans: [scan], info });
    assert.deepEqual(parseFromIndexWorker({ type: 'result', requestId: 1, ok: true }), { type: 'result', requestId: 1, ok: true });
    const facts = { firstPageText: 'Under review as a conference paper at ICLR 2026 A Title', title: 'A Title' };
    assert.deepEqual(parseFromIndexWorker({ type: 'firstPage', requestId: 2, facts }), { type: 'firstPage', requestId: 2, facts });
    assert.deepEqual(parseFromIndexWorker({ type: 'firstPage', requestId: 2, facts: {} }), { type: 'firstPage', requestId: 2, facts: {} });
    const error = { name: 'AnchorIndexError', message: 'The PDF is encrypted.', code: 'encrypted' };
    assert.deepEqual(parseFromIndexWorker({ type: 'result', requestId: 1, ok: false, error }), { type: 'result', requestId: 1, ok: false, error });
    for (const bad of [
      { type: 'ready' }, { type: 'progress', requestId: 1, pages: 0, scans: [] },
      { type: 'progress', requestId: 1, pages: 3, scans: [{ ...scan, candidates: [{ ...scan.candidates[0], kind: 'chart' }] }] },
      { type: 'progress', requestId: 1, pages: 3, scans: [{ ...scan, view: [0, 0, 612] }] },
      { type: 'progress', requestId: 1, pages: 3, scans: [{ ...scan, text: undefined }] },
      { type: 'firstPage', requestId: 2, facts: { title: 7 } }, { type: 'firstPage', requestId: 2 },
      { type: 'progress', requestId: 1, pages: 3, scans: [], info: { ...info, destinations: [{ name: 'x', page: 0, y: null }] } },
      { type: 'result', requestId: 1, ok: false, error: { ...error, code: 'on-fire' } }, { type: 'result', requestId: 1 },
    ]) assert.equal(parseFromIndexWorker(bad), undefined, JSON.stringify(bad));
  });

  it('rebuilds errors on the host as AnchorIndexError with the same code; unknown errors become worker-failed', () => {
    const back = fromWireError(toWireError(new AnchorIndexError('wrong-password', 'The PDF is encrypted and the password is wrong.')));
    assert.ok(back instanceof AnchorIndexError);
    assert.equal(back.code, 'wrong-password');
    assert.equal(back.message, 'The PDF is encrypted and the password is wrong.');
    assert.deepEqual(toWireError(new RangeError('Array buffer allocation failed')), { name: 'RangeError', message: 'Array buffer allocation failed', code: 'worker-failed' });
  });

  it("tells pdf.js's own worker handshake from ours", () => {
    assert.equal(isPdfjsWorkerMessage({ sourceName: 'worker', targetName: 'main', action: 'ready', data: null }), true);
    assert.equal(isPdfjsWorkerMessage({ type: 'ready', protocolVersion: 1 }), false);
  });
});
