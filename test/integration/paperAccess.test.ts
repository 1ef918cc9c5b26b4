// The review's `paper:` is a path into the workspace and nothing else (both extension hosts): a paper outside the
// workspace folder, or a link leading out of it where the host can follow links, is not read, not opened and not
// indexed; the review says why. A paper over paperReview.paper.maxSizeMB is refused with its size.
import * as assert from 'assert';
import * as vscode from 'vscode';

const folder = () => {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the integration suite runs with test/fixtures/workspace open');
  return f.uri;
};
const workspaceFile = (path: string) => vscode.Uri.joinPath(folder(), path);

async function until<T>(what: () => string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const paperDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => String(d.code).startsWith('paper-'));
const described = (uri: vscode.Uri) => () => `a paper diagnostic on ${uri.path} (now: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => [d.code, d.message]))})`;
const pdfTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
  .filter((t) => t.input instanceof vscode.TabInputCustom && t.input.viewType === 'paperReview.pdfViewer');

async function hoverText(uri: vscode.Uri, needle: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(document.getText().indexOf(needle) + 2));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe("the review's paper stays inside the workspace", function () {
  this.timeout(90_000);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a paper: that climbs out of the workspace folder is reported, not opened, not indexed', async () => {
    const review = workspaceFile('paperAccess/outside.review.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(review));
    const diagnostic = await until(described(review), () => paperDiagnostics(review)[0]);
    assert.strictEqual(diagnostic.code, 'paper-outside-workspace');
    assert.strictEqual(diagnostic.message, 'The paper "../../papers/conf2col.pdf" is not read: its ".." leads out of the workspace folder. '
      + 'Give a path relative to the review that stays inside the workspace folder.');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    // Open Paper Beside neither opens that file nor falls back to another PDF in the folder (linked.pdf is there).
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('paperReview.openPaperBeside', review);
    assert.strictEqual(opened, undefined);
    assert.deepStrictEqual(pdfTabs().map((t) => t.label), []);
    // Background anchoring does not index it either: hovering "Figure 1" finds no caption.
    assert.strictEqual(await hoverText(review, 'Figure 1'), '');
  });

  it('a PDF that is a link leading out of the workspace is refused where the host can follow links', async () => {
    const review = workspaceFile('paperAccess/linked.review.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(review));
    if (folder().scheme === 'file') {
      const diagnostic = await until(described(review), () => paperDiagnostics(review)[0]);
      assert.strictEqual(diagnostic.code, 'paper-outside-workspace');
      assert.match(diagnostic.message, /^The paper "linked.pdf" is not read: it is a symbolic link that leads out of the workspace folder\./);
      assert.strictEqual(await vscode.commands.executeCommand('paperReview.openPaperBeside', review), undefined);
      assert.strictEqual(await hoverText(review, 'Figure 1'), '');
    } else {
      // The test workbench's file system (@vscode/test-web's mount) does not list links at all (its server reports them
      // as neither file nor folder), so there the link is simply not found, and not read either.
      const codes = await until(() => `the checks of ${review.path}`, () => {
        const all = vscode.languages.getDiagnostics(review).map((d) => String(d.code));
        return all.includes('missing-section') ? all : undefined;
      });
      assert.deepStrictEqual(codes.filter((c) => c.startsWith('paper-')), ['paper-not-found']);
    }
  });

  it('a paper in a sibling folder inside the workspace is read', async () => {
    const review = workspaceFile('paperAccess/sibling.review.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(review));
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('paperReview.openPaperBeside', review);
    assert.strictEqual(opened?.toString(), workspaceFile('viewer/paper.pdf').toString());
    assert.deepStrictEqual(paperDiagnostics(review).map((d) => d.code), []);
  });

  it('a paper over paperReview.paper.maxSizeMB is refused, saying its size and the limit', async () => {
    const config = vscode.workspace.getConfiguration('paperReview');
    await config.update('paper.maxSizeMB', 0.05, vscode.ConfigurationTarget.Global);
    try {
      const review = workspaceFile('paperAccess/sibling.review.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(review));
      // viewer/paper.pdf is 83,738 bytes (ls -l): 82 KB; 0.05 MB is 51 KB.
      const diagnostic = await until(described(review), () => paperDiagnostics(review).find((d) => d.code === 'paper-too-large'));
      assert.strictEqual(diagnostic.message, 'The paper "../viewer/paper.pdf" is 82 KB, over the 51 KB limit, so it is not read (the paperReview.paper.maxSizeMB setting raises the limit).');
      assert.strictEqual(await vscode.commands.executeCommand('paperReview.openPaperBeside', review), undefined);
    } finally {
      await config.update('paper.maxSizeMB', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
