/**
 * What New Review learns of a paper from its first page before the reviewer chooses a form: the page's text (for
 * `suggestForm`, which looks for the venue's printed statement) and the paper's title (for the review's front matter).
 * Pure over an injected pdf.js document, like the anchor index; the index worker runs it.
 */
import { layoutPage, type Fragment } from '../paperIndex/layout';
import { joinLines } from '../paperIndex/lines';
import type { PdfDocument, PdfTextContent } from '../paperIndex/pdfTypes';

export interface PaperFacts {
  /** The first page's text in reading order, white space folded. */
  readonly firstPageText?: string;
  readonly title?: string;
}

/** A title set at least this much larger than the body text; a page all in one size has no typeset title. */
const TITLE_OVER_BODY = 1.15;
/** Titles sit in the upper part of the first page (figures and footnotes below may use large type too). */
const TITLE_ZONE = 0.45;
/** A numbered or standard heading at the top of a paper without a title block is not its title. */
const HEADING = /^(?:\d+(?:\.\d+)*\.?\s+\S|(?:Abstract|Introduction|Summary|Contents)$)/i;
/** Generators that write the source file's name, or nothing useful, into the Info dictionary's /Title. */
const JUNK_INFO_TITLE = /^(?:Microsoft (?:Word|PowerPoint|Excel) - |untitled\b)|\.(?:docx?|pdf|tex|dvi|ps|rtf|odt|pages|indd)$/i;

/** Upright text only: a rotated watermark ("DRAFT") or an arXiv side stamp is never the title. */
const upright = (f: Fragment): boolean => f.items.every((i) => Math.abs(i.transform[1] ?? 0) < 1e-3 && Math.abs(i.transform[2] ?? 0) < 1e-3);

/** The Info dictionary's /Title when a person wrote it; undefined for a file name, "Microsoft Word - x.docx" and the like. */
export function infoTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.replace(/\s+/g, ' ').trim();
  return title.length >= 3 && /\p{L}{2}/u.test(title) && !JUNK_INFO_TITLE.test(title) ? title : undefined;
}

/**
 * The title as printed: the largest upright lines in the top part of page 1, joined in reading order as a reader
 * joins them (line-end hyphenation undone); the line numbers of a review copy between them are skipped. Falls back to
 * the Info dictionary's /Title when the page sets no title above the body size.
 */
export function firstPageFacts(content: PdfTextContent, view: readonly number[], info?: unknown): PaperFacts {
  const layout = layoutPage(content);
  const text = layout.fragments.map((f) => f.text).join(' ').replace(/\s+/g, ' ').trim();
  const [, y0 = 0, , y1 = 792] = view;
  const top = y1 - TITLE_ZONE * (y1 - y0);
  const candidates = layout.fragments.filter((f) => f.y >= top && upright(f) && /\p{L}/u.test(f.text));
  const size = Math.max(0, ...candidates.map((f) => f.size));
  let title: string | undefined;
  if (candidates.length && size >= TITLE_OVER_BODY * layout.bodySize) {
    const lines = candidates.filter((f) => Math.abs(f.size - size) <= 0.5);
    let joined = lines[0]!.text;
    for (let i = 1; i < lines.length; i++) {
      const drop = lines[i - 1]!.y - lines[i]!.y;
      // The next line of the same title: on the same baseline (another fragment) or at most two lines below.
      if (drop < -0.35 * size || drop > 2.2 * size) break;
      joined = drop < 0.35 * size ? `${joined} ${lines[i]!.text}` : joinLines(joined, lines[i]!.text, layout.words());
    }
    if (!HEADING.test(lines[0]!.text)) title = joined.replace(/\s+/g, ' ').trim();
  }
  title ??= infoTitle(info);
  return { ...(text ? { firstPageText: text } : {}), ...(title ? { title } : {}) };
}

/** Reads page 1 and the Info dictionary of an open document. */
export async function readFirstPage(doc: PdfDocument): Promise<PaperFacts> {
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const meta = await doc.getMetadata?.().catch(() => undefined);
  const info = meta?.info as { Title?: unknown } | undefined;
  return firstPageFacts(content, page.view, info?.Title);
}
