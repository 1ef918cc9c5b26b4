import type * as vscode from 'vscode';

/**
 * Values kept per file (a viewer's position per PDF, the paper chosen per review) in workspace state, which VS Code
 * keeps forever: only the newest `limit` files of each kind are kept, so opening thousands of files over the years
 * does not grow the state without end. The order is kept under one key of its own.
 */
export class BoundedState {
  readonly #orderKey: string;

  constructor(private readonly memento: vscode.Memento, private readonly prefix: string, private readonly limit = 200) {
    this.#orderKey = `${prefix}#recent`;
  }

  #key(file: string): string {
    return `${this.prefix}:${file}`;
  }

  #order(): string[] {
    const order = this.memento.get<unknown>(this.#orderKey);
    return Array.isArray(order) ? order.filter((f): f is string => typeof f === 'string') : [];
  }

  get(file: string): unknown {
    return this.memento.get<unknown>(this.#key(file));
  }

  /** Stores the value as the newest, dropping the oldest files' values past the limit. */
  async set(file: string, value: unknown): Promise<void> {
    const current = this.#order();
    // The viewer saves its position on every scroll: the order only changes when another file was newest.
    if (current[0] === file) return void (await this.memento.update(this.#key(file), value));
    const order = [file, ...current.filter((f) => f !== file)];
    const dropped = order.splice(this.limit);
    await this.memento.update(this.#key(file), value);
    for (const f of dropped) await this.memento.update(this.#key(f), undefined);
    await this.memento.update(this.#orderKey, order);
  }
}
