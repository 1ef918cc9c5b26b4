import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

/** Runs the tool, killing it after 15 s (then `code` is -1): these inputs used to hang it. */
function run(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 15_000 }, (err, _stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr }));
  });
}

describe('paper-review index on special files', function () {
  this.timeout(30_000);

  it('a FIFO is not a paper: exit 1 with the reason, without waiting for a writer', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'paper-review-fifo-')), 'paper.pdf');
    execFileSync('mkfifo', [fifo]);
    const r = await run('index', fifo);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr.trim(), `paper-review index: cannot read ${fifo}: not a regular file (a folder, pipe or device)`);
  });

  it('/dev/zero is not read to the end of memory', async () => {
    const r = await run('index', '/dev/zero');
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr.trim(), 'paper-review index: cannot read /dev/zero: not a regular file (a folder, pipe or device)');
  });
});
