/**
 * Where a figure or table is printed, from its caption and the page's layout: the region a reader wants to see when
 * a review points at "Figure 3" (the graphics and the caption), not just the caption line the index found.
 * Figures grow from the caption upwards, tables downwards (as typeset: figure captions below, table captions above),
 * in the caption's column — or across the page for a caption that spans both columns (figure*, table*).
 */
import type { Fragment } from './layout';
import type { Rect } from './types';

export type FloatKind = 'figure' | 'table';

/** A text line (or one column's part of it) on the page, as `layoutPage` groups them. */
export interface TextLine {
  readonly rect: Rect;
  readonly text: string;
}

export interface FloatRegionInput {
  readonly kind: FloatKind;
  /** The page's box, [x0, y0, x1, y1] in PDF points. */
  readonly page: Rect;
  /** The caption as the index found it (its label line, and the lines after it). */
  readonly caption: Rect;
  readonly lines: readonly TextLine[];
  /**
   * Bounding boxes of what the page draws (paths, images, forms), from pdf.js's operator list (`graphicsBoxes`).
   * Without them the region reaches to the nearest text that is not part of the float.
   */
  readonly graphics?: readonly Rect[];
  /**
   * The body text's font size (`layoutPage(...).bodySize`). Without it, the median line: on a page that is mostly a
   * table, that is the table's rows, and their lines would read as a paragraph that ends the table.
   */
  readonly bodySize?: number;
}

/** The box a line occupies: from a little below its baseline (descenders) to its ascenders. */
export function lineBox(f: Fragment): Rect {
  return [f.x0, f.y - 0.25 * f.size, f.x1, f.y + 0.8 * f.size];
}

/** Line boxes of a page's fragments (`layoutPage(...).fragments`). */
export function textLines(fragments: readonly Fragment[]): TextLine[] {
  return fragments.map((f) => ({ rect: lineBox(f), text: f.text }));
}

const CAPTION = /^(figure|fig\.?|table|tab\.?|algorithm)\s*[A-Z]?[\dIVX]+(\.\d+)*[a-z]?\s*[:.|]/i;
/** Of CAPTION's lines, those of floats whose body is below them (tables) or above them (figures), as typeset. */
const FACES_DOWN = /^tab/i;
const FACES_UP = /^fig/i;
const NUMBERED_HEADING = /^([A-Z]|\d+)(\.\d+)*\.?\s+\p{Lu}/u;
/** How far (points) a line may stick out of the float's column and still be in it. */
const COLUMN_SLACK = 4;

const height = (r: Rect) => r[3] - r[1];
const width = (r: Rect) => r[2] - r[0];
const union = (a: Rect, b: Rect): Rect => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The horizontal extent the float may occupy: its column, or the whole text width for a float across columns. */
function floatSpan(lines: readonly TextLine[], caption: Rect, page: Rect): [number, number] {
  if (lines.length === 0) return [page[0], page[2]];
  // Text areas are centred on the page: a sparse page (a float and a heading) still spans the full text width.
  const textLeft = Math.min(...lines.map((l) => l.rect[0]), caption[0]);
  const textRight = Math.max(...lines.map((l) => l.rect[2]), caption[2]);
  const left = Math.max(page[0], Math.min(textLeft, page[0] + page[2] - textRight));
  const right = Math.min(page[2], Math.max(textRight, page[0] + page[2] - textLeft));
  const mid = (left + right) / 2;
  let leftOnly = 0, rightOnly = 0, across = 0;
  for (const { rect } of lines) {
    if (rect[2] < mid - 2) leftOnly++;
    else if (rect[0] > mid + 2) rightOnly++;
    else across++;
  }
  const twoColumns = leftOnly >= 5 && rightOnly >= 5 && leftOnly + rightOnly > across;
  if (!twoColumns || (caption[0] < mid - 10 && caption[2] > mid + 10)) return [left, right];
  return caption[2] <= mid + COLUMN_SLACK ? [left, mid] : [mid, right];
}

/**
 * The region of a figure or table: the caption and, on the float's side of it (above for figures, below for tables),
 * the graphics and text that belong to the float. It stops at what cannot be part of it: another caption, a
 * numbered heading, a body paragraph (two body-size lines at the body's line pitch, starting at the column's left
 * edge, one of them as wide as the column), or anything that reaches out of the float's column.
 */
