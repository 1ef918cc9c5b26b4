// New Review from a PDF, in both extension hosts: it creates <paper>.review.md beside the paper with front matter
// naming the form and the paper, writes the chosen form's sections with no answer filled in, and opens the paper beside.
import * as assert from 'assert';
import * as vscode from 'vscode';

function workspaceFile(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite runs with test/fixtures/workspace open');
  return vscode.Uri.joinPath(folder.uri, path);
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('New Review', function () {
  this.timeout(90_000);
  const paper = workspaceFile('viewer/other.pdf');
  const review = workspaceFile('viewer/other.review.md');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(review).then(undefined, () => undefined);
  });

  it('for a PDF: creates the review beside it with front matter and the form, and opens the paper beside', async () => {
    // The course form named, as a script would: the picker's order depends on the user's own forms.
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('paperReview.newReview', paper, 'course');
    assert.strictEqual(created?.toString(), review.toString());

    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(review));
    assert.ok(text.startsWith('---\ntemplate: course\npaper: other.pdf\n---\n\n## 1. Video Link\n'), text.slice(0, 200));
    assert.match(text, /## 13\. Additional Information\n/);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), review.toString());

    const paperTab = await until('the paper open in the viewer in another column', () => vscode.window.tabGroups.all
      .filter((g) => g.viewColumn !== vscode.window.activeTextEditor?.viewColumn)
      .flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputCustom && t.input.uri.toString() === paper.toString()));
    assert.ok(paperTab);
  });

  it('for a paper that has a review already: opens it and changes nothing', async () => {
    const before = await vscode.workspace.fs.readFile(review);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('paperReview.newReview', paper);
    assert.strictEqual(opened?.toString(), review.toString());
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), review.toString());
    assert.deepStrictEqual(await vscode.workspace.fs.readFile(review), before);
  });
});
