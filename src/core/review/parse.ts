import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Processor } from 'unified';
import type { Nodes, Root } from 'mdast';
import { guardMarkup, type MarkupNote } from './markupGuard';

/** micromark's inline constructs: without them a paragraph is plain text, in time linear in its length. */
const inlineConstructs = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText',
  'labelEnd', 'labelStartImage', 'labelStartLink'];
/** Its containers: without them quote and list markers are a paragraph's text. */
const containerConstructs = ['blockQuote', 'list'];
function disabling(constructs: string[]) {
  return function (this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push({ disable: { null: constructs } });
  };
}
const processor = (disable: string[]) => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(disabling(disable));
/** By what markupGuard found in a chunk: whether its inline markup, and whether its containers, are read as text. */
const processors = {
  full: processor([]),
  plainInline: processor(inlineConstructs),
  plainBlocks: processor(containerConstructs),
  plainBoth: processor([...inlineConstructs, ...containerConstructs]),
};

/**
 * One independently parsed slice of a review. Offsets inside `root` are relative to the chunk;
 * add `start` for document offsets. `masked` is the chunk's text with code, HTML, front matter and
 * link destinations blanked out (same length), so text scans never look inside them.
 */
export interface ReviewChunk {
  readonly start: number;
  readonly text: string;
  readonly root: Root;
  readonly masked: string;
  /** Places whose Markdown was read more simply than written, so that parsing stays linear (chunk offsets). */
  readonly markupNotes: readonly MarkupNote[];
}

/** The whole review as a list of chunks in document order. */
export interface ParsedReview {
  readonly text: string;
  readonly chunks: readonly ReviewChunk[];
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const atxHeading = /^#{1,6}(?:[ \t]|$)/;
const numberedLine = /^\d{1,3}[.)][ \t]+\S/;
const listItemLine = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/**
 * Splits a review at lines where Markdown always starts a new block — an ATX heading in column 0, a numbered
 * line after a blank line, or a column-0 list item right after another — outside fenced code and front matter.
 * Parsing each slice alone gives the same blocks as parsing the whole (a long list becomes several lists, which
 * no check tells apart), and lets an edit re-parse only the slice it touched. Two cases parse differently and
 * reviews do not write them: a heading inside a raw HTML block, and "2." lines continuing a paragraph.
 */
export function chunkBoundaries(text: string): number[] {
  const starts = [0];
  let fence: string | undefined;
  let offset = 0;
  let previousBlank = true;
  let previousItem = false;
  let inFrontMatter = text.startsWith('---\n') || text.startsWith('---\r\n');
  let lineNo = 0;
  while (offset < text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl + 1;
    const line = text.slice(offset, nl === -1 ? text.length : nl).replace(/\r$/, '');
    if (inFrontMatter) {
      if (lineNo > 0 && /^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    } else if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    } else {
      const open = fenceOpen.exec(line);
      const item = listItemLine.test(line);
      if (offset > 0 && (atxHeading.test(line) || (previousBlank && numberedLine.test(line)) || (previousItem && item))) starts.push(offset);
      if (open) fence = open[1];
    }
    previousBlank = line.trim() === '';
    previousItem = !fence && !inFrontMatter && listItemLine.test(line);
    offset = end;
    lineNo++;
  }
  return starts;
}

function maskChunk(text: string, root: Root): string {
  // The ranges to blank, then one pass of slices: a character array of a long chunk cost more than its parse.
  const ranges: [number, number][] = [];
  const blank = (from: number, to: number) => { ranges.push([from, to]); };
  // An explicit stack, not recursion: a tree may be hundreds of quotes and lists deep.
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'code': case 'inlineCode': case 'html': case 'yaml': case 'definition': case 'image': case 'imageReference':
        blank(start, end);
        continue;
      case 'link': {
        const children = node.children;
        const childText = children.map((c) => ('value' in c ? c.value : '')).join('');
        // Autolinks show their URL as the text: nothing in them is the reviewer's prose.
        if (childText === node.url) { blank(start, end); continue; }
        const lastEnd = children.at(-1)?.position?.end.offset ?? start;
        blank(lastEnd, end);
        break;
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    pieces.push(text.slice(at, start), text.slice(start, to).replace(/[^\n]/g, ' '));
    at = to;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function parseChunk(text: string, start: number): ReviewChunk {
  // The guarded input has the text's length and line breaks, so the tree's offsets are offsets into `text`.
  const guard = guardMarkup(text);
  const chosen = guard.plainInline ? (guard.plainBlocks ? processors.plainBoth : processors.plainInline) : guard.plainBlocks ? processors.plainBlocks : processors.full;
  const root = chosen.parse(guard.input) as Root;
  return { start, text, root, masked: maskChunk(text, root), markupNotes: guard.notes };
}

/**
 * Parses a review, reusing the chunks of `previous` whose text is unchanged (whatever their offset).
 * With no previous result this is a cold parse.
 */
export function parseReview(text: string, previous?: ParsedReview): ParsedReview {
  const reusable = new Map<string, ReviewChunk>();
  for (const chunk of previous?.chunks ?? []) reusable.set(chunk.text, chunk);
  const bounds = chunkBoundaries(text);
  const chunks: ReviewChunk[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const start = bounds[i];
    const chunkText = text.slice(start, bounds[i + 1] ?? text.length);
    const old = reusable.get(chunkText);
    chunks.push(old ? (old.start === start ? old : { ...old, start }) : parseChunk(chunkText, start));
  }
  return { text, chunks };
}
