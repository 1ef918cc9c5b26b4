// A figure's or table's picture above its hover text (#11: "hover shows the figure").
//
// What VS Code's hover renders (src/vs/base/browser/markdownRenderer.ts, 2026): Markdown images may have `data:` sources
// (they are in the sanitizer's allowed media protocols and pass `massageHref` unchanged), without `supportHtml`;
// `![alt](src|width=W,height=H)` sets the image's size (`parseHrefAndDimensions` in htmlContent.ts); an `<img>`
// tag needs `supportHtml`, which a language server's hover cannot ask for. Markdown over 100,000 characters is cut
// there, which would break the image's source: then the picture is left out.

/** A PNG picture and the size to show it at, in CSS pixels. */
export interface FigurePicture {
  readonly dataUri: string;
  readonly width: number;
  readonly height: number;
}

/** VS Code cuts a hover's Markdown past this many characters. */
export const maxHoverMarkdown = 100_000;

const pngDataUri = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;
const isSize = (n: number) => Number.isFinite(n) && n >= 1 && n <= 10_000;

/**
 * `hoverMarkdown` with `picture` above it, or unchanged when there is no picture, it is not a PNG data URI, or the
 * whole would be longer than a hover shows. `alt` (the figure's name and caption) is the image's text alternative.
 */
export function withPicture(hoverMarkdown: string, picture: FigurePicture | undefined, alt: string): string {
  if (!picture || !pngDataUri.test(picture.dataUri) || !isSize(picture.width) || !isSize(picture.height)) return hoverMarkdown;
  const size = `width=${Math.round(picture.width)},height=${Math.round(picture.height)}`;
  const image = `![${escapeAlt(alt)}](${picture.dataUri}|${size})`;
  const markdown = hoverMarkdown ? `${image}\n\n${hoverMarkdown}` : image;
  return markdown.length <= maxHoverMarkdown ? markdown : hoverMarkdown;
}

/**
 * Alt text that cannot end the image early: one line, brackets escaped (marked unescapes `\[` and `\]` in an image's
 * text), backslashes dropped (one before the closing bracket would escape it), and short.
 */
function escapeAlt(alt: string): string {
  const line = alt.replace(/\\/g, '').replace(/\s+/g, ' ').trim();
  const short = line.length > 300 ? `${line.slice(0, 299)}…` : line;
  return short.replace(/[[\]]/g, '\\$&');
}
