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
