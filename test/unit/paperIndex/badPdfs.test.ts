import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { AnchorIndexError, NO_TEXT_NOTE, buildAnchorIndex } from '../../../src/core/paperIndex';
import { createPdfjsLoader } from '../../../src/indexWorker/pdfjs';

// Broken or unusual PDFs give a clear AnchorIndexError code (or a pages-only index), never a crash or a hang.
const dir = join(process.cwd(), 'test/fixtures/papers');
const load = createPdfjsLoader();
const paper = new Uint8Array(readFileSync(join(dir, 'conf2col.pdf')));

async function failure(data: Uint8Array, password?: string): Promise<AnchorIndexError> {
  const err = await buildAnchorIndex(load, data, password === undefined ? {} : { password }).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof AnchorIndexError, `expected an AnchorIndexError, got ${String(err)}`);
  return err;
}

describe('anchor index on bad PDFs', () => {
  it('a file that is not a PDF', async () => {
    const e = await failure(new TextEncoder().encode('Dear reviewer, this is a text file.'));
    assert.equal(e.code, 'not-a-pdf');
  });

  it('a truncated PDF', async () => {
    assert.equal((await failure(paper.slice(0, paper.length >> 1))).code, 'corrupt');
  });

  it('a PDF whose xref table points nowhere is rebuilt and still indexed', async () => {
    const text = new TextDecoder('latin1').decode(paper).replace(/startxref\s+\d+/, 'startxref\n999999').replace(/\d{10} 00000 n/g, '0000000001 00000 n');
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const index = await buildAnchorIndex(load, bytes);
    assert.equal(index.pages, 2);
    assert.ok(index.anchors.some((a) => a.kind === 'figure' && a.label === '1'));
  });

  it('an encrypted PDF asks for the password, a wrong one is named, the right one opens it', async () => {
    const data = new Uint8Array(readFileSync(join(dir, 'encrypted.pdf')));
    assert.equal((await failure(data)).code, 'encrypted');
    assert.match((await failure(data)).message, /encrypted/);
    assert.equal((await failure(data, 'wrong')).code, 'wrong-password');
    const index = await buildAnchorIndex(load, data, { password: 'user' });
    assert.ok(index.anchors.some((a) => a.kind === 'section' && a.label === '2.1'));
  });

  it('a PDF with zero pages gives an empty index with the no-text note', async () => {
    // pdf.js presents an empty page tree as one blank page, so that is what the index holds.
    const index = await buildAnchorIndex(load, await (await PDFDocument.create()).save());
    assert.equal(index.pages, 1);
    assert.deepEqual(index.anchors.map((a) => `${a.kind} ${a.label}`), ['page 1']);
    assert.deepEqual(index.notes, [NO_TEXT_NOTE]);
  });

  it('scanned pages without a text layer give pages only, with a note', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage([612, 792]).drawRectangle({ x: 50, y: 50, width: 500, height: 690, color: rgb(0.9, 0.9, 0.85) });
    const index = await buildAnchorIndex(load, await doc.save());
    assert.deepEqual(index.anchors.map((a) => `${a.kind} ${a.label}`), ['page 1', 'page 2', 'page 3']);
    assert.deepEqual(index.notes, [NO_TEXT_NOTE]);
  });

  it('a 500-page file is indexed completely', async function () {
    this.timeout(60000);
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    for (let i = 1; i <= 500; i++) {
      const page = doc.addPage([612, 792]);
      page.drawText(`${i}  Part ${i}`, { x: 72, y: 700, size: 14, font: bold });
      for (let l = 0; l < 5; l++) page.drawText('Body text of the generated long document, line after line.', { x: 72, y: 670 - 14 * l, size: 10, font });
    }
    let progress = 0;
    const index = await buildAnchorIndex(load, await doc.save(), { onProgress: (p) => { progress = p.pagesDone; } });
    assert.equal(index.pages, 500);
    assert.equal(progress, 500);
    assert.equal(index.anchors.filter((a) => a.kind === 'page').length, 500);
    assert.ok(index.anchors.some((a) => a.kind === 'section' && a.label === '1' && a.title === 'Part 1'));
  });
});
