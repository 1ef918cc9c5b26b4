// A quote of the review found in a page's text layer and highlighted there (#11: Ctrl+click on a quote shows it in
// the paper). The quote is looked up as the quote checks look it up (core/quotes/paperText.ts): spaces, line breaks,
// line-end hyphens, ligatures and case do not count. The highlight is a CSS Custom Highlight over the text layer's
// own text nodes, so pdf.js's spans (and its find highlights in them) are left as they are.
import { PaperText } from '../../core/quotes/paperText';

/** The name of the highlight (`::highlight(pr-quote)` in media/viewer.css). */
export const QUOTE_HIGHLIGHT = 'pr-quote';

interface Piece {
  readonly node: Text;
  /** Where the node's text starts in the layer's text. */
  readonly start: number;
}

/**
 * A text layer's text, read as the index reads a page (`pageText` in core/paperIndex/pageScan.ts): pdf.js's items in
 * order, with '\n' where an item ends a line, which the text layer marks with a <br>.
 */
function layerText(layer: Element): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  const walker = layer.ownerDocument.createTreeWalker(layer, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      pieces.push({ node: n as Text, start: text.length });
      text += (n as Text).data;
    } else if ((n as Element).tagName === 'BR') {
      text += '\n';
    }
  }
  return { text, pieces };
}

/**
 * Where the text layer prints `quote`: its range, and its text as printed (line breaks and hyphens included); undefined
 * when the page does not print it.
 */
export function findQuote(layer: Element, quote: string): { range: Range; printed: string } | undefined {
  const { text, pieces } = layerText(layer);
  const page = new PaperText([text]);
  const found = page.locate(quote, 1).find((l) => l.page === 1);
  if (!found) return undefined;
  const { start, end } = page.originalSpan(1, found.start, found.end);
  const first = pieces.find((p) => start >= p.start && start < p.start + p.node.length);
  const last = pieces.findLast((p) => end > p.start && end <= p.start + p.node.length);
  if (!first || !last) return undefined;
  const range = layer.ownerDocument.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return { range, printed: text.slice(start, end) };
}

/** Shows `range` as the highlighted quote (replacing any other), or removes the highlight. */
export function showQuote(range: Range | undefined): void {
  // Browsers without the Highlight API (Firefox before 140) still scroll to the quote; they do not mark it.
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (range) CSS.highlights.set(QUOTE_HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(QUOTE_HIGHLIGHT);
}
