// The language server as VS Code's client starts it (dist/server.node.js), spoken to over stdio by this test playing
// the client: the server reads files only through the client's requests and gets the paper's index from the client,
// links and hovers run the client's commands, and quick fixes come as snippet edits. The paper here is not a PDF at
// all, so a check against its figures can only come from the index this "client" serves (long.truth.json, LaTeX's
// own labels).
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest, DidOpenTextDocumentNotification, DocumentLinkRequest, ExitNotification, HoverRequest, InitializedNotification,
  InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  type CodeAction, type Hover, type PublishDiagnosticsParams, type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { truthIndex } from '../core/language/inMemoryWorkspace';
import { ANCHOR_INDEX_FORMAT_VERSION } from '../../../src/core/paperIndex/types';

const server = join(process.cwd(), 'dist/server.node.js');

describe('the language server with VS Code\'s client', function () {
  this.timeout(60_000);
  let child: ChildProcess;
  let connection: MessageConnection;
  const dir = mkdtempSync(join(tmpdir(), 'paper-review-client-'));
  const reviewUri = pathToFileURL(join(dir, 'paper.review.md')).href;
  const paperUri = pathToFileURL(join(dir, 'long.pdf')).href;
  // Line 4: a reference the paper has and one it lacks; line 6: a quote citing page 1.
  const text = '---\ntemplate: iclr-2025\npaper: long.pdf\n---\nFigure 1 is clear and Figure 13 does not exist.\n\n> "Measurements collected in study part 1" (p. 1)\n';
  const diagnostics: PublishDiagnosticsParams[] = [];
  const asked: string[] = [];

  before(async () => {
    assert.ok(existsSync(server), `${server} is missing: run "npm run build" first`);
    writeFileSync(join(dir, 'long.pdf'), 'not a PDF: the server must not read it');
    child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => { diagnostics.push(p); });
    const path = (p: { uri: string }) => fileURLToPath(p.uri);
    connection.onRequest('paperReview/fs/stat', (p: { uri: string }) => {
      asked.push(`stat ${p.uri.replace(/^.*\//, '')}`);
      try {
        const s = statSync(path(p));
        return { type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
      } catch {
        return null;
      }
    });
    connection.onRequest('paperReview/fs/readDirectory', (p: { uri: string }) => readdirSync(path(p), { withFileTypes: true }).map((e) => [e.name, e.isFile() ? 'file' : 'directory']));
    connection.onRequest('paperReview/fs/resolvesInside', () => null);
    connection.onRequest('paperReview/rememberedPaper', () => null);
    connection.onRequest('paperReview/paperIndex', (p: { uri: string }) => {
      asked.push(`index ${p.uri}`);
      return { ...truthIndex('long'), formatVersion: ANCHOR_INDEX_FORMAT_VERSION };
    });
    connection.onRequest('paperReview/previousPaperIndex', () => null);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }],
      capabilities: { workspace: { workspaceEdit: { snippetEditSupport: true } } },
      initializationOptions: { paperReview: { client: { servesFiles: true, showInPaperCommand: 'test.showInPaper', showQuoteCommand: 'test.showQuote', customTemplates: [] } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: reviewUri, languageId: 'paper-review', version: 1, text } });
  });

  after(async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    connection.dispose();
  });

  const published = async () => {
    const deadline = Date.now() + 45_000;
    while (!diagnostics.some((d) => d.uri === reviewUri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    return diagnostics.find((d) => d.uri === reviewUri)!;
  };

  it('checks references against the index the client serves, having asked the client for the paper', async () => {
    const { diagnostics: shown } = await published();
    assert.deepEqual(shown.filter((d) => d.code === 'unknown-reference').map((d) => [d.range.start.line, d.range.start.character, d.message]),
      [[4, 22, 'The paper has no Figure 13 (it has 1–12): check the number.']]);
    assert.ok(asked.includes('stat long.pdf') && asked.includes(`index ${paperUri}`), asked.join(', '));
  });

  it('every reference and quote is a link running the client\'s command with the review and the offset', async () => {
    const links = (await connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: reviewUri } }))!;
    const offsetOf = (needle: string) => text.indexOf(needle);
    assert.deepEqual(links.map((l) => l.target), [
      `command:test.showInPaper?${encodeURIComponent(JSON.stringify([reviewUri, offsetOf('Figure 1 ')]))}`,
      `command:test.showInPaper?${encodeURIComponent(JSON.stringify([reviewUri, offsetOf('Figure 13')]))}`,
      `command:test.showInPaper?${encodeURIComponent(JSON.stringify([reviewUri, offsetOf('p. 1')]))}`,
      `command:test.showQuote?${encodeURIComponent(JSON.stringify([reviewUri, offsetOf('Measurements')]))}`,
    ]);
  });

  it('the hover has no link of its own: the reference\'s link, "Show in paper", is the one way to the paper', async () => {
    const hover = (await connection.sendRequest(HoverRequest.type, { textDocument: { uri: reviewUri }, position: { line: 4, character: 2 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*Figure 1\*\* · page 1/);
    assert.doesNotMatch(value, /\]\(/);
    const links = (await connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: reviewUri } }))!;
    // Figure 1 leads to the paper; Figure 13 says what the paper lacks.
    assert.deepEqual(links.slice(0, 2).map((l) => l.tooltip), ['Show in paper', 'The paper has no Figure 13; it has Figures 1–12.']);
  });

  it('answers the client\'s analysis request for that version, without the text', async () => {
    const result = await connection.sendRequest<{ analysis: { template: { id: string }; references: unknown[]; text?: string } }>('paperReview/analysis', { uri: reviewUri, version: 1 });
    assert.equal(result.analysis.template.id, 'iclr-2025');
    assert.equal(result.analysis.references.length, 3);
    assert.equal(result.analysis.text, undefined);
  });

  it('the quote\'s target: the page that prints it and its text, for the viewer to highlight', async () => {
    const target = await connection.sendRequest<{ paperUri: string; page: number; text: string } | null>('paperReview/quoteTarget', { uri: reviewUri, version: 1, offset: text.indexOf('Measurements') + 3 });
    // The truth index carries no page texts: the page cited is where the viewer looks.
    assert.deepEqual(target && { paperUri: target.paperUri, page: target.page, text: target.text }, { paperUri, page: 1, text: 'Measurements collected in study part 1' });
  });

  it('the fix for the missing form inserts it as a snippet edit, placeholders kept', async () => {
    const hint = (await published()).diagnostics.find((d) => d.code === 'missing-section')!;
    const actions = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: reviewUri }, range: hint.range, context: { diagnostics: [hint] } })) as CodeAction[];
    const edits = (actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits as unknown as { snippet?: { value: string } }[];
    assert.match(edits[0]!.snippet!.value, /^\n## 1\. Summary\n\n\$\{\d+:Briefly summarize the paper and its contributions\.\}/);
  });
});
