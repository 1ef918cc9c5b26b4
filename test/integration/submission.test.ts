// Getting the review out: the venue's length limit as a diagnostic and a count on each heading, and
// "Copy Section for Submission" putting the section on the clipboard as the venue's field takes it.
import * as assert from 'assert';
import * as vscode from 'vscode';

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const arrReview = (summary: string) => [
  '---', 'template: acl-arr', '---',
  '## Paper summary', '', summary, '',
  '## Summary of strengths', '', 'Clear writing.', '',
].join('\n');

async function openReview(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'paper-review', content });
  return vscode.window.showTextDocument(document);
}

describe('submission fields', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('field-too-long appears on a section over the venue\'s limit, and the heading\'s lens shows the count', async () => {
    const editor = await openReview(arrReview('a'.repeat(20_001)));
    const uri = editor.document.uri;
    const diagnostic = await until('field-too-long', () => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'field-too-long'));
    assert.strictEqual(diagnostic.message,
      'Section "Paper summary" has 20,001 characters; ACL Rolling Review\'s "Paper Summary" field takes at most 20,000: shorten it by 1.');
    assert.strictEqual(editor.document.lineAt(diagnostic.range.start.line).text, '## Paper summary');

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes('$(warning) 20,001 / 20,000'), titles.join(' | '));
    assert.ok(titles.includes('14 / 20,000'), titles.join(' | '));

    // Shortened to the limit, the diagnostic goes.
    await editor.edit((b) => b.delete(new vscode.Range(5, 0, 5, 1)));
    await until('the field-too-long diagnostic to go', () => (vscode.languages.getDiagnostics(uri).some((d) => d.code === 'field-too-long') ? undefined : true));
  });

  it('Copy Section for Submission puts the section at the cursor on the clipboard as OpenReview takes it', async () => {
    const editor = await openReview(arrReview('We bound $\\{x_i\\}$ by\n$\\alpha * \\beta$.'));
    editor.selection = new vscode.Selection(6, 3, 6, 3);
    await vscode.env.clipboard.writeText('before');
    await vscode.commands.executeCommand('paperReview.copySectionForSubmission');
    assert.strictEqual(await vscode.env.clipboard.readText(), 'We bound $\\\\{x\\_i\\\\}$ by\n$\\alpha \\* \\beta$.');

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.strictEqual(symbols.find((s) => s.name === 'Paper summary')!.detail, 'short: 6/40 words · 43 / 20,000');
  });
});
