import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerReviewCommands } from './commands';
import { registerDiagnostics } from './diagnostics';
import { registerOutline } from './outline';
import { ReviewService } from './reviewService';
import { registerStatusBar } from './statusBar';
import { registerSubmission } from './submission';
import { TemplateRegistry } from './templateRegistry';
import type { AnchorIndex } from '../../core/paperIndex/types';
import { PaperAnchors } from '../references/paperAnchors';
import { registerAnchoring, type RevealAnchor } from '../references/register';
import { registerQuoteSelection, type PaperSelection } from '../references/quote';
import type { PaperFinder } from '../paper/findPaper';
import { newReview, newReviewCommand, type PaperFacts } from './newReview';

/** How a review reaches its paper: the paper's anchor index, and the viewer to show an anchor in. */
export interface PaperSupport {
  getAnchorIndex(pdf: vscode.Uri): Promise<AnchorIndex>;
  revealAnchor: RevealAnchor;
  /** Text the reader selects in a paper. */
  onDidSelectText(listener: (selection: PaperSelection) => unknown): vscode.Disposable;
  /** What New Review reads from the paper's first page (its title, the venue's statement). */
  paperFacts(pdf: vscode.Uri): Promise<PaperFacts | undefined>;
  /** Hands the reviews' analysis to the viewer, for its paper map of the review's notes. */
  useReviews?(reviews: ReviewService): vscode.Disposable;
}

/** Review-document features: diagnostics, quick fixes, outline, folding, status bar, commands and links to the paper, on one shared analysis. */
export function registerReviewFeatures(papers: PaperFinder, paperSupport: PaperSupport): vscode.Disposable {
  const reviewProblems = vscode.languages.createDiagnosticCollection('paper-review');
  const templateProblems = vscode.languages.createDiagnosticCollection('paper-review-templates');
  const templates = new TemplateRegistry(templateProblems);
  const service = new ReviewService(templates, papers.gate);
  const anchors = new PaperAnchors({
    findPaper: async (review, frontMatterPaper) => (await papers.find(review, frontMatterPaper, false)).paper,
    getAnchorIndex: paperSupport.getAnchorIndex,
  });
  return vscode.Disposable.from(
    reviewProblems, templateProblems, templates, service, anchors,
    service.useAnchors(anchors),
    registerAnchoring(service, paperSupport.revealAnchor),
    registerQuoteSelection(service, paperSupport.onDidSelectText),
    paperSupport.useReviews?.(service) ?? new vscode.Disposable(() => undefined),
    registerDiagnostics(service, reviewProblems),
    registerCodeActions(service),
    registerOutline(service),
    registerStatusBar(service),
    registerReviewCommands(service),
    registerSubmission(service),
    vscode.commands.registerCommand(newReviewCommand, (clicked?: unknown, templateId?: unknown) => newReview(templates, paperSupport.paperFacts, clicked, templateId)),
  );
}
