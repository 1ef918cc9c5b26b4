import type { OffsetRange } from '../text/lineIndex';

/** A score read from a section's text, with where it stands so a fix can replace it. */
export interface ReviewScore {
  readonly value: number;
  readonly range: OffsetRange;
}

const checkedBox = /^[ \t]*(?:[-*+][ \t]+)?\[[xX]\][ \t]*(?:\*\*)?(\d+(?:\.\d+)?)/m;
// A number that is not the "5" of "4/5", not inside a longer word or number, and not a year or page-sized figure.
const firstNumber = /(?<![\p{L}\p{N}/.])(\d{1,2}(?:\.\d+)?)(?![\p{L}\p{N}]|\.\d)/u;

/**
 * Reads a score the ways reviewers write one: "3", "3/5", "Confidence: 4", "level 3", "4 - high confidence",
 * or a ticked box "- [x] 4" in a checkbox list (unticked boxes are the scale, not the answer).
 * `text` is the section body with code and comments masked; `offset` is its document offset.
 */
export function readScore(text: string, offset: number): ReviewScore | undefined {
  const box = checkedBox.exec(text);
  if (box) {
    const at = box.index + box[0].length - box[1].length;
    return { value: Number(box[1]), range: { start: offset + at, end: offset + at + box[1].length } };
  }
  const withoutBoxes = blankUntickedBoxes(text);
  const n = firstNumber.exec(withoutBoxes);
  if (!n) return undefined;
  return { value: Number(n[1]), range: { start: offset + n.index, end: offset + n.index + n[1].length } };
}

const untickedBox = /^[ \t]*(?:[-*+][ \t]+)?\[ \][^\n]*/gm;

/** The text with each unticked box's line blanked (same length): the options offered, not an answer. */
function blankUntickedBoxes(text: string): string {
  return text.replace(untickedBox, (m) => ' '.repeat(m.length));
}

/** Whether a section body holds unticked options and nothing else: a yes/no question not answered yet. */
export function hasOnlyUntickedBoxes(text: string): boolean {
  untickedBox.lastIndex = 0;
  return untickedBox.test(text) && !/[\p{L}\p{N}]/u.test(blankUntickedBoxes(text));
}
