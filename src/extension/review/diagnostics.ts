import * as vscode from 'vscode';
import { isReview, type ReviewService } from './reviewService';
import { toRange, toSeverity } from './convert';

export const diagnosticSource = 'Paper Review';
const debounceMs = 300;

/** Publishes the completeness checks of open reviews: at once on open, debounced while typing, cleared on close. */
export function registerDiagnostics(service: ReviewService, collection: vscode.DiagnosticCollection): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const publish = async (document: vscode.TextDocument) => {
    if (!isReview(document) || document.isClosed) return;
    const version = document.version;
    // Loads the paper's anchors in the background; their arrival publishes again, with reference checks.
    void service.paper(document);
    await service.refreshPaper(document);
    if (document.isClosed || document.version !== version) return;
    collection.set(document.uri, service.diagnostics(document).map((d) => {
      const diagnostic = new vscode.Diagnostic(toRange(document, d.range), d.message, toSeverity(d.severity));
      diagnostic.source = diagnosticSource;
      diagnostic.code = d.code;
      return diagnostic;
    }));
  };

  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); void publish(document); }, debounceMs));
  };

  const clear = (document: vscode.TextDocument) => {
    clearTimeout(timers.get(document.uri.toString()));
    timers.delete(document.uri.toString());
    collection.delete(document.uri);
  };

  vscode.workspace.textDocuments.forEach((d) => void publish(d));
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((d) => void publish(d)),
    vscode.workspace.onDidChangeTextDocument((e) => { if (isReview(e.document) && e.contentChanges.length) schedule(e.document); }),
    vscode.workspace.onDidCloseTextDocument(clear),
    // A file switched to or from the review language (e.g. "Change Language Mode") is closed and reopened.
    service.onDidChangeOptions(() => vscode.workspace.textDocuments.forEach((d) => void publish(d))),
    { dispose: () => { timers.forEach(clearTimeout); timers.clear(); } },
  );
}
