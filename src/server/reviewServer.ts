/**
 * The review language server: the core's review language service behind the Language Server Protocol, for VS Code
 * (later) and any editor that speaks LSP (`paper-review lsp --stdio`). It only translates: LSP positions to the
 * core's offsets and back, the core's plain results to LSP types. No Node here: the host passes its file access.
 */
import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type CompletionItem, type Connection, type Diagnostic, type DocumentLink, type Hover, type InitializeResult, type Location,
  type ServerCapabilities, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTemplateSetting, type OffsetRange, type ReviewDiagnostic, type Severity } from '../core';
import {
  anchorMarkdown, configurationFromSettings, createReviewLanguageService, getQuoteLinkRanges, hoverMarkdown, snippetToPlainText,
  type IReviewDocument, type IReviewLanguageService, type IReviewWorkspace, type ReviewLanguageConfiguration, type ReviewLanguageServiceInit,
} from '../core/language';
import type { ReviewTextEdit } from '../core';
import {
  analysisRequest, definitionRequest, paperOfRequest, papersChangedNotification, quoteTargetRequest, templatesNotification,
  type AnalysisResult, type DefinitionParams, type DefinitionResult, type PaperOfResult, type QuoteTargetResult, type ReviewClientOptions,
  type PapersChangedParams, type ReviewVersionParams, type TemplatesParams,
} from '../protocol/reviewServer';
import { clientPaperIndex, clientPartialPaperIndex, clientPreviousPaperIndex, ClientWorkspace } from './clientWorkspace';

export const diagnosticSource = 'Paper Review';
/** Typing pauses this long before a review is checked again. */
export const diagnosticsDebounceMs = 300;

