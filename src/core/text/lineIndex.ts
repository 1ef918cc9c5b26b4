/** Zero-based line/character position, as VS Code and LSP use. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** A half-open range of offsets into a document's text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** Converts offsets to line/character positions in O(log lines), for the CLI and tests (VS Code has its own). */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  positionAt(offset: number): LinePosition {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.#starts[lo] };
  }
}

/** Words as a reviewer would count them: runs of letters or digits, ignoring Markdown punctuation. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}
