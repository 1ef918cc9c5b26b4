/**
 * The part of pdf.js's document API the indexer uses, declared structurally so src/core never imports pdf.js:
 * the host (worker, CLI, tests) passes a real PDFDocumentProxy, or a fake.
 */
export interface PdfTextItem {
  readonly str: string;
  /** [a, b, c, d, e, f]: e/f are the baseline origin in PDF user space. */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly fontName: string;
  readonly hasEOL?: boolean;
}

export interface PdfTextContent {
  readonly items: readonly (PdfTextItem | { readonly type: string })[];
}

export interface PdfPage {
  /** [x0, y0, x1, y1] of the page in PDF points. */
  readonly view: readonly number[];
  getTextContent(): Promise<PdfTextContent>;
  cleanup?(): unknown;
}

export interface PdfOutlineItem {
  readonly title: string;
  readonly dest: string | readonly unknown[] | null;
  readonly items: readonly PdfOutlineItem[];
}

export interface PdfDocument {
  readonly numPages: number;
  readonly fingerprints: readonly (string | null)[];
  getPage(pageNumber: number): Promise<PdfPage>;
  getOutline(): Promise<readonly PdfOutlineItem[] | null>;
  getDestinations(): Promise<Record<string, readonly unknown[] | null>>;
  getDestination(id: string): Promise<readonly unknown[] | null>;
  getPageIndex(ref: unknown): Promise<number>;
  /** The Info dictionary (`info.Title`, …); optional so a fake document may leave it out. */
  getMetadata?(): Promise<{ readonly info?: unknown }>;
  destroy(): Promise<void>;
}

/** Opens a PDF from its bytes. Throws pdf.js's own exceptions (PasswordException, InvalidPDFException, …). */
export type PdfLoader = (data: Uint8Array, options?: { readonly password?: string }) => Promise<PdfDocument>;
