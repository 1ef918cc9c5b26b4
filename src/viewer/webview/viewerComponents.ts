// Imported after ./pdfjs so `globalThis.pdfjsLib` is set when pdf_viewer.mjs evaluates.
import './pdfjs';
export { EventBus, PDFFindController, PDFLinkService, PDFViewer, LinkTarget, RenderingStates } from 'pdfjs-dist/web/pdf_viewer.mjs';
