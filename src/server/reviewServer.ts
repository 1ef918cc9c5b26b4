/**
 * The review language server: the core's review language service behind the Language Server Protocol, for VS Code
 * (later) and any editor that speaks LSP (`paper-review lsp --stdio`). It only translates: LSP positions to the
 * core's offsets and back, the core's plain results to LSP types. No Node here: the host passes its file access.
 */
import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type CompletionItem, type Connection, type Diagnostic, type DocumentLink, type Hover, type InitializeResult, type Location,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTemplateSetting, type OffsetRange, type ReviewDiagnostic, type Severity } from '../core';
import {
  anchorMarkdown, configurationFromSettings, createReviewLanguageService, hoverMarkdown, snippetToPlainText,
  type IReviewDocument, type IReviewLanguageService, type IReviewWorkspace, type ReviewLanguageConfiguration, type ReviewLanguageServiceInit,
} from '../core/language';

export const diagnosticSource = 'Paper Review';
/** Typing pauses this long before a review is checked again. */
export const diagnosticsDebounceMs = 300;

export interface ReviewServerHost {
  /** File access, given the workspace folders the client named (a review's paper stays inside its folder). */
  createWorkspace(workspaceFolders: readonly string[]): IReviewWorkspace;
  readonly getAnchorIndex?: ReviewLanguageServiceInit['getAnchorIndex'];
  /** Settings the host knows before the client sends any. */
  readonly configuration?: Partial<ReviewLanguageConfiguration>;
}

/** The folder a review's paper must stay in: the workspace folder holding the review (the innermost), else the review's own folder. */
export function paperRootAmong(workspaceFolders: readonly string[], reviewUri: string): string {
  const inside = workspaceFolders.map((f) => f.replace(/\/+$/, '')).filter((f) => reviewUri.startsWith(`${f}/`));
  return inside.sort((a, b) => b.length - a.length)[0] ?? reviewUri.slice(0, reviewUri.lastIndexOf('/'));
}

const toSeverity = (severity: Severity): DiagnosticSeverity => ({
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
})[severity];

const range = (document: TextDocument, r: OffsetRange) => ({ start: document.positionAt(r.start), end: document.positionAt(r.end) });

const asReview = (document: TextDocument): IReviewDocument => ({ uri: document.uri, version: document.version, getText: () => document.getText() });

/** `paperReview` settings as a client sends them (initializationOptions or workspace/didChangeConfiguration): nested or dotted. */
function readSettings(settings: unknown): { configuration: Partial<ReviewLanguageConfiguration>; templates: unknown } {
  const root = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : {};
  const s = (typeof root.paperReview === 'object' && root.paperReview !== null ? root.paperReview : root) as Record<string, any>;
  const pick = (dotted: string, ...path: string[]) => s[dotted] ?? path.reduce<any>((v, k) => (v && typeof v === 'object' ? v[k] : undefined), s);
  return {
    configuration: configurationFromSettings({
      defaultTemplate: s.defaultTemplate,
      severity: pick('diagnostics.severity', 'diagnostics', 'severity'),
      minWords: pick('diagnostics.minWords', 'diagnostics', 'minWords'),
      maxSizeMB: pick('paper.maxSizeMB', 'paper', 'maxSizeMB'),
    }),
    templates: s.templates,
  };
}

/** Wires the service to a connection and starts listening. */
export function startReviewServer(connection: Connection, host: ReviewServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let service: IReviewLanguageService | undefined;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const applySettings = (settings: unknown) => {
    if (!service || settings === undefined) return;
    const { configuration, templates } = readSettings(settings);
    service.updateConfiguration(configuration);
    const custom = parseTemplateSetting(templates);
    for (const p of custom.problems) connection.console.warn(`Paper Review: ${p}`);
    service.setCustomTemplates(custom.templates);
  };

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    service = createReviewLanguageService({
      workspace: host.createWorkspace(folders),
      ...(host.getAnchorIndex ? { getAnchorIndex: host.getAnchorIndex } : {}),
      configuration: host.configuration,
    });
    applySettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [' ', '(', '§'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'paper-review' },
    };
  });

  const toDiagnostic = (document: TextDocument, d: ReviewDiagnostic): Diagnostic => ({
    range: range(document, d.range), severity: toSeverity(d.severity), code: d.code, source: diagnosticSource, message: d.message,
  });

  const publish = async (uri: string) => {
    const document = documents.get(uri);
    if (!document || !service) return;
    const version = document.version;
    const result = await service.computeDiagnostics(asReview(document), { get isCancellationRequested() { return documents.get(uri)?.version !== version; } });
    // A newer version (or a close) came while the paper was read: its own run publishes.
    if (!result || documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: result.diagnostics.map((d) => toDiagnostic(document, d)) });
  };

  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => { timers.delete(uri); publish(uri).catch((err: unknown) => connection.console.error(String(err))); }, delay));
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, diagnosticsDebounceMs));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    service?.documentClosed(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    applySettings(change.settings);
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  connection.onDidChangeWatchedFiles((change) => {
    for (const c of change.changes) service?.paperChanged(c.uri);
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  connection.onHover(async (params, token): Promise<Hover | null> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !service) return null;
    const hover = await service.getHover(asReview(document), document.offsetAt(params.position), token);
    if (!hover) return null;
    const link = hover.kind === 'anchor' ? `${hover.paperUri}#page=${hover.anchor.page}` : undefined;
    return { contents: { kind: 'markdown', value: hoverMarkdown(hover, link) }, range: range(document, hover.range) };
  });

  connection.onDefinition(async (params, token): Promise<Location | null> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !service) return null;
    const definition = await service.getDefinition(asReview(document), document.offsetAt(params.position), token);
    // A reference the paper lacks has no location: its hover and its diagnostic say what the paper has instead.
    if (definition?.kind !== 'anchor') return null;
    return { uri: definition.paperUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  });

  connection.onDocumentLinks(async (params, token): Promise<DocumentLink[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !service) return [];
    const links = await service.getDocumentLinks(asReview(document), token);
    return links.filter((l) => l.anchor && l.paperUri).map((l) => ({
      range: range(document, l.range), target: `${l.paperUri}#page=${l.anchor!.page}`, ...(l.tooltip ? { tooltip: l.tooltip } : {}),
    }));
  });

  connection.onCompletion(async (params, token): Promise<CompletionItem[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !service) return [];
    const completions = await service.getCompletions(asReview(document), document.offsetAt(params.position), token);
    if (!completions) return [];
    const replace = range(document, completions.range);
    return completions.items.map((c) => ({
      label: c.label, labelDetails: { description: c.description }, kind: CompletionItemKind.Reference, sortText: c.sortText,
      textEdit: { range: replace, newText: c.insertText }, documentation: { kind: 'markdown', value: anchorMarkdown(c.anchor) },
    }));
  });

  connection.onCodeAction(async (params, token): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !service) return [];
    const ours = params.context.diagnostics.filter((d) => d.source === diagnosticSource && d.code !== undefined);
    const shown = ours.map((d) => ({ code: String(d.code), message: typeof d.message === 'string' ? d.message : d.message.value, range: { start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end) }, lsp: d }));
    const actions = await service.getCodeActions(asReview(document), shown, token);
    return actions.map(({ fix, diagnostic }) => ({
      title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [(diagnostic as (typeof shown)[number]).lsp], isPreferred: fix.isPreferred,
      edit: { changes: { [document.uri]: fix.edits.map((e) => ({ range: range(document, e.range), newText: e.snippet ? snippetToPlainText(e.newText) : e.newText })) } },
    }));
  });

  documents.listen(connection);
  connection.listen();
}
