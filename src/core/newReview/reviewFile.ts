import { stringify } from 'yaml';

/** What a new review's front matter ties it to. */
export interface NewReviewInfo {
  readonly template: string;
  /** The paper's path relative to the review. */
  readonly paper: string;
  /** The paper's title, when the PDF tells it. */
  readonly title?: string;
}

/** `<paper name>.review.md`, beside the paper. */
export function reviewFileNameFor(paperFileName: string): string {
  return `${paperFileName.replace(/\.pdf$/i, '')}.review.md`;
}

/** The front matter block of a new review, YAML-quoted where a value needs it (a title with a colon, say). */
export function newReviewFrontMatter(info: NewReviewInfo): string {
  const fields: Record<string, string> = { template: info.template, paper: info.paper };
  if (info.title?.trim()) fields.title = info.title.replace(/\s+/g, ' ').trim();
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n`;
}
