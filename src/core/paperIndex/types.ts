/** The paper's anchor index: where each figure, table, section, equation, … is printed in the PDF. */

export const anchorKinds = ['figure', 'table', 'section', 'equation', 'algorithm', 'theorem', 'lemma', 'proposition', 'definition', 'corollary', 'page'] as const;
export type AnchorKind = (typeof anchorKinds)[number];

/** A rectangle in PDF points, origin at the page's bottom-left: [x0, y0, x1, y1]. */
export type Rect = readonly [number, number, number, number];

export interface Anchor {
  readonly kind: AnchorKind;
  /** The number as printed: "3", "4.2.5", "II", "A.1", "3(a)", "III.A"; for pages the 1-based page number. */
  readonly label: string;
  /** 1-based page number. */
  readonly page: number;
  readonly rect: Rect;
  /** Caption's first sentence, heading text, theorem name; "" when nothing is printed. */
  readonly title: string;
  /**
   * Set for anchors of supplementary material that restarts numbering (a second "Figure 1" after the main paper) or
   * uses S-numbers ("Figure S1"); absent for the main paper and its appendices.
   */
  readonly part?: AnchorPart;
}

export const anchorParts = ['supplement'] as const;
export type AnchorPart = (typeof anchorParts)[number];

/** Bumped whenever extraction changes, so cached indexes from older versions are rebuilt. */
export const ANCHOR_INDEX_FORMAT_VERSION = 3;

export interface AnchorIndex {
  readonly formatVersion: number;
  readonly pages: number;
  /** pdf.js fingerprint (from the file's ID), or "" when the file has none. */
  readonly fingerprint: string;
  readonly anchors: readonly Anchor[];
  /** Things a reader should know about the index, e.g. that the PDF has no text layer. */
  readonly notes: readonly string[];
  /**
   * Pages without text in a paper that otherwise has it (scanned inserts, pages that failed to read): what is printed
   * there is unknown, so the index never says the paper lacks a label. Absent when every page has text.
   */
  readonly unreadPages?: readonly number[];
  /**
   * Each page's text for quote verification: entry i is page i+1's pdf.js text items joined in pdf.js order, with
   * '\n' where an item ends a line (hasEOL) and nothing else normalised; '' for a page that could not be read.
   */
  readonly pageTexts?: readonly string[];
}

/** Progress while indexing. */
export interface AnchorIndexProgress {
  readonly pagesDone: number;
  readonly pages: number;
  /** The index of the pages read so far, the rest counted as unread (IndexAssembler.partial): usable before the end. */
  readonly partial: AnchorIndex;
}
