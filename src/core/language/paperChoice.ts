/**
 * Which PDF is a review's paper, as a pure decision over names (no file system here, so it is unit-testable and
 * shared by every host). Order: the front matter's `paper:` (the review says so), a remembered earlier choice, a PDF
 * with the review's base name, the only PDF in the folder; else ask.
 */

export type PaperChoice =
  | { readonly kind: 'path'; readonly path: string; readonly reason: 'remembered' | 'frontMatter' | 'sameName' | 'onlyPdf' }
  | { readonly kind: 'ask'; readonly candidates: readonly string[] };

export interface PaperChoiceInput {
  /** The review's file name, e.g. "paper.review.md". */
  readonly reviewFileName: string;
  /** `paper:` from the front matter, relative to the review's folder (or absolute). */
  readonly frontMatterPaper?: string;
  /** A previously chosen path (relative to the review's folder) that still exists. */
  readonly remembered?: string;
  /** Names of the PDF files in the review's folder. */
  readonly pdfsInFolder: readonly string[];
  /** Whether `frontMatterPaper` names an existing file. */
  readonly frontMatterPaperExists: boolean;
}

/** "paper.review.md" → "paper"; "paper.review" → "paper"; "notes.md" → "notes". */
export function reviewBaseName(fileName: string): string {
  return fileName.replace(/\.review(\.md)?$/i, '').replace(/\.md$/i, '');
}

export function choosePaper(input: PaperChoiceInput): PaperChoice {
  if (input.frontMatterPaper && input.frontMatterPaperExists) return { kind: 'path', path: input.frontMatterPaper, reason: 'frontMatter' };
  if (input.remembered) return { kind: 'path', path: input.remembered, reason: 'remembered' };
  const base = reviewBaseName(input.reviewFileName).toLowerCase();
  const sameName = input.pdfsInFolder.find((name) => name.toLowerCase() === `${base}.pdf`);
  if (sameName) return { kind: 'path', path: sameName, reason: 'sameName' };
  if (input.pdfsInFolder.length === 1) return { kind: 'path', path: input.pdfsInFolder[0], reason: 'onlyPdf' };
  return { kind: 'ask', candidates: [...input.pdfsInFolder].sort() };
}
