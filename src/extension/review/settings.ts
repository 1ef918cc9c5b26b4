import * as vscode from 'vscode';
import type { CheckOptions } from '../../core';
import { configurationFromSettings } from '../../core/language';

export const configSection = 'paperReview';

export interface ReviewSettings {
  readonly defaultTemplate: string;
  readonly severities: CheckOptions['severities'];
  readonly minWords: Readonly<Record<string, number>>;
  /** The `paperReview.templates` setting as written (anything: settings.json is hand-edited), validated by the template registry. */
  readonly templates: unknown;
}

/** Typed, checked reads of the `paperReview.*` settings for one document's scope (checked by the core, as the language server's are). */
export function readSettings(scope?: vscode.ConfigurationScope): ReviewSettings {
  const config = vscode.workspace.getConfiguration(configSection, scope);
  const checked = configurationFromSettings({ severity: config.get('diagnostics.severity'), minWords: config.get('diagnostics.minWords') });
  return {
    defaultTemplate: config.get<string>('defaultTemplate') ?? 'course',
    severities: checked.severities,
    minWords: checked.minWords ?? {},
    templates: config.get<unknown>('templates'),
  };
}
