// A paper with a table of contents, a list of figures and a list of tables on page 1, and supplementary material
// that starts its sections and figures again at 1 and numbers its tables S1, S2 (issue #8): test/fixtures/papers/
// contents.pdf, made from src/contents.tex (copied as test/fixtures/workspace/contents/paper.pdf). The pages and titles
// below are LaTeX's own, read by hand from the labels in its .aux (contents.truth.json): Section 2 "Method" on page 2,
// Section 2.2 "Calibration", Figure 1 and Table 1 on page 3; the supplement's Figure 1 and Table S1 on page 7, its
// Figure 2 and Table S2 on page 8. Page 1 names every one of them in its contents: none may lead there.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverShowing, until, workspaceFile } from './wait';


describe('a review of a paper with a table of contents and a supplement that numbers again', function () {
  this.timeout(120_000);
  const review = workspaceFile('contents/contents.review.md');
  const paper = workspaceFile('contents/paper.pdf');
  let document: vscode.TextDocument;
  /** A place inside the reference `keyword` of the review's phrase `needle` ("supplementary Figure 1" → in "Figure"). */
  const at = (needle: string, keyword = needle) => {
    const start = document.getText().indexOf(needle);
    assert.ok(start >= 0, `${needle} in the review`);
    return document.positionAt(start + needle.indexOf(keyword) + 2);
  };
  const hoverAt = (needle: string, keyword: string, shows: RegExp) => hoverShowing(review, () => at(needle, keyword), shows, needle);

  before(async () => {
    document = await vscode.workspace.openTextDocument(review);
    await vscode.window.showTextDocument(document);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // [phrase in the review, the reference in it, its name in the hover, its caption or heading, its page]
  const hovers: [needle: string, keyword: string, name: string, title: RegExp, page: number][] = [
    ['Section 2 describes', 'Section 2', 'Section 2', /Method/, 2],
    ['Section 2.2', 'Section 2.2', 'Section 2.2', /Calibration/, 3],
    ['Figure 1 maps', 'Figure 1', 'Figure 1', /Sensor sites across the city/, 3],
    ['Table 1', 'Table 1', 'Table 1', /Reference monitors used for calibration/, 3],
    ['supplementary Figure 1', 'Figure 1', 'Supplementary Figure 1', /Sites added in the second year/, 7],
    ['Table S1', 'Table S1', 'Table S1', /Units replaced during the study/, 7],
    ['Figure 2 of the supplement', 'Figure 2', 'Supplementary Figure 2', /Drift against relative humidity/, 8],
    ['Table S2', 'Table S2', 'Table S2', /Fitted humidity terms for each maker/, 8],
  ];
  for (const [needle, keyword, name, title, page] of hovers) {
    it(`hovering "${keyword}" in "${needle}" shows ${name} on page ${page}, not the contents page`, async () => {
      const text = await hoverAt(needle, keyword, title);
      assert.match(text, new RegExp(`\\*\\*${name.replace(/\./g, '\\.')}\\*\\* · page ${page}(?!\\d)`));
    });
  }

  it('every reference is a link, and none is reported unknown', async () => {
    await hoverAt('Section 2 describes', 'Section 2', /Method/);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', review);
    assert.deepStrictEqual(links.map((l) => document.getText(l.range)), ['Section 2', 'Section 2.2', 'Figure 1', 'Table 1', 'Figure 1', 'Table S1', 'Figure 2', 'Table S2']);
    // Diagnostics are published after the index arrives: wait for the review's own ones, then look for references.
    await until(() => 'the review\'s diagnostics', () => (vscode.languages.getDiagnostics(review).some((d) => d.code === 'missing-section') ? true : undefined));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(review).filter((d) => d.code === 'unknown-reference').map((d) => d.message), []);
  });

  // F12 (and Ctrl+click) run "Show in Paper": the page revealed is what the viewer says it revealed, and has drawn.
  for (const [needle, keyword, , , page] of hovers.filter(([n]) => ['Section 2 describes', 'supplementary Figure 1', 'Table S2'].includes(n))) {
    it(`"Show in Paper" on "${keyword}" in "${needle}" reveals page ${page}`, async () => {
      await hoverAt(needle, keyword, /page/);
      const editor = await vscode.window.showTextDocument(document);
      editor.selection = new vscode.Selection(at(needle, keyword), at(needle, keyword));
      await vscode.commands.executeCommand('paperReview.showInPaper');
      const state = await until(() => `the viewer to reveal and draw page ${page}`, async () => {
        const s = await vscode.commands.executeCommand<{ lastReveal?: number; renderedPages: readonly number[] } | undefined>('paperReview.test.viewerState', paper);
        return s?.lastReveal === page && s.renderedPages.includes(page) ? s : undefined;
      });
      assert.strictEqual(state.lastReveal, page);
    });
  }
});
