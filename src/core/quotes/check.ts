// The quote checks: each quote of the review looked up in the paper's text, and, against the paper's previous
// version, the references whose figure or table was renumbered. Plain data out; checkReview reports it.
import type { AnchorIndex } from '../paperIndex/types';
import { anchorDisplayName, resolveReference } from '../references/resolve';
import type { ReviewFix, ReviewTextEdit } from '../checks/fixes';
import type { PaperReference } from '../review/references';
import type { OffsetRange } from '../text/lineIndex';
import { PaperText, type QuoteLocation } from './paperText';
import { contextLength, formatRecord, type QuoteRecord } from './record';
import { relocateQuote } from './relocate';
import { renumberings } from './renumber';
import { findReviewQuotes, type ReviewQuote } from './reviewQuotes';

/**
 * An anchor index that may carry the paper's text, page by page (`pageTexts[i]` is page i+1). Indexes built before
 * the index kept page texts have none: then quotes are not checked.
 */
export type IndexWithText = AnchorIndex & { readonly pageTexts?: readonly string[] };

export interface QuoteProblem {
  readonly code: 'unverified-quote' | 'quote-wrong-page' | 'renumbered-reference';
  readonly message: string;
  readonly range: OffsetRange;
  readonly fixes: readonly ReviewFix[];
}

/**
 * Fuzzy matching costs a pass over the whole paper per quote: only this many quotes not found as written get it per
 * check, and only up to this length, so a review full of unverified quotes is still checked on every keystroke.
 */
const maxFuzzyLength = 2000;
const maxFuzzyQuotes = 20;
/** Shorter quotes are too short to tell a close passage from chance: "the model" is two edits from "the modes". */
const minFuzzyLength = 16;

const papers = new WeakMap<readonly string[], PaperText>();

/** The paper's text for an index, normalised once per index however often the review is checked. */
export function paperTextOf(index: IndexWithText): PaperText | undefined {
  const pageTexts = index.pageTexts;
  if (!pageTexts) return undefined;
  let paper = papers.get(pageTexts);
  if (!paper) papers.set(pageTexts, (paper = new PaperText(pageTexts)));
  return paper;
}

/** The record of a quote at `location` in the paper: its context there, its position and the paper's fingerprint. */
export function recordAt(paper: PaperText, location: QuoteLocation, fingerprint: string): QuoteRecord {
  const text = paper.pageText(location.page);
  return {
    page: location.page, start: location.start, fingerprint,
    prefix: text.slice(Math.max(0, location.start - contextLength), location.start),
    suffix: text.slice(location.end, location.end + contextLength),
  };
}

