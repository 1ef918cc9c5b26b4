// A real paper's lettered appendix (issue #8): the NeurIPS 2023 paper of test/corpus/papers/
// neurips2023-d-separation-causal-self-explanation (copied as test/fixtures/workspace/appendix/paper.pdf). Its truth
// file lists "B Proofs" on page 17 and "B.5 Proof of Lemma 1" on page 18; the titles and pages below are written
// from it by hand. A review that writes `Appendix B` and `Section B.5` gets hovers with those titles, links that
// open the viewer at those pages (Ctrl+click / F12 run "Show in Paper"), and no unknown-reference.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverShowing, until, workspaceFile } from './wait';


describe('a review of a real paper with a lettered appendix', function () {
  this.timeout(120_000);
  const review = workspaceFile('appendix/appendix.review.md');
  const paper = workspaceFile('appendix/paper.pdf');
  let document: vscode.TextDocument;
  const at = (needle: string, delta = 0) => document.positionAt(document.getText().indexOf(needle) + delta);
  const hoverAt = (needle: string, title: RegExp) => hoverShowing(review, () => at(needle, 2), title, needle);

  before(async () => {
    document = await vscode.workspace.openTextDocument(review);
    await vscode.window.showTextDocument(document);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hovering "Appendix B" shows the appendix\'s title and page', async () => {
    const text = await hoverAt('Appendix B', /Proofs/);
    assert.match(text, /page 17\b/);
  });

  it('hovering "Section B.5" shows its whole title and page', async () => {
    const text = await hoverAt('Section B.5', /Proof of Lemma 1/);
    assert.match(text, /page 18\b/);
  });

  it('the appendix references are links, and none is reported unknown', async () => {
    await hoverAt('Appendix B', /Proofs/);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', review);
    const linked = links.map((l) => document.getText(l.range));
    for (const reference of ['Appendix B', 'Section B.5', 'Appendix A.4']) assert.ok(linked.includes(reference), `${reference} in ${linked.join(', ')}`);
    assert.ok(links.every((l) => l.target?.scheme === 'command'));
    // Diagnostics are published after the index arrives: wait for the review's own ones, then look for references.
    await until(() => 'the review\'s diagnostics', () => (vscode.languages.getDiagnostics(review).some((d) => d.code === 'missing-section') ? true : undefined));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(review).filter((d) => d.code === 'unknown-reference').map((d) => d.message), []);
  });

  // The viewer's own position is the page at the top of its view, which cannot be the last page (18) when the view
  // is taller than what follows: the revealed page is what the viewer says it revealed, and has drawn.
  for (const [needle, page] of [['Appendix B', 17], ['Section B.5', 18]] as const) {
    it(`"Show in Paper" on "${needle}" reveals page ${page} in the viewer`, async () => {
      const editor = await vscode.window.showTextDocument(document);
      editor.selection = new vscode.Selection(at(needle, 3), at(needle, 3));
      await vscode.commands.executeCommand('paperReview.showInPaper');
      const state = await until(() => `the viewer to reveal and draw page ${page}`, async () => {
        const s = await vscode.commands.executeCommand<{ lastReveal?: number; renderedPages: readonly number[] } | undefined>('paperReview.test.viewerState', paper);
        return s?.lastReveal === page && s.renderedPages.includes(page) ? s : undefined;
      });
      assert.strictEqual(state.lastReveal, page);
    });
  }
});
