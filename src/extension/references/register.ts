import * as vscode from 'vscode';
import type { Anchor } from '../../core/paperIndex/types';
import { anchorMarkdown, getCompletions, getDefinition, getDocumentLinks, getHover, hoverMarkdown, type ReviewPaper as CorePaper } from '../../core/language';
import { reviewLanguageId, isReview, type ReviewService } from '../review/reviewService';
import { toRange } from '../review/convert';

export const showInPaperCommand = 'paperReview.showInPaper';

/** Shows an anchor in the viewer (opening the paper beside the review if needed) and flashes it. */
export type RevealAnchor = (paper: vscode.Uri, anchor: Anchor) => Promise<boolean>;

/** The review's paper as the core names it; the features below are the core's, translated to VS Code types. */
async function paperOf(service: ReviewService, document: vscode.TextDocument): Promise<CorePaper | undefined> {
  const paper = await service.paper(document);
  return paper && { uri: paper.paper.toString(), index: paper.index };
}

const showInPaperLink = (document: vscode.TextDocument, offset: number) =>
  `command:${showInPaperCommand}?${encodeURIComponent(JSON.stringify([document.uri.toString(), offset]))}`;

/** Hovering "Figure 9" shows its caption and page and one "Show in paper" link; "Figure 12" of a nine-figure paper says it has none. */
class ReferenceHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: ReviewService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = this.service.analyze(document);
    const offset = document.offsetAt(position);
    if (!analysis.references.some((r) => r.span.start <= offset && offset <= r.span.end)) return undefined;
    const hover = getHover(analysis, offset, await paperOf(this.service, document));
    if (!hover) return undefined;
    const md = new vscode.MarkdownString(hoverMarkdown(hover, hover.kind === 'anchor' ? showInPaperLink(document, hover.range.start) : undefined));
    if (hover.kind === 'anchor') md.isTrusted = { enabledCommands: [showInPaperCommand] };
    return new vscode.Hover(md, toRange(document, hover.range));
  }
}

/** Every reference is a link (Ctrl+click) that shows it in the paper; its tooltip names the target, or says the paper lacks it. */
class ReferenceLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly service: ReviewService) {}

  async provideDocumentLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const analysis = this.service.analyze(document);
    const paper = analysis.references.length ? await paperOf(this.service, document) : undefined;
    return getDocumentLinks(analysis, paper).map((l) => {
      const link = new vscode.DocumentLink(toRange(document, l.range), vscode.Uri.parse(showInPaperLink(document, l.range.start)));
      link.tooltip = l.tooltip ?? vscode.l10n.t('Show in the paper');
      return link;
    });
  }
}

/** After "Figure " (or "Table ", "Sec. ", "§", "Eq. (" …) offers the paper's labels of that kind, with their captions. */
class AnchorCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly service: ReviewService) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const text = document.getText();
    const offset = document.offsetAt(position);
    const completions = getCompletions(text, offset, await paperOf(this.service, document));
    if (!completions) return undefined;
    const range = toRange(document, completions.range);
    return completions.items.map((c) => {
      const item = new vscode.CompletionItem({ label: c.label, description: c.description }, vscode.CompletionItemKind.Reference);
      item.insertText = c.insertText;
      item.range = range;
      item.sortText = c.sortText;
      item.documentation = new vscode.MarkdownString(anchorMarkdown(c.anchor));
      return item;
    });
  }
}

async function showInPaper(service: ReviewService, reveal: RevealAnchor, args: unknown[]): Promise<void> {
  let document: vscode.TextDocument | undefined;
  let position: vscode.Position | undefined;
  if (typeof args[0] === 'string' && typeof args[1] === 'number') {
    document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args[0]);
    position = document?.positionAt(args[1]);
  } else if (vscode.window.activeTextEditor && isReview(vscode.window.activeTextEditor.document)) {
    document = vscode.window.activeTextEditor.document;
    position = vscode.window.activeTextEditor.selection.active;
  }
  const definition = document && position && getDefinition(service.analyze(document), document.offsetAt(position), await paperOf(service, document));
  if (!definition) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a reference to the paper, such as "Figure 9" or "Table 2".'));
    return;
  }
  switch (definition.kind) {
    case 'no-paper':
      void vscode.window.showInformationMessage(vscode.l10n.t('This review has no paper yet: add "paper: <file>.pdf" to its front matter, or run "Open Paper Beside".'));
      return;
    case 'missing':
      // Ctrl+click on "Figure 12" of a nine-figure paper says so rather than doing nothing.
      void vscode.window.showInformationMessage(definition.message);
      return;
    case 'anchor':
      await reveal(vscode.Uri.parse(definition.paperUri), definition.anchor);
  }
}

/** Hover, links, completion and "Show in Paper" for references to the paper in a review. */
export function registerAnchoring(service: ReviewService, reveal: RevealAnchor): vscode.Disposable {
  const selector = { language: reviewLanguageId };
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider(selector, new ReferenceHoverProvider(service)),
    vscode.languages.registerDocumentLinkProvider(selector, new ReferenceLinkProvider(service)),
    vscode.languages.registerCompletionItemProvider(selector, new AnchorCompletionProvider(service), ' ', '(', '§'),
    vscode.commands.registerCommand(showInPaperCommand, (...args: unknown[]) => showInPaper(service, reveal, args)),
  );
}
