import * as vscode from 'vscode';
import { registerReviewCommands } from './commands';
import { registerOutline } from './outline';
import { registerStatusBar } from './statusBar';
import { registerSubmission } from './submission';
import { registerShowInPaper, type RevealAnchor, type RevealQuote } from '../references/register';
import { registerQuoteSelection, type PaperSelection } from '../references/quote';
import type { ReviewClient } from '../languageClient/reviewClient';
import type { ReviewNotesSource } from '../viewer/paperMap';
import { newReview, newReviewCommand, type PaperFacts } from './newReview';

/** What only the viewer and the paper index can do for a review. */
export interface PaperSupport {
  revealAnchor: RevealAnchor;
  revealQuote: RevealQuote;
  /** Text the reader selects in a paper. */
  onDidSelectText(listener: (selection: PaperSelection) => unknown): vscode.Disposable;
  /** What New Review reads from the paper's first page (its title, the venue's statement). */
  paperFacts(pdf: vscode.Uri): Promise<PaperFacts | undefined>;
  /** Hands the reviews' analysis to the viewer, for its paper map of the review's notes. */
  useReviews?(source: ReviewNotesSource): vscode.Disposable;
}

/**
 * Review-document features of the client, on the language server's analysis: outline, folding, status bar, commands,
 * export, Show in Paper and Quote Selection. Diagnostics, quick fixes, hover, links and completion come from the server.
 */
export function registerReviewFeatures(reviews: ReviewClient, paperSupport: PaperSupport): vscode.Disposable {
  return vscode.Disposable.from(
    registerShowInPaper(reviews, paperSupport.revealAnchor, paperSupport.revealQuote),
    registerQuoteSelection(reviews, paperSupport.onDidSelectText),
    paperSupport.useReviews?.(reviews) ?? new vscode.Disposable(() => undefined),
    registerOutline(reviews),
    registerStatusBar(reviews),
    registerReviewCommands(reviews),
    registerSubmission(reviews),
    vscode.commands.registerCommand(newReviewCommand, (clicked?: unknown, templateId?: unknown) => newReview(reviews.templates, paperSupport.paperFacts, clicked, templateId)),
  );
}
