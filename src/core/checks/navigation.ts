import type { ReviewAnalysis } from '../review/analysis';
import { reviewProgress } from '../review/progress';
import type { OffsetRange } from '../text/lineIndex';
import { insertionOffset } from './fixes';

/** A place *Go to Next Incomplete Section* visits: a section left to do, or where a missing one belongs. */
export interface IncompleteStop {
  readonly sectionId: string;
  readonly title: string;
  /** Why it is not done, as the status bar says it ("empty", "no score", "missing", …). */
  readonly reason: string;
  readonly missing: boolean;
  /**
   * What to select on arrival: the first placeholder (so typing replaces it), else the start of what the section
   * holds (its first option, its text) or the empty line under its heading; for a missing section, the empty
   * place where inserting it puts it.
   */
  readonly range: OffsetRange;
}

/** The start of the line where the section's content begins (its first option or sentence), else the line under its heading. */
function landing(text: string, body: OffsetRange): number {
  const slice = text.slice(body.start, body.end);
  const content = slice.search(/\S/);
  if (content !== -1) {
    const lineStart = text.lastIndexOf('\n', body.start + content - 1) + 1;
    return lineStart >= body.start ? lineStart : body.start + content;
  }
  const nl = slice.indexOf('\n');
  return nl === -1 ? body.start : body.start + nl + 1;
}

/** Every section not done yet, present or missing, in document order (missing ones at their insertion point). */
export function incompleteStops(analysis: ReviewAnalysis): IncompleteStop[] {
  const order = analysis.template.sections;
  const stops = reviewProgress(analysis).remaining.map((item): IncompleteStop & { rank: number } => {
    const ts = order.find((t) => t.title === item.title)!;
    const rank = order.indexOf(ts);
    if (!item.section) {
      const at = insertionOffset(analysis, ts);
      return { sectionId: ts.id, title: item.title, reason: item.reason, missing: true, range: { start: at, end: at }, rank };
    }
    const placeholder = item.section.placeholders[0];
    const at = landing(analysis.text, item.section.bodyRange);
    return {
      sectionId: ts.id, title: item.title, reason: item.reason, missing: false, rank,
      range: placeholder ? placeholder.range : { start: at, end: at },
    };
  });
  return stops.sort((a, b) => a.range.start - b.range.start || a.rank - b.rank).map(({ rank: _, ...stop }) => stop);
}

/**
 * The stop after the cursor, wrapping around to the first. `previous` is the stop last visited when the cursor
 * has not moved since: then the next one in the list follows, even where several missing sections share a place.
 */
export function nextIncompleteStop(stops: readonly IncompleteStop[], cursor: number, previous?: string): IncompleteStop | undefined {
  if (stops.length === 0) return undefined;
  const at = previous === undefined ? -1 : stops.findIndex((s) => s.sectionId === previous);
  if (at !== -1) return stops[(at + 1) % stops.length];
  return stops.find((s) => s.range.start > cursor) ?? stops[0];
}
