import * as assert from 'node:assert/strict';
import { analyzeReview, checkReview, resolvePaperPath, paperSizeRefusal } from '../../../src/core';

const refused = (reviewDir: string, paper: string) => {
  const r = resolvePaperPath(reviewDir, paper);
  assert.equal(r.ok, false, `${JSON.stringify(paper)} from ${JSON.stringify(reviewDir)} should be refused`);
  return r.ok ? '' : r.refusal.message;
};

describe('the paper path rule (paper: stays inside the workspace)', () => {
  it('resolves paths relative to the review inside the root', () => {
    assert.deepEqual(resolvePaperPath('', 'paper.pdf'), { ok: true, path: 'paper.pdf' });
    assert.deepEqual(resolvePaperPath('reviews/week1', 'paper.pdf'), { ok: true, path: 'reviews/week1/paper.pdf' });
    assert.deepEqual(resolvePaperPath('reviews/week1', '../papers/a.pdf'), { ok: true, path: 'reviews/papers/a.pdf' });
    assert.deepEqual(resolvePaperPath('reviews/week1', './../../b.pdf'), { ok: true, path: 'b.pdf' });
    assert.deepEqual(resolvePaperPath('reviews', 'papers\\c.pdf'), { ok: true, path: 'reviews/papers/c.pdf' });
  });

  it('refuses .. that climbs out of the root, in either separator', () => {
    assert.match(refused('', '../../../etc/passwd'), /"\.\.\/\.\.\/\.\.\/etc\/passwd" is not read: its "\.\." leads out of the workspace folder/);
    refused('reviews', '../../secret.pdf');
    refused('reviews', 'x/../../../secret.pdf');
    refused('reviews', '..\\..\\secret.pdf');
  });

  it('refuses absolute paths, Windows drive and UNC paths and URIs', () => {
    assert.match(refused('', '/etc/shadow'), /absolute path/);
    assert.match(refused('', 'C:\\papers\\x.pdf'), /Windows drive path/);
    assert.match(refused('', 'c:x.pdf'), /Windows drive path/);
    assert.match(refused('', '\\\\server\\share\\x.pdf'), /absolute path/);
    assert.match(refused('', 'file:///etc/passwd'), /URI/);
    assert.match(refused('', 'https://example.org/paper.pdf'), /URI/);
    assert.match(refused('', 'vscode-userdata:/x.pdf'), /URI/);
    refused('', '');
    refused('', 'a\0.pdf');
  });

  it('a refused paper is a paper-outside-workspace diagnostic on the front matter, instead of paper-not-found', () => {
    const analysis = analyzeReview('---\npaper: ../../../etc/passwd\n---\n# Summary\n');
    const r = resolvePaperPath('', '../../../etc/passwd');
    assert.ok(!r.ok);
    const found = checkReview(analysis, { paperExists: false, paperRefusal: r.refusal }).filter((d) => d.code.startsWith('paper-'));
    assert.deepEqual(found.map((d) => [d.code, d.severity, d.range]), [['paper-outside-workspace', 'warning', { start: 0, end: 34 }]]);
  });

  it('says how large the paper is and what raises the limit', () => {
    assert.match(paperSizeRefusal('p.pdf', 83_738, 0.05 * 1024 * 1024, 'x')!.message, /is 82 KB, over the 51 KB limit/);
    assert.equal(paperSizeRefusal('p.pdf', 256 * 1024 * 1024, 256 * 1024 * 1024, 'x'), undefined);
    assert.deepEqual(paperSizeRefusal('p.pdf', 300 * 1024 * 1024, 256 * 1024 * 1024, 'the paperReview.paper.maxSizeMB setting'), {
      code: 'paper-too-large',
      message: 'The paper "p.pdf" is 300 MB, over the 256 MB limit, so it is not read (the paperReview.paper.maxSizeMB setting raises the limit).',
    });
  });
});
