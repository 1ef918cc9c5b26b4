/**
 * The viewer webview's HTML, as a pure function so the CSP can be unit-tested and the same page
 * can be served outside VS Code by the browser tests.
 */

export interface ViewerHtmlOptions {
  /** `webview.cspSource`: the origin the extension's files are served from. */
  readonly cspSource: string;
  /** A fresh random nonce for every render. */
  readonly nonce: string;
  /** Webview URIs (as strings) of the extension's files. */
  readonly scriptUri: string;
  readonly styleUris: readonly string[];
  /** Read by the script from `data-config` (escaped JSON, no inline script). */
  readonly config: ViewerPageConfig;
}

/** What the script reads from `data-config` on startup. */
export interface ViewerPageConfig {
  /** Folder holding pdf.worker.mjs, cmaps/, standard_fonts/ and wasm/ (ends with '/'). */
  readonly pdfjsBaseUri: string;
  /** The viewer's texts in the display language, by the keys of `viewerStrings` (src/viewer/strings.ts). */
  readonly strings: Readonly<Record<string, string>>;
}

/**
 * The content security policy. Scripts run only by nonce: the page fetches the pdf.js worker file
 * (connect-src cspSource, as are cmaps and standard fonts) and starts it from a blob: URL (worker-src).
 * No eval, no wasm
 * (the viewer sets `isEvalSupported: false` and `useWasm: false`), no inline styles: pdf.js sets
 * styles through the CSSOM, which style-src does not restrict.
 */
export function viewerCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `worker-src ${cspSource} blob:`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data: blob:`,
    `font-src ${cspSource} data:`,
    `connect-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderViewerHtml(o: ViewerHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(o.nonce)) throw new Error('renderViewerHtml: the nonce must be at least 16 base64 characters');
  const styles = o.styleUris.map((u) => `<link rel="stylesheet" href="${escapeAttr(u)}">`).join('\n  ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${escapeAttr(viewerCsp(o.cspSource, o.nonce))}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  ${styles}
  <title>PDF</title>
</head>
<body data-config="${escapeAttr(JSON.stringify(o.config))}">
  <script nonce="${o.nonce}" src="${escapeAttr(o.scriptUri)}"></script>
</body>
</html>`;
}

/** A nonce from a CSPRNG (Web Crypto exists in Node 20, browsers and web workers). */
export function makeNonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
