// Joining a caption's or heading's lines into one title, the way a reader reads them.

/**
 * Second halves that make a compound with a hyphen of its own ("transition-based", "state-of-the-art",
 * "task-specific"): a line break after "transition-" keeps the hyphen. First halves likewise ("self-", "non-").
 */
const compoundTails = new Set(('based like level specific wise aware free driven scale grained trained tuned tuning shot dimensional '
  + 'order oriented dependent independent invariant agnostic efficient sensitive related sized step time end world of the art '
  + 'to by in on the-art and layer head class domain task view modal lingual resolution supervised attention training').split(' '));
const compoundHeads = new Set('self non cross semi multi well state end pre post inter intra co'.split(' '));

/**
 * Whether a hyphen at a line end between `head` and `tail` is the word's own ("low-|resource") rather than
 * hyphenation ("recog-|nition"). Words seen elsewhere in the text decide when they can ("fine-tuned" printed whole
 * elsewhere keeps the hyphen, "pretrained" printed whole drops it); otherwise a break between lowercase letters is
 * hyphenation, unless the halves form a known compound.
 */
export function keepsLineEndHyphen(head: string, tail: string, words?: ReadonlySet<string>): boolean {
  const hyphenated = `${head}-${tail}`.toLowerCase();
  const joined = `${head}${tail}`.toLowerCase();
  if (words?.has(hyphenated)) return true;
  if (words?.has(joined)) return false;
  // Lowercase goes on lowercase; in capitals (small caps headings) "TREE-" + "BANK" likewise; before a capital
  // ("Landmark-RxR") the hyphen is the word's own.
  if (!(/^\p{Ll}/u.test(tail) || (/^\p{Lu}+$/u.test(head) && /^\p{Lu}{2}/u.test(tail)))) return true;
  return compoundTails.has(tail.toLowerCase()) || compoundHeads.has(head.toLowerCase()) || (/\p{Lu}/u.test(head.slice(1)) && /\p{Ll}/u.test(head));
}

/** Joins a line to the next as a reader reads them, undoing hyphenation as `keepsLineEndHyphen` decides. */
export function joinLines(text: string, next: string, words?: ReadonlySet<string>): string {
  const a = text.trimEnd();
  const b = next.trimStart();
  const m = /(\p{L}+)-$/u.exec(a);
  if (!m || !/^\p{L}/u.test(b)) return `${a} ${b}`;
  const tail = /^\p{L}+/u.exec(b)![0];
  return keepsLineEndHyphen(m[1]!, tail, words) ? a + b : a.slice(0, -1) + b;
}

/** The lowercase words of a page's text, hyphenated compounds included, for `joinLines`. */
export function wordsOf(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const w of line.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) words.add(w);
  return words;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:eqs?|figs?|secs?|tabs?|refs?|resp|approx|cf|vs|no|al|e\.g|i\.e|etc|viz|ca|et al|dr|prof|mr|ms|st|vol|pp?|ch|app|thm|lem|def|prop|cor|alg)\.$/i;

/** A caption's first sentence: up to the first sentence-ending period, not one that ends "Eq." or "et al."; at most ~400 characters. */
export function firstSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  // A sentence ends before a capital, a bracket, a digit, or a lone lowercase letter (a variable: "types. n is …").
  // Not an ellipsis (". . ."); a closing parenthesis after the period belongs to the sentence ("(… dataset.) (Bottom)").
  const end = /[.!?]\)?(?=\s+(?:[^\p{Ll}\s,;:.]|\p{Ll}[\s)])|$)/gu;
  let s = t;
  for (let m = end.exec(t); m; m = end.exec(t)) {
    const candidate = t.slice(0, m.index + m[0].length);
    if (/\.\s?\.$/.test(candidate)) continue;
    if (ABBREVIATIONS.test(candidate)) continue; // "using Eq. (20)", "Smith et al. (2020)"
    s = candidate;
    break;
  }
  if (s.length <= 400) return s;
  const cut = s.slice(0, 400);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 300)).trimEnd() + '…';
}
