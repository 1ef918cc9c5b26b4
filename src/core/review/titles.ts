import type { ReviewTemplate, TemplateSection } from '../templates';

/**
 * Reduces a section title to the words that identify it: case, punctuation, numbering ("3.", "III.", "Q3:"),
 * parentheticals like "(1–5)", and "&" versus "and" do not matter, and a word broken across lines by a
 * hyphen ("Broader Im-\npact") is joined again.
 */
export function normalizeTitle(title: string): string {
  return title
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu, '$1$2')
    .toLowerCase()
    .replace(/^\s*(?:(?:\d+(?:\.\d+)*|[ivx]+|[a-h]|q\d+)[.):]\s*|\d+\s+)/u, '')
    // Innermost parentheticals only: `[^()]` stops at the next "(", so a line of "(((…" is read once, not once per "(".
    .replace(/\([^()]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Longer than any form's section title or alias (the longest built-in one has about 90 characters). */
export const maxTitleLength = 1_000;

/** Looks titles up in one template: the section's own title and its aliases. */
export class TitleMatcher {
  readonly #byTitle = new Map<string, TemplateSection>();

  constructor(readonly template: ReviewTemplate) {
    for (const section of template.sections) {
      for (const title of [section.title, ...(section.aliases ?? [])]) {
        const key = normalizeTitle(title);
        if (!this.#byTitle.has(key)) this.#byTitle.set(key, section);
      }
    }
  }

  match(title: string): TemplateSection | undefined {
    // A line this long is prose, not a title: normalising it once per template made one long line cost several parses.
    if (title.length > maxTitleLength) return undefined;
    return this.#byTitle.get(normalizeTitle(title));
  }
}
