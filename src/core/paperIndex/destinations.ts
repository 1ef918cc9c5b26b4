import type { AnchorKind } from './types';

// The named destinations LaTeX (hyperref, amsthm, algorithm packages) writes before what it numbers, by the anchor kind
// they confirm. One list: the reader keeps only these names, and the assembler checks a weak candidate against them.
const sections = ['section', 'subsection', 'subsubsection', 'paragraph', 'appendix', 'chapter'];
const theorems = ['theorem', 'thm'];
const prefixes: Partial<Record<AnchorKind, readonly string[]>> = {
  figure: ['figure', 'subfigure'], table: ['table'], section: sections, equation: ['equation', 'AMS'], algorithm: ['algorithm'],
  theorem: theorems, lemma: ['lemma', ...theorems], proposition: ['proposition', ...theorems],
  definition: ['definition', ...theorems], corollary: ['corollary', ...theorems],
};
/** amsthm's names come in any case ("Thm.3", "theorem.2"); hyperref's own are lowercase. */
const anyCase = new Set<AnchorKind>(['theorem', 'lemma', 'proposition', 'definition', 'corollary']);
const pattern = (names: readonly string[], flags: string) => new RegExp(`^(${names.join('|')})\\.`, flags);

/** Per kind: a destination name that confirms an anchor of that kind. */
export const destinationFor: Partial<Record<AnchorKind, RegExp>> = Object.fromEntries(
  Object.entries(prefixes).map(([kind, names]) => [kind, pattern(names, anyCase.has(kind as AnchorKind) ? 'i' : '')]),
);

/** Any destination worth reading. */
export const anchorDestination = pattern([...new Set(Object.values(prefixes).flat())], 'i');
