import * as assert from 'node:assert/strict';
import {
  isOpenableLink, isViewerPosition, maxPictureDataUri, maxRevealText, parseHostMessage, parseViewerMessage, viewerRequestParams, viewerRequestResults,
} from '../../../src/protocol/viewerMessages';

const state = {
  type: 'state', documentUri: 'file:///p.pdf', position: { page: 3, zoom: 'page-width', left: 0, top: 792 }, pageCount: 10, renderedPages: [2, 3],
};

describe('viewer message validation', () => {
  it('accepts every well-formed viewer message', () => {
    for (const m of [
      { type: 'ready', protocolVersion: 1 },
      state,
      { ...state, lastReveal: 3 },
      { ...state, pageCount: 0, renderedPages: [], error: 'This file is not a PDF' },
      { type: 'selection', documentUri: 'file:///p.pdf', page: 2, text: 'word' },
      { type: 'selection', documentUri: 'file:///p.pdf', page: 2, text: '', tooLong: 100_001 },
      { type: 'openLink', url: 'https://example.com' },
      { ...state, revealed: { page: 3, region: [54, 498, 301, 638], visible: [0, 300, 612, 792] } },
      { ...state, paperMap: { entries: 40, noted: [{ name: 'Figure 1', notes: 2 }] } },
      { type: 'openNote', documentUri: 'file:///p.pdf', review: 'file:///p.review.md', offset: 120 },
      { type: 'followCursor', on: true },
    ]) assert.deepEqual(parseViewerMessage(m), m);
  });

  it('drops malformed messages', () => {
    for (const m of [
      null, 'ready', [], {}, { type: 'nope' }, { type: 'toString' }, { type: 'ready' },
      { type: 'ready', protocolVersion: '1' },
      { ...state, position: { page: 0, zoom: 'auto' } },
      { ...state, position: { page: 1.5, zoom: 'auto' } },
      { ...state, position: { page: 1, zoom: 'javascript:1' } },
      { ...state, position: { page: 1, zoom: 'auto', top: Number.NaN } },
      { ...state, renderedPages: ['1'] },
      { ...state, extra: true },
      { type: 'selection', documentUri: 'x', page: 0, text: 'w' },
      { type: 'selection', documentUri: 'x', page: 2, text: 'w'.repeat(100_001) },
      { type: 'selection', documentUri: 'x', page: 2, text: '', tooLong: 5 },
      // Requests and replies are the Rpc helper's; state no longer answers a requestId.
      { ...state, requestId: 4 },
      { type: 'request', requestId: 1, method: 'state', params: {} },
      { type: 'openLink', url: 42 },
      { type: 'openLink', url: 'x'.repeat(10_000) },
      { ...state, revealed: { page: 3, region: [54, 498, 301] } },
      { type: 'openNote', documentUri: 'file:///p.pdf', review: 'file:///p.review.md', offset: -1 },
      { type: 'openNote', documentUri: 'file:///p.pdf', offset: 3 },
      { type: 'followCursor', on: 'yes' },
    ]) assert.equal(parseViewerMessage(m), undefined, JSON.stringify(m)?.slice(0, 80));
  });

  it('checks what the host sends the viewer', () => {
    const data = new Uint8Array([37, 80, 68, 70]);
    for (const m of [
      { type: 'init', protocolVersion: 2, documentUri: 'file:///p.pdf', data, pageColors: 'light' },
      { type: 'init', protocolVersion: 2, documentUri: 'file:///p.pdf', data, pageColors: 'auto', position: { page: 3, zoom: '1.5' } },
      { type: 'load', documentUri: 'file:///p.pdf', data },
      { type: 'setColors', pageColors: 'invert' },
      { type: 'init', protocolVersion: 3, documentUri: 'file:///p.pdf', data, pageColors: 'light', followCursor: true },
      { type: 'setFollowCursor', on: false },
      { type: 'paperMap', documentUri: 'file:///p.pdf', anchors: [{ kind: 'figure', label: '1', name: 'Figure 1', page: 1, rect: [54, 498, 301, 521], title: 'Overview.', notes: [{ review: 'file:///r.review.md', reviewName: 'r.review.md', offset: 5, line: 0, text: 'Figure 1 is unclear.' }] }] },
    ]) assert.deepEqual(parseHostMessage(m), m);
    for (const m of [
      { type: 'init', protocolVersion: 2, documentUri: 'file:///p.pdf', data: [37, 80], pageColors: 'light' },
      { type: 'load', documentUri: 'file:///p.pdf', data: 'JVBERi0=' },
      { type: 'setColors', pageColors: 'sepia' },
      { type: 'highlight', anchors: [] },
      { type: 'reveal', page: 3 },
      { type: 'paperMap', documentUri: 'file:///p.pdf', anchors: [{ ...{ kind: 'figure', label: '1', name: 'Figure 1', page: 1, rect: [54, 498, 301, 521], title: 'Overview.', notes: [{ review: 'file:///r.review.md', reviewName: 'r.review.md', offset: 5, line: 0, text: 'Figure 1 is unclear.' }] }, rect: 'top' }] },
      { type: 'paperMap', documentUri: 'file:///p.pdf', anchors: [{ ...{ kind: 'figure', label: '1', name: 'Figure 1', page: 1, rect: [54, 498, 301, 521], title: 'Overview.', notes: [{ review: 'file:///r.review.md', reviewName: 'r.review.md', offset: 5, line: 0, text: 'Figure 1 is unclear.' }] }, notes: [{ review: 'file:///r.review.md', offset: 5 }] }] },
      { type: 'paperMap', documentUri: 'file:///p.pdf', anchors: Array.from({ length: 5001 }, () => ({ kind: 'figure', label: '1', name: 'Figure 1', page: 1, rect: [54, 498, 301, 521], title: 'Overview.', notes: [{ review: 'file:///r.review.md', reviewName: 'r.review.md', offset: 5, line: 0, text: 'Figure 1 is unclear.' }] })) },
      { type: 'setFollowCursor', on: 1 },
    ]) assert.equal(parseHostMessage(m), undefined, JSON.stringify(m));
  });

  it('checks the params and results of the viewer\'s requests', () => {
    assert.ok(viewerRequestParams.reveal({ page: 4, rect: [72, 400, 372, 600], flash: true }));
    assert.ok(viewerRequestParams.reveal({ page: 4 }));
    assert.ok(!viewerRequestParams.reveal({ page: 0 }));
    assert.ok(!viewerRequestParams.reveal({ page: 4, rect: [72, 400, 372] }));
    assert.ok(viewerRequestParams.reveal({ page: 4, rect: [54, 498, 301, 521], target: 'figure' }));
    assert.ok(!viewerRequestParams.reveal({ page: 4, rect: [54, 498, 301, 521], target: 'picture' }));
    assert.ok(viewerRequestParams.press({ selector: '.pr-badge' }));
    assert.ok(!viewerRequestParams.press({ selector: 'x'.repeat(201) }));
    assert.ok(viewerRequestParams.state({}));
    assert.ok(!viewerRequestParams.state({ page: 1 }));
    const { type: _type, ...result } = state;
    assert.ok(viewerRequestResults.state(result));
    assert.ok(viewerRequestResults.reveal({ ...result, lastReveal: 3 }));
    assert.ok(!viewerRequestResults.state(state), 'a result carries no message type');
    assert.ok(!viewerRequestResults.state({ ...result, pageCount: -1 }));
  });

  it('checks the picture and revealText requests: kinds, sizes, PNG data URIs of bounded length, quotes', () => {
    const caption = [54, 498.4, 301.02, 520.82];
    assert.ok(viewerRequestParams.picture({ page: 1, kind: 'figure', rect: caption }));
    assert.ok(viewerRequestParams.picture({ page: 1, kind: 'table', rect: caption, maxWidth: 300 }));
    for (const bad of [
      { page: 1, kind: 'section', rect: caption },
      { page: 0, kind: 'figure', rect: caption },
      { page: 1, kind: 'figure', rect: [54, 498.4, 301.02] },
      { page: 1, kind: 'figure', rect: caption, maxWidth: 0 },
      { page: 1, kind: 'figure', rect: caption, maxWidth: 480.5 },
      { page: 1, kind: 'figure', rect: caption, maxWidth: 100_000 },
      { page: 1, kind: 'figure' },
      { page: 1, kind: 'figure', rect: caption, colours: 'dark' },
    ]) assert.ok(!viewerRequestParams.picture(bad), JSON.stringify(bad));
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const picture = { dataUri: png, width: 480, height: 276, region: [51, 495.4, 304.02, 640.98] };
    assert.ok(viewerRequestResults.picture(picture));
    for (const bad of [
      { ...picture, dataUri: 'data:image/svg+xml;base64,PHN2Zz4=' },
      { ...picture, dataUri: 'https://example.com/figure.png' },
      { ...picture, dataUri: `${png})![x](https://example.com/x.png` },
      { ...picture, dataUri: `data:image/png;base64,${'A'.repeat(maxPictureDataUri)}` },
      { ...picture, width: 0 },
      { ...picture, height: 276.5 },
      { dataUri: png, width: 480, height: 276 },
    ]) assert.ok(!viewerRequestResults.picture(bad), JSON.stringify(bad).slice(0, 120));

    assert.ok(viewerRequestParams.revealText({ page: 1, text: 'Dense retrievers compress each passage into a single vector.' }));
    assert.ok(!viewerRequestParams.revealText({ page: 1, text: '  ' }), 'an empty quote');
    assert.ok(!viewerRequestParams.revealText({ page: 1, text: 'x'.repeat(maxRevealText + 1) }), 'longer than a passage');
    assert.ok(!viewerRequestParams.revealText({ page: 0, text: 'Dense' }));
    const { type: _type, ...result } = state;
    assert.ok(viewerRequestResults.revealText({ found: true, state: { ...result, quote: { page: 1, text: 'Dense re-\ntrievers' } } }));
    assert.ok(viewerRequestResults.revealText({ found: false, state: result }));
    assert.ok(!viewerRequestResults.revealText({ found: 'yes', state: result }));
    assert.ok(!viewerRequestResults.revealText({ found: true, state: { ...result, quote: { page: 1 } } }));
    assert.ok(!viewerRequestResults.revealText({ found: true }));
  });

  it('checks saved positions read back from workspace state', () => {
    assert.ok(isViewerPosition({ page: 4, zoom: '1.25' }));
    assert.ok(!isViewerPosition({ page: 4 }));
    assert.ok(!isViewerPosition('page 4'));
  });

  it('opens only web and mail links', () => {
    assert.ok(isOpenableLink('https://arxiv.org/abs/1'));
    assert.ok(isOpenableLink('mailto:a@b.c'));
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'command:workbench.action.quit', 'vscode://x']) assert.ok(!isOpenableLink(bad), bad);
  });
});
