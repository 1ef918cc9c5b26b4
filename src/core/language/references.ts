/** The review's references to its paper, seen from one position: which one is there, and what the paper has for it. */
import { anchorDisplayName, describeLabels, isDanglingReference, resolveReference } from '../references/resolve';
import type { Anchor, AnchorIndex, AnchorKind } from '../paperIndex/types';
import type { ReviewAnalysis } from '../review/analysis';
import type { PaperReference } from '../review/references';

/** A review's paper and its anchor index. */
export interface ReviewPaper {
  readonly uri: string;
  readonly index: AnchorIndex;
  /** The index of the paper's previous version (a revised PDF), when the host kept one. */
  readonly previous?: AnchorIndex;
}

/** The reference whose link text (`span`, "Figure 9") holds the offset, edges included. */
export function referenceAt(analysis: ReviewAnalysis, offset: number): PaperReference | undefined {
  return analysis.references.find((r) => r.span.start <= offset && offset <= r.span.end);
}

const plurals: Readonly<Record<AnchorKind, string>> = {
  figure: 'Figures', table: 'Tables', section: 'Sections', equation: 'Equations', algorithm: 'Algorithms', theorem: 'Theorems',
  lemma: 'Lemmas', proposition: 'Propositions', definition: 'Definitions', corollary: 'Corollaries', page: 'pages',
};

const singular = (kind: AnchorKind) => (kind === 'corollary' ? 'Corollary' : plurals[kind].slice(0, -1));

/** The anchor kind a reference is looked up as first ("Appendix B" is a section, "Lemma 3" a lemma). */
function primaryKind(ref: PaperReference): AnchorKind {
  if (ref.kind === 'appendix') return 'section';
  if (ref.kind === 'theorem') return ref.name as AnchorKind;
  return ref.kind as AnchorKind;
}

/**
 * The anchor is what the reference names first, not a stand-in (a lemma for "Theorem 2", the main paper's Figure 2 for
 * "Supplementary Figure 2"): an index of the pages read so far may answer with it.
 */
export function isFirstChoice(anchor: Anchor, ref: PaperReference): boolean {
  return anchor.kind === primaryKind(ref) && (anchor.part === 'supplement') === (ref.part === 'supplement');
}

/** What the reference points at, or what to say when the paper lacks it. Lines point at nothing in the PDF. */
export type ResolvedReference =
  | { readonly kind: 'anchor'; readonly anchor: Anchor }
  | { readonly kind: 'missing'; readonly message: string }
  | { readonly kind: 'none' };

/**
 * "The paper has no Figure 12; it has Figures 1–9." when the index shows the number is past what the paper has;
 * "Figure 7 was not found in the paper's index; it lists Figures 1–6 and 8." when the index may have missed it.
 */
export function resolveForReader(index: AnchorIndex, ref: PaperReference): ResolvedReference {
  if (ref.kind === 'line') return { kind: 'none' };
  const anchor = resolveReference(index, ref);
  if (anchor) return { kind: 'anchor', anchor };
  if (ref.kind === 'page') return { kind: 'missing', message: `The paper has no page ${ref.label}; it has ${index.pages} page${index.pages === 1 ? '' : 's'}.` };
  const kind = primaryKind(ref);
  const supplement = ref.part === 'supplement';
  const name = anchorDisplayName({ kind, label: ref.label });
  const labels = describeLabels(index, kind, supplement);
  const count = index.anchors.filter((a) => a.kind === kind && (a.part === 'supplement') === supplement && !/\(/.test(a.label)).length;
  const has = labels ? `${count === 1 ? singular(kind) : plurals[kind]} ${labels}` : `no ${plurals[kind].toLowerCase()}`;
  const paper = supplement ? "The paper's supplement" : 'The paper';
  return isDanglingReference(index, ref)
    ? { kind: 'missing', message: `${paper} has no ${name}; it has ${has}.` }
    : { kind: 'missing', message: `${name} was not found in the paper's index; it lists ${has}.` };
}
