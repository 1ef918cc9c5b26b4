// The request/response helper both ends of the viewer protocol use, over an in-memory channel that delivers
// asynchronously and serialises like a webview's postMessage (JSON), with no browser.
import * as assert from 'node:assert/strict';
import {
  Rpc, RpcDisposedError, RpcError, RpcInvalidMessageError, RpcRemoteError, RpcTimeoutError, RpcUnknownMethodError,
  type RpcMessage,
} from '../../../src/protocol/rpc';
import { NoDocumentError, viewerErrors } from '../../../src/protocol/viewerMessages';

type AskerMethods = {
  readonly add: { readonly params: { readonly a: number; readonly b: number }; readonly result: number };
  readonly fail: { readonly params: { readonly how: string }; readonly result: number };
  readonly slow: { readonly params: Record<string, never>; readonly result: string };
  readonly missing: { readonly params: Record<string, never>; readonly result: number };
};

const isNumber = (v: unknown) => typeof v === 'number';
const results = { add: isNumber, fail: isNumber, slow: (v: unknown) => typeof v === 'string', missing: isNumber };
const params = {
  add: (v: unknown) => typeof v === 'object' && v !== null && typeof (v as { a: unknown }).a === 'number' && typeof (v as { b: unknown }).b === 'number',
  fail: () => true, slow: () => true, missing: () => true,
};

class CustomError extends Error {
  override readonly name = 'CustomError';
}

/** Two endpoints joined by a channel; `sent` records every message, `drops` every dropped one. */
function pair(o: { timeoutMs?: number } = {}) {
  const sent: RpcMessage[] = [];
  const drops: string[] = [];
  const deliver = (to: () => Rpc<never, never> | Rpc<AskerMethods, never>, message: RpcMessage) => {
    sent.push(message);
    const copy: unknown = JSON.parse(JSON.stringify(message));
    setTimeout(() => to().receive(copy), 0);
  };
  const asker: Rpc<AskerMethods, Record<never, never>> = new Rpc<AskerMethods, Record<never, never>>({
    post: (m) => deliver(() => answerer as never, m), results, params: {}, errors: viewerErrors,
    timeoutMs: o.timeoutMs ?? 1000, onDrop: (reason) => drops.push(`asker: ${reason}`),
  });
  const answerer: Rpc<Record<never, never>, AskerMethods> = new Rpc<Record<never, never>, AskerMethods>({
    post: (m) => deliver(() => asker as never, m), results: {}, params, errors: viewerErrors,
    onDrop: (reason) => drops.push(`answerer: ${reason}`),
  });
  return { asker, answerer, sent, drops };
}

const tick = (ms = 5) => new Promise((ok) => setTimeout(ok, ms));

