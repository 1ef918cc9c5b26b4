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

const letterOrDigit = /[\p{L}\p{N}]/u;

/** ASCII letters and digits directly; other characters by their Unicode category (surrogate halves of letters count via `isLetterOrDigitAt`). */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const point = text.codePointAt(i)!;
  return letterOrDigit.test(String.fromCodePoint(point));
}

/**
 * Words as a reviewer would count them: runs of letters or digits (with inner apostrophes, underscores and hyphens),
 * ignoring Markdown punctuation. A loop over the characters rather than a match list: a section body may be most of
 * a million-character review, and the list of its words cost more than parsing it.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The second half of a surrogate pair continues whatever its first half was.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (isLetterOrDigitAt(text, i)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 95 || c === 45))) {
      inWord = false;
    }
  }
  return words;
}
