import * as vscode from 'vscode';
import { builtinTemplates, parseCustomTemplate, parseTemplateSetting, type ReviewTemplate } from '../../core';
import { mergeTemplates } from '../../core/language';
import { readSettings } from './settings';

/** Where users keep their own review forms, one JSON file each. */
export const customTemplateGlob = '.vscode/paper-review/*.json';
/** A form is a few KB; a template file far larger than any form is not parsed on every change. */
const maxTemplateFileBytes = 1024 * 1024;

/**
 * The templates a review can use: the built-in ones plus the user's, from `.vscode/paper-review/*.json` and the
 * `paperReview.templates` setting. Invalid files get an `invalid-template` diagnostic on the file itself; an invalid
 * setting gets one on the workspace settings file that holds it (or a warning, for user settings).
 */
export class TemplateRegistry implements vscode.Disposable {
  #templates: readonly ReviewTemplate[] = builtinTemplates;
  #custom: readonly ReviewTemplate[] = [];
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

  /** The user's own forms only (settings and files), for the language server, which merges them over its built-ins. */
  get customTemplates(): readonly ReviewTemplate[] {
    return this.#custom;
  }

  /** Resolves once the user's templates have been read at least once. */
  get ready(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  reload(): Promise<void> {
    // Nothing a user writes may turn into an exception here: it would leave the built-in forms only, silently.
    return this.#reload().catch((err: unknown) => {
      void vscode.window.showWarningMessage(vscode.l10n.t('Paper Review could not read your review templates: {0}', err instanceof Error ? err.message : String(err)));
    });
  }

  async #reload(): Promise<void> {
    const fromSetting = parseTemplateSetting(readSettings().templates);
    const custom: ReviewTemplate[] = [...fromSetting.templates];
    this.problems.clear();
    if (fromSetting.problems.length) await this.#reportSetting(fromSetting.problems);
    for (const uri of await templateFiles()) {
      let json: unknown;
      try {
        const size = (await vscode.workspace.fs.stat(uri)).size;
        if (size > maxTemplateFileBytes) {
          this.#report(uri, [`the file is ${Math.round(size / 1024)} KB; a template file may have at most ${maxTemplateFileBytes / 1024} KB`]);
          continue;
        }
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
    this.#custom = custom;
    this.#templates = mergeTemplates(custom);
    this.#onDidChange.fire();
  }

  /**
   * On the settings file that holds the value, at the setting's line, when it is a workspace's; user settings have
   * no file the extension may name in every host, so a warning says it there.
   */
  async #reportSetting(messages: readonly string[]): Promise<void> {
    const inspected = vscode.workspace.getConfiguration('paperReview').inspect('templates');
    const folder = vscode.workspace.workspaceFolders?.[0];
    const file = inspected?.workspaceValue !== undefined ? vscode.workspace.workspaceFile ?? (folder && vscode.Uri.joinPath(folder.uri, '.vscode/settings.json'))
      : inspected?.workspaceFolderValue !== undefined && folder ? vscode.Uri.joinPath(folder.uri, '.vscode/settings.json') : undefined;
    if (!file) {
      void vscode.window.showWarningMessage(`Paper Review: ${messages.join(' ')}`);
      return;
    }
    let range = new vscode.Range(0, 0, 0, 1);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      const at = text.indexOf('"paperReview.templates"');
      if (at >= 0) {
        const line = text.slice(0, at).split('\n').length - 1;
        const column = at - (text.lastIndexOf('\n', at - 1) + 1);
        range = new vscode.Range(line, column, line, column + '"paperReview.templates"'.length);
      }
    } catch { /* the top of the file, then */ }
    this.#report(file, [...messages], range, '');
  }

  #report(uri: vscode.Uri, messages: string[], range = new vscode.Range(0, 0, 0, 1), prefix = 'Invalid review template: '): void {
    this.problems.set(uri, messages.map((message) => {
      const d = new vscode.Diagnostic(range, `${prefix}${message}`, vscode.DiagnosticSeverity.Error);
      d.source = 'Paper Review';
      d.code = 'invalid-template';
      return d;
    }));
  }

  dispose(): void {
    vscode.Disposable.from(...this.#disposables).dispose();
  }
}

/**
 * The `.vscode/paper-review/*.json` files of every workspace folder, listed through the folder's file system: findFiles
 * needs a search provider, which a virtual file system may not have (on the demo's it never answered).
 */
async function templateFiles(): Promise<vscode.Uri[]> {
  const lists = await Promise.all((vscode.workspace.workspaceFolders ?? []).map(async (folder) => {
    const dir = vscode.Uri.joinPath(folder.uri, '.vscode', 'paper-review');
    const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(dir)).catch(() => []);
    return entries.filter(([name, type]) => (type & vscode.FileType.File) !== 0 && name.toLowerCase().endsWith('.json')).map(([name]) => vscode.Uri.joinPath(dir, name));
  }));
  return lists.flat().sort((a, b) => a.toString().localeCompare(b.toString()));
}
