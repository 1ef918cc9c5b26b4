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
    // other.pdf prints "Page 1" as its largest line at the top of page 1: that is its title as the page shows it.
    assert.ok(text.startsWith('---\ntemplate: course\npaper: other.pdf\ntitle: Page 1\n---\n\n## 1. Video Link\n'), text.slice(0, 200));
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

  it('for an ICLR submission: offers the ICLR form first and writes the title printed on page 1', async () => {
    // Drawn by test/fixtures/workspace/newReview/build.mjs: "Under review as a conference paper at ICLR 2026" above a
    // two-line title, and "Microsoft Word - submission.docx" as its Info /Title.
    const iclr = workspaceFile('newReview/iclr-submission.pdf');
    const iclrReview = workspaceFile('newReview/iclr-submission.review.md');
    try {
      let settled = false;
      const run = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>('paperReview.newReview', iclr)).finally(() => { settled = true; });
      // The form picker opens once the first page is read; accepting its first item picks the suggested form.
      await until('the form picker to be answered', async () => {
        if (settled) return true;
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await new Promise((r) => setTimeout(r, 300));
        return settled ? true : undefined;
      }, 60_000);
      assert.strictEqual((await run)?.toString(), iclrReview.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(iclrReview));
      assert.ok(text.startsWith('---\ntemplate: iclr-2025\npaper: iclr-submission.pdf\ntitle: Sparse Mixtures of Tiny Experts for Long-Context Retrieval\n---\n\n'), text.slice(0, 300));
    } finally {
      await vscode.workspace.fs.delete(iclrReview).then(undefined, () => undefined);
    }
  });
});
