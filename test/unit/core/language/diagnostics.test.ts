import * as assert from 'node:assert/strict';
import { configurationFromSettings, createReviewLanguageService, type IReviewLanguageService } from '../../../../src/core/language';
import { InMemoryWorkspace, review, truthIndexer } from './inMemoryWorkspace';

const codes = async (service: IReviewLanguageService, text: string, path?: string) => {
  const result = (await service.computeDiagnostics(review(text, path)))!;
  return result.diagnostics.map((d) => `${d.code} ${text.slice(d.range.start, d.range.end)}`);
};

describe('language service: diagnostics, the one check pipeline', () => {
  const iclr = '---\ntemplate: iclr-2025\npaper: paper.pdf\n---\n';

  it('checks references against the paper the front matter names, each reference squiggled whole, in the order of the text', async () => {
    const indexer = truthIndexer();
    const service = createReviewLanguageService({ workspace: new InMemoryWorkspace({ 'paper.pdf': 'long' }), getAnchorIndex: indexer.getAnchorIndex });
    const text = `${iclr}## Summary\nFigure 13 is new to me, Table 2 is fine, and see p. 40.\n## Rating\n7\n`;
    const result = (await service.computeDiagnostics(review(text)))!;
    // long.tex has 12 figures and 17 pages (long.truth.json); ICLR's rating scale is 1, 3, 5, 6, 8, 10.
    assert.deepEqual(result.diagnostics.map((d) => [d.code, text.slice(d.range.start, d.range.end)]), [
      ['missing-section', '---'], ['missing-section', '---'], ['missing-section', '---'], ['missing-section', '---'], ['missing-section', '---'],
      ['missing-section', '---'], ['missing-section', '---'], ['missing-section', '---'],
      ['short-section', 'Summary'],
      ['unknown-reference', 'Figure 13'],
      ['unknown-reference', 'p. 40'],
      ['score-out-of-scale', '7'],
    ]);
    assert.equal(result.diagnostics.find((d) => d.code === 'unknown-reference')!.message, 'The paper has no Figure 13 (it has 1–12): check the number.');
    assert.equal(result.paper?.uri, 'memfs:/w/paper.pdf');
    // A second check of the same paper does not index it again.
    await service.computeDiagnostics(review(text.replace('13', '14'), 'r.review.md', 2));
    assert.deepEqual(indexer.calls, ['memfs:/w/paper.pdf']);
  });

  it('a text that is no review gets not-a-review and nothing else', async () => {
    const service = createReviewLanguageService({ workspace: new InMemoryWorkspace() });
    const result = (await service.computeDiagnostics(review('%PDF-1.7\n\u0000\u0001\u0002')))!;
    assert.equal(result.inputProblem, 'looks like a binary file, not text: check that this is the review, not the paper');
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.severity, d.message]), [
      ['not-a-review', 'warning', 'Paper Review does not check this file: it looks like a binary file, not text: check that this is the review, not the paper.'],
    ]);
  });

  it('the paper access rule: outside the root, a link leading out, not a file, too large, missing', async () => {
    const workspace = new InMemoryWorkspace({ 'sub/link.pdf': 'long', 'pipe.pdf': 'fifo', 'big.pdf': 'x'.repeat(2048) });
    workspace.linksOut.add('memfs:/w/sub/link.pdf');
    const service = createReviewLanguageService({ workspace, configuration: { maxPaperBytes: 1024 } });
    let n = 0;
    const paperLines = async (paper: string) => (await service.computeDiagnostics(review(`---\npaper: ${paper}\n---\n`, `d${n++}/x.review.md`)))!
      .diagnostics.filter((d) => d.code.startsWith('paper-')).map((d) => `${d.code}: ${d.message}`);
    assert.deepEqual(await paperLines('../../up.pdf'), ['paper-outside-workspace: The paper "../../up.pdf" is not read: its ".." leads out of the workspace folder. Give a path relative to the review that stays inside the workspace folder.']);
    assert.deepEqual(await paperLines('../sub/link.pdf'), ['paper-outside-workspace: The paper "../sub/link.pdf" is not read: it is a symbolic link that leads out of the workspace folder. Give a path relative to the review that stays inside the workspace folder.']);
    assert.deepEqual(await paperLines('../pipe.pdf'), ['paper-not-found: The paper "../pipe.pdf" is not a regular file (a folder, pipe or device), so it is not read: fix the "paper:" path.']);
    assert.deepEqual(await paperLines('../big.pdf'), ['paper-too-large: The paper "../big.pdf" is 2 KB, over the 1 KB limit, so it is not read (the paperReview.paper.maxSizeMB setting raises the limit).']);
    assert.deepEqual(await paperLines('../none.pdf'), ['paper-not-found: The paper "../none.pdf" was not found: fix the "paper:" path (it is relative to the review).']);
    assert.deepEqual(workspace.reads, []);
  });

  it('without a way to index papers, the paper is checked for existence but never read', async () => {
    const workspace = new InMemoryWorkspace({ 'paper.pdf': 'long' });
    const service = createReviewLanguageService({ workspace });
    assert.deepEqual((await codes(service, `${iclr}Figure 13.\n`)).filter((c) => !c.startsWith('missing-section')), []);
    assert.deepEqual(workspace.reads, []);
  });

  it('settings: severities turn a check off; a forced template is the only one offered; custom templates replace built-in ones', async () => {
    const service = createReviewLanguageService({
      workspace: new InMemoryWorkspace(),
      customTemplates: [{ id: 'course', name: 'Lab', sections: [{ id: 'gist', title: 'Gist', required: true, minWords: 3, prompt: 'The gist.' }] }],
      configuration: { severities: { 'short-section': 'off' } },
    });
    assert.deepEqual(service.templates.filter((t) => t.id === 'course').map((t) => t.name), ['Lab']);
    assert.deepEqual(await codes(service, '## Gist\nshort\n'), []);
    service.updateConfiguration({ forcedTemplate: 'neurips-2025', severities: {} });
    const result = (await service.computeDiagnostics(review('## Gist\nshort\n', 'r.review.md', 2)))!;
    assert.equal(result.analysis.template.id, 'neurips-2025');
  });

  it('finds the paper beside a review without paper: (same base name), unless told not to', async () => {
    const indexer = truthIndexer();
    const workspace = new InMemoryWorkspace({ 'r.pdf': 'long', 'other.pdf': 'ieee' });
    const service = createReviewLanguageService({ workspace, getAnchorIndex: indexer.getAnchorIndex });
    assert.equal((await service.getPaper(review('Figure 1')))?.uri, 'memfs:/w/r.pdf');
    service.updateConfiguration({ findPaperBesideReview: false });
    assert.equal(await service.getPaper(review('Figure 1', 'r.review.md', 2)), undefined);
  });
});

describe('language service: settings as an editor sends them', () => {
  it('keeps what is valid and drops the rest, without throwing', () => {
    assert.deepEqual(configurationFromSettings({
      defaultTemplate: 'iclr-2025', severity: { 'section-order': 'off', placeholder: 'loud', 'no-such-check': 'error' }, minWords: { summary: 80, strengths: -1, weaknesses: 'many' }, maxSizeMB: 2,
    }), { defaultTemplate: 'iclr-2025', severities: { 'section-order': 'off' }, minWords: { summary: 80 }, maxPaperBytes: 2 * 1024 * 1024 });
    assert.deepEqual(configurationFromSettings({ severity: 'off', minWords: [], maxSizeMB: -3 }), { severities: {}, minWords: {} });
  });
});
