// The paper's pages in normalised form, and where a quote is printed in them.
import { normaliseText, paperWords, searchKey, type NormalisedText } from './normalise';

/** Where a quote is printed: its page and its span in the page's normalised text. */
export interface QuoteLocation {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

// "…", "...", "[…]", "[...]", "(...)": the reviewer left words out; each part must be found, in order.
const omission = /\s*[[(]?\s*(?:\u2026|\.\s?\.\s?\.)\s*[\])]?\s*/u;

/**
 * The paper's text, page by page (`pageTexts[i]` is page i+1: pdf.js text items joined with '\n' at line ends).
 * Pages are normalised on first use, with the whole paper's words deciding line-end hyphens.
 */
export class PaperText {
  readonly #pageTexts: readonly string[];
  #words: Set<string> | undefined;
  readonly #pages = new Map<number, { readonly norm: NormalisedText; readonly key: ReturnType<typeof searchKey> }>();

  constructor(pageTexts: readonly string[]) {
    this.#pageTexts = pageTexts;
  }

  get pages(): number {
    return this.#pageTexts.length;
  }

  get words(): ReadonlySet<string> {
    return (this.#words ??= paperWords(this.#pageTexts));
  }

  #page(page: number) {
    let entry = this.#pages.get(page);
    if (!entry) {
      const norm = normaliseText(this.#pageTexts[page - 1] ?? '', this.words);
      entry = { norm, key: searchKey(norm.text) };
      this.#pages.set(page, entry);
    }
    return entry;
  }

  /** Page `page`'s normalised text (1-based; "" outside the paper). */
  pageText(page: number): string {
    return this.#page(page).norm.text;
  }

  /** The span of page `page`'s original text (pdf.js's items, as given) that a span of its normalised text came from. */
  originalSpan(page: number, start: number, end: number): { readonly start: number; readonly end: number } {
    const { norm } = this.#page(page);
    if (end <= start || end > norm.text.length) return { start: 0, end: 0 };
    return { start: norm.from[start]!, end: norm.to[end - 1]! };
  }

  /** A text from elsewhere (a quote, a selection) normalised as the paper's pages are. */
  normalise(text: string): string {
    return normaliseText(text, this.words).text;
  }

  /**
   * Every page that prints the quote, the cited page first when it is one of them. Spaces, line breaks, hyphens and
   * case do not count; an omission ("…", "[...]") may stand for any text on the same page.
   */
  locate(quote: string, citedPage?: number): QuoteLocation[] {
    const parts = this.normalise(quote).split(omission).map((p) => searchKey(p).key).filter((k) => k.length > 0);
    if (parts.length === 0) return [];
    const found: QuoteLocation[] = [];
    const order = Array.from({ length: this.pages }, (_, i) => i + 1);
    if (citedPage !== undefined && citedPage <= this.pages) order.unshift(...order.splice(citedPage - 1, 1));
    for (const page of order) {
      const { key } = this.#page(page);
      let from = 0;
      let first = -1;
      let last = -1;
      for (const part of parts) {
        const at = key.key.indexOf(part, from);
        if (at === -1) { first = -1; break; }
        if (first === -1) first = at;
        last = at + part.length;
        from = last;
      }
      if (first === -1) continue;
      found.push({ page, start: key.at[first]!, end: key.at[last - 1]! + 1 });
    }
    return found.length > 0 ? found : this.#acrossPages(parts);
  }

  /** A quote that runs over a page break: it is where it starts, to the end of that page. */
  #acrossPages(parts: readonly string[]): QuoteLocation[] {
    const whole = parts.join('');
    for (let page = 1; page < this.pages; page++) {
      const { key } = this.#page(page);
      const next = this.#page(page + 1).key.key;
      // Only the end of this page and the start of the next can hold a quote that straddles them.
      const tail = key.key.slice(Math.max(0, key.key.length - whole.length));
      const at = (tail + next.slice(0, whole.length)).indexOf(whole);
      if (at === -1 || at >= tail.length || at + whole.length <= tail.length) continue;
      const start = key.at[key.key.length - tail.length + at]!;
      return [{ page, start, end: this.pageText(page).length }];
    }
    return [];
  }
}