export interface ReviewServerHost {
  /**
   * File access of its own, given the workspace folders the client named (a review's paper stays inside its folder),
   * for clients that do not serve files (other editors). Absent (the browser): only such a client's files are read.
   */
  createWorkspace?(workspaceFolders: () => readonly string[]): IReviewWorkspace;
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

/** The client's options from `initializationOptions.paperReview.client`, checked (it is the client's word). */
function readClientOptions(initializationOptions: unknown): ReviewClientOptions | undefined {
  const o = (initializationOptions as { paperReview?: { client?: Record<string, unknown> } } | undefined)?.paperReview?.client;
  if (typeof o !== 'object' || o === null || o.servesFiles !== true) return undefined;
  return {
    servesFiles: true,
    ...(typeof o.showInPaperCommand === 'string' ? { showInPaperCommand: o.showInPaperCommand } : {}),
    ...(typeof o.showQuoteCommand === 'string' ? { showQuoteCommand: o.showQuoteCommand } : {}),
    ...(typeof o.maxPaperSetting === 'string' ? { maxPaperSetting: o.maxPaperSetting } : {}),
    ...(Array.isArray(o.customTemplates) ? { customTemplates: o.customTemplates as ReviewClientOptions['customTemplates'] } : {}),
  };
}

/** An empty workspace: a server with no file access of its own and a client that serves none finds no paper. */
const noFiles: IReviewWorkspace = {
  paperRoot: (review) => review.slice(0, review.lastIndexOf('/')),
  stat: async () => undefined,
  readFile: async () => { throw new Error('no file access'); },
};

/** Wires the service to a connection and starts listening. */
export function startReviewServer(connection: Connection, host: ReviewServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let service: IReviewLanguageService | undefined;
  let client: ReviewClientOptions | undefined;
  let snippetEdits = false;
  let folders: string[] = [];
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const applySettings = (settings: unknown) => {
    if (!service || settings === undefined) return;
    const { configuration, templates } = readSettings(settings);
    service.updateConfiguration(configuration);
    // The VS Code client reads the user's forms itself (settings and .vscode/paper-review/) and sends them merged.
    if (client) return;
    const custom = parseTemplateSetting(templates);
    for (const p of custom.problems) connection.console.warn(`Paper Review: ${p}`);
    service.setCustomTemplates(custom.templates);
  };

  connection.onInitialize((params): InitializeResult => {
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    client = readClientOptions(params.initializationOptions);
    snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    const workspace = client
      ? new ClientWorkspace(connection, (review) => paperRootAmong(folders, review))
      : host.createWorkspace?.(() => folders) ?? noFiles;
    const getAnchorIndex = client ? clientPaperIndex(connection) : host.getAnchorIndex;
    service = createReviewLanguageService({
      workspace,
      ...(getAnchorIndex ? { getAnchorIndex } : {}),
      ...(client ? { getPreviousAnchorIndex: clientPreviousPaperIndex(connection), getPartialAnchorIndex: clientPartialPaperIndex(connection) } : {}),
      configuration: { ...host.configuration, ...(client?.maxPaperSetting ? { maxPaperSetting: client.maxPaperSetting } : {}) },
      ...(client?.customTemplates ? { customTemplates: client.customTemplates } : {}),
    });
    applySettings(params.initializationOptions);
    const capabilities: ServerCapabilities = {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      // In VS Code, F12 and Ctrl+click show the anchor in the client's viewer (showInPaperCommand).
      ...(client?.showInPaperCommand ? {} : { definitionProvider: true }),
      documentLinkProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: [' ', '(', '§'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      ...(params.capabilities.workspace?.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    };
    return { capabilities, serverInfo: { name: 'paper-review' } };
  });

  connection.onInitialized(() => {
    if (!connection.workspace || !(service && folders)) return;
    try {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        for (const document of documents.all()) schedule(document.uri, 0);
      });
    } catch {
      // The client did not announce workspace folder support: the folders stay those of initialize.
    }
  });

  /** A link or hover target for a reference: the client's command in VS Code, the PDF's page elsewhere. */
  const showInPaperTarget = (document: TextDocument, offset: number, paperUri: string, page: number) => client?.showInPaperCommand
    ? `command:${client.showInPaperCommand}?${encodeURIComponent(JSON.stringify([document.uri, offset]))}`
    : `${paperUri}#page=${page}`;

  const toWorkspaceEdit = (document: TextDocument, edits: readonly ReviewTextEdit[]): WorkspaceEdit => {
    // Snippet edits (a section's placeholders) where the client can take them; plain text otherwise.
    if (snippetEdits && edits.some((e) => e.snippet)) {
      return {
        documentChanges: [{
          textDocument: { uri: document.uri, version: document.version },
          edits: edits.map((e) => (e.snippet ? { range: range(document, e.range), snippet: { kind: 'snippet', value: e.newText } } : { range: range(document, e.range), newText: e.newText })) as TextEdit[],
        }],
      };
    }
    return { changes: { [document.uri]: edits.map((e) => ({ range: range(document, e.range), newText: e.snippet ? snippetToPlainText(e.newText) : e.newText })) } };
  };

  /**
   * The open document at `version`: a client request may overtake the open or change notification it was made
   * after (they travel in order, but a request can be made before the notification is sent), so wait for it briefly.
   */
  const documentAt = (uri: string, version: number): Promise<TextDocument | undefined> => {
    const ready = (d: TextDocument | undefined) => d !== undefined && d.uri === uri && d.version >= version;
    if (ready(documents.get(uri))) return Promise.resolve(documents.get(uri));
    return new Promise((resolve) => {
      const done = (d: TextDocument | undefined) => { clearTimeout(timer); opened.dispose(); changed.dispose(); resolve(d); };
      const opened = documents.onDidOpen((e) => { if (ready(e.document)) done(e.document); });
      const changed = documents.onDidChangeContent((e) => { if (ready(e.document)) done(e.document); });
      // Never an older version: the client would read its offsets against the wrong text.
      const timer = setTimeout(() => done(undefined), 10_000);
    });
  };

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
    // In VS Code the reference is a document link, whose own line in the hover ("Show in paper (ctrl + click)") is the
    // one way to the paper: a second link in the text would say it twice.
    const link = hover.kind === 'anchor' && !client?.showInPaperCommand ? showInPaperTarget(document, hover.range.start, hover.paperUri, hover.anchor.page) : undefined;
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
    // With the client's command every reference is a link (one the paper lacks says so when followed); elsewhere
    // only those with a place in the PDF.
    const linked = client?.showInPaperCommand ? links : links.filter((l) => l.anchor && l.paperUri);
    const references: DocumentLink[] = linked.map((l) => ({
      range: range(document, l.range), target: showInPaperTarget(document, l.range.start, l.paperUri ?? '', l.anchor?.page ?? 1),
      // VS Code shows the tooltip in the hover as the link's line: "Show in paper" there; where the PDF opens, its page.
      tooltip: client?.showInPaperCommand && l.anchor ? 'Show in paper' : l.tooltip ?? 'Show in paper',
    }));
    // A quote is a link too where the client can show it highlighted in the paper.
    const quotes: DocumentLink[] = client?.showQuoteCommand ? getQuoteLinkRanges(document.getText()).map((r) => ({
      range: range(document, r), tooltip: 'Show the quote in the paper',
      target: `command:${client!.showQuoteCommand}?${encodeURIComponent(JSON.stringify([document.uri, r.start]))}`,
    })) : [];
    return [...references, ...quotes];
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
      edit: toWorkspaceEdit(document, fix.edits),
    }));
  });

  // ---- the VS Code client's own requests (src/protocol/reviewServer.ts) ----

  connection.onRequest(analysisRequest, async (params: ReviewVersionParams): Promise<AnalysisResult | null> => {
    const document = await documentAt(params.uri, params.version);
    if (!document || !service) return null;
    const { analysis: { parsed: _parsed, text: _text, ...analysis }, inputProblem } = service.analyze(asReview(document));
    return { analysis, ...(inputProblem ? { inputProblem } : {}) };
  });

  connection.onRequest(definitionRequest, async (params: DefinitionParams, token): Promise<DefinitionResult> => {
    const document = await documentAt(params.uri, params.version);
    if (!document || !service) return null;
    return (await service.getDefinition(asReview(document), params.offset, token)) ?? null;
  });

  connection.onRequest(quoteTargetRequest, async (params: DefinitionParams, token): Promise<QuoteTargetResult> => {
    const document = await documentAt(params.uri, params.version);
    if (!document || !service) return null;
    return (await service.getQuoteTarget(asReview(document), params.offset, token)) ?? null;
  });

  connection.onRequest(paperOfRequest, async (params: ReviewVersionParams, token): Promise<PaperOfResult> => {
    const document = await documentAt(params.uri, params.version);
    if (!document || !service) return null;
    return (await service.getPaper(asReview(document), token))?.uri ?? null;
  });

  connection.onNotification(templatesNotification, (params: TemplatesParams) => {
    if (!service || !Array.isArray(params?.templates)) return;
    service.setCustomTemplates(params.templates);
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  connection.onNotification(papersChangedNotification, (params: PapersChangedParams) => {
    if (!service) return;
    if (typeof params?.uri === 'string') service.paperChanged(params.uri);
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  documents.listen(connection);
  connection.listen();
}
