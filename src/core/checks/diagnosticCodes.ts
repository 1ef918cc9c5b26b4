/** Stable codes: settings, quick fixes, the CLI's JSON and tests refer to diagnostics by these. */
export const diagnosticCodes = [
  'missing-section',
  'empty-section',
  'short-section',
  'placeholder',
  'missing-score',
  'score-out-of-scale',
  'duplicate-section',
  'section-order',
  'unknown-template',
  'invalid-front-matter',
  'invalid-template',
  'paper-not-found',
  'paper-outside-workspace',
  'paper-too-large',
  'not-a-review',
  'unknown-reference',
  'dense-markup',
  'field-too-long',
  'unverified-quote',
  'quote-wrong-page',
  'renumbered-reference',
] as const;

export type DiagnosticCode = (typeof diagnosticCodes)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** What each check reports as when the user has not configured it. */
export const defaultSeverities: Readonly<Record<DiagnosticCode, Severity>> = {
  'missing-section': 'warning',
  'empty-section': 'warning',
  'short-section': 'information',
  placeholder: 'warning',
  'missing-score': 'warning',
  'score-out-of-scale': 'error',
  'duplicate-section': 'warning',
  'section-order': 'information',
  'unknown-template': 'error',
  'invalid-front-matter': 'error',
  'invalid-template': 'error',
  'paper-not-found': 'warning',
  'paper-outside-workspace': 'warning',
  'paper-too-large': 'warning',
  'not-a-review': 'warning',
  'unknown-reference': 'warning',
  'dense-markup': 'information',
  'field-too-long': 'warning',
  'unverified-quote': 'warning',
  'quote-wrong-page': 'warning',
  'renumbered-reference': 'warning',
};
