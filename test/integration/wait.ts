// Helpers for integration suites written from here on (older suites keep their own copies).
import * as assert from 'assert';
import * as vscode from 'vscode';

/** A file of the workspace the suite runs in (test/fixtures/workspace). */
export function workspaceFile(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite runs with test/fixtures/workspace open');
  return vscode.Uri.joinPath(folder.uri, path);
}

/** Polls `probe` until it gives a value: the workbench state is waited for, never slept on. */
export async function until<T>(what: () => string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A hover's text as rendered: Markdown's escaped spaces read as spaces. */
export const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');

/** The hover at `position` once it shows `shows`: the first hovers may come before the paper's index is read. */
export function hoverShowing(review: vscode.Uri, position: () => vscode.Position, shows: RegExp, what: string): Promise<string> {
  return until(() => `a hover on ${what} showing ${shows}`, async () => {
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', review, position()));
    return shows.test(text) ? text : undefined;
  });
}
