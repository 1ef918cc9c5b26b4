// The PDF viewer inside real workbenches (web-worker and Node extension hosts): the custom editor shows a PDF,
// "Open Paper Beside" puts the review's paper in the second column, and revealInPaper reaches the webview.
import * as assert from 'assert';
import * as vscode from 'vscode';

const viewType = 'paperReview.pdfViewer';

interface ViewerState {
  readonly pageCount: number;
  readonly renderedPages: readonly number[];
  readonly position: { readonly page: number };
  readonly lastReveal?: number;
  readonly error?: string;
}

function workspaceFile(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite runs with test/fixtures/workspace open');
  return vscode.Uri.joinPath(folder.uri, path);
}

/** Asks the viewer for its state (through the host's internal test command) until `done` holds. */
async function viewerStateUntil(uri: vscode.Uri, done: (s: ViewerState) => boolean, what: string): Promise<ViewerState> {
  let last: ViewerState | undefined;
  for (let i = 0; i < 150; i++) {
    last = await vscode.commands.executeCommand<ViewerState | undefined>('paperReview.test.viewerState', uri);
    if (last && done(last)) return last;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  assert.fail(`${what}; last viewer state: ${JSON.stringify(last)}`);
}

function customTabs(uri: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) =>
    t.input instanceof vscode.TabInputCustom && t.input.viewType === viewType && t.input.uri.toString() === uri.toString());
}

describe('PDF viewer', function () {
  this.timeout(60000);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens PDFs in the Paper Review viewer by default and renders them', async () => {
    const paper = workspaceFile('viewer/paper.pdf');
    await vscode.commands.executeCommand('vscode.open', paper);
    assert.strictEqual(customTabs(paper).length, 1, 'the PDF opened in the paperReview.pdfViewer custom editor');
    const state = await viewerStateUntil(paper, (s) => s.pageCount === 50 && s.renderedPages.includes(1), 'page 1 of 50 rendered');
    assert.strictEqual(state.error, undefined);
  });

  it('"Open Paper Beside" opens the review\'s paper in the second column', async () => {
    const review = await vscode.workspace.openTextDocument(workspaceFile('viewer/mine.review.md'));
    await vscode.window.showTextDocument(review, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('paperReview.openPaperBeside');
    const paper = workspaceFile('viewer/paper.pdf'); // named by the front matter, though other.pdf is in the folder too
    const tabs = customTabs(paper);
    assert.strictEqual(tabs.length, 1, 'the paper is open in the viewer');
    assert.strictEqual(tabs[0].group.viewColumn, vscode.ViewColumn.Two);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), review.uri.toString(), 'the review keeps the focus');
    await viewerStateUntil(paper, (s) => s.renderedPages.length > 0, 'the paper rendered');
  });

  it('revealInPaper reaches the webview, which reports the revealed page', async () => {
    const paper = workspaceFile('viewer/paper.pdf');
    const review = await vscode.workspace.openTextDocument(workspaceFile('viewer/mine.review.md'));
    await vscode.window.showTextDocument(review, vscode.ViewColumn.One);
    // Not open yet: revealInPaper opens it beside the review first.
    const delivered = await vscode.commands.executeCommand<boolean>('paperReview.revealInPaper', paper, 31, [72, 400, 372, 600]);
    assert.strictEqual(delivered, true);
    await viewerStateUntil(paper, (s) => s.lastReveal === 31 && s.position.page === 31, 'the viewer reports the reveal and shows page 31');
    assert.strictEqual(customTabs(paper)[0]?.group.viewColumn, vscode.ViewColumn.Two);
  });
});