/** Where each quote of the review is printed in the paper (null: not found), for the CLI's JSON. */
export function locateReviewQuotes(text: string, index: IndexWithText): { readonly quote: ReviewQuote; readonly found: QuoteLocation | null }[] | undefined {
  const paper = paperTextOf(index);
  if (!paper) return undefined;
  return findReviewQuotes(text).map((quote) => ({ quote, found: paper.locate(quote.text, quote.page)[0] ?? null }));
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

function pageFix(quote: ReviewQuote, paper: PaperText, location: QuoteLocation): ReviewTextEdit[] {
  const edits: ReviewTextEdit[] = [{ range: quote.pageRange, newText: String(location.page) }];
  // The record keeps the version it was checked against: only the renumbering fix moves it to a new version.
  if (quote.record && quote.recordRange) edits.push({ range: quote.recordRange, newText: formatRecord(recordAt(paper, location, quote.record.fingerprint)) });
  return edits;
}

function checkQuote(quote: ReviewQuote, paper: PaperText, index: IndexWithText, fuzzy: { left: number }): QuoteProblem | undefined {
  const found = paper.locate(quote.text, quote.page);
  if (found[0]?.page === quote.page) return undefined;
  // A page without text (a scanned insert, a page that failed to read) may well print the quote: say nothing.
  if (index.unreadPages?.includes(quote.page) || (quote.page <= paper.pages && !paper.pageText(quote.page))) return undefined;
  if (found[0]) {
    const pages = found.map((f) => `p. ${f.page}`);
    return {
      code: 'quote-wrong-page', range: quote.range,
      message: `This quote is on ${pages.length > 1 ? `${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}` : pages[0]}, not p. ${quote.page}: correct the page.`,
      fixes: found.slice(0, 3).map((f, i) => ({ title: `Cite p. ${f.page}`, edits: pageFix(quote, paper, f), isPreferred: i === 0 })),
    };
  }
  const revised = quote.record !== undefined && quote.record.fingerprint !== index.fingerprint;
  // A page without text (a scanned insert) may print it as written: a quote not found is then neither called missing
  // nor matched to a look-alike passage elsewhere.
  if (index.unreadPages?.length) return undefined;
  const close = quote.text.length >= minFuzzyLength && quote.text.length <= maxFuzzyLength && fuzzy.left-- > 0 ? relocateQuote(paper, quote.text, quote.record, quote.page) : undefined;
  if (!close) {
    return {
      code: 'unverified-quote', range: quote.range, fixes: [],
      message: revised
        ? `This quote is not in the revised paper (it was on p. ${quote.record!.page} of the version quoted): check it against the new version.`
        : 'This quote is not in the paper\'s text: check its wording (spaces, line breaks and hyphens do not matter).',
    };
  }
  const edits: ReviewTextEdit[] = [{ range: quote.textRange, newText: close.text }];
  if (close.page !== quote.page) edits.push(...pageFix(quote, paper, close));
  else if (quote.record && quote.recordRange) edits.push({ range: quote.recordRange, newText: formatRecord(recordAt(paper, close, quote.record.fingerprint)) });
  return {
    code: 'unverified-quote', range: quote.range,
    message: `${revised ? 'The revised paper' : 'The paper'} does not print this quote as written; p. ${close.page} reads "${excerpt(close.text)}": use the paper's words.`,
    fixes: [{ title: `Use the paper's words (p. ${close.page})`, edits, isPreferred: true }],
  };
}

/**
 * The review's references to figures and tables the revised paper numbers differently, when the review was written
 * against `previous` (some quote record carries its fingerprint). The one fix updates them all and moves the
 * records to the revised version, so the review then reads against it and is not renumbered twice.
 */
function renumberedReferences(quotes: readonly ReviewQuote[], references: readonly PaperReference[], index: AnchorIndex, previous: AnchorIndex): QuoteProblem[] {
  if (previous.fingerprint === index.fingerprint || !quotes.some((q) => q.record?.fingerprint === previous.fingerprint)) return [];
  const moves = renumberings(previous, index);
  if (moves.length === 0) return [];
  const hits: { ref: PaperReference; label: string; message: string }[] = [];
  for (const ref of references) {
    if (ref.kind !== 'figure' && ref.kind !== 'table') continue;
    // "as Figure 2 shows" inside a quote is the paper's own text, numbered as that version numbered it.
    if (quotes.some((q) => ref.range.start >= q.range.start && ref.range.end <= q.range.end)) continue;
    const before = resolveReference(previous, ref);
    const move = before && moves.find((m) => m.kind === before.kind && m.from === before.label && m.part === before.part);
    if (!move || !ref.label.startsWith(move.from)) continue;
    const now = anchorDisplayName({ kind: move.kind, label: move.to, part: move.part });
    hits.push({
      ref, label: move.to + ref.label.slice(move.from.length),
      message: `${anchorDisplayName({ kind: move.kind, label: move.from, part: move.part })} is now ${now} in the revised paper ("${excerpt(move.title)}"): update the reference.`,
    });
  }
  if (hits.length === 0) return [];
  const edits: ReviewTextEdit[] = hits.map((h) => ({ range: h.ref.range, newText: h.label }));
  for (const q of quotes) {
    if (q.record?.fingerprint === previous.fingerprint && q.recordRange) edits.push({ range: q.recordRange, newText: formatRecord({ ...q.record, fingerprint: index.fingerprint }) });
  }
  edits.sort((a, b) => a.range.start - b.range.start);
  const fix: ReviewFix = { title: hits.length === 1 ? 'Update the reference to the revised numbering' : `Update the ${hits.length} references to the revised numbering`, edits, isPreferred: true };
  return hits.map((h) => ({ code: 'renumbered-reference', message: h.message, range: h.ref.range, fixes: [fix] }));
}

/**
 * The quote problems of a review against its paper's index (and the paper's previous version, when the caller kept
 * it). Nothing when the index carries no page texts: the quotes cannot be looked up, and are not called wrong.
 */
export function checkQuotes(text: string, references: readonly PaperReference[], index: IndexWithText, previous?: AnchorIndex): QuoteProblem[] {
  const paper = paperTextOf(index);
  // A paper without a text layer (scanned) has nothing to look quotes up in: they are not called wrong.
  if (!paper || !index.pageTexts!.some((t) => t.trim())) return [];
  const quotes = findReviewQuotes(text);
  const problems: QuoteProblem[] = [];
  const fuzzy = { left: maxFuzzyQuotes };
  for (const quote of quotes) {
    const problem = checkQuote(quote, paper, index, fuzzy);
    if (problem) problems.push(problem);
  }
  if (previous) problems.push(...renumberedReferences(quotes, references, index, previous));
  return problems;
}
