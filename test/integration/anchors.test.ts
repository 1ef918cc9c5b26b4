// The anchor index inside a real workbench (web-worker and Node extension hosts run this same file): the
// "Index Paper Anchors" command indexes a fixture paper in the workers, the second open comes from the cache, and a
// changed PDF is indexed again.
import * as assert from 'assert';
import * as vscode from 'vscode';

interface Lookup {
  readonly cached: boolean;
  readonly index: { readonly pages: number; readonly anchors: readonly { kind: string; label: string; page: number; rect: readonly number[]; title: string }[] };
}

function workspaceFile(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite runs with test/fixtures/workspace open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

const indexPaper = (uri: vscode.Uri) => vscode.commands.executeCommand<Lookup | undefined>('paperReview.indexPaper', uri);

describe('anchor index', () => {
  // A copy with a run-specific comment after %%EOF: its own hash, so nothing cached by an earlier run answers.
  const copy = workspaceFile('anchors', `run-${Date.now()}.pdf`);
  let original: Uint8Array;

  before(async () => {
    original = await vscode.workspace.fs.readFile(workspaceFile('anchors', 'long.pdf'));
    await vscode.workspace.fs.writeFile(copy, concat(original, `\n% ${copy.path}\n`));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.workspace.fs.delete(copy).then(undefined, () => undefined);
  });

  it('indexes a 17-page paper: its figures, tables and sections with their pages and captions', async function () {
    this.timeout(120_000);
    const result = await indexPaper(copy);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(result, 'the command returns the index');
    assert.strictEqual(result.cached, false);
    assert.strictEqual(result.index.pages, 17);
    const find = (kind: string, label: string) => result.index.anchors.find((a) => a.kind === kind && a.label === label);
    const figure9 = find('figure', '9');
    assert.ok(figure9, 'Figure 9 is found');
    assert.strictEqual(figure9.page, 13);
    assert.match(figure9.title, /^Measurements collected in study part 9/);
    assert.strictEqual(figure9.rect.length, 4);
    assert.strictEqual(find('table', '8')?.page, 12);
    assert.strictEqual(result.index.anchors.filter((a) => a.kind === 'page').length, 17);
  });

  it('answers a second open from the cache, and indexes the PDF again once it changed', async function () {
    this.timeout(120_000);
    const first = await indexPaper(copy);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(first);
    assert.strictEqual(first.cached, true);
    assert.strictEqual(first.index.anchors.find((a) => a.kind === 'figure' && a.label === '9')?.page, 13);

    await vscode.workspace.fs.writeFile(copy, concat(original, `\n% changed ${copy.path}\n`));
    const changed = await indexPaper(copy);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(changed);
    assert.strictEqual(changed.cached, false);
    assert.deepStrictEqual(changed.index.anchors, first.index.anchors);
  });

  it('says why a file that is not a PDF cannot be indexed, and returns nothing', async () => {
    const notPdf = workspaceFile('anchors', `not-a-pdf-${Date.now()}.pdf`);
    await vscode.workspace.fs.writeFile(notPdf, new TextEncoder().encode('Dear reviewer, this is a text file.'));
    try {
      assert.strictEqual(await indexPaper(notPdf), undefined);
    } finally {
      await vscode.workspace.fs.delete(notPdf);
    }
  });
});

function concat(data: Uint8Array, text: string): Uint8Array {
  const tail = new TextEncoder().encode(text);
  const out = new Uint8Array(data.length + tail.length);
  out.set(data);
  out.set(tail, data.length);
  return out;
}
