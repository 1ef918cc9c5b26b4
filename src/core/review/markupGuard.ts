/**
 * Keeps the Markdown parser linear. micromark resolves emphasis, links and code spans by comparing delimiters with
 * each other, which is quadratic in their number within one paragraph (20,000 "*a" pairs take seconds, 40,000 half a
 * minute), and its containers cost more than linear in their nesting on one line ("> > > …", "- - - …"). A review
 * needs block structure and words, not emphasis inside a paragraph of thousands of delimiters, so before a chunk
 * is parsed this finds such places, in one pass over the chunk:
 * - a paragraph (a run of non-blank lines outside fenced code) with more inline-markup characters than any prose
 *   has: the chunk is then parsed with micromark's inline constructs turned off, so its text is plain text while its
 *   blocks (headings, lists, quotes, code) stay exactly what they were;
 * - a line opening more containers than `maxContainerDepth`: the markers past that depth are replaced (same length,
 *   so every offset still holds) and the rest of the line is read as text.
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
/** Containers (quotes, list items) one line may open; reviews nest three or four. */
export const maxContainerDepth = 6;

/** A place whose Markdown is read more simply than written; offsets are relative to the guarded text. */
export interface MarkupNote {
  readonly kind: 'inline' | 'nesting';
  readonly start: number;
  readonly end: number;
  /** Inline-markup characters of the paragraph, or containers the line opens. */
  readonly count: number;
}

export interface GuardedMarkup {
  /** The text to give the parser: the original, or a copy of the same length with excess container markers replaced. */
  readonly input: string;
  /** Parse with inline constructs off (some paragraph has too much inline markup). */
  readonly plainInline: boolean;
  readonly notes: readonly MarkupNote[];
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** What replaces a container marker past the depth limit: a letter, which no block construct starts with. */
const neutral = 'x';

/** Offsets of the container markers a line opens ("> ", "- ", "* ", "+ ", "12. ", "3) "), each with its length. */
function containerMarkers(text: string, from: number, to: number): [number, number][] {
  const markers: [number, number][] = [];
  let i = from;
  for (;;) {
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    const c = text[i];
    if (c === '>') { markers.push([i, 1]); i++; continue; }
    const spaceAfter = (j: number) => j >= to || text[j] === ' ' || text[j] === '\t';
    if ((c === '-' || c === '*' || c === '+') && spaceAfter(i + 1)) { markers.push([i, 1]); i++; continue; }
    let j = i;
    while (j < to && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i && (text[j] === '.' || text[j] === ')') && spaceAfter(j + 1)) { markers.push([i, j + 1 - i]); i = j + 1; continue; }
    return markers;
  }
}

/** Finds what would make the parser super-linear in `text` (one chunk of a review); linear in its length. */
export function guardMarkup(text: string): GuardedMarkup {
  const notes: MarkupNote[] = [];
  let chars: string[] | undefined;
  let fence: string | undefined;
  let runStart = -1;
  let runEnd = 0;
  let runMarkup = 0;
  const endRun = () => {
    if (runStart >= 0 && (runMarkup > maxInlineMarkup || (runMarkup > denseInlineMarkup && runMarkup * 4 > runEnd - runStart))) {
      notes.push({ kind: 'inline', start: runStart, end: runEnd, count: runMarkup });
    }
    runStart = -1;
    runMarkup = 0;
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
        for (let i = offset; i < lineEnd; i++) if (isInlineMarkup(text.charCodeAt(i))) runMarkup++;
        const markers = containerMarkers(text, offset, lineEnd);
        if (markers.length > maxContainerDepth && !thematicBreak.test(line)) {
          chars ??= text.split('');
          for (const [at, length] of markers.slice(maxContainerDepth)) for (let k = at; k < at + length; k++) chars[k] = neutral;
          notes.push({ kind: 'nesting', start: offset, end: lineEnd, count: markers.length });
        }
      }
    }
    offset = lineEnd + 1;
  }
  endRun();
  notes.sort((a, b) => a.start - b.start);
  return { input: chars ? chars.join('') : text, plainInline: notes.some((n) => n.kind === 'inline'), notes };
}
