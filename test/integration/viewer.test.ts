// The PDF viewer inside real workbenches (web-worker and Node extension hosts): the custom editor shows a PDF,
// "Open Paper Beside" puts the review's paper in the second column, and revealInPaper reaches the webview.
import * as assert from 'assert';
import * as vscode from 'vscode';

const viewType = 'paperReview.pdfViewer';

type Rect = readonly [number, number, number, number];
interface ViewerState {
  readonly pageCount: number;
  readonly renderedPages: readonly number[];
  readonly position: { readonly page: number };
  readonly lastReveal?: number;
  readonly revealed?: { readonly page: number; readonly region: Rect; readonly visible?: Rect };
  readonly paperMap?: { readonly entries: number; readonly noted: readonly { readonly name: string; readonly notes: number }[] };
  readonly error?: string;
}
const inside = (inner: Rect, outer: Rect) =>
  outer[0] <= inner[0] + 0.5 && outer[1] <= inner[1] + 0.5 && outer[2] >= inner[2] - 0.5 && outer[3] >= inner[3] - 0.5;

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

  it('"Show in Paper" on a figure leaves the whole figure, not just its caption, in view', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('anchoring/study.review.md'));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const at = document.positionAt(document.getText().indexOf('Figure 1') + 3);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('paperReview.showInPaper');
    // long.pdf (test/fixtures/papers/src/long.tex): Figure 1 is at the top of page 1's right column, an \fbox of
    // 0.9\columnwidth × 1.2in (86.4pt, plus its 6.8pt frame) above a one-line caption.
    const state = await viewerStateUntil(workspaceFile('anchors/long.pdf'), (s) => s.revealed?.page === 1 && s.revealed.visible !== undefined,
      'the viewer reports the revealed figure and what of its page is visible');
    const { region, visible } = state.revealed!;
    assert.ok(region[3] - region[1] > 93, `the region ${region.join(', ')} is the figure and its caption`);
    assert.ok(region[0] >= 300, 'in the right column');
    assert.ok(inside(region, visible!), `the figure ${region.join(', ')} is inside the visible area ${visible!.join(', ')}`);
  });

  it('the paper map lists the anchors with the review\'s note counts; a badge\'s note shows the line in the review', async () => {
    // study.review.md refers to Figure 1 and Table 2 of long.pdf (12 figures, 12 tables, sections, equations), and to a
    // Figure 99 the paper does not have, which is no one's note.
    const document = await vscode.workspace.openTextDocument(workspaceFile('anchoring/study.review.md'));
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('paperReview.openPaperBeside');
    const paper = workspaceFile('anchors/long.pdf');
    const state = await viewerStateUntil(paper, (s) => (s.paperMap?.noted.length ?? 0) >= 2, 'the paper map with the review\'s notes');
    assert.deepStrictEqual(state.paperMap!.noted, [{ name: 'Figure 1', notes: 1 }, { name: 'Table 2', notes: 1 }]);
    assert.ok(state.paperMap!.entries >= 24, `every figure and table is listed (${state.paperMap!.entries} entries)`);

    // Editing the review updates the map (debounced): a second note on Figure 1. The edit is undone at the end.
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document)!;
    const original = document.getText();
    await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, '\n\nFigure 1 needs error bars.\n'));
    try {
      await viewerStateUntil(paper, (s) => s.paperMap?.noted[0]?.notes === 2, 'the map counts the new note');

      // Figure 1's badge beside its caption on page 1, then its first note: the review shows that line, with the cursor on the reference.
      await vscode.commands.executeCommand('paperReview.revealInPaper', paper, 1);
      let pressed = false;
      for (let i = 0; i < 50 && !pressed; i++) {
        pressed = await vscode.commands.executeCommand<boolean>('paperReview.test.viewerPress', paper, '.page[data-page-number="1"] .pr-badge');
        if (!pressed) await new Promise((ok) => setTimeout(ok, 200));
      }
      assert.ok(pressed, 'Figure 1 has a badge on page 1');
      assert.ok(await vscode.commands.executeCommand<boolean>('paperReview.test.viewerPress', paper, '.pr-notesPopup .note'), 'the badge lists the notes');
      const expected = document.positionAt(document.getText().indexOf('Figure 1'));
      for (let i = 0; i < 50 && !(vscode.window.activeTextEditor?.document === document && vscode.window.activeTextEditor.selection.active.isEqual(expected)); i++) {
        await new Promise((ok) => setTimeout(ok, 100));
      }
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString(), 'the review is the active editor');
      assert.deepStrictEqual(vscode.window.activeTextEditor.selection.active, expected, 'the cursor is on the note\'s reference');
    } finally {
      const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, all, original);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    }
  });

  it('following the cursor: moving onto a reference shows it in the open viewer, and the review keeps the focus', async () => {
    const settings = vscode.workspace.getConfiguration('paperReview.viewer');
    await settings.update('followCursor', true, vscode.ConfigurationTarget.Global);
    try {
      const document = await vscode.workspace.openTextDocument(workspaceFile('anchoring/study.review.md'));
      const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('paperReview.openPaperBeside');
      const paper = workspaceFile('anchors/long.pdf');
      await viewerStateUntil(paper, (s) => s.renderedPages.length > 0, 'the paper rendered');
      // Table 2 of long.pdf is at the top of page 3 (test/fixtures/papers/src/long.tex).
      const at = document.positionAt(document.getText().indexOf('Table 2') + 3);
      editor.selection = new vscode.Selection(at, at);
      const state = await viewerStateUntil(paper, (s) => s.revealed?.page === 3 && s.lastReveal === 3, 'the viewer shows Table 2 on page 3');
      assert.ok(state.revealed!.visible, 'page 3 is in view');
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString(), 'the review keeps the focus');
    } finally {
      await settings.update('followCursor', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
