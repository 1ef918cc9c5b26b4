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

/**
 * The text a snippet edit inserts when the editor takes plain text only (a language client without snippet edits):
 * tab stops dropped, placeholders kept, escapes undone. Reads what src/core/snippets.ts writes: `$1`, `${1}`,
 * `${1:placeholder}` and `\\`, `\$`, `\}`.
 */
export function snippetToPlainText(snippet: string): string {
  let out = '';
  let open = 0;
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) {
      out += snippet[++i];
    } else if (c === '$') {
      const m = /^\$(?:(\d+)|\{(\d+)(:|\}))/.exec(snippet.slice(i, i + 12));
      if (!m) { out += c; continue; }
      i += m[0].length - 1;
      if (m[3] === ':') open++;
    } else if (c === '}' && open > 0) {
      open--;
    } else {
      out += c;
    }
  }
  return out;
}
