// Only in the Restricted Mode run (test/runners/web.mjs runs this bundle with workspace trust on and the folder
// untrusted); the review, viewer, anchoring and paper-access suites run there too. This file makes sure the run
// really is untrusted, so those suites passing means the features work in Restricted Mode.
import * as assert from 'assert';
import * as vscode from 'vscode';

describe('Restricted Mode', () => {
  it('the workspace is not trusted, and Paper Review is active in it', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the runner must open the folder untrusted');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'viewer/mine.review.md')));
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('paperReview.openPaperBeside'), 'the extension registered its commands');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
