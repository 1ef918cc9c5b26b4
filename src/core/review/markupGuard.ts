/**
 * Keeps the Markdown parser linear. micromark resolves emphasis, links and code spans by comparing delimiters with
 * each other, which is quadratic in their number within one paragraph (20,000 "*a" pairs take seconds, 40,000 half a
 * minute), and its containers cost more than linear in their nesting on one line ("> > > …", "- - - …"). A review
 * needs block structure and words, not emphasis inside a paragraph of thousands of delimiters, so before a chunk
 * is parsed this finds such places, in one pass over the chunk:
 * - a paragraph (a run of non-blank lines outside fenced code) with more inline-markup characters than any prose
 *   has: the chunk is then parsed with micromark's inline constructs turned off, so its text is plain text while its
 *   blocks (headings, lists, quotes, code) stay what they were, and that paragraph's markup characters are replaced
 *   (same length) so that micromark reads it as fast as prose;
 * - a line opening more containers than `maxContainerDepth`, or a second list item ("- - a", quadratic in the list's
 *   lines): the markers past that are replaced (same length, so every offset still holds) and the rest of the line is
 *   read as text.
 */

/** Characters an inline construct starts or ends on: emphasis, code spans, links, images, autolinks, inline HTML, escapes, entities. */
function isInlineMarkup(code: number): boolean {
  // * _ ` [ ] < \ & !
  return code === 42 || code === 95 || code === 96 || code === 91 || code === 93 || code === 60 || code === 92 || code === 38 || code === 33;
}

/**
 * Past this many inline-markup characters in one paragraph its inline Markdown is not read: prose with plenty of
 * emphasis and links has a few dozen, and micromark's quadratic resolution stays within a few milliseconds below it.
 */
export const maxInlineMarkup = 1_000;
/** …nor past `denseInlineMarkup` of them when they are more than a quarter of the paragraph's characters (runs of delimiters, not prose). */
export const denseInlineMarkup = 64;
/** Containers (quotes, and at most one list item) one line may open; reviews nest two or three. */
export const maxContainerDepth = 6;

/**
 * List items one chunk may hold. micromark splices each item's events into the chunk's, so a chunk of thousands of
 * items (not at column 0, where the review is split into chunks) costs their square; past this the rest are text.
 */
export const maxListItems = 200;

/**
 * Lines one chunk may have read partly as text (past the container limits above) before its quotes and lists are
 * read as paragraphs. Cut to the limits, each such line still opens six containers or continues a list item:
 * micromark's tokens and garbage grow several times faster than for prose, and a lazy line walks back over its
 * whole paragraph; a chunk of a few dozen costs little, hundreds cost many times the text.
 */
export const maxLinesPastLimits = 32;

/** A place whose Markdown is read more simply than written; offsets are relative to the guarded text. */
export interface MarkupNote {
  readonly kind: 'inline' | 'nesting' | 'list';
  readonly start: number;
  readonly end: number;
  /** Inline-markup characters of the paragraph, or containers the line opens. */
  readonly count: number;
}

export interface GuardedMarkup {
  /** The text to give the parser: the original, or a copy of the same length and line breaks with markup replaced where noted. */
  readonly input: string;
  /** Parse with inline constructs off (some paragraph has too much inline markup). */
  readonly plainInline: boolean;
  /** Parse with quotes and lists off (more than `maxLinesPastLimits` lines nest too deep or are list items past the limit). */
  readonly plainBlocks: boolean;
  readonly notes: readonly MarkupNote[];
}

