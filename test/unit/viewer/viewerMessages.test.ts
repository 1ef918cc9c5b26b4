import * as assert from 'node:assert/strict';
import { isOpenableLink, isViewerPosition, parseViewerMessage } from '../../../src/protocol/viewerMessages';

const state = {
  type: 'state', documentUri: 'file:///p.pdf', position: { page: 3, zoom: 'page-width', left: 0, top: 792 }, pageCount: 10, renderedPages: [2, 3],
};

describe('viewer message validation', () => {
  it('accepts every well-formed viewer message', () => {
    for (const m of [
      { type: 'ready', protocolVersion: 1 },
      state,
      { ...state, requestId: 4, lastReveal: 3 },
      { ...state, pageCount: 0, renderedPages: [], error: 'This file is not a PDF' },
      { type: 'selection', documentUri: 'file:///p.pdf', page: 2, text: 'word', rects: [[1, 2, 3, 4]] },
      { type: 'selection', documentUri: 'file:///p.pdf', page: 2, text: '', rects: [], tooLong: 100_001 },
      { type: 'openLink', url: 'https://example.com' },
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
      { type: 'selection', documentUri: 'x', page: 2, text: 'w', rects: [[1, 2, 3]] },
      { type: 'selection', documentUri: 'x', page: 2, text: 'w', rects: [[1, 2, 3, Infinity]] },
      { type: 'selection', documentUri: 'x', page: 2, text: 'x'.repeat(100_001), rects: [] },
      { type: 'selection', documentUri: 'x', page: 2, text: '', rects: [], tooLong: 5 },
      { type: 'openLink', url: 42 },
      { type: 'openLink', url: 'x'.repeat(10_000) },
    ]) assert.equal(parseViewerMessage(m), undefined, JSON.stringify(m)?.slice(0, 80));
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