describe('Rpc: requests with replies over postMessage', () => {
  it('pairs each reply with its request, whatever order the replies come in', async () => {
    const { asker, answerer, sent } = pair();
    answerer.handle('add', async ({ a, b }) => {
      await tick(a); // the first request answers last
      return a + b;
    });
    const [x, y, z] = await Promise.all([asker.request('add', { a: 30, b: 1 }), asker.request('add', { a: 1, b: 2 }), asker.request('add', { a: 10, b: 10 })]);
    assert.deepEqual([x, y, z], [31, 3, 20]);
    const requests = sent.filter((m) => m.type === 'request');
    assert.deepEqual(new Set(requests.map((m) => m.requestId)).size, 3, 'every request has its own id');
    assert.deepEqual(sent.filter((m) => m.type === 'reply').map((m) => m.ok && m.result), [3, 20, 31]);
  });

  it('rebuilds errors into their classes by name, and unknown kinds into RpcRemoteError', async () => {
    const { asker, answerer } = pair();
    answerer.handle('fail', ({ how }) => {
      if (how === 'document') throw new NoDocumentError('This file is not a PDF.');
      if (how === 'custom') throw new CustomError('something of its own');
      throw 'a plain string'; // eslint-disable-line no-throw-literal
    });
    await assert.rejects(asker.request('fail', { how: 'document' }), (e: unknown) =>
      e instanceof NoDocumentError && e instanceof RpcError && e.message === 'This file is not a PDF.');
    await assert.rejects(asker.request('fail', { how: 'custom' }), (e: unknown) =>
      e instanceof RpcRemoteError && e.remoteName === 'CustomError' && e.message === 'something of its own');
    await assert.rejects(asker.request('fail', { how: 'string' }), (e: unknown) => e instanceof RpcRemoteError && e.message === 'a plain string');
  });

  it('answers an unknown method, or params that fail their check, with an error instead of running anything', async () => {
    const { asker, answerer } = pair();
    let ran = 0;
    answerer.handle('add', ({ a, b }) => { ran++; return a + b; });
    await assert.rejects(asker.request('missing', {}), RpcUnknownMethodError);
    await assert.rejects(asker.request('add', { a: 1, b: 'two' } as never), RpcInvalidMessageError);
    assert.equal(ran, 0);
  });

  it('rejects a reply whose result fails its check', async () => {
    const { asker, answerer } = pair();
    answerer.handle('add', () => 'three' as never);
    await assert.rejects(asker.request('add', { a: 1, b: 2 }), RpcInvalidMessageError);
  });

  it('times out a request with no reply, and drops the reply that comes too late', async () => {
    const { asker, answerer, drops } = pair({ timeoutMs: 30 });
    answerer.handle('slow', async () => { await tick(80); return 'late'; });
    const started = Date.now();
    await assert.rejects(asker.request('slow', {}), (e: unknown) => e instanceof RpcTimeoutError && /slow/.test((e as Error).message));
    assert.ok(Date.now() - started < 80, 'rejected at the timeout, not when the reply came');
    await tick(100);
    assert.deepEqual(drops, ['asker: a reply to no waiting request (unknown, duplicate or too late)']);
    // A per-request timeout overrides the endpoint's.
    assert.equal(await asker.request('slow', {}, 1000), 'late');
  });

  it('drops a duplicate reply and a reply to an id never sent', async () => {
    const { asker, answerer, sent, drops } = pair();
    answerer.handle('add', ({ a, b }) => a + b);
    assert.equal(await asker.request('add', { a: 2, b: 2 }), 4);
    const reply = sent.find((m) => m.type === 'reply')!;
    assert.equal(asker.receive(JSON.parse(JSON.stringify(reply))), true);
    assert.equal(asker.receive({ ...reply, requestId: 999 }), true);
    assert.equal(drops.length, 2);
    assert.ok(drops.every((d) => d === 'asker: a reply to no waiting request (unknown, duplicate or too late)'), drops.join('; '));
  });

  it('drops malformed replies and requests, answering a malformed request that has an id', async () => {
    const { asker, answerer, sent, drops } = pair();
    answerer.handle('slow', () => new Promise<string>(() => undefined)); // never answers
    const pending = asker.request('slow', {});
    const id = sent[0].requestId;
    for (const bad of [
      { type: 'reply', requestId: id, ok: 'yes', result: 2 },
      { type: 'reply', requestId: id, ok: false, error: 'boom' },
      { type: 'reply', requestId: id, ok: false, error: { name: 'X', message: 'y'.repeat(5000) } },
      { type: 'reply', requestId: -1, ok: true, result: 2 },
      { type: 'reply', requestId: id, ok: true, result: 2, extra: 1 },
    ]) assert.equal(asker.receive(bad), true);
    assert.equal(drops.length, 5, drops.join('; '));
    assert.ok(drops.every((d) => d === 'asker: a malformed reply'));
    answerer.receive({ type: 'request', requestId: 7, method: 42, params: {} });
    assert.equal(drops.at(-1), 'answerer: a malformed request');
    const answer = sent.at(-1)!;
    assert.ok(answer.type === 'reply' && !answer.ok && answer.requestId === 7 && answer.error.name === 'RpcInvalidMessageError');
    // Events are not the helper's: the caller gets them back.
    assert.equal(asker.receive({ type: 'state', page: 1 }), false);
    assert.equal(asker.receive(null), false);
    asker.dispose();
    await assert.rejects(pending, RpcDisposedError);
  });

  it('refuses a second handler for a method, and a handler for a method the protocol lacks', () => {
    const { answerer } = pair();
    answerer.handle('add', ({ a, b }) => a + b);
    assert.throws(() => answerer.handle('add', ({ a }) => a), /already has a handler/);
    assert.throws(() => answerer.handle('nope' as never, () => 0 as never), /not a method/);
  });

  it('after dispose: waiting requests fail, new ones fail at once, nothing is posted or answered', async () => {
    const { asker, answerer, sent } = pair();
    answerer.handle('slow', async () => { await tick(30); return 'done'; });
    const waiting = asker.request('slow', {});
    await tick(); // the request has reached the answerer, which is working on it
    answerer.dispose();
    asker.dispose();
    await assert.rejects(waiting, RpcDisposedError);
    const before = sent.length;
    await assert.rejects(asker.request('slow', {}), RpcDisposedError);
    await tick(60);
    assert.equal(sent.length, before, 'no request after dispose, and no reply from the disposed answerer');
    assert.equal(answerer.receive({ type: 'request', requestId: 9, method: 'slow', params: {} }), true);
    await tick();
    assert.equal(sent.length, before);
  });
});
