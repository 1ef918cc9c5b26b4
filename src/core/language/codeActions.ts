import type { ReviewDiagnostic } from '../checks/diagnostics';
import type { ReviewFix } from '../checks/fixes';
import type { OffsetRange } from '../text/lineIndex';

/** A diagnostic as the editor shows it back when asking for fixes: identified by code, message and range. */
export interface ShownDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly range: OffsetRange;
}

export interface ReviewCodeAction {
  readonly fix: ReviewFix;
  /** The shown diagnostic it fixes (the first, when several offer the same fix). */
  readonly diagnostic: ShownDiagnostic;
}

const sameRange = (a: OffsetRange, b: OffsetRange) => a.start === b.start && a.end === b.end;

/**
 * The core's fixes for the diagnostics the editor shows (matched by code, message and range: several
 * missing-section diagnostics share the review's head). A fix offered by several ("Insert all missing sections") is listed once.
 */
export function getCodeActions(current: readonly ReviewDiagnostic[], shown: readonly ShownDiagnostic[]): ReviewCodeAction[] {
  const actions: ReviewCodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of shown) {
    const found = current.find((d) => d.code === diagnostic.code && d.message === diagnostic.message && sameRange(d.range, diagnostic.range));
    for (const fix of found?.fixes ?? []) {
      if (seen.has(fix.title)) continue;
      seen.add(fix.title);
      actions.push({ fix, diagnostic });
    }
  }
  return actions;
}
