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
  readonly notes: readonly MarkupNote[];
}

/** A replacement of the same length at an offset. */
type Edit = [number, string];
const inlineMarkup = /[*_`[\]<\\&!]/g;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** What replaces a container marker past the depth limit: a letter, which no block construct starts with. */
const neutral = 'x';

/** Offsets of the container markers a line opens ("> ", "- ", "* ", "+ ", "12. ", "3) "), each with its length and whether it is a list item. */
function containerMarkers(text: string, from: number, to: number): [number, number, boolean][] {
  const markers: [number, number, boolean][] = [];
  let i = from;
  for (;;) {
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    const c = text[i];
    if (c === '>') { markers.push([i, 1, false]); i++; continue; }
    const spaceAfter = (j: number) => j >= to || text[j] === ' ' || text[j] === '\t';
    if ((c === '-' || c === '*' || c === '+') && spaceAfter(i + 1)) { markers.push([i, 1, true]); i++; continue; }
    let j = i;
    while (j < to && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i && (text[j] === '.' || text[j] === ')') && spaceAfter(j + 1)) { markers.push([i, j + 1 - i, true]); i = j + 1; continue; }
    return markers;
  }
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
  const markers = containerMarkers(text, lineStart, lineEnd);
  let i = markers.length ? markers.at(-1)![0] + markers.at(-1)![1] : lineStart;
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
        // micromark is quadratic in the lines of a list whose items start with another list ("- - a", "> 1. - a"):
        // one list item per line, then text.
        let keep = 0;
        for (let items = 0; keep < markers.length && keep < maxContainerDepth; keep++) if (markers[keep][2] && ++items > 1) break;
        const item = markers.slice(0, keep).findIndex((m) => m[2]);
        if (item !== -1 && !thematicBreak.test(line) && ++listItems > maxListItems) {
          // From here on, list items are read as text: the first one past the limit says so.
          if (listItems === maxListItems + 1) notes.push({ kind: 'list', start: offset, end: lineEnd, count: maxListItems });
          keep = item;
        }
        if (keep < markers.length && !thematicBreak.test(line)) {
          const from = markers[keep][0];
          const to = markers.at(-1)![0] + markers.at(-1)![1];
          edits.push([from, text.slice(from, to).replace(/[^ \t]/g, neutral)]);
          if (listItems <= maxListItems) notes.push({ kind: 'nesting', start: offset, end: lineEnd, count: markers.length });
        }
      }
    }
    offset = lineEnd + 1;
  }
  endRun();
  notes.sort((a, b) => a.start - b.start);
  return { input: applyEdits(text, edits), plainInline: notes.some((n) => n.kind === 'inline'), notes };
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
