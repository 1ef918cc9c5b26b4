import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The built tool, as a user runs it (npm test builds first).
const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runWithin(60_000, ...args);
}

/** Runs the tool, killing it after `ms` (then `code` is -1): for inputs that used to hang it. */
function runWithin(ms: number, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: ms }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'paper-review-cli-'));
const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };
const longPdf = fileURLToPath(new URL('../../../test/fixtures/papers/long.pdf', import.meta.url));
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('paper-review check', function () {
  this.timeout(60_000);
  before(() => assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`));

  const complete = file('complete.review.md', '---\ntemplate: cvpr-2025\n---\n' +
    `## Paper summary\n${words(45)} See Figure 9 and Tables 1 and 2.\n## Paper strengths\n${words(35)}\n## Major weaknesses\n${words(35)} in Section 4.2.5.\n` +
    `## Overall recommendation\n4\n## Justification for recommendation and suggestions for rebuttal\n${words(25)}\n## Confidence level\n3\n`);

  it('a complete review (the optional minor weaknesses left out): a summary line and exit 0', async () => {
    const r = await run('check', complete);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), `${complete}: CVPR 2025 form, 6/7 sections done, 0 errors, 0 warnings, 0 notes`);
  });

  it('--json gives the documented object, 1-based lines and columns', async () => {
    const r = await run('check', '--json', complete);
    const json = JSON.parse(r.stdout);
    assert.equal(json.file, complete);
    assert.equal(json.template, 'cvpr-2025');
    assert.deepEqual(json.sections[0], { id: 'summary', title: 'Paper summary', line: 4, words: 53, status: 'complete' });
    assert.equal(json.sections.find((s: { id: string }) => s.id === 'minor-weaknesses').status, 'missing');
    assert.deepEqual(json.scores, { overall: 4, confidence: 3 });
    const text = readFileSync(complete, 'utf8');
    const at = (needle: string) => { const i = text.indexOf(needle); const before = text.slice(0, i).split('\n'); return `${before.length}:${before.at(-1)!.length + 1}`; };
    assert.deepEqual(json.references.map((r: { kind: string; label: string; line: number; column: number }) => `${r.kind} ${r.label} ${r.line}:${r.column}`),
      [`figure 9 ${at('9 and')}`, `table 1 ${at('1 and 2')}`, `table 2 ${at('2.\n')}`, `section 4.2.5 ${at('4.2.5')}`]);
    assert.deepEqual(json.diagnostics, []);
  });

  it('problems print as file:line:col severity code message, and an error exits 1', async () => {
    const bad = file('bad.txt', '---\ntemplate: iclr-2025\n---\n## Rating\n\n7\n');
    const r = await run('check', bad);
    assert.equal(r.code, 1);
    assert.ok(r.stdout.includes(`${bad}:6:1 error score-out-of-scale Score 7 in "Rating" is not on the scale: use 1, 3, 5, 6, 8 or 10.`), r.stdout);
    // Missing sections are reported at the front matter, not on the Rating heading next to where they belong.
    assert.ok(r.stdout.includes(`${bad}:1:1 warning missing-section Section "Summary" is missing`), r.stdout);
    assert.ok(!r.stdout.includes(`${bad}:4:`), r.stdout);
  });

  it('several files with --json give an array; --template forces the form', async () => {
    const plain = file('plain.review', '## Summary\nx\n');
    const r = await run('check', '--json', '--template', 'neurips-2025', plain, complete);
    const json = JSON.parse(r.stdout);
    assert.ok(Array.isArray(json));
    assert.deepEqual(json.map((j: { template: string }) => j.template), ['neurips-2025', 'neurips-2025']);
  });

  it('a custom template file is used and validated', async () => {
    const t = file('lab.json', JSON.stringify({ id: 'lab', name: 'Lab', sections: [{ id: 'gist', title: 'Gist' }] }));
    const review = file('lab.review.md', '---\ntemplate: lab\n---\n## Gist\nFine.\n');
    assert.equal((await run('check', '--template-file', t, review)).code, 0);
    const broken = file('broken.json', JSON.stringify({ id: 'lab', sections: [] }));
    const r = await run('check', '--template-file', broken, review);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /invalid template .*broken\.json: template: missing property "name"/);
  });

  it('usage errors and unreadable or non-review files exit 2 with one line on stderr', async () => {
    for (const [args, message] of [
      [[], /usage: paper-review check/],
      [['--frobnicate', complete], /Unknown option '--frobnicate'/],
      [['--template', 'nope', complete], /unknown template "nope"/],
      [[join(dir, 'missing.review.md')], /cannot read .*missing\.review\.md: ENOENT/],
      [[file('paper.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff, 0xfe]))], /looks like a binary file/],
      [[file('huge.review.md', 'word '.repeat(1_000_000))], /too large to be a review \(5\.0 million characters/],
      [[file('headings.review.md', '#\n'.repeat(100_000))], /has 100,001 lines, more than any review/],
    ] as const) {
      const r = await run('check', ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, message);
    }
  });

  it('an empty file gets one hint to insert the form, not a warning per section', async () => {
    const empty = file('empty.review.md', '');
    const r = await run('check', empty);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${empty}:1:1 hint missing-section No section of the Paper-reading course form yet: insert the review form (its 13 sections) to start.\n`
      + `${empty}: Paper-reading course form, 0/13 sections done, 0 errors, 0 warnings, 1 notes\n`);
  });

  it('paper-not-found when the front matter names a missing PDF', async () => {
    const r = await run('check', file('paper.review.md', '---\npaper: nowhere.pdf\n---\n'));
    assert.match(r.stdout, /warning paper-not-found The paper "nowhere.pdf" was not found/);
  });

  it('checks references against the paper the front matter names (once per paper), unless --no-paper', async () => {
    copyFileSync(longPdf, join(dir, 'long.pdf'));
    const text = '---\npaper: long.pdf\n---\nFigure 9 is clear, Figure 13 is not, and Table 8 has no variance.\n';
    const a = file('a.review.md', text);
    const b = file('b.review.md', text.replace('Figure 13', 'Figure 14'));
    const r = await run('check', '--json', a, b);
    const refs = JSON.parse(r.stdout).map((j: { diagnostics: { code: string; message: string }[] }) =>
      j.diagnostics.filter((d) => d.code === 'unknown-reference').map((d) => d.message));
    assert.deepEqual(refs, [
      ['The paper has no Figure 13 (it has 1–12): check the number.'],
      ['The paper has no Figure 14 (it has 1–12): check the number.'],
    ]);
    const skipped = JSON.parse((await run('check', '--json', '--no-paper', a)).stdout);
    assert.ok(!skipped.diagnostics.some((d: { code: string }) => d.code === 'unknown-reference'));
  });

  describe('the paper stays inside the review\'s folder (or --paper-root) and is read only when it is a regular file', () => {
    const paperLines = (stdout: string) => stdout.split('\n').filter((l) => / paper-/.test(l)).map((l) => l.slice(l.indexOf(' ') + 1));

    it('.., absolute and Windows drive paths are reported, not read', async () => {
      const sub = join(dir, 'escape');
      mkdirSync(sub, { recursive: true });
      const reviews = ['../../../etc/passwd', longPdf, 'C:\\papers\\x.pdf'].map((paper, i) => {
        const p = join(sub, `escape${i}.review.md`);
        writeFileSync(p, `---\npaper: ${JSON.stringify(paper)}\n---\n`);
        return p;
      });
      const r = await run('check', ...reviews);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(paperLines(r.stdout), [
          'warning paper-outside-workspace The paper "../../../etc/passwd" is not read: its ".." leads out of the review\'s folder or --paper-root. Give a path relative to the review that stays inside the review\'s folder or --paper-root.',
          `warning paper-outside-workspace The paper "${longPdf}" is not read: it is an absolute path, not a path relative to the review. Give a path relative to the review that stays inside the review's folder or --paper-root.`,
          'warning paper-outside-workspace The paper "C:\\papers\\x.pdf" is not read: it is a Windows drive path, not a path relative to the review. Give a path relative to the review that stays inside the review\'s folder or --paper-root.',
      ]);
    });

    it('a link leading out of the folder is refused; --paper-root widens the tree, and then its paper is checked', async () => {
      const sub = join(dir, 'linked');
      mkdirSync(sub, { recursive: true });
      symlinkSync(longPdf, join(sub, 'paper.pdf'));
      const review = join(sub, 'linked.review.md');
      writeFileSync(review, '---\npaper: paper.pdf\n---\nFigure 13 is not in the paper.\n');
      const refused = await run('check', review);
      assert.deepEqual(paperLines(refused.stdout), ['warning paper-outside-workspace The paper "paper.pdf" is not read: it is a symbolic link that leads out of the review\'s folder or --paper-root. Give a path relative to the review that stays inside the review\'s folder or --paper-root.']);
      const widened = await run('check', '--paper-root', '/', review);
      assert.deepEqual(paperLines(widened.stdout), []);
      assert.match(widened.stdout, /warning unknown-reference The paper has no Figure 13 \(it has 1–12\)/);
    });

    it('a FIFO as the paper does not block check', async () => {
      const sub = join(dir, 'fifo');
      mkdirSync(sub, { recursive: true });
      execFileSync('mkfifo', [join(sub, 'pipe.pdf')]);
      const review = join(sub, 'fifo.review.md');
      writeFileSync(review, '---\npaper: pipe.pdf\n---\n');
      const r = await runWithin(15_000, 'check', review);
      assert.equal(r.code, 0, `check did not finish on a FIFO (code ${r.code}) ${r.stderr}`);
      assert.deepEqual(paperLines(r.stdout), ['warning paper-not-found The paper "pipe.pdf" is not a regular file (a folder, pipe or device), so it is not read: fix the "paper:" path.']);
    });

    it('/dev/zero as the paper (inside a --paper-root of /) is not read', async () => {
      const review = file('zero.review.md', `---\npaper: ${relative(dir, '/dev/zero')}\n---\n`);
      const r = await runWithin(15_000, 'check', '--paper-root', '/', review);
      assert.equal(r.code, 0, `check did not finish on /dev/zero (code ${r.code}) ${r.stderr}`);
      assert.match(paperLines(r.stdout)[0] ?? '', /^warning paper-not-found The paper ".*dev\/zero" is not a regular file/);
    });

    it('a paper over --paper-max-mb is refused with its size', async () => {
      const sub = join(dir, 'large');
      mkdirSync(sub, { recursive: true });
      copyFileSync(longPdf, join(sub, 'long.pdf'));
      const review = join(sub, 'large.review.md');
      writeFileSync(review, '---\npaper: long.pdf\n---\n');
      // long.pdf is 134,411 bytes (ls -l): 131 KB; 0.05 MB is 51 KB.
      const r = await run('check', '--paper-max-mb', '0.05', review);
      assert.deepEqual(paperLines(r.stdout), ['warning paper-too-large The paper "long.pdf" is 131 KB, over the 51 KB limit, so it is not read (--paper-max-mb raises the limit).']);
      assert.equal((await run('check', '--paper-max-mb', 'lots', review)).code, 2);
    });
  });

  it('--json gives each reference its target in the paper, null when the paper lacks it, no target without a paper', async () => {
    // The paper beside the review: a path into the review's folder is all `paper:` may name.
    copyFileSync(fileURLToPath(new URL('../../../test/fixtures/papers/long.pdf', import.meta.url)), join(dir, 'target-paper.pdf'));
    const review = file('target.review.md', '---\npaper: target-paper.pdf\n---\nFigure 9 is clear, Figure 13 is not; Table 8 and Section 2.1 too.\n');
    type Ref = { kind: string; label: string; target?: { kind: string; label: string; page: number; rect: number[]; title: string; part?: string } | null };
    const refs: Ref[] = JSON.parse((await run('check', '--json', review)).stdout).references;
    // Pages from LaTeX's own labels for long.tex (test/fixtures/papers/long.truth.json); titles as long.tex's \caption and \subsection print them.
    assert.deepEqual(refs.map((r) => r.target && { ...r.target, rect: r.target.rect.length }), [
      { kind: 'figure', label: '9', page: 13, rect: 4, title: 'Measurements collected in study part 9 over all sites.' },
      null,
      { kind: 'table', label: '8', page: 12, rect: 4, title: 'Summary statistics of study part 8.' },
      { kind: 'section', label: '2.1', page: 2, rect: 4, title: 'Design of Part 2' },
    ]);
    assert.ok(refs.every((r) => !r.target || r.target.rect.every((n) => Number.isFinite(n))));
    const noPaper: Ref[] = JSON.parse((await run('check', '--json', '--no-paper', review)).stdout).references;
    const unnamed: Ref[] = JSON.parse((await run('check', '--json', file('unnamed.review.md', 'Figure 9 is clear.\n'))).stdout).references;
    assert.deepEqual([noPaper.map((r) => 'target' in r), unnamed.map((r) => 'target' in r)], [[false, false, false, false], [false]]);
  });

  it('checks quotes against the paper\'s text: found (across a line-end hyphen), on another page, or not in the paper', async () => {
    // revised-v1.pdf is drawn by test/fixtures/papers/build.mjs: page 1 prints "We propose a low-" / "resource speech
    // recog-" / "nition model …" on three lines; page 2 prints "Training" nowhere and "The model reaches 12.1% word error rate".
    copyFileSync(fileURLToPath(new URL('../../../test/fixtures/papers/revised-v1.pdf', import.meta.url)), join(dir, 'quoted-paper.pdf'));
    const review = file('quotes.review.md', '---\npaper: quoted-paper.pdf\n---\n## Summary\n\n' +
      '> "We propose a low-resource speech recognition model" (p. 1)\n\n' +
      '> "The model reaches 12.1% word error rate on the held-out speakers." (p. 1)\n\n' +
      '> "Our model needs no data at all." (p. 2)\n');
    const json = JSON.parse((await run('check', '--json', review)).stdout);
    assert.deepEqual(json.quotes.map((q: { cited: number; line: number; page: number | null }) => [q.line, q.cited, q.page]), [[6, 1, 1], [8, 1, 2], [10, 2, null]]);
    const quoteCodes = json.diagnostics.filter((d: { code: string }) => /quote/.test(d.code)).map((d: { code: string; line: number }) => [d.line, d.code]);
    assert.deepEqual(quoteCodes, [[8, 'quote-wrong-page'], [10, 'unverified-quote']]);
  });
});
