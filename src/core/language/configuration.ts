import { defaultMaxPaperBytes, workspaceRootName } from '../paper/paperPath';
import { builtinTemplates, type ReviewTemplate } from '../templates';
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
