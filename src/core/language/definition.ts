import type { Anchor } from '../paperIndex/types';
import type { ReviewAnalysis } from '../review/analysis';
import type { PaperReference } from '../review/references';
import type { OffsetRange } from '../text/lineIndex';
import { referenceAt, resolveForReader, type ReviewPaper } from './references';

export const noPaperMessage = 'This review has no paper yet: add "paper: <file>.pdf" to its front matter.';

/** Where Ctrl+click / F12 on a reference leads: the anchor in the paper, or a message saying why nowhere. */
export type ReviewDefinition =
  | { readonly kind: 'anchor'; readonly range: OffsetRange; readonly reference: PaperReference; readonly paperUri: string; readonly anchor: Anchor }
  | { readonly kind: 'missing'; readonly range: OffsetRange; readonly reference: PaperReference; readonly message: string }
  | { readonly kind: 'no-paper'; readonly range: OffsetRange; readonly reference: PaperReference; readonly message: string };

export function getDefinition(analysis: ReviewAnalysis, offset: number, paper: ReviewPaper | undefined): ReviewDefinition | undefined {
  const reference = referenceAt(analysis, offset);
  if (!reference || reference.kind === 'line') return undefined;
  const range = reference.span;
  if (!paper) return { kind: 'no-paper', range, reference, message: noPaperMessage };
  const resolved = resolveForReader(paper.index, reference);
  switch (resolved.kind) {
    case 'anchor': return { kind: 'anchor', range, reference, paperUri: paper.uri, anchor: resolved.anchor };
    case 'missing': return { kind: 'missing', range, reference, message: resolved.message };
    case 'none': return undefined;
  }
}
