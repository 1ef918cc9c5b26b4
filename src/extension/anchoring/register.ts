import * as vscode from 'vscode';
import { anchorDisplayName, resolveReference } from '../../core/anchoring/resolve';
import type { Anchor, AnchorKind } from '../../core/anchors/types';
import type { PaperReference } from '../../core';
import { reviewLanguageId, isReview, type ReviewService } from '../review/reviewService';
import { toRange } from '../review/convert';
import type { ReviewPaper } from './paperAnchors';

export const showInPaperCommand = 'paperReview.showInPaper';

/** Shows an anchor in the viewer (opening the paper beside the review if needed) and flashes it. */
export type RevealAnchor = (paper: vscode.Uri, anchor: Anchor) => Promise<boolean>;

function referenceAt(service: ReviewService, document: vscode.TextDocument, position: vscode.Position): PaperReference | undefined {
  const offset = document.offsetAt(position);
  return service.analyze(document).references.find((r) => r.span.start <= offset && offset <= r.span.end);
}

function describe(anchor: Anchor): vscode.MarkdownString {
  const md = new vscode.MarkdownString(`**${anchorDisplayName(anchor)}** · page ${anchor.page}`);
  if (anchor.title) md.appendMarkdown('\n\n').appendText(anchor.title);
  return md;
}

/** Hovering "Figure 9" shows its caption and page. */
class ReferenceHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: ReviewService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const ref = referenceAt(this.service, document, position);
    if (!ref) return undefined;
    const paper = await this.service.paper(document);
    const anchor = paper && resolveReference(paper.index, ref);
    if (!anchor) return undefined;
    const md = describe(anchor);
    md.appendMarkdown(`\n\n[Show in paper](command:${showInPaperCommand}?${encodeURIComponent(JSON.stringify([document.uri.toString(), ref.span.start]))})`);
    md.isTrusted = { enabledCommands: [showInPaperCommand] };
    return new vscode.Hover(md, toRange(document, ref.span));
  }
}

/** Every reference is a link (Ctrl+click) that shows it in the paper. */
class ReferenceLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly service: ReviewService) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    return this.service.analyze(document).references.filter((r) => r.kind !== 'line').map((ref) => {
      const args = encodeURIComponent(JSON.stringify([document.uri.toString(), ref.span.start]));
      const link = new vscode.DocumentLink(toRange(document, ref.span), vscode.Uri.parse(`command:${showInPaperCommand}?${args}`));
      link.tooltip = vscode.l10n.t('Show in the paper');
      return link;
    });
  }
}

const completionKinds: readonly [RegExp, AnchorKind][] = [
  [/\b(?:Figures?|Figs?\.)\s*$/i, 'figure'], [/\b(?:Tables?|Tabs?\.)\s*$/i, 'table'], [/(?:\b(?:Sections?|Secs?\.)\s*|§)$/i, 'section'],
  [/\b(?:Equations?|Eqs?\.)\s*\(?$/i, 'equation'], [/\b(?:Algorithms?|Alg\.)\s*$/i, 'algorithm'], [/\bTheorems?\s*$/i, 'theorem'],
  [/\bLemmas?\s*$/i, 'lemma'], [/\bPropositions?\s*$/i, 'proposition'], [/\bCorollar(?:y|ies)\s*$/i, 'corollary'], [/\bDefinitions?\s*$/i, 'definition'],
  [/\bAppendix\s*$/i, 'section'],
];

/** After "Figure " (or "Table ", "Sec. ", "§", "Eq. (" …) offers the paper's labels of that kind, with their captions. */
class AnchorCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly service: ReviewService) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const before = document.lineAt(position.line).text.slice(Math.max(0, position.character - 40), position.character);
    const typed = /[\w.()]*$/.exec(before)![0];
    const head = before.slice(0, before.length - typed.length);
    const kind = completionKinds.find(([re]) => re.test(head))?.[1];
    if (!kind) return undefined;
    const paper = await this.service.paper(document);
    if (!paper) return undefined;
    const appendixOnly = /Appendix\s*$/i.test(head);
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    return paper.index.anchors
      .filter((a) => a.kind === kind && (!appendixOnly || /^[A-Z]/.test(a.label)))
      .map((anchor, i) => {
        // A supplement that restarts numbering has a second "Figure 1": its item says so and writes "1 of the supplement",
        // which the reference resolver reads as the supplement's.
        const restarted = anchor.part === 'supplement' && !/^S\d/.test(anchor.label);
        const label = restarted ? `${anchor.label} of the supplement` : anchor.label;
        const item = new vscode.CompletionItem({ label, description: anchor.title.slice(0, 60) }, vscode.CompletionItemKind.Reference);
        item.insertText = kind === 'equation' && head.endsWith('(') ? `${anchor.label})` : label;
        item.range = range;
        item.sortText = String(i).padStart(5, '0');
        item.documentation = describe(anchor);
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
  const ref = document && position && referenceAt(service, document, position);
  if (!document || !ref) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a reference to the paper, such as "Figure 9" or "Table 2".'));
    return;
  }
  const paper: ReviewPaper | undefined = await service.paper(document);
  if (!paper) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This review has no paper yet: add "paper: <file>.pdf" to its front matter, or run "Open Paper Beside".'));
    return;
  }
  const anchor = resolveReference(paper.index, ref);
  if (!anchor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} was not found in {1}.', document.getText(toRange(document, ref.span)), paper.paper.path.split('/').pop()!));
    return;
  }
  await reveal(paper.paper, anchor);
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
