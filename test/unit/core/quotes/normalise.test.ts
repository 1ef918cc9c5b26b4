import * as assert from 'node:assert/strict';
import { normaliseText, paperWords, searchKey } from '../../../../src/core/quotes/normalise';

describe('quotes: the paper\'s text as a reader reads it', () => {
  it('folds line breaks and white space, undoes ligatures, and maps each character back to the original', () => {
    const original = 'The  ﬁrst e\uFB03cient\n  method';
    const n = normaliseText(original);
    assert.equal(n.text, 'The first efficient method');
    // "fi" both come from the one ligature character at offset 5; "method" starts at offset 20 of the original.
    assert.equal(original.slice(n.from[4]!, n.to[5]!), 'ﬁ');
    assert.equal(original.slice(n.from[n.text.indexOf('method')]!), 'method');
  });

  it('undoes line-end hyphenation, but keeps the hyphen of a compound the paper prints whole elsewhere', () => {
    const page = 'We study low-\nresource speech recog-\nnition. Our low-resource setting is hard.';
    const n = normaliseText(page, paperWords([page]));
    assert.equal(n.text, 'We study low-resource speech recognition. Our low-resource setting is hard.');
  });

  it('without the paper\'s words, a lowercase break is hyphenation and a capital after it keeps the hyphen', () => {
    assert.equal(normaliseText('super-\nvision in Self-\nAttention').text, 'supervision in Self-Attention');
  });

  it('compares quotes without case, spaces or hyphens', () => {
    assert.equal(searchKey('Low-resource Speech').key, searchKey('low resource speech').key);
  });
});