export function floatRegion(input: FloatRegionInput): Rect {
  const { kind, caption, page } = input;
  const isCaptionLine = (r: Rect) => {
    const mid = (r[1] + r[3]) / 2;
    return mid >= caption[1] && mid <= caption[3] && r[0] < caption[2] && r[2] > caption[0];
  };
  const lines = input.lines.filter((l) => width(l.rect) > 0 && height(l.rect) > 0);
  const [x0, x1] = floatSpan(lines, caption, page);
  const overlapsSpan = (r: Rect) => r[2] > x0 + 1 && r[0] < x1 - 1;
  const insideSpan = (r: Rect) => r[0] >= x0 - COLUMN_SLACK && r[2] <= x1 + COLUMN_SLACK;
  // A line's box is 1.05 of its size high (lineBox).
  const bodyHeight = input.bodySize ? 1.05 * input.bodySize : median(lines.map((l) => height(l.rect))) || 10;
  const gap = Math.max(12, 1.6 * bodyHeight); // a caption skip, with room
  const up = kind === 'figure' || tableAboveCaption(input, lines.filter((l) => overlapsSpan(l.rect) && !isCaptionLine(l.rect)).map((l) => l.rect),
    (input.graphics ?? []).filter((g) => overlapsSpan(g) && insideSpan(g)), gap);
  // Distances away from the caption, on the float's side: `near` is an item's edge facing the caption.
  const near = (r: Rect) => (up ? r[1] : -r[3]);
  const far = (r: Rect) => (up ? r[3] : -r[1]);
  const captionEdge = far(caption);
  const bodySize = (r: Rect) => Math.abs(height(r) - bodyHeight) <= 0.1 * bodyHeight;
  const wide = (r: Rect) => width(r) >= 0.8 * (x1 - x0);

  // Lines beside the float, nearest first.
  const side = lines
    .filter((l) => overlapsSpan(l.rect) && !isCaptionLine(l.rect) && far(l.rect) > captionEdge)
    .sort((a, b) => near(a.rect) - near(b.rect));
  const prose = proseLines(side, near, [x0, x1], bodyHeight);
  const isBodyParagraph = (i: number): boolean => {
    const r = side[i]!.rect;
    if (!bodySize(r) || !prose[i]) return false;
    const next = side[i + 1]?.rect;
    const pitch = next ? near(next) - near(r) : Infinity;
    return next !== undefined && bodySize(next) && prose[i + 1]! && pitch > 0 && pitch <= 1.6 * bodyHeight && (wide(r) || wide(next));
  };
  // Where the float must end: the nearest line that cannot belong to it.
  let stop = side.findIndex((l, i) => !insideSpan(l.rect) || CAPTION.test(l.text) || isBodyParagraph(i)
    || (NUMBERED_HEADING.test(l.text) && height(l.rect) > 1.1 * bodyHeight));
  if (stop < 0) stop = side.length;
  // Where the float of another caption on this page lies: figures above their captions; tables below theirs, unless
  // this page sets them above (ours is).
  const otherAbove = (text: string) => FACES_UP.test(text) || (kind === 'table' && up);
  // Above our float, the caption of a float set above it goes on below its label line: the lines that continue it
  // (its size, from its left edge on within the column, a line's pitch apart) are its own, and end our float where
  // they begin. (A table's caption above a figure has its table below it: the stacked floats below part them.)
  if (up && stop < side.length && CAPTION.test(side[stop]!.text) && otherAbove(side[stop]!.text)) {
    const label = side[stop]!.rect;
    while (stop > 0) {
      const prev = side[stop - 1]!.rect;
      const within = prev[0] >= label[0] - 2 && prev[2] <= Math.max(label[2], x1) + COLUMN_SLACK;
      if (near(side[stop]!.rect) - near(prev) > 1.6 * height(label) || !within || Math.abs(height(prev) - height(label)) > 0.1 * height(label)) break;
      stop--;
    }
  }
  let limit = stop < side.length ? near(side[stop]!.rect) : Infinity;
  const inColumn = (input.graphics ?? []).filter((g) => overlapsSpan(g) && insideSpan(g) && far(g) > captionEdge);
  // Another float stacked against this one, its caption on the far side and its body facing ours (a table under its
  // caption above a figure, a figure over its caption below a table): the stretch between the captions holds both,
  // and they part at its widest gap (\floatsep), not counting the caption skip next to our caption. Only where that
  // gap stands out: a float's own gaps (rows of sub-figures) can be as wide, and cutting off part of ours is worse
  // than showing some of the other.
  const facesUs = (text: string) => (up ? FACES_DOWN.test(text) && !otherAbove(text) : otherAbove(text));
  if (stop < side.length && CAPTION.test(side[stop]!.text) && facesUs(side[stop]!.text)) {
    const stretch = [...side.slice(0, stop).map((l) => l.rect), ...inColumn.filter((g) => far(g) <= limit + 1)].sort((a, b) => near(a) - near(b));
    let edge = stretch.length ? far(stretch[0]!) : captionEdge;
    let widest = -Infinity;
    let second = 0;
    let cut = limit;
    const seeGap = (size: number, middle: number) => {
      if (size > widest) { second = Math.max(second, widest); widest = size; cut = middle; } else second = Math.max(second, size);
    };
    for (const r of stretch.slice(1)) {
      // The middle of the gap: without the drawing, where the text's gap is, the float's edge is not known closer.
      seeGap(near(r) - edge, (edge + near(r)) / 2);
      edge = Math.max(edge, far(r));
    }
    seeGap(limit - edge, limit); // the other float's caption skip: parting there keeps the whole stretch
    if (widest >= 1.5 * second) limit = cut;
  }
  const inside = side.slice(0, stop).map((l) => l.rect).filter((r) => far(r) <= limit);

  // With graphics: grow from the caption through graphics and text no further apart than a caption skip. The float is
  // as wide as its caption and drawing: text beside both is the paragraph wrapped around it (wrapfigure), not its label.
  const drawn = inColumn.filter((g) => far(g) <= limit + 1);
  let floatLeft = caption[0] - COLUMN_SLACK;
  let floatRight = caption[2] + COLUMN_SLACK;
  for (const g of drawn) { floatLeft = Math.min(floatLeft, g[0] - COLUMN_SLACK); floatRight = Math.max(floatRight, g[2] + COLUMN_SLACK); }
  // Body-size lines only: a plot's tick and axis labels may stand clear of its lines.
  const besideFloat = (r: Rect) => drawn.length > 0 && bodySize(r) && (r[2] <= floatLeft || r[0] >= floatRight);
  const items = [...inside.filter((r) => !besideFloat(r)), ...drawn].sort((a, b) => near(a) - near(b));
  let region = caption;
  let edge = captionEdge;
  let grown = false;
  for (const r of items) {
    if (near(r) > edge + gap) break;
    region = union(region, r);
    edge = Math.max(edge, far(r));
    grown ||= !inside.includes(r);
  }
  if (grown) return clampTo(region, page);

  // No graphics to go by: the float fills its column up to the line that ends it, or else to the text area's edge:
  // the farthest text, or the page's edge less the side margin (most styles set equal margins) when that is farther.
  const margin = Math.max(0, Math.min(...lines.map((l) => l.rect[0]), caption[0]) - page[0]);
  const textEdge = Math.max(...lines.map((l) => far(l.rect)), captionEdge, up ? page[3] - margin : -(page[1] + margin));
  const end = stop < side.length ? limit - 1 : textEdge;
  for (const r of inside) region = union(region, r);
  const [rx0, rx1] = [Math.min(region[0], x0), Math.max(region[2], x1)];
  return clampTo(up ? [rx0, region[1], rx1, Math.max(region[3], end)] : [rx0, Math.min(region[1], -end), rx1, region[3]], page);
}

