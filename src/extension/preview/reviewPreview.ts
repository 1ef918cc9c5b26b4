import * as vscode from 'vscode';
import { inlineStylesToClasses } from '../../core/preview/inlineStyles';
import { makeNonce } from '../../viewer/host/html';
import { isReview } from '../languageClient/reviewClient';

export const showPreviewCommand = 'paperReview.showPreviewToSide';

/**
 * The review as Markdown renders it, beside the editor: VS Code's own Markdown engine (`markdown.api.render`, with its
 * math plugin) turns the text into HTML, shown in a webview with the Markdown preview's and KaTeX's styles. The
 * built-in preview opens only Markdown-language documents, so reviews get this one. It follows edits to the review.
 */
class ReviewPreview implements vscode.Disposable {
  readonly #panel: vscode.WebviewPanel;
  readonly #disposables: vscode.Disposable[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #rendered = -1;

  constructor(readonly document: vscode.TextDocument, private readonly styleRoots: readonly vscode.Uri[], onDispose: () => void) {
    this.#panel = vscode.window.createWebviewPanel('paperReview.preview', vscode.l10n.t('Preview {0}', document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1)),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableForms: false, localResourceRoots: styleRoots.map((s) => vscode.Uri.joinPath(s, '..')) });
    this.#disposables.push(
      this.#panel.onDidDispose(() => { this.dispose(); onDispose(); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === document) this.#schedule(); }),
    );
    void this.render();
  }

  reveal(): void {
    this.#panel.reveal(vscode.ViewColumn.Beside, true);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.render(), 300);
  }

  async render(): Promise<void> {
    const version = this.document.version;
    if (version === this.#rendered) return;
    let body: string;
    try {
      body = await vscode.commands.executeCommand<string>('markdown.api.render', this.document.getText());
    } catch (error) {
      body = `<p>${vscode.l10n.t('The Markdown preview is not available: {0}', error instanceof Error ? error.message : String(error))}</p>`;
    }
    if (this.document.version !== version && this.#rendered !== -1) return; // a newer render is scheduled
    this.#rendered = version;
    const webview = this.#panel.webview;
    const nonce = makeNonce();
    const { html, css } = inlineStylesToClasses(body);
    // The styles come from built-in extensions, which VS Code for the Web serves from outside `cspSource`: each file
    // (and KaTeX's fonts folder beside its stylesheet) is allowed by its exact address.
    const styles = this.styleRoots.map((uri) => webview.asWebviewUri(uri).toString());
    const fonts = this.styleRoots.map((uri) => `${webview.asWebviewUri(vscode.Uri.joinPath(uri, '..', 'fonts')).toString()}/`);
    const csp = ["default-src 'none'", `style-src ${webview.cspSource} ${styles.join(' ')} 'nonce-${nonce}'`, `font-src ${webview.cspSource} ${fonts.join(' ')}`,
      `img-src ${webview.cspSource} https: data:`, "base-uri 'none'", "form-action 'none'"].join('; ');
    const links = styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
    webview.html = `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
${links}<style nonce="${nonce}">${css}</style></head><body class="vscode-body">${html}</body></html>`;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    for (const d of this.#disposables.splice(0)) d.dispose();
    this.#panel.dispose();
  }
}

/** The Markdown preview's stylesheet and KaTeX's, from the built-in extensions that ship them (absent ones are skipped). */
function previewStyles(): vscode.Uri[] {
  const file = (extension: string, path: string) => {
    const uri = vscode.extensions.getExtension(extension)?.extensionUri;
    return uri ? [vscode.Uri.joinPath(uri, path)] : [];
  };
  return [...file('vscode.markdown-language-features', 'media/markdown.css'), ...file('vscode.markdown-math', 'notebook-out/katex.min.css'),
    ...file('vscode.markdown-math', 'preview-styles/index.css')];
}

/** "Paper Review: Open Preview to the Side" for reviews; one preview per review, brought forward when open. */
export function registerReviewPreview(): vscode.Disposable {
  const previews = new Map<string, ReviewPreview>();
  return vscode.Disposable.from(
    vscode.commands.registerCommand(showPreviewCommand, (uri?: unknown) => {
      const document = uri instanceof vscode.Uri
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
        : vscode.window.activeTextEditor?.document;
      if (!document || !isReview(document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a review (*.review.md) first.'));
        return;
      }
      const key = document.uri.toString();
      const open = previews.get(key);
      if (open) open.reveal();
      else previews.set(key, new ReviewPreview(document, previewStyles(), () => previews.delete(key)));
    }),
    { dispose: () => { for (const p of previews.values()) p.dispose(); previews.clear(); } },
  );
}
