import { anchorDisplayName } from '../references/resolve';
import type { Anchor } from '../paperIndex/types';
import type { ReviewAnalysis } from '../review/analysis';
import type { PaperReference } from '../review/references';
import type { OffsetRange } from '../text/lineIndex';
import { referenceAt, resolveForReader, type ReviewPaper } from './references';

/** Hovering a reference: its caption and page and where to show it, or what the paper lacks. */
export type ReviewHover =
  | { readonly kind: 'anchor'; readonly range: OffsetRange; readonly reference: PaperReference; readonly anchor: Anchor; readonly paperUri: string }
  | { readonly kind: 'missing'; readonly range: OffsetRange; readonly reference: PaperReference; readonly message: string };

export function getHover(analysis: ReviewAnalysis, offset: number, paper: ReviewPaper | undefined): ReviewHover | undefined {
  const reference = referenceAt(analysis, offset);
  if (!reference || !paper) return undefined;
  const resolved = resolveForReader(paper.index, reference);
  switch (resolved.kind) {
    case 'anchor': return { kind: 'anchor', range: reference.span, reference, anchor: resolved.anchor, paperUri: paper.uri };
    case 'missing': return { kind: 'missing', range: reference.span, reference, message: resolved.message };
    case 'none': return undefined;
  }
}

/**
 * Escapes what would turn a caption into markup (emphasis, code, links, HTML, a heading or list at its start), and
 * nothing else: plain-text clients show the escapes.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~$]/g, '\\$&').replace(/^(\s*)([#+-]|\d+\.)/, (_, space: string, mark: string) => `${space}\\${mark}`);
}

/** "**Figure 9** · page 4" and the caption: the documentation of a hover or a completion item. */
export function anchorMarkdown(anchor: Anchor): string {
  const head = `**${escapeMarkdown(anchorDisplayName(anchor))}** · page ${anchor.page}`;
  return anchor.title ? `${head}\n\n${escapeMarkdown(anchor.title)}` : head;
}

/**
 * The hover as Markdown; `showInPaperLink` (the host's command or file link) becomes the one "Show in paper" link.
 * A reference the paper lacks gets no link: there is nothing to show.
 */
export function hoverMarkdown(hover: ReviewHover, showInPaperLink?: string): string {
  if (hover.kind === 'missing') return escapeMarkdown(hover.message);
  const text = anchorMarkdown(hover.anchor);
  return showInPaperLink ? `${text}\n\n[Show in paper](${showInPaperLink})` : text;
}
