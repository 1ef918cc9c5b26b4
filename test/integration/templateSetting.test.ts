// A malformed `paperReview.templates` setting (issue #9): settings.json is edited by hand, so its value may be
// anything. The workbench must report it on the settings file with the problem named, keep the valid entries
// and the built-in forms working, and throw nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { until } from './wait';

describe('a malformed paperReview.templates setting', function () {
  this.timeout(60_000);
  const folder = vscode.workspace.workspaceFolders?.[0];
  const settingsFile = folder && vscode.Uri.joinPath(folder.uri, '.vscode/settings.json');
  let hadSettingsFile = true;
  const problems = () => (settingsFile ? vscode.languages.getDiagnostics(settingsFile).filter((d) => d.code === 'invalid-template') : []);
  const set = (value: unknown) => vscode.workspace.getConfiguration('paperReview').update('templates', value, vscode.ConfigurationTarget.Workspace);

  before(async () => {
    assert.ok(settingsFile, 'the integration suite runs with test/fixtures/workspace open');
    hadSettingsFile = await vscode.workspace.fs.stat(settingsFile).then(() => true, () => false);
  });
  after(async () => {
    await set(undefined);
    // Writing the setting created the fixture's settings file: leave the fixture as it was.
    if (!hadSettingsFile && settingsFile) await vscode.workspace.fs.delete(settingsFile).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a value that is not a list is reported on the settings file, saying what it is', async () => {
    await set('course');
    const [problem] = await until(() => 'an invalid-template diagnostic on .vscode/settings.json', () => (problems().length ? problems() : undefined));
    assert.strictEqual(problem.message, '"paperReview.templates" must be a list of templates ([{ "id", "name", "sections" }, …]), not a string.');
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
  });

  it('invalid entries are named by position, a valid one is used by reviews, and the built-in forms still work', async () => {
    const lab = { id: 'lab-report', name: 'Lab report', sections: [{ id: 'verdict', title: 'Verdict', prompt: 'Accept or reject, and why.' }] };
    await set([null, lab, { id: 'x' }]);
    const messages = await until(() => `two invalid-template diagnostics (now: ${problems().map((d) => d.message).join(' | ')})`,
      () => (problems().length === 2 ? problems().map((d) => d.message) : undefined));
    assert.deepStrictEqual(messages, [
      'template 1 in "paperReview.templates" is invalid: template: must be object',
      'template 3 in "paperReview.templates" is invalid: template: missing property "name"; template: missing property "sections"',
    ]);
    // The valid entry is a form a review can name: a review without its section is told to insert that form.
    const custom = await vscode.workspace.openTextDocument({ language: 'paper-review', content: '---\ntemplate: lab-report\n---\n\n## Notes\n\nFine.\n' });
    await vscode.window.showTextDocument(custom);
    // The diagnostics are recomputed once the registry has read the setting (its problems are reported before that).
    const expected = 'No section of the Lab report form yet: insert the review form (its 1 sections) to start.';
    const missing = await until(() => `missing-section for the Lab report form (now: ${vscode.languages.getDiagnostics(custom.uri).map((d) => d.message).join(' | ')})`,
      () => vscode.languages.getDiagnostics(custom.uri).find((d) => d.code === 'missing-section' && d.message === expected));
    assert.strictEqual(missing.message, expected);
    assert.ok(!vscode.languages.getDiagnostics(custom.uri).some((d) => d.code === 'unknown-template'));
    // A built-in form alongside: a NeurIPS review still gets its form's missing sections.
    const builtin = await vscode.workspace.openTextDocument({ language: 'paper-review', content: '---\ntemplate: neurips-2025\n---\n\n## Summary\n\nFine.\n' });
    await vscode.window.showTextDocument(builtin);
    await until(() => 'missing-section diagnostics on the NeurIPS review',
      () => (vscode.languages.getDiagnostics(builtin.uri).some((d) => d.message === 'Section "Questions" is missing: add it (the NeurIPS 2025 form asks for it).') ? true : undefined));
  });

  it('a valid setting again clears the reports', async () => {
    await set([]);
    await until(() => `no invalid-template diagnostics (now: ${problems().length})`, () => (problems().length === 0 ? true : undefined));
  });
});
