import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { BoundedState } from '../../../src/extension/state/boundedState';

/** workspaceState as VS Code keeps it: a key-value store where undefined deletes. */
function memento(): vscode.Memento & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    keys: () => [...map.keys()],
    get: <T>(key: string, fallback?: T) => (map.has(key) ? map.get(key) as T : fallback),
    update: async (key: string, value: unknown) => { if (value === undefined) map.delete(key); else map.set(key, value); },
  } as vscode.Memento & { map: Map<string, unknown> };
}

describe('per-file workspace state is bounded', () => {
  it('keeps the newest N files, and reusing a file makes it newest again', async () => {
    const m = memento();
    const state = new BoundedState(m, 'paperReview.viewer.position', 3);
    for (const f of ['a.pdf', 'b.pdf', 'c.pdf']) await state.set(`file:///${f}`, { page: 1 });
    await state.set('file:///a.pdf', { page: 7 });
    await state.set('file:///d.pdf', { page: 2 });
    assert.deepEqual(state.get('file:///a.pdf'), { page: 7 });
    assert.equal(state.get('file:///b.pdf'), undefined);
    assert.deepEqual(state.get('file:///d.pdf'), { page: 2 });
    // Three values and the order key; nothing else is left behind.
    assert.deepEqual([...m.map.keys()].sort(), [
      'paperReview.viewer.position#recent', 'paperReview.viewer.position:file:///a.pdf',
      'paperReview.viewer.position:file:///c.pdf', 'paperReview.viewer.position:file:///d.pdf',
    ]);
  });

  it('stays at N keys after thousands of files', async () => {
    const m = memento();
    const state = new BoundedState(m, 'p', 200);
    for (let i = 0; i < 2000; i++) await state.set(`f${i}`, i);
    assert.equal(m.map.size, 201);
    assert.equal(state.get('f1999'), 1999);
    assert.equal(state.get('f1799'), undefined);
    assert.equal(state.get('f1800'), 1800);
  });

  it('a damaged order key is treated as empty, not thrown', async () => {
    const m = memento();
    await m.update('p#recent', 'not a list');
    const state = new BoundedState(m, 'p', 2);
    await state.set('x', 1);
    assert.deepEqual(m.map.get('p#recent'), ['x']);
  });
});