/**
 * For each of `lines` (sorted by `near`), whether its line reads as prose: words more than numbers, starting at the
 * column's left edge (an indent at most) or centred in it (a caption's short last line), its pieces touching (where
 * layoutPage split a line of text: an accent drawn back over its letter, a sub- or superscript). A table's row in body
 * size is mostly numbers, or has its cells apart. Lines are the runs of pieces at about the same height; one pass.
 */
function proseLines(lines: readonly TextLine[], near: (r: Rect) => number, [left, right]: readonly [number, number], bodyHeight: number): boolean[] {
  const out: boolean[] = new Array<boolean>(lines.length).fill(false);
  for (let start = 0; start < lines.length;) {
    let end = start + 1;
    while (end < lines.length && Math.abs(near(lines[end]!.rect) - near(lines[start]!.rect)) < 0.3 * bodyHeight) end++;
    const text = lines.slice(start, end).map((l) => l.text).join(' ');
    const letters = text.match(/\p{L}/gu)?.length ?? 0, digits = text.match(/\p{N}/gu)?.length ?? 0;
    if (letters <= digits) { start = end; continue; }
    const pieces = lines.slice(start, end).map((l) => l.rect).sort((a, b) => a[0] - b[0]);
    let reach = pieces[0]![2];
    let close = true;
    for (const r of pieces.slice(1)) {
      if (r[0] - reach > 0.6 * bodyHeight) close = false;
      reach = Math.max(reach, r[2]);
    }
    const atLeft = pieces[0]![0] <= left + 3 * bodyHeight;
    const centred = Math.abs(pieces[0]![0] + reach - left - right) / 2 <= 2 * bodyHeight;
    out.fill(close && (atLeft || centred), start, end);
    start = end;
  }
  return out;
}

