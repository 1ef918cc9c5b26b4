// A figure's or table's float region drawn by pdf.js on a canvas of its own, for the review's hover (#11: "hover
// shows the figure"). Always in the PDF's own colours: the viewer's dark and invert modes are for reading pages in
// the editor, a picture in a hover is the figure as printed.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Rect } from '../../core/paperIndex/types';
import { maxPictureDataUri, type PictureResult } from '../../protocol/viewerMessages';

/** A small float is not blown up past twice its printed size. */
const MAX_ZOOM = 2;
/**
 * The tallest picture shown, in CSS pixels: VS Code's hover is at most 250 px high unless the editor is over 1000 px
 * tall (a quarter of its height) or the user resizes it; below the picture come the hover's caption line and
 * "Show in paper", which must stay in view without scrolling.
 */
const MAX_HEIGHT = 160;
/** Pixels per CSS pixel tried first, so the picture is sharp on HiDPI screens. */
const PIXEL_RATIO = 2;
/**
 * The most pixels drawn: a canvas this size takes 8 MB and about 20 ms to encode; the PNG must anyway fit
 * `maxPictureDataUri`, which for a figure with text comes well below it.
 */
const MAX_PIXELS = 2_000_000;
/** Room (PDF points) around the region, so a frame drawn on its edge is not cut. */
const MARGIN = 3;

/**
 * Draws `region` (PDF coordinates) of page `pageNumber` at most `maxWidth` CSS pixels wide, as a PNG data URI of at
 * most `maxPictureDataUri` characters: when the PNG is larger it is drawn again with fewer pixels.
 */
export async function drawPicture(doc: PDFDocumentProxy, pageNumber: number, region: Rect, maxWidth: number): Promise<PictureResult> {
  const page = await doc.getPage(pageNumber);
  const [px0, py0, px1, py1] = page.view as [number, number, number, number];
  const box: Rect = [Math.max(px0, region[0] - MARGIN), Math.max(py0, region[1] - MARGIN), Math.min(px1, region[2] + MARGIN), Math.min(py1, region[3] + MARGIN)];
  const base = page.getViewport({ scale: 1 });
  const [a, b, c, d] = base.convertToViewportRectangle([...box]);
  // In the page's displayed orientation (a rotated page turns the region too), in points.
  const width = Math.max(1, Math.abs(c! - a!));
  const height = Math.max(1, Math.abs(d! - b!));
  const cssScale = Math.min(maxWidth / width, MAX_HEIGHT / height, MAX_ZOOM);
  let ratio = Math.min(PIXEL_RATIO, Math.sqrt(MAX_PIXELS / (width * height)) / cssScale);
  for (let attempt = 0; attempt < 4; attempt++) {
    const scale = cssScale * ratio;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const viewport = page.getViewport({ scale, offsetX: -Math.min(a!, c!) * scale, offsetY: -Math.min(b!, d!) * scale });
    const canvasContext = canvas.getContext('2d', { alpha: false })!;
    // No pageColors: the PDF's colours, on white (pdf.js fills the background white).
    await page.render({ canvas, canvasContext, viewport }).promise;
    const dataUri = canvas.toDataURL('image/png');
    canvas.width = canvas.height = 0; // frees the pixels now rather than at the next collection
    if (dataUri.length <= maxPictureDataUri) {
      // Below one pixel per CSS pixel the picture is shown at its own size: never blown up blurred.
      const shown = cssScale * Math.min(1, ratio);
      return { dataUri, width: Math.max(1, Math.round(width * shown)), height: Math.max(1, Math.round(height * shown)), region: box };
    }
    // PNG size grows about with the pixel count: aim a little under the limit.
    ratio *= Math.sqrt(maxPictureDataUri / dataUri.length) * 0.9;
  }
  throw new Error(`The picture of page ${pageNumber} does not fit in ${maxPictureDataUri} characters.`);
}
