// The anchor index core: pure over an injected pdf.js document, runs in Node, a web worker and the CLI.
export * from './types';
export * from './errors';
export type { PdfDocument, PdfLoader, PdfPage, PdfTextContent, PdfTextItem, PdfOutlineItem } from './pdfTypes';
export { scanPage, type PageScan, type Candidate } from './pageScan';
export { finalizeIndex, NO_TEXT_NOTE, type DocumentInfo } from './finalize';
export { buildAnchorIndex, progressDue, openDocument, readDocumentInfo, scanPages, type BuildOptions, type CancellationSignal } from './buildIndex';
export { scoreIndex, normalizeTitle, type TruthAnchor, type Score } from './score';
export { anchorIndexKey, cachedAnchorIndex, type AnchorIndexStore } from './cache';
export { isAnchor, isAnchorIndex, isPart, parseAnchorIndex } from './validate';
