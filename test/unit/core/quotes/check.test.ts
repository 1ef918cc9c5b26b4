import * as assert from 'node:assert/strict';
import type { AnchorIndex } from '../../../../src/core/paperIndex/types';
import { analyzeReview } from '../../../../src/core/review/analysis';
import { checkReview } from '../../../../src/core/checks/diagnostics';
import { recordedQuote } from '../../../../src/core/quotes/format';
import { PaperText } from '../../../../src/core/quotes/paperText';
import type { ReviewFix } from '../../../../src/core/checks/fixes';
import { quoteTargetAt } from '../../../../src/core/quotes/target';
import { locateReviewQuotes } from '../../../../src/core/quotes/check';

// A two-page paper as pdf.js gives its text: items joined with '\n' at line ends.
const pageTexts = [
  'Abstract\nWe propose a low-\nresource speech recog-\nnition model. Our low-resource\nsetting uses the ﬁrst 10 hours.',
  'Results\nThe model reaches 12.1% word error rate, a rela-\ntive gain of 30% over the baseline.',
];
const index: AnchorIndex & { pageTexts: readonly string[] } = { formatVersion: 2, pages: 2, fingerprint: 'v1', anchors: [], notes: [], pageTexts };

function apply(text: string, fix: ReviewFix): string {
  for (const e of [...fix.edits].sort((a, b) => b.range.start - a.range.start)) text = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
  return text;
}
const check = (review: string, idx: AnchorIndex = index) =>
  checkReview(analyzeReview(review), { anchorIndex: idx }).filter((d) => d.code.includes('quote'));

describe('quotes: checked against the paper\'s text', () => {
  it('finds a quote across line breaks, hyphenation and ligatures on its cited page: nothing to report', () => {
    const review = '> "We propose a low-resource speech recognition model." (p. 1)\n\n> uses the first 10 hours (p. 1)\n\n> a relative gain of 30% (p. 2)\n';
    assert.deepEqual(check(review), []);
  });

  it('a quote on another page: quote-wrong-page, with a fix that cites the right page', () => {
    const review = '> "reaches 12.1% word error rate" (p. 1)\n';
    const [d, ...rest] = check(review);
    assert.equal(rest.length, 0);
    assert.equal(d!.code, 'quote-wrong-page');
    assert.equal(d!.message, 'This quote is on p. 2, not p. 1: correct the page.');
    assert.equal(d!.fixes[0]!.title, 'Cite p. 2');
    assert.equal(apply(review, d!.fixes[0]!), '> "reaches 12.1% word error rate" (p. 2)\n');
  });

  it('a quote the paper does not print: unverified-quote; a close one gets the paper\'s words as a fix', () => {
    const [far] = check('> "Transformers are all you need." (p. 1)\n');
    assert.equal(far!.code, 'unverified-quote');
    assert.equal(far!.message, 'This quote is not in the paper\'s text: check its wording (spaces, line breaks and hyphens do not matter).');
    assert.deepEqual(far!.fixes, []);
    // Too short to suggest a close passage: "The modal" is one edit from the paper's "The model", and chance at this length.
    assert.deepEqual(check('> "The modal" (p. 2)\n').map((d) => [d.code, d.fixes.length]), [['unverified-quote', 0]]);
    const review = '> "The model reaches 12.7% word error rate" (p. 2)\n';
    const [near] = check(review);
    assert.equal(near!.code, 'unverified-quote');
    assert.equal(near!.message, 'The paper does not print this quote as written; p. 2 reads "The model reaches 12.1% word error rate": use the paper\'s words.');
    assert.equal(apply(review, near!.fixes[0]!), '> "The model reaches 12.1% word error rate" (p. 2)\n');
  });

  it('without page texts in the index (an index from before they were kept), quotes are not checked at all', () => {
    const { pageTexts: _, ...withoutText } = index;
    assert.deepEqual(check('> "Transformers are all you need." (p. 1)\n', withoutText), []);
  });

  it('the severity setting turns the quote checks off like any other', () => {
    const d = checkReview(analyzeReview('> "Transformers are all you need." (p. 1)\n'), { anchorIndex: index, severities: { 'unverified-quote': 'off' } });
    assert.deepEqual(d.filter((x) => x.code === 'unverified-quote'), []);
  });

  it('Quote Selection records the text around the quote, its place and the fingerprint, and keeps real compounds', () => {
    const quote = recordedQuote('low-\nresource speech recog-\nnition', 1, { text: new PaperText(pageTexts), fingerprint: 'v1' });
    // Page 1's normalised text is "Abstract We propose a low-resource speech recognition model. …": the quote starts at 22.
    assert.equal(quote, '> low-resource speech recognition (p. 1)\n'
      + '<!-- paper-review:quote {"page":1,"start":22,"prefix":"Abstract We propose a ","suffix":" model. Our low-resource setting","fingerprint":"v1"} -->');
    // What it inserted checks clean, and still reads as a page reference.
    assert.deepEqual(check(`${quote}\n`), []);
    assert.deepEqual(analyzeReview(quote).references.map((r) => `${r.kind} ${r.label}`), ['page 1']);
  });
});

