import * as vscode from 'vscode';
import type { ExtensionPlatform } from './platform';
import { registerReviewFeatures } from './review/register';
import { registerViewer, revealAnchorIn } from './viewer/register';
import { PdfEditorProvider } from './viewer/pdfEditorProvider';
import { createAnchorIndexService, registerAnchorIndex } from './paperIndex/register';
import { PaperIndexes } from './paperIndex/paperIndexes';
import { PaperFinder } from './paper/findPaper';
import { PaperGate } from './paper/paperAccess';
import { registerReviewPreview } from './preview/reviewPreview';
import { TemplateRegistry } from './review/templateRegistry';
import { ReviewClient } from './languageClient/reviewClient';
import { startReviewLanguageClient } from './languageClient/start';
import { withFigurePicture } from './references/figurePicture';

/**
 * Shared by both entries. Each service is built once here and handed to the features that use it (no module-level
 * instances); every feature registers itself and hands back one Disposable.
 *
 * The review language server parses and checks the reviews (diagnostics, quick fixes, hover, links, completion);
 * this side keeps what only VS Code can do: reading files through vscode.workspace.fs, indexing papers in the pdf.js
 * workers, the viewer, and the features built on the server's analysis (outline, status bar, commands, export).
 */
export function activateShared(context: vscode.ExtensionContext, platform: ExtensionPlatform): void {
  const finder = new PaperFinder(context, new PaperGate(platform.resolvesInside));
  const anchors = createAnchorIndexService(context, platform);
  const papers = new PaperIndexes(anchors);
  const templateProblems = vscode.languages.createDiagnosticCollection('paper-review-templates');
  const templates = new TemplateRegistry(templateProblems);
  const languageClient = startReviewLanguageClient(context, {
    papers, finder, templates, platform,
    // Called for hovers only, after activation: `reviews` and `viewer` exist by then.
    decorateHover: (document, position, hover) => withFigurePicture(reviews, (pdf, anchor) => viewer.pictureOf(pdf, anchor), document, position, hover),
  });
  const reviews = new ReviewClient(languageClient, templates, papers);
  // The paper map is sent again as reviews are edited: it reads the kept index, not the PDF again.
  const viewer = new PdfEditorProvider(context, (pdf) => papers.get(pdf));
  const revealAnchor = (pdf: vscode.Uri, anchor: Parameters<typeof revealAnchorIn>[2]) => revealAnchorIn(viewer, pdf, anchor);
  context.subscriptions.push(
    finder, templateProblems, templates, papers, reviews,
    registerViewer(viewer, finder),
    registerAnchorIndex(anchors, revealAnchor),
    // Reviews reach the paper through the two above: its anchor index, and the viewer to show an anchor in.
    registerReviewFeatures(reviews, {
      revealAnchor,
      revealQuote: (pdf, page, text) => viewer.revealText(pdf, page, text),
      onDidSelectText: (listener) => viewer.onDidSelect(listener),
      paperFacts: (pdf) => anchors.paperFacts(pdf),
      useReviews: (source) => viewer.useReviewNotes(source),
    }),
    registerReviewPreview(),
  );
}
