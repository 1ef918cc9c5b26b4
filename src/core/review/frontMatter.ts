import { parse as parseYaml } from 'yaml';

/** The optional YAML block at the top of a review. All fields are optional. */
export interface ReviewFrontMatter {
  /** A template id, e.g. "neurips-2020". */
  readonly template?: string;
  /** Path of the paper's PDF, relative to the review file. */
  readonly paper?: string;
  readonly title?: string;
  readonly venue?: string;
  /** Set when the YAML could not be read; the fields above are then absent. */
  readonly error?: string;
}

const fields = ['template', 'paper', 'title', 'venue'] as const;

/** Reads the fields we know from front-matter YAML source (the text between the `---` fences). */
export function parseFrontMatterYaml(source: string): ReviewFrontMatter {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (err) {
    return { error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) return { error: 'front matter is not a set of "key: value" lines' };
  const result: Record<string, string> = {};
  for (const key of fields) {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') result[key] = String(value).trim();
  }
  return result;
}
