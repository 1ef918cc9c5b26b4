// A review tied to its paper, in both extension hosts: references the paper lacks are reported, hovering a
// reference shows its caption, completion offers the paper's labels, references are links, and "Show in Paper"
// scrolls the viewer to the anchor.
import * as assert from 'assert';
import * as vscode from 'vscode';

function workspaceFile(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite runs with test/fixtures/workspace open');
  return vscode.Uri.joinPath(folder.uri, path);
}

async function until<T>(what: () => string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// As rendered: Markdown's escaped spaces read as spaces.
const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('a review and its paper', function () {
  this.timeout(120_000);
  const review = workspaceFile('anchoring/study.review.md');
  let document: vscode.TextDocument;
  const at = (needle: string, delta = 0) => document.positionAt(document.getText().indexOf(needle) + delta);

  before(async () => {
    document = await vscode.workspace.openTextDocument(review);
    await vscode.window.showTextDocument(document);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports a figure the paper does not have, saying which it has', async () => {
    const diagnostic = await until(() => `an unknown-reference diagnostic (now: ${vscode.languages.getDiagnostics(review).map((d) => d.code).join(', ')})`,
      () => vscode.languages.getDiagnostics(review).find((d) => d.code === 'unknown-reference'));
    assert.strictEqual(diagnostic.message, 'The paper has no Figure 99 (it has 1–12): check the number.');
    assert.strictEqual(document.getText(diagnostic.range), 'Figure 99');
  });

  it('hovering a reference shows its caption and page', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', review, at('Figure 1', 2));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Figure 1\*\* · page 1/);
    assert.match(text, /Measurements collected in study part 1/);
  });

  it('after "Table " completion offers the paper\'s tables with their captions', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', review, at('Could Table ', 'Could Table '.length));
    const tables = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
    assert.deepStrictEqual(tables.map(label), Array.from({ length: 12 }, (_, i) => String(i + 1)));
    const first = tables[0];
    assert.match(typeof first.label === 'string' ? '' : first.label.description ?? '', /Summary statistics of study part 1/);
  });

  it('each reference is a link to the paper', async () => {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', review);
    assert.deepStrictEqual(links.map((l) => document.getText(l.range)), ['Figure 1', 'Table 2', 'Figure 99']);
    assert.ok(links.every((l) => l.target?.scheme === 'command'));
  });

  it('"Show in Paper" opens the paper beside the review at the anchor\'s page', async () => {
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(at('Table 2', 6), at('Table 2', 6));
    await vscode.commands.executeCommand('paperReview.showInPaper');
    const paper = workspaceFile('anchors/long.pdf');
    const state = await until(() => 'the viewer to show page 3', async () => {
      const s = await vscode.commands.executeCommand<{ position: { page: number } } | undefined>('paperReview.test.viewerState', paper);
      return s?.position.page === 3 ? s : undefined;
    });
    assert.strictEqual(state.position.page, 3);
  });

  it('with the paper open, hovering a figure or table shows its picture above the caption; a missing one none', async () => {
    const picture = /!\[(Figure 1|Table 2)\]\(data:image\/png;base64,[A-Za-z0-9+/=]+\|width=\d+,height=\d+\)/;
    for (const [needle, caption] of [['Figure 1', /Measurements collected in study part 1/], ['Table 2', /Summary statistics of study part 2/]] as const) {
      const text = await until(() => `a picture in the hover of ${needle}`, async () => {
        const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', review, at(needle, 2)));
        return picture.test(t) ? t : undefined;
      });
      assert.match(text, caption);
      // The picture comes first, then the caption.
      assert.ok(text.search(picture) < text.search(caption), text.slice(0, 200));
    }
    const missing = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', review, at('Figure 99', 2)));
    assert.doesNotMatch(missing, /data:image/);
  });
});