describe('quotes: Ctrl+click goes to the quoted text', () => {
  it('gives the page and the span of the page\'s own text, line break and hyphen included', () => {
    const review = 'Intro.\n\n> "speech recognition model" (p. 2)\n';
    const target = quoteTargetAt(review, review.indexOf('recognition'), index);
    assert.deepEqual(target && { page: target.page, text: pageTexts[target.page - 1]!.slice(target.start, target.end) }, { page: 1, text: 'speech recog-\nnition model' });
    assert.equal(quoteTargetAt(review, 2, index), undefined, 'not on a quote');
  });
});

describe('quotes: over a page break', () => {
  it('a quote that starts at the foot of one page and ends at the top of the next is on the page it starts on', () => {
    const twoPages = ['Results\nThe model reaches a rela-\ntive gain', 'of 30% over the baseline.\nConclusion'];
    const paper: AnchorIndex & { pageTexts: readonly string[] } = { ...index, pageTexts: twoPages };
    assert.deepEqual(check('> "a relative gain of 30% over the baseline" (p. 1)\n', paper), []);
    const [d] = check('> "a relative gain of 30% over the baseline" (p. 2)\n', paper);
    assert.equal(d?.message, 'This quote is on p. 1, not p. 2: correct the page.');
  });
});

describe('quotes: what check --json lists', () => {
  it('each quote with the page the paper prints it on, or null; nothing without the paper\'s text', () => {
    const review = '> "a relative gain of 30%" (p. 1)\n\n> "Transformers are all you need." (p. 1)\n';
    assert.deepEqual(locateReviewQuotes(review, index)?.map((q) => [q.quote.text, q.quote.page, q.found?.page ?? null]), [
      ['a relative gain of 30%', 1, 2],
      ['Transformers are all you need.', 1, null],
    ]);
    const { pageTexts: _, ...withoutText } = index;
    assert.equal(locateReviewQuotes(review, withoutText), undefined);
  });
});

describe('quotes: pages without text', () => {
  it('a quote citing a page without text, or a paper without a text layer, is not called unverified', () => {
    const scannedPage: AnchorIndex & { pageTexts: readonly string[] } = { ...index, pageTexts: ['', pageTexts[1]!], unreadPages: [1] };
    assert.deepEqual(check('> "Our scanned appendix proves it." (p. 1)\n', scannedPage), []);
    const scanned: AnchorIndex & { pageTexts: readonly string[] } = { ...index, pageTexts: ['', ' \n'] };
    assert.deepEqual(check('> "Our scanned appendix proves it." (p. 2)\n', scanned), []);
  });

  it('a quote found nowhere in a paper with a page without text may be printed there: it is not called missing, nor matched to a look-alike', () => {
    // Page 1 is a scanned insert; the review cites page 2 for words close to page 2's own but not printed there.
    const scannedPage: AnchorIndex & { pageTexts: readonly string[] } = { ...index, pageTexts: ['', pageTexts[1]!], unreadPages: [1] };
    assert.deepEqual(check('> "The model reaches 12.4% word error rate" (p. 2)\n', scannedPage), []);
    // With every page read, the same quote is not what page 2 prints.
    assert.deepEqual(check('> "The model reaches 12.4% word error rate" (p. 2)\n').map((d) => d.code), ['unverified-quote']);
  });
});
