import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnchorIndex, type AnchorIndex } from '../../../../src/core/paperIndex';
import { createPdfjsLoader } from '../../../../src/indexWorker/pdfjs';
import { recordedQuote } from '../../../../src/core/quotes/format';
import { checkReview } from '../../../../src/core/checks/diagnostics';
import type { ReviewFix } from '../../../../src/core/checks/fixes';
import { analyzeReview } from '../../../../src/core/review/analysis';
import { PaperText } from '../../../../src/core/quotes/paperText';
import { relocateQuote } from '../../../../src/core/quotes/relocate';
import { findReviewQuotes } from '../../../../src/core/quotes/reviewQuotes';
import { renumberings } from '../../../../src/core/quotes/renumber';
import { pageTextsOf } from './pageTexts';
import { createReviewLanguageService } from '../../../../src/core/language';
import { InMemoryWorkspace, root } from '../language/inMemoryWorkspace';

// revised-v1.pdf and revised-v2.pdf (test/fixtures/papers/build.mjs): v2 adds a sentence and inserts Figure 2, so
// "Training takes two days …" moves from page 1 to page 2 and Figures 2 and 3 become 3 and 4; "12.1%" becomes
// "11.8%"; "Errors concentrate …" is gone. Expected values below are read off that drawing.
const dir = join(process.cwd(), 'test/fixtures/papers');
type Version = AnchorIndex & { pageTexts: string[] };
async function load(name: string): Promise<Version> {
  const data = new Uint8Array(readFileSync(join(dir, name)));
  return { ...(await buildAnchorIndex(createPdfjsLoader(), data.slice())), pageTexts: await pageTextsOf(data.slice()) };
}
function apply(text: string, fix: ReviewFix): string {
  for (const e of [...fix.edits].sort((a, b) => b.range.start - a.range.start)) text = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
  return text;
}
const codes = new Set(['unverified-quote', 'quote-wrong-page', 'renumbered-reference', 'unknown-reference']);

describe('quotes: a paper revised by its authors', () => {
  let v1: Version;
  let v2: Version;
  let review: string;
  before(async () => {
    v1 = await load('revised-v1.pdf');
    v2 = await load('revised-v2.pdf');
    // The review as Quote Selection wrote it against v1: the selections are the text as pdf.js gives it on the page.
    const paper = { text: new PaperText(v1.pageTexts), fingerprint: v1.fingerprint };
    review = [
      recordedQuote('We propose a low-\nresource speech recog-\nnition model', 1, paper),
      recordedQuote('Training takes two days on a single graphics card.', 1, paper),
      recordedQuote('The model reaches 12.1% word error rate on the held-out speakers.', 2, paper),
      recordedQuote('Errors concentrate on names and numbers, as Figure 2 shows.', 2, paper),
      'Figure 2 shows the errors by speaker and Figure 3 the learning curves; Figure 1 shows the setup and Table 1 the corpus.',
      '',
    ].join('\n\n');
  });

  it('against the version quoted, every quote is verified, with real compounds kept', () => {
    assert.equal(v1.fingerprint === v2.fingerprint, false, 'the two versions have different fingerprints');
    assert.equal(review.split('\n')[0], '> We propose a low-resource speech recognition model (p. 1)');
    assert.equal(findReviewQuotes(review).filter((q) => q.record?.fingerprint === v1.fingerprint).length, 4);
    assert.deepEqual(checkReview(analyzeReview(review), { anchorIndex: v1 }).filter((d) => codes.has(d.code)), []);
  });

  it('re-anchors a recorded quote whose text moved to the next page', () => {
    const quote = findReviewQuotes(review)[1]!;
    const found = relocateQuote(new PaperText(v2.pageTexts), quote.text, quote.record);
    assert.deepEqual(found, { page: 2, start: 0, end: 'Training takes two days on a single graphics card.'.length, text: 'Training takes two days on a single graphics card.', errors: 0 });
  });

  it('matches figures by caption: Figures 2 and 3 are now 3 and 4, Figure 1 and Table 1 unchanged', () => {
    assert.deepEqual(renumberings(v1, v2).map((r) => `${r.kind} ${r.from} → ${r.to}`).sort(), ['figure 2 → 3', 'figure 3 → 4']);
  });

  it('against the revised paper: moved, changed and dropped quotes, and renumbered figures, each reported, none moved silently', () => {
    const diagnostics = checkReview(analyzeReview(review), { anchorIndex: v2, previousAnchorIndex: v1 }).filter((d) => codes.has(d.code));
    const line = (offset: number) => review.slice(0, offset).split('\n').length;
    assert.deepEqual(diagnostics.map((d) => `${line(d.range.start)} ${d.code}: ${d.message}`), [
      '4 quote-wrong-page: This quote is on p. 2, not p. 1: correct the page.',
      '7 unverified-quote: The revised paper does not print this quote as written; p. 2 reads "The model reaches 11.8% word error rate on the held-out speakers.": use the paper\'s words.',
      '10 unverified-quote: This quote is not in the revised paper (it was on p. 2 of the version quoted): check it against the new version.',
      '13 renumbered-reference: Figure 2 is now Figure 3 in the revised paper ("Error rates for each speaker of the test set."): update the reference.',
      '13 renumbered-reference: Figure 3 is now Figure 4 in the revised paper ("Learning curves of the three models."): update the reference.',
    ]);
    const [moved, changed] = diagnostics;
    assert.match(apply(review, moved!.fixes[0]!).split('\n')[3]!, /^> Training takes two days on a single graphics card\. \(p\. 2\)$/);
    assert.equal(apply(review, changed!.fixes[0]!).split('\n')[6], '> The model reaches 11.8% word error rate on the held-out speakers. (p. 2)');

    // The renumbering fix updates both references (not "Figure 2" inside the quote: that is the paper's text) and moves
    // the review to the revised version, so checking again does not renumber a second time.
    const renumbered = apply(review, diagnostics[3]!.fixes[0]!);
    assert.equal(renumbered.split('\n')[12], 'Figure 3 shows the errors by speaker and Figure 4 the learning curves; Figure 1 shows the setup and Table 1 the corpus.');
    assert.equal(renumbered.split('\n')[9], review.split('\n')[9]);
    const again = checkReview(analyzeReview(renumbered), { anchorIndex: v2, previousAnchorIndex: v1 });
    assert.deepEqual(again.filter((d) => d.code === 'renumbered-reference'), []);
    assert.equal(findReviewQuotes(renumbered).filter((q) => q.record?.fingerprint === v2.fingerprint).length, 4);
  });

  it('the language service checks against the previous version its host kept, and only then reports renumbered figures', async () => {
    const text = `---\ntemplate: course\npaper: paper.pdf\n---\n\n${review}`;
    const renumbered = async (keptPrevious: boolean) => {
      const service = createReviewLanguageService({
        workspace: new InMemoryWorkspace({ 'paper.pdf': 'v2' }),
        getAnchorIndex: async () => v2,
        ...(keptPrevious ? { getPreviousAnchorIndex: async () => v1 } : {}),
      });
      const result = await service.computeDiagnostics({ uri: `${root}/r.review.md`, version: 1, getText: () => text });
      return result!.diagnostics.filter((d) => d.code === 'renumbered-reference').map((d) => d.message.slice(0, 28));
    };
    assert.deepEqual(await renumbered(true), ['Figure 2 is now Figure 3 in ', 'Figure 3 is now Figure 4 in ']);
    assert.deepEqual(await renumbered(false), []);
  });
});
