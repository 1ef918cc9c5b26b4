// The anchor index core: pure over an injected pdf.js document, runs in Node, a web worker and the CLI.
export * from './types';
export * from './errors';
export type { PdfDocument, PdfLoader, PdfPage, PdfTextContent, PdfTextItem, PdfOutlineItem } from './pdfTypes';
export { scanPage, type PageScan, type Candidate } from './pageScan';
export { finalizeIndex, IndexAssembler, NO_TEXT_NOTE, type DocumentInfo } from './finalize';
export { assemblingSink, buildAnchorIndex, progressDue, openDocument, readDocumentInfo, readIndexParts, scanPages, type BuildOptions, type CancellationSignal, type IndexSink } from './buildIndex';
export { pageText } from './pageScan';
export { scoreIndex, normalizeTitle, type TruthAnchor, type Score } from './score';
export { anchorIndexKey, cachedAnchorIndex, readCachedIndex, type AnchorIndexStore } from './cache';
export { isAnchor, isAnchorIndex, isPart, parseAnchorIndex } from './validate';
