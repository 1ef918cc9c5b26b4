import * as vscode from 'vscode';
import type { AnchorIndexStore } from '../../core/paperIndex';

/**
 * Cached indexes as one JSON file per key (content hash + format version) in the extension's global storage, through
 * vscode.workspace.fs so it works in the web host too. Only the newest `maxEntries` files are kept.
 */
export class StorageIndexStore implements AnchorIndexStore {
  readonly #dir: vscode.Uri;
  readonly #maxEntries: number;

  constructor(dir: vscode.Uri, maxEntries = 50) {
    this.#dir = dir;
    this.#maxEntries = maxEntries;
  }

  #file(key: string): vscode.Uri {
    return vscode.Uri.joinPath(this.#dir, `${key.replace(/[^\w.-]/g, '_')}.json`);
  }

  async read(key: string): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.#file(key)));
    } catch {
      return undefined;
    }
  }

  async write(key: string, value: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.#dir);
    await vscode.workspace.fs.writeFile(this.#file(key), new TextEncoder().encode(value));
    await this.#prune();
  }

  async #prune(): Promise<void> {
    const files = (await vscode.workspace.fs.readDirectory(this.#dir)).filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.json'));
    if (files.length <= this.#maxEntries) return;
    const dated = await Promise.all(files.map(async ([name]) => {
      const uri = vscode.Uri.joinPath(this.#dir, name);
      return { uri, mtime: await vscode.workspace.fs.stat(uri).then((s) => s.mtime, () => 0) };
    }));
    dated.sort((a, b) => b.mtime - a.mtime);
    await Promise.all(dated.slice(this.#maxEntries).map((f) => Promise.resolve(vscode.workspace.fs.delete(f.uri)).catch(() => undefined)));
  }
}

/** A few recent entries in memory in front of another store, so reopening a paper in a session skips the disk read. */
export function withMemory(store: AnchorIndexStore, maxEntries = 10): AnchorIndexStore {
  const recent = new Map<string, string>();
  const remember = (key: string, value: string) => {
    recent.delete(key);
    recent.set(key, value);
    if (recent.size > maxEntries) recent.delete(recent.keys().next().value!);
  };
  return {
    async read(key) {
      const hit = recent.get(key) ?? (await store.read(key));
      if (hit !== undefined) remember(key, hit);
      return hit;
    },
    async write(key, value) {
      remember(key, value);
      await store.write(key, value);
    },
  };
}
