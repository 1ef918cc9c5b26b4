// The review features as a reviewer meets them in the editor, in both extension hosts: diagnostics while typing,
// quick fixes as one undoable edit, the Outline, folding, and "Go to Next Incomplete Section".
import * as assert from 'assert';
import * as vscode from 'vscode';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** An ICLR review with Strengths empty and Presentation missing. */
const incomplete = [
  '---', 'template: iclr-2025', '---',
  '## Summary', '', words(45), '',
  '## Soundness', '', '3', '',
  '## Contribution', '', '2', '',
  '## Strengths', '', '',
  '## Weaknesses', '', words(35), '',
  '## Questions', '', words(12), '',
  '## Flag for ethics review', '', 'No ethics review needed.', '',
  '## Rating', '', '6', '',
  '## Confidence', '', '4', '',
].join('\n');

async function until<T>(what: string | (() => string), probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Paper Review');
const codesOf = (uri: vscode.Uri) => ours(uri).map((d) => String(d.code)).sort();

async function openReview(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'paper-review', content });
  return vscode.window.showTextDocument(document);
}

describe('review features', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports an empty and a missing section, and clears the empty one as the reviewer writes it', async () => {
    const editor = await openReview(incomplete);
    const uri = editor.document.uri;
    // An untitled URI can be reused from an earlier test whose document VS Code has not disposed yet: wait for this one's.
    await until(() => `empty-section and missing-section (now: ${codesOf(uri).join(', ')})`, () => (codesOf(uri).join() === 'empty-section,missing-section' ? true : undefined));
    const empty = ours(uri).find((d) => d.code === 'empty-section')!;
    assert.match(empty.message, /Section "Strengths" is empty/);
    assert.strictEqual(editor.document.lineAt(empty.range.start.line).text, '## Strengths');

    const line = editor.document.getText().split('\n').indexOf('## Strengths') + 1;
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), words(40)));
    await until('the empty-section diagnostic to go', () => (codesOf(uri).includes('empty-section') ? undefined : true));
    assert.deepStrictEqual(codesOf(uri), ['missing-section']);
  });

  it('a quick fix inserts the missing section at its place, as one undoable edit', async () => {
    const editor = await openReview(incomplete);
    const document = editor.document;
    const missing = await until('the missing-section diagnostic', () => (codesOf(document.uri).join() === 'empty-section,missing-section'
      ? ours(document.uri).find((d) => d.code === 'missing-section') : undefined));
    assert.match(missing.message, /Section "Presentation" is missing/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range);
    const insert = actions.find((a) => a.title === 'Insert section "Presentation"');
    assert.ok(insert?.edit, `quick fixes offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    const text = document.getText();
    assert.ok(text.indexOf('## Presentation') > text.indexOf('## Soundness'));
    assert.ok(text.indexOf('## Presentation') < text.indexOf('## Contribution'));
    await until('the missing-section diagnostic to go', () => (codesOf(document.uri).includes('missing-section') ? undefined : true));

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), incomplete);
  });

  it('the Outline lists the sections, and each folds', async () => {
    const editor = await openReview(incomplete);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name),
      ['Summary', 'Soundness', 'Contribution', 'Strengths', 'Weaknesses', 'Questions', 'Flag for ethics review', 'Rating', 'Confidence']);
    assert.strictEqual(symbols.find((s) => s.name === 'Strengths')!.detail, 'empty');
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    const summaryLine = editor.document.getText().split('\n').indexOf('## Summary');
    assert.ok(folds.some((f) => f.start === summaryLine && f.end === summaryLine + 2), JSON.stringify(folds));
  });

  it('"Go to Next Incomplete Section" goes to where the missing section belongs, then into the empty one', async () => {
    const editor = await openReview(incomplete);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const lines = editor.document.getText().split('\n');
    await vscode.commands.executeCommand('paperReview.nextIncompleteSection');
    assert.strictEqual(editor.selection.active.line, lines.indexOf('## Contribution'), 'Presentation belongs before Contribution');
    await vscode.commands.executeCommand('paperReview.nextIncompleteSection');
    assert.strictEqual(editor.selection.active.line, lines.indexOf('## Strengths') + 1);
  });
});
