import { fromMarkdown } from 'mdast-util-from-markdown';
import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import type { Nodes, Parent } from 'mdast';
import type { FieldMarkup } from './venueForms';
import { withoutQuoteRecords } from '../quotes/record';

/** A section's text as the venue's field should receive it, and what was changed or needs the reviewer's eye. */
export interface FieldText {
  readonly text: string;
  /** One line each: what was converted, or what the venue's renderer will show differently. */
  readonly notes: readonly string[];
}

/**
 * Characters as OpenReview counts them: its form shows `maxLength - value.trim().length`
 * (openreview-web components/EditorComponents/TextAreaWidget.js), i.e. UTF-16 code units of the trimmed text,
 * so "é" counts 1 and an emoji 2. No other venue documents how it counts; the same count is used for them.
 */
export function countVenueCharacters(text: string): number {
  return text.trim().length;
}

const asciiPunctuation = /[!-/:-@[-`{-~]/;
/** Characters `marked` may read as emphasis or strikethrough inside a formula. */
const emphasisLike = new Set(['*', '_', '~']);

/**
 * A formula as it must be typed for OpenReview: `marked` runs before MathJax, so a backslash before ASCII
 * punctuation (`\\`, `\{`, `\,`, `\_`) is a Markdown escape that loses its backslash, and `*`, `_`, `~` may turn
 * into emphasis. Doubling those backslashes and escaping those characters makes `marked` hand MathJax the
 * formula as written. OpenReview documents the `\\` → `\\\\` case in its editor's warning.
 */
export function escapeMathForMarked(formula: string): string {
  let out = '';
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    const next = formula[i + 1];
    if (c === '\\' && next !== undefined && asciiPunctuation.test(next)) {
      out += '\\\\' + (next === '\\' ? '\\\\' : emphasisLike.has(next) ? `\\${next}` : next);
      i++;
    } else {
      out += emphasisLike.has(c) ? `\\${c}` : c;
    }
  }
  return out;
}

interface Edit { readonly start: number; readonly end: number; readonly text: string }

function walk(node: Nodes, visit: (node: Nodes, parent: Parent | undefined) => void, parent?: Parent): void {
  visit(node, parent);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit, node);
}

/** A soft line break inside a paragraph: no two trailing spaces and no trailing backslash before it. */
const lineBreak = /([ \t]*)(\\?)\n[ \t]*((?:>[ \t]?)*)/g;

function joinSoftBreaks(paragraph: string): string {
  return paragraph.replace(lineBreak, (m, spaces: string, backslash: string) => (spaces.length >= 2 || backslash ? m : ' '));
}

function softBreaksIn(paragraph: string): number {
  let n = 0;
  for (const m of paragraph.matchAll(lineBreak)) if (m[1].length < 2 && !m[2]) n++;
  return n;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Converts a section's Markdown to what the venue's field takes. OpenReview: formulas escaped for `marked`
 * (see `escapeMathForMarked`), single line breaks flagged (they show as spaces there, as in any Markdown).
 * Plain text boxes: soft line breaks joined so paragraphs reflow, formulas flagged (not rendered).
 * Code is never touched. Linear in the text's length.
 */
export function submissionText(markdown: string, markup: FieldMarkup): FieldText {
  const source = withoutQuoteRecords(markdown).trim();
  if (markup === 'markdown' || source === '') return { text: source, notes: [] };
  const tree = fromMarkdown(source, { extensions: [math()], mdastExtensions: [mathFromMarkdown()] });
  const edits: Edit[] = [];
  let formulas = 0;
  let changedFormulas = 0;
  let softBreaks = 0;
  walk(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'inlineMath' || node.type === 'math') {
      formulas++;
      if (markup !== 'openreview-markdown') return;
      const written = source.slice(start, end);
      const escaped = escapeMathForMarked(written);
      if (escaped !== written) {
        changedFormulas++;
        edits.push({ start, end, text: escaped });
      }
    } else if (node.type === 'paragraph') {
      const written = source.slice(start, end);
      if (markup === 'plain') {
        const joined = joinSoftBreaks(written);
        if (joined !== written) edits.push({ start, end, text: joined });
      } else {
        softBreaks += softBreaksIn(written);
      }
    }
  });
  // Formulas sit inside paragraphs: the plain-text joins and the formula escapes are never both made, so edits do not overlap.
  edits.sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  for (const e of edits) {
    text += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  text += source.slice(at);

  const notes: string[] = [];
  if (markup === 'openreview-markdown') {
    if (changedFormulas) {
      notes.push(`${plural(changedFormulas, 'formula')} escaped for OpenReview's Markdown (backslashes before punctuation doubled, * _ ~ escaped), so MathJax gets them as written.`);
    }
    if (softBreaks) {
      notes.push(`${plural(softBreaks, 'single line break')} inside paragraphs will show as spaces on OpenReview; leave a blank line, or end the line with two spaces, to start a new line.`);
    }
  } else if (formulas) {
    notes.push(`${plural(formulas, 'formula')} will show as typed: this venue's text box does not render LaTeX.`);
  }
  return { text, notes };
}
