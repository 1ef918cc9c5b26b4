import type { Anchor, AnchorKind } from '../paperIndex/types';
import type { OffsetRange } from '../text/lineIndex';
import type { ReviewPaper } from './references';

/** One of the paper's labels offered after "Figure " (or "Table ", "Sec. ", "§", "Eq. (" …). */
export interface ReviewCompletionItem {
  /** What the list shows: "3", or "1 of the supplement" for a supplement that restarts its numbering. */
  readonly label: string;
  /** The caption's start. */
  readonly description: string;
  readonly insertText: string;
  /** Keeps the paper's order. */
  readonly sortText: string;
  readonly anchor: Anchor;
}

export interface ReviewCompletions {
  /** What the items replace: the label typed so far. */
  readonly range: OffsetRange;
  readonly items: readonly ReviewCompletionItem[];
}

const completionKinds: readonly [RegExp, AnchorKind][] = [
  [/\b(?:Figures?|Figs?\.)\s*$/i, 'figure'], [/\b(?:Tables?|Tabs?\.)\s*$/i, 'table'], [/(?:\b(?:Sections?|Secs?\.)\s*|§)$/i, 'section'],
  [/\b(?:Equations?|Eqs?\.)\s*\(?$/i, 'equation'], [/\b(?:Algorithms?|Alg\.)\s*$/i, 'algorithm'], [/\bTheorems?\s*$/i, 'theorem'],
  [/\bLemmas?\s*$/i, 'lemma'], [/\bPropositions?\s*$/i, 'proposition'], [/\bCorollar(?:y|ies)\s*$/i, 'corollary'], [/\bDefinitions?\s*$/i, 'definition'],
  [/\bAppendix\s*$/i, 'section'],
];

/** The anchor kind the text before `offset` asks for, and where the label typed so far starts; undefined when none. */
export function completionContext(text: string, offset: number): { readonly kind: AnchorKind; readonly typedStart: number; readonly appendixOnly: boolean; readonly openParen: boolean } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 40), offset);
  let typed = /[\w.()]*$/.exec(before)![0];
  // "Eq. (" opens the label: the parenthesis belongs to the keyword, not to what the item replaces.
  if (typed.startsWith('(')) typed = typed.slice(1);
  const head = before.slice(0, before.length - typed.length);
  const kind = completionKinds.find(([re]) => re.test(head))?.[1];
  if (!kind) return undefined;
  return { kind, typedStart: offset - typed.length, appendixOnly: /Appendix\s*$/i.test(head), openParen: head.endsWith('(') };
}

/** The paper's labels of the kind the text before `offset` names, in the paper's order, with their captions. */
export function getCompletions(text: string, offset: number, paper: ReviewPaper | undefined): ReviewCompletions | undefined {
  const context = completionContext(text, offset);
  if (!context || !paper) return undefined;
  const items = paper.index.anchors
    .filter((a) => a.kind === context.kind && (!context.appendixOnly || /^[A-Z]/.test(a.label)))
    .map((anchor, i): ReviewCompletionItem => {
      // A supplement that restarts numbering has a second "Figure 1": its item says so and writes "1 of the supplement",
      // which the reference resolver reads as the supplement's.
      const restarted = anchor.part === 'supplement' && !/^S\d/.test(anchor.label);
      const label = restarted ? `${anchor.label} of the supplement` : anchor.label;
      return {
        label, description: anchor.title.slice(0, 60), anchor, sortText: String(i).padStart(5, '0'),
        insertText: context.kind === 'equation' && context.openParen ? `${anchor.label})` : label,
      };
    });
  return { range: { start: context.typedStart, end: offset }, items };
}