/**
 * A table set above its caption (ACL's and many journals' style) rather than below it: its drawing (a rule) ends a
 * caption skip above the caption, and nothing in the float's column comes within a caption skip below it. Without
 * the drawing there is no telling (a table's rows look like any text), nor for a table set in the text ([h]) with a
 * paragraph right below its caption: those go below their captions, as by default.
 */
function tableAboveCaption(input: FloatRegionInput, text: readonly Rect[], drawn: readonly Rect[], gap: number): boolean {
  const { caption } = input;
  const drawnAbove = drawn.some((g) => g[1] >= caption[3] - 1 && g[1] - caption[3] <= gap);
  const anythingBelow = [...text, ...drawn].some((r) => r[3] <= caption[1] + 1 && caption[1] - r[3] <= gap);
  return drawnAbove && !anythingBelow;
}

function clampTo(r: Rect, page: Rect): Rect {
  return [Math.max(r[0], page[0]), Math.max(r[1], page[1]), Math.min(r[2], page[2]), Math.min(r[3], page[3])];
}

/** pdf.js operator codes `graphicsBoxes` follows (pass `pdfjsLib.OPS`). */
export interface GraphicsOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
}

export interface OperatorList {
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: ArrayLike<unknown>;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: ArrayLike<number>): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!, m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!, m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4], m[1] * n[4]! + m[3] * n[5]! + m[5],
];
function boxUnder(m: Matrix, bx0: number, by0: number, bx1: number, by1: number): Rect {
  const xs: number[] = [], ys: number[] = [];
  for (const [x, y] of [[bx0, by0], [bx0, by1], [bx1, by0], [bx1, by1]] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
const isNumbers = (v: unknown, n: number): v is ArrayLike<number> =>
  typeof v === 'object' && v !== null && typeof (v as ArrayLike<number>).length === 'number' && (v as ArrayLike<number>).length >= n
  && Array.from({ length: n }, (_, i) => (v as ArrayLike<number>)[i]).every((x) => typeof x === 'number');

/**
 * Bounding boxes, in PDF user space, of the paths and images a page draws: the figure itself where it is vector
 * art or a picture. Follows the transformation matrix through save/restore and form XObjects; text is left out
 * (the text layer has it), and so is anything malformed.
 */
export function graphicsBoxes(list: OperatorList, ops: GraphicsOps): Rect[] {
  const boxes: Rect[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const n = Math.min(list.fnArray.length, list.argsArray.length);
  for (let i = 0; i < n; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    switch (fn) {
      case ops.save: stack.push(ctm); break;
      case ops.restore: ctm = stack.pop() ?? ctm; break;
      case ops.transform: if (isNumbers(args, 6)) ctm = multiply(ctm, args); break;
      case ops.paintFormXObjectBegin:
        stack.push(ctm);
        if (Array.isArray(args) && isNumbers(args[0], 6)) ctm = multiply(ctm, args[0]);
        break;
      case ops.paintFormXObjectEnd: ctm = stack.pop() ?? ctm; break;
      case ops.constructPath: {
        // pdf.js gives the path's own bounding box ([minX, minY, maxX, maxY], before the matrix) as the last argument.
        const minMax = Array.isArray(args) ? args[args.length - 1] : undefined;
        if (isNumbers(minMax, 4) && [0, 1, 2, 3].every((k) => Number.isFinite(minMax[k]))) boxes.push(boxUnder(ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!));
        break;
      }
      case ops.paintImageXObject: case ops.paintInlineImageXObject: case ops.paintImageMaskXObject:
        boxes.push(boxUnder(ctm, 0, 0, 1, 1)); // an image fills the unit square of its matrix
        break;
      default: break;
    }
  }
  return boxes;
}
