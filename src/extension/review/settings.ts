import * as vscode from 'vscode';
import { diagnosticCodes, type CheckOptions, type DiagnosticCode, type Severity } from '../../core';

export const configSection = 'paperReview';

export interface ReviewSettings {
  readonly defaultTemplate: string;
  readonly severities: CheckOptions['severities'];
  readonly minWords: Readonly<Record<string, number>>;
  /** The `paperReview.templates` setting as written (anything: settings.json is hand-edited), validated by the template registry. */
  readonly templates: unknown;
}

const severityValues = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Typed, checked reads of the `paperReview.*` settings for one document's scope. */
export function readSettings(scope?: vscode.ConfigurationScope): ReviewSettings {
  const config = vscode.workspace.getConfiguration(configSection, scope);
  const rawSeverities = config.get<Record<string, string>>('diagnostics.severity') ?? {};
  const severities: Partial<Record<DiagnosticCode, Severity | 'off'>> = {};
  for (const code of diagnosticCodes) {
    const value = rawSeverities[code];
    if (value && severityValues.has(value)) severities[code] = value as Severity | 'off';
  }
  const rawMin = config.get<Record<string, unknown>>('diagnostics.minWords') ?? {};
  const minWords = Object.fromEntries(Object.entries(rawMin).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] >= 0));
  return {
    defaultTemplate: config.get<string>('defaultTemplate') ?? 'course',
    severities,
    minWords,
    templates: config.get<unknown>('templates'),
  };
}
