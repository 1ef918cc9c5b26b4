import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertProperty, propertySeed, seedVariable } from './seed';

describe('property tests: recorded seed', () => {
  it('a failure names its seed and the variable to re-run it with', () => {
    const failing = fc.property(fc.integer({ min: 0, max: 1000 }), (n) => n < 500);
    assert.throws(() => assertProperty(failing, 200, 1234), (err: Error) => err.message.includes(`${seedVariable}=1234`));
  });

  it(`${seedVariable} replays the same inputs`, () => {
    const seed = propertySeed({ [seedVariable]: '987654' });
    assert.equal(seed, 987654);
    const seen = (s: number) => {
      const values: number[] = [];
      assertProperty(fc.property(fc.integer(), (n) => { values.push(n); }), 20, s);
      return values;
    };
    assert.deepEqual(seen(seed), seen(seed));
    assert.notDeepEqual(seen(seed), seen(seed + 1));
  });

  it(`rejects a ${seedVariable} that is not an integer`, () => {
    assert.throws(() => propertySeed({ [seedVariable]: 'abc' }), /not an integer seed/);
  });
});
