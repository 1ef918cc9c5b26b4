import * as assert from 'node:assert/strict';
import { makeNonce, renderViewerHtml, viewerCsp } from '../../../src/viewer/host/html';

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
const options = (nonce: string) => ({
  cspSource, nonce, scriptUri: `${cspSource}/ext/dist/viewer.js`, styleUris: [`${cspSource}/ext/media/viewer.css`],
  config: { pdfjsBaseUri: `${cspSource}/ext/dist/pdfjs/`, strings: { open: 'Öffnen "<b>"' } },
});

describe('viewer html', () => {
  it('sets the exact content security policy', () => {
    assert.equal(viewerCsp(cspSource, 'abc'), [
      "default-src 'none'",
      "script-src 'nonce-abc'",
      `worker-src ${cspSource} blob:`,
      `style-src ${cspSource}`,
      `img-src ${cspSource} data: blob:`,
      `font-src ${cspSource} data:`,
      `connect-src ${cspSource}`,
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '));
  });

  it('never allows eval, wasm, inline code or the network', () => {
    const csp = viewerCsp(cspSource, 'abc');
    for (const bad of ['unsafe-eval', 'wasm-unsafe-eval', 'unsafe-inline', 'http:', 'https:', '*']) {
      assert.ok(!csp.split(/[ ;]+/).includes(bad) && !csp.includes(`'${bad}'`), `CSP contains ${bad}`);
    }
  });

  it('puts the CSP in a meta tag and the script behind the nonce, with no inline script', () => {
    const nonce = makeNonce();
    const html = renderViewerHtml(options(nonce));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'CSP meta tag');
    assert.equal(meta[1].replace(/&#39;/g, "'"), viewerCsp(cspSource, nonce));
    const scripts = html.match(/<script[^>]*>[^<]*<\/script>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="${nonce}" src="${cspSource}/ext/dist/viewer.js"></script>`]);
  });

  it('escapes the initial config into a data attribute that reads back as the same JSON', () => {
    const html = renderViewerHtml(options(makeNonce()));
    const attr = /data-config="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.ok(!attr.includes('<') && !attr.includes('"'));
    const decoded = attr.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), options('x').config);
  });

  it('makes a new random nonce each time and refuses weak ones', () => {
    const a = makeNonce(), b = makeNonce();
    assert.notEqual(a, b);
    assert.match(a, /^[A-Za-z0-9+/=]{32}$/);
    assert.throws(() => renderViewerHtml(options('short')), /nonce/);
  });
});
