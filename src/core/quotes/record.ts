// The record a recorded quote carries in the review, after its visible blockquote: the W3C Web Annotation text-quote
// selector's context (prefix, suffix; the exact text is the visible quote), the text-position selector (page, and
// offset in the page's normalised text) and the PDF's fingerprint, in an HTML comment the Markdown preview hides.
// It is user-editable text, so what is read back is validated and anything odd is ignored.

export interface QuoteRecord {
  /** 1-based page the quote was taken from. */
  readonly page: number;
  /** Offset of the quote in that page's normalised text. */
  readonly start: number;
  /** Normalised text just before and after the quote on the page. */
  readonly prefix: string;
  readonly suffix: string;
  /** The PDF's fingerprint when the quote was taken ("" when the file has none). */
  readonly fingerprint: string;
}

/** How much context a record keeps each side (Hypothesis keeps 32 characters). */
export const contextLength = 32;
const maxContext = 256;
const maxPage = 100_000;

const marker = 'paper-review:quote';
/** A record's line, whatever its content: the content is only trusted once `parseRecord` has validated it. */
const recordLine = /^[ \t]*<!--[ \t]*paper-review:quote[ \t]+(.*?)[ \t]*-->[ \t]*$/;

/** The record as one HTML comment line; "<" and ">" are escaped so no text of the paper can end the comment. */
export function formatRecord(record: QuoteRecord): string {
  const json = JSON.stringify({ page: record.page, start: record.start, prefix: record.prefix, suffix: record.suffix, fingerprint: record.fingerprint })
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- ${marker} ${json} -->`;
}

const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** The record in a comment line, or undefined when the line is not one or its content is not a valid record. */
export function parseRecord(line: string): QuoteRecord | undefined {
  const m = recordLine.exec(line);
  if (!m) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(m[1]!);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { page, start, prefix, suffix, fingerprint } = value as Record<string, unknown>;
  if (!isCount(page, maxPage) || page < 1 || !isCount(start, 100_000_000) || !isText(prefix, maxContext) || !isText(suffix, maxContext)) return undefined;
  if (fingerprint !== undefined && !(isText(fingerprint, 128) && /^[\w-]*$/.test(fingerprint))) return undefined;
  return { page, start, prefix, suffix, fingerprint: fingerprint ?? '' };
}

/** The text without its quote records: what a venue receives is the reviewer's words and quotes, not their bookkeeping. */
export function withoutQuoteRecords(text: string): string {
  if (!text.includes(marker)) return text;
  return text.split('\n').filter((line) => !recordLine.test(line.replace(/\r$/, ''))).join('\n');
}
