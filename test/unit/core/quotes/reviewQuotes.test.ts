import * as assert from 'node:assert/strict';
import { findReviewQuotes } from '../../../../src/core/quotes/reviewQuotes';
import { formatRecord, parseRecord } from '../../../../src/core/quotes/record';
import { submissionText } from '../../../../src/core/venues/fieldText';

describe('quotes: finding them in a review', () => {
  it('reads hand-typed quotes, multi-line blockquotes citing a page, and what Quote Selection inserts', () => {
    const review = [
      '## Weaknesses',
      '',
      '> "Our method is the first to scale." (p. 2)',
      '',
      'As the paper says:',
      '',
      '> Experts specialise by script',
      '> without supervision (p. 5)',
      '<!-- paper-review:quote {"page":5,"start":120,"prefix":"we find that ","suffix":". This","fingerprint":"abc123"} -->',
      '',
      '> A blockquote that cites no page is not a quote of the paper.',
      '',
      '```',
      '> "inside a code block" (p. 9)',
      '```',
    ].join('\n');
    const quotes = findReviewQuotes(review);
    assert.deepEqual(quotes.map((q) => [q.text, q.page]), [
      ['Our method is the first to scale.', 2],
      ['Experts specialise by script\nwithout supervision', 5],
    ]);
    assert.equal(review.slice(quotes[0]!.pageRange.start, quotes[0]!.pageRange.end), '2');
    assert.equal(review.slice(quotes[0]!.range.start, quotes[0]!.range.end), '"Our method is the first to scale." (p. 2)');
    assert.deepEqual(quotes[1]!.record, { page: 5, start: 120, prefix: 'we find that ', suffix: '. This', fingerprint: 'abc123' });
    assert.equal(quotes[0]!.record, undefined);
  });

  it('typographic quotation marks and the sentence\'s comma after them are not part of the quote', () => {
    assert.deepEqual(findReviewQuotes('> \u201cThe gain is small,\u201d (page 4)\n').map((q) => [q.text, q.page]), [['The gain is small,', 4]]);
    assert.deepEqual(findReviewQuotes('> "The gain is small", (p.4)\n').map((q) => [q.text, q.page]), [['The gain is small', 4]]);
  });

  it('a record is user-editable text: a malformed or wrong-typed one is ignored, never trusted', () => {
    assert.equal(parseRecord('<!-- paper-review:quote {"page":0,"start":1,"prefix":"","suffix":""} -->'), undefined);
    assert.equal(parseRecord('<!-- paper-review:quote {"page":"2","start":1,"prefix":"","suffix":""} -->'), undefined);
    assert.equal(parseRecord('<!-- paper-review:quote {"page":2,"start":-1,"prefix":"","suffix":""} -->'), undefined);
    assert.equal(parseRecord('<!-- paper-review:quote {page:2} -->'), undefined);
    assert.equal(parseRecord('<!-- paper-review:quote [2] -->'), undefined);
    assert.equal(parseRecord(`<!-- paper-review:quote {"page":2,"start":1,"prefix":"${'x'.repeat(300)}","suffix":""} -->`), undefined);
  });

  it('a record never ends its comment early, whatever the paper\'s text around the quote', () => {
    const line = formatRecord({ page: 3, start: 10, prefix: 'a --> b <c>', suffix: '', fingerprint: 'f0' });
    assert.equal(line.indexOf('-->'), line.length - 3);
    assert.deepEqual(parseRecord(line), { page: 3, start: 10, prefix: 'a --> b <c>', suffix: '', fingerprint: 'f0' });
  });
});

describe('quotes: what a venue receives', () => {
  it('the quote, without its record, in every markup a venue takes', () => {
    const section = 'We agree:\n\n> the model works (p. 1)\n<!-- paper-review:quote {"page":1,"start":0,"prefix":"","suffix":"","fingerprint":"x"} -->\n\nMore.';
    for (const markup of ['plain', 'markdown', 'openreview-markdown'] as const) {
      assert.equal(submissionText(section, markup).text, 'We agree:\n\n> the model works (p. 1)\n\nMore.', markup);
    }
  });
});
