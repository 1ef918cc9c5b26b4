import * as vscode from 'vscode';
import { builtinTemplates, parseCustomTemplate, type ReviewTemplate } from '../../core';
import { readSettings } from './settings';

/** Where users keep their own review forms, one JSON file each. */
export const customTemplateGlob = '.vscode/paper-review/*.json';

/**
 * The templates a review can use: the built-in ones plus the user's, from `.vscode/paper-review/*.json` and the
 * `paperReview.templates` setting. Invalid files get an `invalid-template` diagnostic on the file itself.
 */
export class TemplateRegistry implements vscode.Disposable {
  #templates: readonly ReviewTemplate[] = builtinTemplates;
  readonly #onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this.#onDidChange.event;
  readonly #disposables: vscode.Disposable[] = [this.#onDidChange];
  #loading: Promise<void> | undefined;

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(customTemplateGlob);
    const reload = () => void this.reload();
    this.#disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('paperReview.templates')) reload(); }));
    this.#loading = this.reload();
  }

  get templates(): readonly ReviewTemplate[] {
    return this.#templates;
  }

  /** Resolves once the user's templates have been read at least once. */
  get ready(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  async reload(): Promise<void> {
    const custom: ReviewTemplate[] = [];
    const fromSetting = readSettings().templates;
    for (const [i, json] of fromSetting.entries()) {
      const result = parseCustomTemplate(json);
      if (result.ok) custom.push(result.template);
      else void vscode.window.showWarningMessage(`Paper Review: template ${i + 1} in the "paperReview.templates" setting is invalid: ${result.problems.map((p) => p.message).join('; ')}`);
    }
    this.problems.clear();
    const files = await vscode.workspace.findFiles(customTemplateGlob);
    for (const uri of files) {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      } catch (err) {
        this.#report(uri, [`Not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
        continue;
      }
      const result = parseCustomTemplate(json);
      if (result.ok) custom.push(result.template);
      else this.#report(uri, result.problems.map((p) => p.message));
    }
    // A user's template with a built-in id replaces the built-in one.
    const ids = new Set(custom.map((t) => t.id));
    this.#templates = [...custom, ...builtinTemplates.filter((t) => !ids.has(t.id))];
    this.#onDidChange.fire();
  }

  #report(uri: vscode.Uri, messages: string[]): void {
    this.problems.set(uri, messages.map((message) => {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), `Invalid review template: ${message}`, vscode.DiagnosticSeverity.Error);
      d.source = 'Paper Review';
      d.code = 'invalid-template';
      return d;
    }));
  }

  dispose(): void {
    vscode.Disposable.from(...this.#disposables).dispose();
  }
}
