// Review forms and the checks that guide, in real workbenches (web-worker and Node extension hosts): what *Insert
// Review Form…* puts in the document, a custom form from .vscode/paper-review/, *Go to Next Incomplete Section*, and
// settings changed while a review is open. Expected values are written by hand from the forms.
import * as assert from 'assert';
import * as vscode from 'vscode';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

async function until<T>(what: string | (() => string), probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Paper Review');
const shown = (uri: vscode.Uri) => ours(uri).map((d) => `${d.code}: ${d.message}`).sort();

let opened: vscode.TextDocument[] = [];
let untitledCount = 0;

/**
 * A new untitled review holding `content`, the cursor at its end. Each gets its own name: a plain untitled document
 * can be handed out again, with an earlier test's text, while VS Code has not let go of it yet.
 */
async function openReview(content: string): Promise<vscode.TextEditor> {
  const name = vscode.Uri.from({ scheme: 'untitled', path: `/forms-${Date.now()}-${++untitledCount}.review.md` });
  const document = await vscode.workspace.openTextDocument(name);
  opened.push(document);
  const editor = await vscode.window.showTextDocument(document);
  if (content) await editor.edit((b) => b.insert(new vscode.Position(0, 0), content));
  assert.strictEqual(document.languageId, 'paper-review');
  assert.strictEqual(editor.document.getText(), content);
  const end = document.positionAt(content.length);
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

function workspaceFile(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite runs with test/fixtures/workspace open');
  return vscode.Uri.joinPath(folder.uri, path);
}

/** Closes the test's reviews without saving. */
async function closeReviews(): Promise<void> {
  await vscode.commands.executeCommand('leaveSnippet');
  for (const document of opened) {
    if (document.isClosed) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  opened = [];
}

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('paperReview').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('review forms', function () {
  this.timeout(60_000);
  afterEach(closeReviews);

  it('Insert Review Form… (NeurIPS 2025) answers no score: each lists its scale unticked, and each keeps missing-score', async () => {
    const editor = await openReview('---\ntemplate: neurips-2025\n---\n\n');
    await vscode.commands.executeCommand('paperReview.insertTemplate', 'neurips-2025');
    const text = editor.document.getText();
    assert.deepStrictEqual(text.match(/^## .*$/gm), [
      '## 1. Summary', '## 2. Strengths and weaknesses', '## 3. Quality', '## 4. Clarity', '## 5. Significance', '## 6. Originality',
      '## 7. Questions', '## 8. Limitations', '## 9. Overall', '## 10. Confidence', '## 11. Ethical concerns', '## 12. Paper formatting concerns',
    ]);
    assert.ok(text.includes('## 3. Quality\n\n- [ ] 4: excellent\n- [ ] 3: good\n- [ ] 2: fair\n- [ ] 1: poor\n'), text);
    assert.ok(text.includes('## 9. Overall\n\n- [ ] 6: Strong accept\n- [ ] 5: Accept\n- [ ] 4: Borderline accept\n- [ ] 3: Borderline reject\n- [ ] 2: Reject\n- [ ] 1: Strong reject\n'), text);
    assert.ok(!/\[x\]/i.test(text), 'a box is ticked');
    assert.ok(!/^\s*\d+\s*$/m.test(text), 'a bare score was written');
    // The cursor waits in the first section, on its prompt, selected for typing over.
    assert.strictEqual(editor.document.getText(editor.selection), 'Briefly summarize the paper and its contributions. This is not the place to critique the paper.');

    const scores = () => ours(editor.document.uri).filter((d) => d.code === 'missing-score').map((d) => d.message);
    await until(() => `six missing-score diagnostics (now: ${shown(editor.document.uri).join(' | ')})`, () => (scores().length === 6 ? true : undefined));
    assert.deepStrictEqual(scores().sort(), [
      'Section "Clarity" has no score: write one of 1, 2, 3 or 4.',
      'Section "Confidence" has no score: write one of 1, 2, 3, 4 or 5.',
      'Section "Originality" has no score: write one of 1, 2, 3 or 4.',
      'Section "Overall" has no score: write one of 1, 2, 3, 4, 5 or 6.',
      'Section "Quality" has no score: write one of 1, 2, 3 or 4.',
      'Section "Significance" has no score: write one of 1, 2, 3 or 4.',
    ]);
  });

  it('a form from .vscode/paper-review/ is offered and checked; its title and prompt go in literally ($CLIPBOARD, ${1}, }, \\)', async () => {
    const editor = await openReview('---\ntemplate: lab-reading\n---\n\n');
    await vscode.commands.executeCommand('paperReview.insertTemplate', 'lab-reading');
    assert.strictEqual(editor.document.getText(), [
      '---', 'template: lab-reading', '---', '',
      '## 1. Gist for $CLIPBOARD ${1} }', '', 'What is it about? Paths like C:\\temp stay ${2:as} written }', '',
      '## 2. Verdict', '', '- [ ] 3: present it', '- [ ] 2: read', '- [ ] 1: skip', '',
      '## 3. Code released', '', '- [ ] Yes', '- [ ] No', '',
    ].join('\n'));
    const uri = editor.document.uri;
    await until(() => `the lab form's checks (now: ${shown(uri).join(' | ')})`, () => (shown(uri).length === 3 ? true : undefined));
    assert.deepStrictEqual(shown(uri), [
      'missing-score: Section "Code released" has no answer yet: tick one of Yes or No.',
      'missing-score: Section "Verdict" has no score: write one of 1, 2 or 3.',
      'placeholder: Section "Gist for $CLIPBOARD ${1} }" still holds the form\'s prompt: replace it with your own text.',
    ]);
  });

  it('an invalid form in .vscode/paper-review/ is reported on its file', async () => {
    await openReview('');
    const broken = workspaceFile('.vscode/paper-review/broken.json');
    const problems = await until('the invalid-template diagnostic on broken.json', () => {
      const ds = vscode.languages.getDiagnostics(broken).filter((d) => d.code === 'invalid-template');
      return ds.length ? ds : undefined;
    });
    assert.deepStrictEqual(problems.map((d) => [d.message, d.severity]), [['Invalid review template: template: missing property "name"', vscode.DiagnosticSeverity.Error]]);
  });
});

describe('checks that guide', function () {
  this.timeout(60_000);
  afterEach(closeReviews);

  it('Go to Next Incomplete Section visits every incomplete section, missing ones included, and wraps around', async () => {
    // ICLR: Summary done; Soundness unanswered; Strengths empty; Rating holds a TODO; six sections missing.
    const lines = ['---', 'template: iclr-2025', '---', '## Summary', '', words(45), '', '## Soundness', '', '- [ ] 4: excellent', '- [ ] 3: good', '',
      '## Strengths', '', '', '## Rating', '', 'TODO decide', ''];
    const editor = await openReview(lines.join('\n'));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const visits: string[] = [];
    for (let i = 0; i < 10; i++) {
      const visited = await vscode.commands.executeCommand<{ title: string; missing: boolean }>('paperReview.nextIncompleteSection');
      const at = editor.selection;
      visits.push(`${visited.title}${visited.missing ? ' (missing)' : ''} @${at.start.line}:${at.start.character} "${editor.document.getText(at)}"`);
    }
    const line = (text: string) => lines.indexOf(text);
    assert.deepStrictEqual(visits, [
      `Soundness @${line('- [ ] 4: excellent')}:0 ""`,
      `Presentation (missing) @${line('## Strengths')}:0 ""`,
      `Contribution (missing) @${line('## Strengths')}:0 ""`,
      `Strengths @${line('## Strengths') + 1}:0 ""`,
      `Weaknesses (missing) @${line('## Rating')}:0 ""`,
      `Questions (missing) @${line('## Rating')}:0 ""`,
      `Flag for ethics review (missing) @${line('## Rating')}:0 ""`,
      `Rating @${line('TODO decide')}:0 "TODO"`,
      `Confidence (missing) @${lines.length - 1}:0 ""`,
      `Soundness @${line('- [ ] 4: excellent')}:0 ""`,
    ]);
  });

  it('missing-section sits on the front matter, never on a complete heading', async () => {
    const editor = await openReview(['---', 'template: iclr-2025', '---', '## Summary', '', words(45), ''].join('\n'));
    const missing = await until('the missing-section diagnostics', () => {
      const ds = ours(editor.document.uri).filter((d) => d.code === 'missing-section');
      return ds.length === 9 ? ds : undefined;
    });
    for (const d of missing) assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [0, 0, 0, 3], d.message);
    // Each offers to insert its own section.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, missing[0].range);
    const titles = actions.map((a) => a.title);
    for (const name of ['Soundness', 'Presentation', 'Confidence']) assert.ok(titles.includes(`Insert section "${name}"`), titles.join(', '));
    assert.ok(titles.includes('Insert all 9 missing sections'), titles.join(', '));
  });

  it('an empty review shows one hint, whose fix inserts a review form', async () => {
    const editor = await openReview('');
    const uri = editor.document.uri;
    const [hint] = await until(() => `one hint (now: ${shown(uri).join(' | ')})`, () => (ours(uri).length === 1 ? ours(uri) : undefined));
    assert.strictEqual(hint.severity, vscode.DiagnosticSeverity.Hint);
    assert.strictEqual(hint.message, 'No section of the Paper-reading course form yet: insert the review form (its 13 sections) to start.');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hint.range);
    const insert = actions.find((a) => a.title === 'Insert a review form (Paper-reading course)');
    assert.ok(insert?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    assert.strictEqual(editor.document.getText().match(/^## .*$/gm)?.length, 13);
    await vscode.commands.executeCommand('leaveSnippet');
  });
});

describe('settings changed in the workbench', function () {
  this.timeout(60_000);
  /** An ICLR review with Strengths empty and every other section done (Weaknesses has 35 words). */
  const iclr = ['---', 'template: iclr-2025', '---',
    '## Summary', '', words(45), '', '## Soundness', '', '3', '', '## Presentation', '', '3', '', '## Contribution', '', '2', '',
    '## Strengths', '', '', '## Weaknesses', '', words(35), '', '## Questions', '', words(12), '',
    '## Flag for ethics review', '', 'No ethics review needed.', '', '## Rating', '', '6', '', '## Confidence', '', '4', ''].join('\n');

  afterEach(async () => {
    for (const key of ['diagnostics.severity', 'diagnostics.minWords', 'defaultTemplate', 'viewer.pageColors']) await setting(key, undefined);
    await closeReviews();
  });

  it('severity "off" removes a diagnostic, and another severity changes it', async () => {
    const uri = (await openReview(iclr)).document.uri;
    await until(() => `empty-section (now: ${shown(uri).join(' | ')})`, () => (ours(uri).some((d) => d.code === 'empty-section') ? true : undefined));
    await setting('diagnostics.severity', { 'empty-section': 'off' });
    await until(() => `no diagnostics (now: ${shown(uri).join(' | ')})`, () => (ours(uri).length === 0 ? true : undefined));
    await setting('diagnostics.severity', { 'empty-section': 'error' });
    const [d] = await until('empty-section again', () => (ours(uri).length === 1 ? ours(uri) : undefined));
    assert.deepStrictEqual([d.code, d.severity], ['empty-section', vscode.DiagnosticSeverity.Error]);
  });

  it('minWords changes short-section', async () => {
    const uri = (await openReview(iclr)).document.uri;
    await until(() => `empty-section only (now: ${shown(uri).join(' | ')})`, () => (shown(uri).length === 1 ? true : undefined));
    await setting('diagnostics.minWords', { weaknesses: 100 });
    await until(() => `short-section (now: ${shown(uri).join(' | ')})`, () => (ours(uri).some((d) => d.code === 'short-section') ? true : undefined));
    assert.deepStrictEqual(shown(uri), [
      'empty-section: Section "Strengths" is empty: write your answer under its heading.',
      'short-section: Section "Weaknesses" has 35 words; the form expects at least 100: expand it.',
    ]);
  });

  it('defaultTemplate chooses the form when the review does not say', async () => {
    const uri = (await openReview('')).document.uri;
    await until(() => `the course form's hint (now: ${shown(uri).join(' | ')})`, () => (shown(uri).join() === 'missing-section: No section of the Paper-reading course form yet: insert the review form (its 13 sections) to start.' ? true : undefined));
    await setting('defaultTemplate', 'icml-2025');
    await until(() => `the ICML form's hint (now: ${shown(uri).join(' | ')})`, () => (shown(uri).join() === 'missing-section: No section of the ICML 2025 form yet: insert the review form (its 12 sections) to start.' ? true : undefined));
  });

  it('pageColors reaches an open viewer', async () => {
    const paper = workspaceFile('viewer/paper.pdf');
    await vscode.commands.executeCommand('vscode.open', paper);
    const colors = () => vscode.commands.executeCommand<{ pageColors?: string } | undefined>('paperReview.test.viewerState', paper);
    for (const want of ['dark', 'invert', 'light']) {
      await vscode.workspace.getConfiguration('paperReview.viewer').update('pageColors', want, vscode.ConfigurationTarget.Global);
      let last: string | undefined;
      for (const deadline = Date.now() + 20_000; Date.now() < deadline && last !== want;) {
        last = (await colors())?.pageColors;
        if (last !== want) await new Promise((r) => setTimeout(r, 100));
      }
      assert.strictEqual(last, want);
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
