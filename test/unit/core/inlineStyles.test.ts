// The review preview keeps a strict CSP: KaTeX's inline styles become classes of one stylesheet.
import * as assert from 'node:assert/strict';
import { inlineStylesToClasses } from '../../../src/core/preview/inlineStyles';

describe('inline styles of the rendered review become classes', () => {
  it('moves each distinct style to one class, keeping existing classes and other attributes', () => {
    const html = '<span class="katex"><span class="strut" style="height:0.8141em;"></span><span style="height:0.8141em;" aria-hidden="true">x</span>'
      + '<span class="vlist" style="top:-3.063em;margin-right:0.05em;">2</span></span>';
    assert.deepEqual(inlineStylesToClasses(html), {
      html: '<span class="katex"><span class="strut pr-s0"></span><span aria-hidden="true" class="pr-s0">x</span>'
        + '<span class="vlist pr-s1">2</span></span>',
      css: '.pr-s0{height:0.8141em;}\n.pr-s1{top:-3.063em;margin-right:0.05em;}',
    });
  });

  it('leaves HTML without styles as it is, text that merely reads style="…" included', () => {
    const html = '<p>Write <code>style=&quot;x&quot;</code> here</p><img src="a.png" alt="A" />';
    assert.deepEqual(inlineStylesToClasses(html), { html, css: '' });
  });

  it('cannot break out of the stylesheet: braces and angle brackets in a style are dropped', () => {
    const { css } = inlineStylesToClasses('<b style="color:red}</style><script>x()</script>{">b</b>');
    assert.equal(css, '.pr-s0{color:red/stylescriptx()/script}');
  });
});
