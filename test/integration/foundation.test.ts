// The foundation, as seen from inside a real workbench (web-worker and Node extension hosts run this same file):
// the language mode, its TextMate grammar, the section snippets and the declared commands.
import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'paper-review.paper-review';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite runs with test/fixtures/workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('foundation', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens *.review.md files in the Paper Review language mode', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('foundation.review.md'));
    assert.strictEqual(document.languageId, 'paper-review');
  });

  it('has a TextMate tokenizer for review files (the grammar is registered and loads)', async () => {
    // The workbench command throws unless a tokenizer exists for the document's language.
    const result = await vscode.commands.executeCommand<{ tokenizeTime: number }>(
      '_workbench.colorizeTextMateTokens', workspaceFile('foundation.review.md'));
    assert.strictEqual(typeof result?.tokenizeTime, 'number');
  });

  it('expands a section snippet into the heading with its body as the first tab stop', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'paper-review', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'paper-review', name: 'Paper-reading course: Strengths' });
    assert.match(document.getText(), /^## 3\. Strengths\n\nDescribe the strengths of the work\./);
    // The cursor sits on the placeholder, selected, so typing replaces it.
    assert.match(document.getText(editor.selection), /^Describe the strengths of the work\./);
  });

  it('activates and registers every command its package.json declares', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is loaded as the development extension`);
    await extension.activate();
    const declared: string[] = (extension.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(declared.filter((c) => !registered.has(c)), [], 'declared but not registered');
  });
});
