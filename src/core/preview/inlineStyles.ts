/**
 * Moves `style="…"` attributes of rendered HTML into classes of one stylesheet, so the review preview can keep a
 * strict CSP (styles only from a nonce'd <style> and the extension's files, never 'unsafe-inline'). KaTeX, which
 * renders the review's math, positions every glyph with inline styles.
 */
export function inlineStylesToClasses(html: string): { readonly html: string; readonly css: string } {
  const classes = new Map<string, string>();
  const classFor = (declarations: string) => {
    let name = classes.get(declarations);
    if (!name) classes.set(declarations, (name = `pr-s${classes.size}`));
    return name;
  };
  // Tags as markdown-it writes them: attributes in double quotes, `"` inside values escaped as &quot;.
  const rewritten = html.replace(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*(\/?)>/g, (tag, name: string, attributes: string, selfClosing: string) => {
    const style = /\sstyle="([^"]*)"/.exec(attributes);
    if (!style) return tag;
    const declarations = style[1].replace(/&quot;/g, '"').replace(/[<>{}]/g, '');
    let rest = attributes.replace(style[0], '');
    const cls = classFor(declarations);
    const existing = /\sclass="([^"]*)"/.exec(rest);
    rest = existing ? rest.replace(existing[0], ` class="${existing[1]} ${cls}"`) : `${rest} class="${cls}"`;
    return `<${name}${rest}${selfClosing ? ' /' : ''}>`;
  });
  const css = [...classes].map(([declarations, name]) => `.${name}{${declarations}}`).join('\n');
  return { html: rewritten, css };
}
