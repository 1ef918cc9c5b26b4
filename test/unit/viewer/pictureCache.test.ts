import * as assert from 'node:assert/strict';
import { PictureCache } from '../../../src/extension/viewer/pictureCache';

// src/extension/viewer/pictureCache.ts: the host's pictures for hovers (plain data, no VS Code).
const picture = (name: string, chars = 10) => ({ dataUri: name.padEnd(chars, '.') });

describe('the cache of pictures for hovers', () => {
  it('makes a picture once, also for callers asking while it is being made', async () => {
    const cache = new PictureCache<{ dataUri: string }>();
    let made = 0;
    let finish!: (p: { dataUri: string }) => void;
    const make = () => { made++; return new Promise<{ dataUri: string }>((ok) => { finish = ok; }); };
    const first = cache.get('v1 figure 1', make);
    const second = cache.get('v1 figure 1', make);
    finish(picture('fig1'));
    assert.deepEqual(await first, picture('fig1'));
    assert.equal(await second, await first);
    assert.equal(await cache.get('v1 figure 1', make), await first);
    assert.equal(made, 1);
  });

  it('keeps no failure and no missing picture: the next hover asks again', async () => {
    const cache = new PictureCache<{ dataUri: string }>();
    let made = 0;
    assert.equal(await cache.get('k', async () => { made++; throw new Error('the viewer went away'); }), undefined);
    assert.equal(await cache.get('k', async () => { made++; return undefined; }), undefined);
    assert.deepEqual(await cache.get('k', async () => { made++; return picture('k'); }), picture('k'));
    assert.equal(made, 3);
    assert.equal(cache.size, 1);
  });

  it('drops the least recently used picture past its number of entries', async () => {
    const cache = new PictureCache<{ dataUri: string }>(2, 1000);
    const made: string[] = [];
    const get = (key: string) => cache.get(key, async () => { made.push(key); return picture(key); });
    await get('a');
    await get('b');
    await get('a'); // a is used again: b is now the oldest
    await get('c');
    await get('a');
    await get('b');
    assert.deepEqual(made, ['a', 'b', 'c', 'b']);
    assert.equal(cache.size, 2);
  });

  it('drops the oldest pictures past its number of characters, and keeps none larger than that', async () => {
    const cache = new PictureCache<{ dataUri: string }>(10, 100);
    const made: string[] = [];
    const get = (key: string, chars: number) => cache.get(key, async () => { made.push(key); return picture(key, chars); });
    await get('a', 40);
    await get('b', 40);
    await get('c', 40); // 120 characters: a goes
    assert.equal(cache.size, 2);
    await get('b', 40);
    await get('a', 40);
    assert.deepEqual(made, ['a', 'b', 'c', 'a']);
    assert.deepEqual(await get('huge', 101), picture('huge', 101), 'given to the caller');
    assert.equal(cache.size, 2, 'but not kept');
  });
});
