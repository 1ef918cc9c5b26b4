import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerReviewCommands } from './commands';
import { registerDiagnostics } from './diagnostics';
import { registerOutline } from './outline';
import { ReviewService } from './reviewService';
import { registerStatusBar } from './statusBar';
import { TemplateRegistry } from './templateRegistry';

/** Review-document features: diagnostics, quick fixes, outline, folding, status bar and commands, on one shared analysis. */
export function registerReviewFeatures(_context: vscode.ExtensionContext): vscode.Disposable {
  const reviewProblems = vscode.languages.createDiagnosticCollection('paper-review');
  const templateProblems = vscode.languages.createDiagnosticCollection('paper-review-templates');
  const templates = new TemplateRegistry(templateProblems);
  const service = new ReviewService(templates);
  return vscode.Disposable.from(
    reviewProblems, templateProblems, templates, service,
    registerDiagnostics(service, reviewProblems),
    registerCodeActions(service),
    registerOutline(service),
    registerStatusBar(service),
    registerReviewCommands(service),
  );
}
