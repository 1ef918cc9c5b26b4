import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The built tool, as a user runs it (npm test builds first).
const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'paper-review-export-'));
const file = (name: string, content: string) => { const p = join(dir, name); writeFileSync(p, content); return p; };

describe('paper-review export', function () {
  this.timeout(60_000);
  before(() => assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`));

  const arr = file('arr.review.md', [
    '---', 'template: acl-arr', '---',
    '## Paper summary', '', 'Parses $\\{x_i\\}$ fast.', '',
    '## Summary of strengths', '', 'Clear.', '',
    '## Summary of weaknesses', '', 'Small.', '',
    '## Comments, suggestions and typos', '', 'None.', '',
    '## Soundness', '', '4.5', '',
    '## Excitement', '', '3', '',
    '## Overall assessment', '', '3.5', '',
    '## Reviewer confidence', '', '',
  ].join('\n'));

  it('--format openreview prints the API v2 note content; an unanswered score is left out, named on stderr, exit 1', async () => {
    const r = await run('export', arr, '--format', 'openreview');
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      paper_summary: { value: 'Parses $\\\\{x\\_i\\\\}$ fast.' },
      summary_of_strengths: { value: 'Clear.' },
      summary_of_weaknesses: { value: 'Small.' },
      comments_suggestions_and_typos: { value: 'None.' },
      soundness: { value: 4.5 },
      excitement: { value: 3 },
      overall_assessment: { value: 3.5 },
    });
    assert.match(r.stderr, /"Reviewer confidence" \(confidence\): no score chosen; not exported\./);
    assert.match(r.stderr, /1 formula escaped for OpenReview's Markdown/);
  });

  it('--format text: each field\'s label, then the answer; a complete review exits 0', async () => {
    const done = file('done.review.md', '---\ntemplate: icml-2025\n---\n## Summary\nS.\n## Claims and evidence\nC.\n## Methods and evaluation criteria\nM.\n'
      + '## Theoretical claims\nT.\n## Experimental designs or analyses\nE.\n## Relation to broader scientific literature\nL.\n'
      + '## Essential references not discussed\nR.\n## Other strengths and weaknesses\nO.\n## Questions for authors\nQ?\n## Overall recommendation\n3\n');
    const r = await run('export', done, '--format', 'text');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Summary:\nS.\n\nClaims And Evidence:\nC.\n\nMethods And Evaluation Criteria:\nM.\n\nTheoretical Claims:\nT.\n\n'
      + 'Experimental Designs Or Analyses:\nE.\n\nRelation To Broader Scientific Literature:\nL.\n\nEssential References Not Discussed:\nR.\n\n'
      + 'Other Strengths And Weaknesses:\nO.\n\nQuestions For Authors:\nQ?\n\nOverall Recommendation:\n3: Weak accept\n');
    assert.equal(r.stderr, `paper-review export: ${done}: Also on ICML 2025's form, with no section in this review: code_of_conduct.\n`);
  });

  it('a venue not on OpenReview has no openreview format: exit 2 with the reason', async () => {
    const cmt = file('n20.review.md', '---\ntemplate: neurips-2020\n---\n## Strengths\nS.\n');
    const r = await run('export', cmt, '--format', 'openreview');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /NeurIPS 2020 has no OpenReview form this tool knows the field names of; use --format text or markdown/);
  });

  it('usage errors exit 2', async () => {
    assert.equal((await run('export')).code, 2);
    assert.equal((await run('export', arr, '--format', 'pdf')).code, 2);
    assert.equal((await run('export', join(dir, 'nope.review.md'))).code, 2);
  });
});
