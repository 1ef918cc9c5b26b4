import type { Anchor, AnchorIndex, AnchorKind } from '../paperIndex/types';
import type { PaperReference } from '../review/references';

const theoremKinds: readonly AnchorKind[] = ['theorem', 'lemma', 'proposition', 'definition', 'corollary'];

/** What the paper calls each kind, for messages and hovers ("Figure 9", "Lemma 3", "Supplementary Figure 1"). */
export function anchorDisplayName(anchor: Pick<Anchor, 'kind' | 'label' | 'part'>): string {
  const word = anchor.kind === 'equation' ? 'Equation' : anchor.kind[0].toUpperCase() + anchor.kind.slice(1);
  const name = anchor.kind === 'equation' ? `${word} (${anchor.label})` : `${word} ${anchor.label}`;
  return anchor.part === 'supplement' && !/^S\d/.test(anchor.label) ? `Supplementary ${name}` : name;
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

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/**
 * Labels to try for a reference as written: "3b" is the paper's "3(b)", and "3(b)" falls back to Figure 3; "Section 3"
 * in a paper with roman sections is its "III".
 */
function labelsFor(label: string): string[] {
  const sub = /^(.*\d)\(?([a-z])\)?$/.exec(label);
  if (sub) return [`${sub[1]}(${sub[2]})`, sub[1]!];
  const arabic = /^(\d+)$/.exec(label);
  const roman = arabic && ROMANS[Number(arabic[1]) - 1];
  return roman ? [label, roman] : [label, label.toUpperCase()];
}

/** The supplement's own numbers: "S3", "S2.1". */
const supplementLabel = (label: string) => /^S\d/.test(label);

const inSupplementOf = (a: Anchor) => a.part === 'supplement' || supplementLabel(a.label);
const lookupKey = (kind: AnchorKind, label: string, inSupplement: boolean) => `${kind}\u0000${label}\u0000${inSupplement ? 's' : ''}`;

/** An index's anchors by kind+label+part (the first printed wins) and by kind: built once per index, not on every hover and check. */
interface Lookup {
  readonly byKey: ReadonlyMap<string, Anchor>;
  readonly byKind: ReadonlyMap<AnchorKind, readonly Anchor[]>;
}
const lookups = new WeakMap<AnchorIndex, Lookup>();

function lookupOf(index: AnchorIndex): Lookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    const byKey = new Map<string, Anchor>();
    const byKind = new Map<AnchorKind, Anchor[]>();
    for (const a of index.anchors) {
      const key = lookupKey(a.kind, a.label, inSupplementOf(a));
      if (!byKey.has(key)) byKey.set(key, a);
      let list = byKind.get(a.kind);
      if (!list) byKind.set(a.kind, (list = []));
      list.push(a);
    }
    lookups.set(index, (lookup = { byKey, byKind }));
  }
  return lookup;
}

/**
 * The anchor in the paper a reference points at, if the paper has it. "supplementary Table 2" and "Fig. 1 of the
 * supplement" look in the supplement first; a plain "Figure 1" in the main paper first (then the supplement, so a
 * figure that only the supplement has is still found). Lines have none (reviews number lines of a submission copy).
 */
export function resolveReference(index: AnchorIndex, ref: PaperReference): Anchor | undefined {
  const wantSupplement = ref.part === 'supplement';
  const { byKey } = lookupOf(index);
  for (const inSupplement of [wantSupplement, !wantSupplement]) {
    for (const kind of kindsFor(ref)) {
      for (const label of labelsFor(ref.label)) {
        const found = byKey.get(lookupKey(kind, label, inSupplement));
        if (found) return found;
      }
    }
  }
  return undefined;
}

/**
 * Whether the index can tell that a reference points at nothing. It never guesses: not when it found no anchors of
 * that kind at all (a scanned paper has no captions to find), not when some pages have no text, not for appendix
 * letters in a paper where it found no lettered section, not for the supplement when it found none (supplements often
 * come as a separate file), not for a number inside the range it found, and never for lines.
 */
export function isDanglingReference(index: AnchorIndex, ref: PaperReference): boolean {
  if (ref.kind === 'line') return false;
  if (ref.kind === 'page') return !/^\d+$/.test(ref.label) || Number(ref.label) < 1 || Number(ref.label) > index.pages;
  if (index.unreadPages?.length) return false;
  const kinds = kindsFor(ref);
  const { byKind } = lookupOf(index);
  const ofKind = kinds.length === 1 ? byKind.get(kinds[0]!) ?? [] : index.anchors.filter((a) => kinds.includes(a.kind));
  if (!ofKind.length) return false;
  if (/^[A-Z](?:\.|$)/.test(ref.label) && !ofKind.some((a) => /^[A-Z](?:\.|$)/.test(a.label) && !/^[IVXLC]+(?:\.|$)/.test(a.label))) return false;
  if ((ref.part === 'supplement' || supplementLabel(ref.label)) && !ofKind.some((a) => a.part === 'supplement' || supplementLabel(a.label))) return false;
  if (resolveReference(index, ref)) return false;
  // Papers number consecutively: a number inside the range the index found ("Figure 7" between 6 and 8) is one it
  // missed, and a subsection of a section whose subsections it found none of may be set in a style it missed.
  const m = /^(.*?)(\d+)$/.exec(ref.label);
  if (!m) return true;
  const [, prefix, n] = m;
  const siblings = ofKind.filter((a) => a.label.startsWith(prefix!) && /^\d+$/.test(a.label.slice(prefix!.length)));
  if (prefix && !siblings.length) return false;
  return siblings.every((a) => Number(a.label.slice(prefix!.length)) < Number(n));
}

/** "1–9" or "1, 2, 4 and A.1": the labels a paper has of one kind (in the main paper, or in its supplement), for "the paper has no Figure 12" messages. */
export function describeLabels(index: AnchorIndex, kind: AnchorKind, supplement = false): string {
  const labels = index.anchors.filter((a) => a.kind === kind && !/\(/.test(a.label) && (a.part === 'supplement') === supplement).map((a) => a.label);
  const numbers = labels.map(Number);
  if (labels.length > 2 && numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === numbers[i - 1] + 1))) return `${labels[0]}–${labels.at(-1)}`;
  if (labels.length > 12) return `${labels.slice(0, 10).join(', ')}, …`;
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels.join('');
}

/** What to tell the reviewer about a reference the paper lacks: "The paper has no Figure 12 (it has 1–9): check the number." */
export function danglingReferenceMessage(index: AnchorIndex, ref: PaperReference): string {
  if (ref.kind === 'page') return `The paper has no page ${ref.label}: it has ${index.pages} pages.`;
  const kind = kindsFor(ref)[0];
  const supplement = ref.part === 'supplement';
  const has = describeLabels(index, kind, supplement);
  return `The paper${supplement ? "'s supplement" : ''} has no ${anchorDisplayName({ kind, label: ref.label })}${has ? ` (it has ${has})` : ''}: check the number.`;
}
