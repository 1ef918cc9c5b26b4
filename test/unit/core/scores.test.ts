import * as assert from 'node:assert/strict';
import { readScore } from '../../../src/core/review/scores';

describe('score reading', () => {
  const cases: [string, number | undefined][] = [
    ['3', 3], ['3/5', 3], ['Confidence: 4', 4], ['level 3', 3], ['4 - high confidence', 4], ['4: You are confident', 4],
    ['- [ ] 1\n- [ ] 2\n- [x] 4\n- [ ] 5', 4], ['[X] 2: weak reject', 2], ['3.5 (between acceptable and strong)', 3.5],
    ['I am fairly sure.', undefined], ['- [ ] 1\n- [ ] 2', undefined],
  ];
  for (const [text, value] of cases) {
    it(`reads ${JSON.stringify(text)} as ${value}`, () => assert.equal(readScore(text, 0)?.value, value));
  }

  it('gives the place of the number, offset into the document', () => {
    const s = readScore('Confidence: 4/5', 100)!;
    assert.deepEqual(s.range, { start: 112, end: 113 });
  });
});
