import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  IndexAssembler, buildAnchorIndex, openDocument, parseAnchorIndex, readIndexParts, type DocumentInfo, type PageScan,
} from '../../../src/core/paperIndex';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';
import { checkReview } from '../../../src/core/checks/diagnostics';
import { analyzeReview } from '../../../src/core/review/analysis';

// The one assembler: the worker client feeds it page scans in whatever order its workers send them; it must give what
// in-process indexing gives, and its partial anchors must be the final ones (a feature may act on them).
const dir = join(process.cwd(), 'test/fixtures/papers');
const load = createPdfjsLoader();

async function parts(pdf: string): Promise<{ info: DocumentInfo; scans: PageScan[] }> {
  const doc = await openDocument(load, new Uint8Array(readFileSync(join(dir, pdf))));
  let info: DocumentInfo | undefined;
  const scans: PageScan[] = [];
  try {
    await readIndexParts(doc, Array.from({ length: doc.numPages }, (_, i) => i + 1), true, { info: (i) => { info = i; }, scan: (s) => scans.push(s) });
  } finally {
    await doc.destroy();
  }
  return { info: info!, scans };
}

describe('index assembler', () => {
  it('pages in any order, as two workers interleave them, give the in-process index', async () => {
    const { info, scans } = await parts('long.pdf');
    const expected = await buildAnchorIndex(load, new Uint8Array(readFileSync(join(dir, 'long.pdf'))));
    const assembler = new IndexAssembler();
    // Odd pages from one worker, even from the other, the second one ahead; the info arrives after a few pages.
    const order = [...scans.filter((s) => s.page % 2 === 0), ...scans.filter((s) => s.page % 2 === 1)];
    order.slice(0, 3).forEach((s) => assembler.addScan(s));
    assert.equal(assembler.partial(), undefined, 'nothing is decided before the document info');
    assembler.setInfo(info);
    for (const s of order.slice(3)) assembler.addScan(s);
    assert.deepEqual(assembler.finish(), expected);
  });

  it('partial anchors are a prefix of the final ones: pages 1 to the first missing page, each decided once', async () => {
    const { info, scans } = await parts('long.pdf');
    const final = (await buildAnchorIndex(load, new Uint8Array(readFileSync(join(dir, 'long.pdf'))))).anchors;
    const assembler = new IndexAssembler();
    assembler.setInfo(info);
    for (const s of scans.slice(0, 6)) assembler.addScan(s);
    assembler.addScan(scans[8]!); // page 9 waits for pages 7 and 8
    const partial = assembler.partial()!.anchors;
    assert.equal(assembler.pagesDone, 7);
    assert.deepEqual(partial, final.slice(0, partial.length));
    assert.deepEqual([...new Set(partial.map((a) => a.page))], [1, 2, 3, 4, 5, 6]);
    assert.ok(partial.some((a) => a.kind === 'section'), 'sections of the first pages are usable');
  });

  it('the index while pages are read: the first pages\' anchors are usable, and nothing on the pages still to come is called missing or wrong', async () => {
    const { info, scans } = await parts('long.pdf');
    const assembler = new IndexAssembler();
    assembler.setInfo(info);
    for (const s of scans.slice(0, 5)) assembler.addScan(s);
    const partial = assembler.partial()!;
    // long.tex (long.truth.json): Figures 1–3 on pages 1, 3 and 4; Figure 8 on page 11; the paper has 17 pages.
    assert.equal(partial.pages, 17);
    assert.deepEqual(partial.unreadPages, [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    assert.deepEqual(partial.anchors.filter((a) => a.kind === 'figure').map((a) => `${a.label} p. ${a.page}`), ['1 p. 1', '2 p. 3', '3 p. 4']);
    assert.deepEqual(parseAnchorIndex(JSON.parse(JSON.stringify(partial))), partial, 'it crosses to the language server as any index does');
    // A review written against the whole paper: Figure 8 and a caption of page 11 quoted, one with a wrong page.
    const review = [
      'Figure 2 is clear, Figure 8 is not, and Figure 30 is missing.', '',
      '> "Measurements collected in study part 8 over all sites" (p. 11)', '',
      '> "Measurements collected in study part 8 over all sites" (p. 2)', '',
    ].join('\n');
    const problems = checkReview(analyzeReview(review), { anchorIndex: partial })
      .filter((d) => ['unknown-reference', 'unverified-quote', 'quote-wrong-page'].includes(d.code));
    assert.deepEqual(problems, []);
    // Once every page is read, the paper's own numbers decide: it has no Figure 30.
    for (const s of scans.slice(5)) assembler.addScan(s);
    const whole = checkReview(analyzeReview(review), { anchorIndex: assembler.finish() }).filter((d) => d.code === 'unknown-reference');
    assert.deepEqual(whole.map((d) => review.slice(d.range.start, d.range.end)), ['Figure 30']);
  });

  it("keeps each page's text as pdf.js gives it, for quote verification", async () => {
    const index = await buildAnchorIndex(load, new Uint8Array(readFileSync(join(dir, 'generated.pdf'))));
    assert.equal(index.pageTexts?.length, 2);
    // Lines drawn by test/fixtures/papers/build.mjs, each its own text item.
    assert.ok(index.pageTexts![0]!.includes('The measurement apparatus seen from above.'));
    assert.match(index.pageTexts![0]!, /^1\s+Introduction\n/, 'the first line drawn, then a line break');
    assert.ok(index.pageTexts![1]!.includes('Calibration constants for each sensor.'));
    assert.ok(!index.pageTexts![1]!.includes('The measurement apparatus'));
  });

  it('a cached index with page texts that do not fit its pages is not used', async () => {
    const index = await buildAnchorIndex(load, new Uint8Array(readFileSync(join(dir, 'generated.pdf'))));
    const roundTrip = (v: unknown) => parseAnchorIndex(JSON.parse(JSON.stringify(v)));
    assert.deepEqual(roundTrip(index), index);
    assert.equal(roundTrip({ ...index, pageTexts: ['only one page'] }), undefined);
    assert.equal(roundTrip({ ...index, pageTexts: ['page one', 2] }), undefined);
    assert.equal(roundTrip({ ...index, pageTexts: 'page one' }), undefined);
  });
});
