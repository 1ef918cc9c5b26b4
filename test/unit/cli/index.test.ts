// `paper-review index` as a user runs it, on the fixture papers: the table, --json, and the exit codes. Expected
// anchors come from each paper's truth file (written from the LaTeX sources' labels), never from the index itself.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const papers = fileURLToPath(new URL('../../../test/fixtures/papers/', import.meta.url));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

interface TruthAnchor { kind: string; label: string; page: number; title?: string }
interface Truth { pdfs: string[]; pages: number; anchors: TruthAnchor[] }

const key = (a: { kind: string; label: string; page: number }) => `${a.kind} ${a.label} p.${a.page}`;
const truths = ['conf2col', 'ieee', 'preprint', 'subfig', 'generated']
  .map((name) => JSON.parse(readFileSync(join(papers, `${name}.truth.json`), 'utf8')) as Truth);

describe('paper-review index', function () {
  this.timeout(120_000);
  before(() => assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`));

  for (const [i, truth] of truths.entries()) {
    const pdf = join(papers, truth.pdfs[0]);
    const expected = truth.anchors.filter((a) => a.kind !== 'page');

    it(`${truth.pdfs[0]} --json: the pages and every labelled anchor of the LaTeX source, section titles as written`, async () => {
      const r = await run('index', '--json', pdf);
      assert.equal(r.code, 0, r.stderr);
      const json = JSON.parse(r.stdout) as { file: string; pages: number; anchors: (TruthAnchor & { rect: number[] })[]; notes: string[] };
      assert.equal(json.file, pdf);
      assert.equal(json.pages, truth.pages);
      const found = json.anchors.filter((a) => a.kind !== 'page');
      assert.deepEqual(found.map(key).sort(), expected.map(key).sort());
      // One page anchor per page, 1…pages.
      assert.deepEqual(json.anchors.filter((a) => a.kind === 'page').map((a) => a.label), Array.from({ length: truth.pages }, (_, i) => String(i + 1)));
      for (const a of found) assert.equal(a.rect.length, 4, `${key(a)} has a rectangle`);
      // Section titles are typeset from the \section argument (IEEE sets them in capitals).
      for (const a of found.filter((x) => x.kind === 'section')) {
        const want = expected.find((e) => key(e) === key(a))!.title!;
        assert.equal(a.title?.toLowerCase(), want.toLowerCase(), key(a));
      }
    });

    // The table from the same index: two papers are enough (each run indexes the PDF again).
    if (i < 2) it(`${truth.pdfs[0]}: the table has a summary line, a header, and one row per anchor`, async () => {
      const r = await run('index', pdf);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines[0], `${pdf}: ${truth.pages} pages, ${expected.length} anchors`);
      const header = lines.findIndex((l) => /^kind +label +page +title$/.test(l));
      assert.ok(header > 0, r.stdout);
      const rows = lines.slice(header + 1).map((l) => l.split(/ {2,}/));
      assert.deepEqual(rows.map(([kind, label, page]) => `${kind} ${label} p.${page}`).sort(), expected.map(key).sort());
    });
  }

  it('exit codes: 1 with a one-line reason for a PDF it cannot read, 2 for usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-review-index-'));
    const notPdf = join(dir, 'notes.pdf');
    writeFileSync(notPdf, 'These are notes, not a PDF.\n');
    for (const [args, code, message] of [
      [[join(papers, 'encrypted.pdf')], 1, /encrypted\.pdf is encrypted: pass --password <password>/],
      [[join(dir, 'absent.pdf')], 1, /cannot read .*absent\.pdf: ENOENT/],
      [[notPdf], 1, /notes\.pdf: /],
      [[], 2, /^usage: paper-review index <paper\.pdf> \[--json\] \[--password <password>\]$/],
      [['--frobnicate', join(papers, 'ieee.pdf')], 2, /^usage: paper-review index/],
      [[join(papers, 'ieee.pdf'), join(papers, 'conf2col.pdf')], 2, /^usage: paper-review index/],
      [[join(papers, 'ieee.pdf'), '--password'], 2, /^usage: paper-review index/],
    ] as const) {
      const r = await run('index', ...args);
      assert.equal(r.code, code, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.equal(r.stdout, '', args.join(' '));
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.match(r.stderr.trimEnd(), message);
    }
  });
});
