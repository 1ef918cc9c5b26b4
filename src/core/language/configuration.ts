import { defaultMaxPaperBytes, workspaceRootName } from '../paper/paperPath';
import { builtinTemplates, type ReviewTemplate } from '../templates';
import { diagnosticCodes, type DiagnosticCode, type Severity } from '../checks/diagnosticCodes';
import type { ReviewLanguageConfiguration } from './types';

export const defaultConfiguration: ReviewLanguageConfiguration = Object.freeze({
  severities: {},
  minWords: {},
  maxPaperBytes: defaultMaxPaperBytes,
  maxPaperSetting: 'the paperReview.paper.maxSizeMB setting',
  paperRootName: workspaceRootName,
  findPaperBesideReview: true,
});

export function resolveConfiguration(partial: Partial<ReviewLanguageConfiguration> = {}): ReviewLanguageConfiguration {
  return Object.freeze({ ...defaultConfiguration, ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) });
}

/** The templates a review can use: the user's own first, then the built-in ones they do not replace (same id). */
export function mergeTemplates(custom: readonly ReviewTemplate[]): readonly ReviewTemplate[] {
  if (custom.length === 0) return builtinTemplates;
  const ids = new Set(custom.map((t) => t.id));
  return [...custom, ...builtinTemplates.filter((t) => !ids.has(t.id))];
}

/** The `paperReview.*` settings as an editor hands them over: hand-edited JSON, so anything. */
export interface RawReviewSettings {
  readonly defaultTemplate?: unknown;
  /** `paperReview.diagnostics.severity` */
  readonly severity?: unknown;
  /** `paperReview.diagnostics.minWords` */
  readonly minWords?: unknown;
  /** `paperReview.paper.maxSizeMB` */
  readonly maxSizeMB?: unknown;
}

const severityValues = new Set(['error', 'warning', 'information', 'hint', 'off']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The checked part of the settings: unknown codes, severities and non-numbers are left out, never thrown on. */
export function configurationFromSettings(raw: RawReviewSettings): Partial<ReviewLanguageConfiguration> {
  const severities: Partial<Record<DiagnosticCode, Severity | 'off'>> = {};
  if (isRecord(raw.severity)) {
    for (const code of diagnosticCodes) {
      const value = raw.severity[code];
      if (typeof value === 'string' && severityValues.has(value)) severities[code] = value as Severity | 'off';
    }
  }
  const minWords = isRecord(raw.minWords)
    ? Object.fromEntries(Object.entries(raw.minWords).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] >= 0))
    : {};
  const mb = raw.maxSizeMB;
  return {
    severities, minWords,
    ...(typeof raw.defaultTemplate === 'string' ? { defaultTemplate: raw.defaultTemplate } : {}),
    ...(typeof mb === 'number' && Number.isFinite(mb) && mb > 0 ? { maxPaperBytes: mb * 1024 * 1024 } : {}),
  };
}
