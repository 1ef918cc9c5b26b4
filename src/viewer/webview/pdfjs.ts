// pdf.js for the webview. pdf_viewer.mjs reads the library from `globalThis.pdfjsLib`, so this module
// must be imported before it (esbuild keeps module evaluation in import order).
import * as pdfjsLib from 'pdfjs-dist';

(globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
export { pdfjsLib };