/** A replacement of the same length at an offset. */
type Edit = [number, string];
const inlineMarkup = /[*_`[\]<\\&!]/g;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** What replaces a container marker past the depth limit: a letter, which no block construct starts with. */
const neutral = 'x';

/** The container markers a line opens ("> ", "- ", "* ", "+ ", "12. ", "3) "). */
interface LineMarkers {
  /** The first few (up to `maxContainerDepth` + 2), each as [offset, length, whether it is a list item]. */
  readonly first: [number, number, boolean][];
  /** How many the line opens, and where the last one ends (the line's start when none). */
  readonly count: number;
  readonly end: number;
}

const isBlank = (code: number) => code === 32 || code === 9;

/** Reads the markers in one pass without keeping them all: a line may open fifty thousand. */
function containerMarkers(text: string, from: number, to: number): LineMarkers {
  const first: [number, number, boolean][] = [];
  let count = 0;
  let end = from;
  const add = (at: number, length: number, item: boolean) => {
    if (first.length < maxContainerDepth + 2) first.push([at, length, item]);
    count++;
    end = at + length;
  };
  const spaceAfter = (j: number) => j >= to || isBlank(text.charCodeAt(j));
  for (let i = from; ;) {
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    // > - * +
    if (c === 62) { add(i, 1, false); i++; continue; }
    if ((c === 45 || c === 42 || c === 43) && spaceAfter(i + 1)) { add(i, 1, true); i++; continue; }
    let j = i;
    while (j < to && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    // . )
    if (j > i && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && spaceAfter(j + 1)) { add(i, j + 1 - i, true); i = j + 1; continue; }
    return { first, count, end };
  }
}

/** `text` with every character but spaces and tabs replaced by `neutral`: the same length and columns. */
function blankOut(text: string): string {
  return text.replace(/[^ \t]/g, neutral);
}

/**
 * In a line of a paragraph parsed without inline constructs, replaces the inline-markup characters by a letter, so
 * that micromark reads the text as one run of data instead of one token per character (a linear cost, but many
 * times that of prose). What may start a block stays: the container markers, and the first character after them
 * (with its repeats for "```" and "***").
 */
function neutraliseInline(text: string, edits: Edit[], lineStart: number): void {
  const nl = text.indexOf('\n', lineStart);
  const lineEnd = nl === -1 ? text.length : nl;
  let i = containerMarkers(text, lineStart, lineEnd).end;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  // Fences and thematic breaks are runs of one character; the others start a block with their first.
  const first = text[i];
  if (first === '`' || first === '*' || first === '_') while (i < lineEnd && (text[i] === first || text[i] === ' ' || text[i] === '\t')) i++;
  else i++;
  if (i < lineEnd) edits.push([i, text.slice(i, lineEnd).replace(inlineMarkup, neutral)]);
}

/** Finds what would make the parser super-linear in `text` (one chunk of a review); linear in its length. */
export function guardMarkup(text: string): GuardedMarkup {
  const notes: MarkupNote[] = [];
  const edits: Edit[] = [];
  let fence: string | undefined;
  let runStart = -1;
  let runEnd = 0;
  let runMarkup = 0;
  let runLines: number[] = [];
  let listItems = 0;
  // Content columns of the list items open at the current line (relative to its quotes), and how many quotes that is.
  const openLists: number[] = [];
  let listQuotes = 0;
  let linesPastLimits = 0;
  const endRun = () => {
    if (runStart >= 0 && (runMarkup > maxInlineMarkup || (runMarkup > denseInlineMarkup && runMarkup * 4 > runEnd - runStart))) {
      notes.push({ kind: 'inline', start: runStart, end: runEnd, count: runMarkup });
      for (const lineStart of runLines) neutraliseInline(text, edits, lineStart);
    }
    runStart = -1;
    runMarkup = 0;
    runLines = [];
  };
  // Front matter is YAML, not Markdown: left as it is.
  let frontMatter = text.startsWith('---\n') || text.startsWith('---\r\n');
  for (let offset = 0; offset < text.length;) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(offset, lineEnd).replace(/\r$/, '');
    if (frontMatter) {
      if (offset > 0 && /^(---|\.\.\.)\s*$/.test(line)) frontMatter = false;
    } else if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    } else if (line.trim() === '') {
      endRun();
    } else {
      const open = fenceOpen.exec(line);
      if (open) {
        endRun();
        fence = open[1];
      } else {
        if (runStart < 0) runStart = offset;
        runEnd = lineEnd;
        runLines.push(offset);
        for (let i = offset; i < lineEnd; i++) if (isInlineMarkup(text.charCodeAt(i))) runMarkup++;
        const markers = containerMarkers(text, offset, lineEnd);
        const { first } = markers;
        const thematic = thematicBreak.test(line);
        // micromark is quadratic in the lines of a list whose items start with another list ("- - a", "> 1. - a"):
        // one list item per line, then text.
        let keep = 0;
        for (let items = 0; keep < first.length && keep < maxContainerDepth; keep++) if (first[keep][2] && ++items > 1) break;
        const item = first.slice(0, keep).findIndex((m) => m[2]);
        // Where the line's own lists start: after its quotes (and the one space a quote marker takes).
        const quotes = item === -1 ? keep : item;
        let indentFrom = quotes ? first[quotes - 1][0] + 1 : offset;
        if (quotes && indentFrom < lineEnd && isBlank(text.charCodeAt(indentFrom))) indentFrom++;
        if (quotes !== listQuotes) { openLists.length = 0; listQuotes = quotes; }
        let indent = 0;
        while (indentFrom + indent < lineEnd && isBlank(text.charCodeAt(indentFrom + indent))) indent++;
        // A line indented less than an item's content closes it (or is its lazy text: counting it closed only ever
        // counts fewer lists than micromark has open).
        while (openLists.length && openLists.at(-1)! > indent) openLists.pop();
        // The first list marker read as text becomes blanks, so that the line continues the item before it instead of
        // being a lazy line of its paragraph: micromark walks back over the whole paragraph for each lazy line.
        let continuesItem = false;
        let nesting = markers.count;
        if (item !== -1 && !thematic) {
          const depth = quotes + openLists.length + 1;
          if (depth > maxContainerDepth) {
            // Lists nested by indentation: as deep as on one line, each line re-checks every open list.
            keep = item;
            continuesItem = true;
            nesting = depth;
          } else if (++listItems > maxListItems) {
            // From here on, list items are read as text: the first one past the limit says so.
            if (listItems === maxListItems + 1) notes.push({ kind: 'list', start: offset, end: lineEnd, count: maxListItems });
            keep = item;
            continuesItem = true;
          } else {
            const [at, length] = first[item];
            let content = at + length;
            let spaces = 0;
            while (content + spaces < lineEnd && spaces < 5 && isBlank(text.charCodeAt(content + spaces))) spaces++;
            // Five spaces or more after the marker: the item's content starts one space after it (indented code).
            content += spaces >= 1 && spaces <= 4 ? spaces : 1;
            openLists.push(content - indentFrom);
          }
        }
        if ((keep < markers.count || continuesItem) && !thematic) {
          const [from, length] = first[keep];
          const rest = blankOut(text.slice(from, markers.end));
          edits.push([from, continuesItem ? ' '.repeat(length) + rest.slice(length) : rest]);
          linesPastLimits++;
          if (listItems <= maxListItems) notes.push({ kind: 'nesting', start: offset, end: lineEnd, count: nesting });
        }
      }
    }
    offset = lineEnd + 1;
  }
  endRun();
  notes.sort((a, b) => a.start - b.start);
  return { input: applyEdits(text, edits), plainInline: notes.some((n) => n.kind === 'inline'), plainBlocks: linesPastLimits > maxLinesPastLimits, notes };
}

function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  // A line may have both kinds (excess markers, then its text): later edits start after earlier ones end.
  edits.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [start, replacement] of edits) {
    const from = Math.max(start, at);
    const end = start + replacement.length;
    if (end <= at) continue;
    pieces.push(text.slice(at, from), replacement.slice(from - start));
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
