import { anchorDisplayName } from '../references/resolve';
import type { Anchor } from '../paperIndex/types';
import type { ReviewAnalysis } from '../review/analysis';
import type { PaperReference } from '../review/references';
import type { OffsetRange } from '../text/lineIndex';
import { resolveForReader, type ReviewPaper } from './references';

/**
 * Every reference to the paper is a link. `tooltip` names where it leads ("Figure 9, page 4") or says the paper
 * lacks it; it is absent while the paper is not known.
 */
export interface ReviewDocumentLink {
  readonly range: OffsetRange;
  readonly reference: PaperReference;
  readonly anchor?: Anchor;
  readonly paperUri?: string;
  readonly tooltip?: string;
}

export function getDocumentLinks(analysis: ReviewAnalysis, paper: ReviewPaper | undefined): ReviewDocumentLink[] {
  return analysis.references.filter((r) => r.kind !== 'line').map((reference): ReviewDocumentLink => {
    if (!paper) return { range: reference.span, reference };
    const resolved = resolveForReader(paper.index, reference);
    if (resolved.kind === 'anchor') {
      return { range: reference.span, reference, anchor: resolved.anchor, paperUri: paper.uri, tooltip: `${anchorDisplayName(resolved.anchor)}, page ${resolved.anchor.page}` };
    }
    return { range: reference.span, reference, ...(resolved.kind === 'missing' ? { tooltip: resolved.message } : {}) };
  });
}
