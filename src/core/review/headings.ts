import type { Heading, List, Paragraph, RootContent } from 'mdast';
import type { ReviewChunk } from './parse';

/**
 * A place that may open a section. Markdown headings always do (as unknown sections if no template knows
 * them); the other forms reviewers use — "3. Strengths" alone on a line (Markdown's list item), a bold
 * "**Strengths:**" lead, "Strengths:" on its own line, "Confidence: 4" — only when the title matches the template.
 */
export interface HeadingCandidate {
  readonly form: 'heading' | 'numbered' | 'paragraph';
  /** Markdown heading depth; 2 for the other forms, which stand at the level of a form's sections. */
  readonly depth: number;
  /** The title as written, including numbering. */
  readonly title: string;
  /** Document offsets of the heading text. */
  readonly start: number;
  readonly end: number;
  /** Where the section's body starts: after the heading, or after "Title:" when the answer follows on the same line. */
  readonly bodyStart: number;
  /** For "Title: value" lines: the part before the colon, tried when the whole title matches nothing. */
  readonly beforeColon?: { readonly title: string; readonly bodyStart: number };
}

/** The first line of a block, or its first two when a hyphen breaks the title's last word ("Broader Im-" / "pact"). */
function titleLines(text: string, start: number): string {
  // Reads at most two lines from `start`: copying the rest of the chunk for every paragraph made a long chunk quadratic.
  const line = (from: number) => {
    const nl = text.indexOf('\n', from);
    return text.slice(from, nl === -1 ? text.length : nl).replace(/\r$/, '');
  };
  const first = line(start);
  const next = start + first.length + (text[start + first.length] === '\r' ? 2 : 1);
  return /\p{L}-\s*$/u.test(first) && next < text.length ? `${first}\n${line(next)}` : first;
}

function colonSplit(title: string, start: number): HeadingCandidate['beforeColon'] {
  const colon = title.indexOf(':');
  if (colon <= 0) return undefined;
  return { title: title.slice(0, colon), bodyStart: start + colon + 1 };
}

function fromHeading(node: Heading, chunk: ReviewChunk): HeadingCandidate | undefined {
  const headingStart = node.position?.start.offset;
  const headingEnd = node.position?.end.offset;
  if (headingStart === undefined || headingEnd === undefined) return undefined;
  // The title is the text between the #-marks, without them.
  const start = chunk.start + (node.children[0]?.position?.start.offset ?? headingEnd);
  const end = chunk.start + (node.children.at(-1)?.position?.end.offset ?? headingEnd);
  const title = chunk.text.slice(start - chunk.start, end - chunk.start);
  return { form: 'heading', depth: node.depth, title, start, end, bodyStart: chunk.start + headingEnd, beforeColon: colonSplit(title, start) };
}

/** "3. Strengths" alone (or hyphen-broken over two lines) as a list item, or "10. Confidence: 4". */
function fromListItems(node: List, chunk: ReviewChunk): HeadingCandidate[] {
  if (!node.ordered) return [];
  const result: HeadingCandidate[] = [];
  for (const item of node.children) {
    const para = item.children[0];
    if (para?.type !== 'paragraph' || para.position?.start.offset === undefined || item.position?.start.offset === undefined) continue;
    const lineStart = chunk.start + item.position.start.offset;
    const start = chunk.start + para.position.start.offset;
    const text = titleLines(chunk.text, para.position.start.offset);
    const title = chunk.text.slice(item.position.start.offset, para.position.start.offset) + text;
    const end = start + text.length;
    result.push({ form: 'numbered', depth: 2, title, start: lineStart, end, bodyStart: end, beforeColon: colonSplit(text, start) });
  }
  return result;
}

/** A paragraph led by its title: "**Strengths:** …", "Strengths:" alone on its first line, or "Confidence: 4". */
function fromParagraph(node: Paragraph, chunk: ReviewChunk): HeadingCandidate | undefined {
  const offset = node.position?.start.offset;
  if (offset === undefined) return undefined;
  const start = chunk.start + offset;
  const lead = node.children[0];
  if (lead?.type === 'strong' && lead.position?.end.offset !== undefined) {
    let endInChunk = lead.position.end.offset;
    const inner = chunk.text.slice(offset + 2, endInChunk - 2);
    if (chunk.text[endInChunk] === ':') endInChunk++;
    const title = inner.replace(/:\s*$/, '');
    return { form: 'paragraph', depth: 2, title, start, end: chunk.start + endInChunk, bodyStart: chunk.start + endInChunk };
  }
  const text = titleLines(chunk.text, offset);
  const end = start + text.length;
  if (/:\s*$/.test(text)) return { form: 'paragraph', depth: 2, title: text.replace(/:\s*$/, ''), start, end, bodyStart: end };
  return { form: 'paragraph', depth: 2, title: text, start, end, bodyStart: end, beforeColon: colonSplit(text, start) };
}

/** Every heading candidate of a chunk, in document order. */
export function headingCandidates(chunk: ReviewChunk): HeadingCandidate[] {
  const result: HeadingCandidate[] = [];
  for (const node of chunk.root.children as RootContent[]) {
    if (node.type === 'heading') {
      const c = fromHeading(node, chunk);
      if (c) result.push(c);
    } else if (node.type === 'list') {
      result.push(...fromListItems(node, chunk));
    } else if (node.type === 'paragraph') {
      const c = fromParagraph(node, chunk);
      if (c) result.push(c);
    }
  }
  return result;
}
