import type { Anchor, AnchorIndex, AnchorKind } from '../anchors/types';
import type { PaperReference } from '../review/references';

const theoremKinds: readonly AnchorKind[] = ['theorem', 'lemma', 'proposition', 'definition', 'corollary'];

/** What the paper calls each kind, for messages and hovers ("Figure 9", "Lemma 3"). */
export function anchorDisplayName(anchor: Pick<Anchor, 'kind' | 'label'>): string {
  const word = anchor.kind === 'equation' ? 'Equation' : anchor.kind[0].toUpperCase() + anchor.kind.slice(1);
  return anchor.kind === 'equation' ? `${word} (${anchor.label})` : `${word} ${anchor.label}`;
}

/** The anchor kinds a review's reference may point at, best first. */
function kindsFor(ref: PaperReference): readonly AnchorKind[] {
  switch (ref.kind) {
    case 'figure': case 'table': case 'section': case 'equation': case 'algorithm': case 'page': return [ref.kind];
    case 'appendix': return ['section'];
    // Many papers number theorems, lemmas and the rest in one sequence: the named kind first, then any of them.
    case 'theorem': return [ref.name as AnchorKind, ...theoremKinds.filter((k) => k !== ref.name)];
    case 'line': return [];
  }
}

/** Labels to try for a reference as written: "3b" is the paper's "3(b)", and "3(b)" falls back to Figure 3. */
function labelsFor(label: string): string[] {
  const sub = /^(.*\d)\(?([a-z])\)?$/.exec(label);
  return sub ? [`${sub[1]}(${sub[2]})`, sub[1]] : [label, label.toUpperCase()];
}

/** The anchor in the paper a reference points at, if the paper has it. Lines have none (reviews number lines of a submission copy). */
export function resolveReference(index: AnchorIndex, ref: PaperReference): Anchor | undefined {
  for (const kind of kindsFor(ref)) {
    for (const label of labelsFor(ref.label)) {
      const found = index.anchors.find((a) => a.kind === kind && a.label === label);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Whether the index can tell that a reference points at nothing: it must have found anchors of that kind at all
 * (a scanned paper has no captions to find), and lines are never checked.
 */
export function isDanglingReference(index: AnchorIndex, ref: PaperReference): boolean {
  if (ref.kind === 'line') return false;
  if (ref.kind === 'page') return !/^\d+$/.test(ref.label) || Number(ref.label) < 1 || Number(ref.label) > index.pages;
  const kinds = kindsFor(ref);
  return index.anchors.some((a) => kinds.includes(a.kind)) && !resolveReference(index, ref);
}

/** "1–9" or "1, 2, 4 and A.1": the labels a paper has of one kind, for "the paper has no Figure 12" messages. */
export function describeLabels(index: AnchorIndex, kind: AnchorKind): string {
  const labels = index.anchors.filter((a) => a.kind === kind && !/\(/.test(a.label)).map((a) => a.label);
  const numbers = labels.map(Number);
  if (labels.length > 2 && numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === numbers[i - 1] + 1))) return `${labels[0]}–${labels.at(-1)}`;
  if (labels.length > 12) return `${labels.slice(0, 10).join(', ')}, …`;
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels.join('');
}

/** What to tell the reviewer about a reference the paper lacks: "The paper has no Figure 12 (it has 1–9): check the number." */
export function danglingReferenceMessage(index: AnchorIndex, ref: PaperReference): string {
  if (ref.kind === 'page') return `The paper has no page ${ref.label}: it has ${index.pages} pages.`;
  const kind = kindsFor(ref)[0];
  const has = describeLabels(index, kind);
  return `The paper has no ${anchorDisplayName({ kind, label: ref.label })}${has ? ` (it has ${has})` : ''}: check the number.`;
}
