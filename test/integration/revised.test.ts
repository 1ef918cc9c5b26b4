// The authors upload a revised PDF while the review is open (issue #11 item 5): the review was written against
// revised/paper.pdf, a copy of test/fixtures/papers/revised-v1.pdf as is revised/paper-v1.pdf (its quote record
// carries v1's fingerprint, as Quote Selection wrote it), and the suite writes revised-v2.pdf (revised/paper-v2.pdf)
// over it. v2 inserts a figure, so v1's Figure 2, "Error rates for each speaker of the test set.", is Figure 3
// (test/fixtures/papers/build.mjs).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverShowing, until, workspaceFile } from './wait';

describe('a revised paper replaces the one the review was written against', function () {
  this.timeout(120_000);
  const review = workspaceFile('revised/revised.review.md');
  const paper = workspaceFile('revised/paper.pdf');
  const renumbered = () => vscode.languages.getDiagnostics(review).filter((d) => d.code === 'renumbered-reference');
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
  // The committed text of the review, and the first version from its own file (revised/paper-v1.pdf), so a run cut
  // off after writing v2 is undone by the next one rather than kept as "the original".
  let committedReview: Uint8Array | undefined;
  const restorePaper = async () => {
    const v1 = await vscode.workspace.fs.readFile(workspaceFile('revised/paper-v1.pdf'));
    if (!same(await vscode.workspace.fs.readFile(paper), v1)) await vscode.workspace.fs.writeFile(paper, v1);
  };

  before(async () => {
    await restorePaper();
    committedReview = await vscode.workspace.fs.readFile(review);
  });
  after(async () => {
    // Put the committed files back: the paper, and the review a host that saves on its own (code-server) has written.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(review));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (committedReview && !same(await vscode.workspace.fs.readFile(review), committedReview)) await vscode.workspace.fs.writeFile(review, committedReview);
    await restorePaper();
  });

  it('against the version it was written for, Figure 2 is the error rates and nothing is renumbered', async () => {
    const document = await vscode.workspace.openTextDocument(review);
    await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('Figure 2 shows'));
    await hoverShowing(review, () => new vscode.Position(line, 2), /Error rates for each speaker/, 'Figure 2');
    assert.deepStrictEqual(renumbered(), []);
  });

  it('once the revised PDF is saved over it, "Figure 2" is flagged as now Figure 3, and the fix updates it', async () => {
    await vscode.workspace.fs.writeFile(paper, await vscode.workspace.fs.readFile(workspaceFile('revised/paper-v2.pdf')));
    const [flagged] = await until(() => `a renumbered-reference diagnostic (now: ${vscode.languages.getDiagnostics(review).map((d) => d.code).join(', ')})`,
      () => (renumbered().length ? renumbered() : undefined));
    assert.strictEqual(flagged!.message, 'Figure 2 is now Figure 3 in the revised paper ("Error rates for each speaker of the test set."): update the reference.');
    const document = await vscode.workspace.openTextDocument(review);
    // The squiggle sits on the number, which the fix replaces.
    assert.strictEqual(document.getText(flagged!.range), '2');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', review, flagged!.range);
    const update = actions.find((a) => a.title === 'Update the reference to the revised numbering');
    assert.ok(update?.edit, `the update fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(update.edit));
    assert.ok(document.getText().includes('\nFigure 3 shows the error rates by speaker.\n'), document.getText());
    // The fix moves the quote's record to the revised version, so the review now reads against it.
    assert.ok(!document.getText().includes('872418ca872d4f97af6a3ab250900d05'), 'the record no longer names v1');
    await until(() => 'the renumbered reference to be gone', () => (renumbered().length === 0 ? true : undefined));
  });
});
