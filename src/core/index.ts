// The pure core shared by the extension (desktop and web), the webview and the CLI. No vscode, no Node built-ins.
export * from './templates';
export * from './snippets';
export * from './text/lineIndex';
export { analyzeReview, ReviewAnalyzer, normalizeTitle } from './review/analysis';
export type { ReviewAnalysis, ReviewSection, SectionStatus, Placeholder, AnalysisOptions } from './review/analysis';
export { reviewProgress, type ReviewProgress, type ProgressItem } from './review/progress';
export type { PaperReference, ReferenceKind } from './review/references';
export { findReferences } from './review/references';
export type { ReviewScore } from './review/scores';
export { reviewInputProblem, maxReviewLength, maxReviewHeadings, maxReviewLines } from './review/input';
export { parseFrontMatterYaml, type ReviewFrontMatter } from './review/frontMatter';
export { diagnosticCodes, defaultSeverities, type DiagnosticCode, type Severity } from './checks/diagnosticCodes';
export { checkReview, describeScaleValues, type ReviewDiagnostic, type CheckOptions } from './checks/diagnostics';
export type { ReviewFix, ReviewTextEdit } from './checks/fixes';
export { resolvePaperPath, symlinkRefusal, notAFileRefusal, paperSizeRefusal, defaultMaxPaperBytes, type PaperRefusal, type PaperPathResult } from './paper/paperPath';
export { incompleteStops, nextIncompleteStop, type IncompleteStop } from './checks/navigation';
export { insertSectionFix } from './checks/fixes';
export { venueForms, findVenueForm, venueField, type VenueForm, type VenueField, type FieldMarkup, type SubmissionPlatform } from './venues/venueForms';
export { submissionText, countVenueCharacters, escapeMathForMarked, type FieldText } from './venues/fieldText';
export {
  exportReview, exportedSection, exportProblems, exportIsIncomplete, openReviewContent, formatExport, venueFormFor,
  type ReviewExport, type ExportedField, type ExportFormat, type FieldProblem,
} from './venues/exportReview';
