/**
 * Which review form a paper asks for, read from what the venue's style prints on the first page: anonymous submissions
 * and camera-readies carry the venue in a running head or a footnote ("Under review as a conference paper at ICLR
 * 2026", "Submitted to 39th Conference on Neural Information Processing Systems (NeurIPS 2025)"). Only those printed
 * statements count, never a venue's bare name, which the first page may also cite.
 */
export interface FormSuggestion {
  readonly templateId: string;
  /** The words on the page that decided it, as printed (white space folded). */
  readonly evidence: string;
}

interface VenueStatement { readonly templateId: string | ((year: number | undefined) => string); readonly pattern: RegExp }

// Each pattern is a statement a venue's LaTeX style prints, bounded so it reads in linear time.
const statements: readonly VenueStatement[] = [
  { templateId: 'iclr-2025', pattern: /\b(?:under review|published) as a (?:conference|workshop) paper at ICLR(?: \d{4})?/i },
  {
    templateId: (year) => (year !== undefined && year <= 2020 ? 'neurips-2020' : 'neurips-2025'),
    pattern: /\b(?:Submitted to|Accepted (?:to|at)|\d+ ?(?:st|nd|rd|th) Conference on)[^.]{0,80}?Neural Information Processing Systems(?: \((?:NeurIPS|NIPS) ?\d{4}\))?/i,
  },
  { templateId: 'icml-2025', pattern: /\b(?:Under review by|Proceedings of) the (?:\d+ ?(?:st|nd|rd|th) )?International Conference on Machine Learning(?: \(ICML\))?/i },
  { templateId: 'acl-arr', pattern: /\bAnonymous (?:ACL|EMNLP|NAACL|EACL|AACL|COLING|ARR)[- ]submission\b|\bACL Rolling Review\b/i },
  { templateId: 'cvpr-2025', pattern: /\bCVPR(?: \d{4})? Submission\b/i },
];

/**
 * The form for the paper whose first page reads `firstPageText`, among the ids in `available` (built-in or the user's);
 * undefined when the page names no venue we have a form for.
 */
export function suggestForm(firstPageText: string, available: readonly string[]): FormSuggestion | undefined {
  const text = firstPageText.replace(/\s+/g, ' ');
  let best: { index: number; suggestion: FormSuggestion } | undefined;
  for (const { templateId, pattern } of statements) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = /\b(19|20)\d{2}\b/.exec(match[0])?.[0];
    const id = typeof templateId === 'string' ? templateId : templateId(year === undefined ? undefined : Number(year));
    if (!available.includes(id)) continue;
    // The statement printed first (a running head) wins over one further down.
    if (!best || match.index < best.index) best = { index: match.index, suggestion: { templateId: id, evidence: match[0].trim() } };
  }
  return best?.suggestion;
}
