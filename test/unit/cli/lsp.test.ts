import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, DidOpenTextDocumentNotification, DocumentLinkRequest, ExitNotification, HoverRequest, InitializedNotification,
  InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  type CodeAction, type CompletionItem, type CompletionList, type Hover, type Location, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';

// The built tool, as an editor starts it (npm test builds first): `paper-review lsp --stdio`, spoken to over stdio.
const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const longPdf = fileURLToPath(new URL('../../../test/fixtures/papers/long.pdf', import.meta.url));

describe('paper-review lsp --stdio', function () {
  this.timeout(60_000);
  let server: ChildProcess;
  let connection: MessageConnection;
  const dir = mkdtempSync(join(tmpdir(), 'paper-review-lsp-'));
  const reviewUri = pathToFileURL(join(dir, 'paper.review.md')).href;
  // Line 4 holds the references; "Figure " at the end of line 5 asks for completion.
  const text = '---\ntemplate: iclr-2025\npaper: long.pdf\n---\nFigure 1 is clear and Figure 13 does not exist.\nCompare Figure \n';
  const lines = text.split('\n');
  const position = (line: number, needle: string, delta = 0) => ({ line, character: lines[line]!.indexOf(needle) + delta });
  const diagnostics: PublishDiagnosticsParams[] = [];

  before(async () => {
    assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`);
    copyFileSync(longPdf, join(dir, 'long.pdf'));
    writeFileSync(join(dir, 'paper.review.md'), text);
    server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => { diagnostics.push(p); });
    connection.listen();
    const init = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }],
    });
    assert.equal(init.serverInfo?.name, 'paper-review');
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: reviewUri, languageId: 'paper-review', version: 1, text } });
  });

  after(async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    const exited = await new Promise<number | null>((resolve) => {
      if (server.exitCode !== null) resolve(server.exitCode);
      server.once('exit', (code) => resolve(code));
    });
    connection.dispose();
    assert.equal(exited, 0);
  });

  it('publishes the review\'s diagnostics, references checked against the paper', async () => {
    const deadline = Date.now() + 45_000;
    while (!diagnostics.some((d) => d.uri === reviewUri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const published = diagnostics.find((d) => d.uri === reviewUri)!;
    assert.equal(published.version, 1);
    // No section of the ICLR 2025 form yet: one hint on the front matter offering the form. long.pdf has Figures 1–12
    // (long.truth.json), so Figure 13 is flagged, the whole reference.
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]), [
      ['missing-section', 4, 0, 0, 0, 3],
      ['unknown-reference', 2, 4, 22, 4, 31],
    ]);
    assert.equal(published.diagnostics.at(-1)!.message, 'The paper has no Figure 13 (it has 1–12): check the number.');
  });

  it('hover on Figure 1: its caption and page, and a link into the PDF', async () => {
    const hover = (await connection.sendRequest(HoverRequest.type, { textDocument: { uri: reviewUri }, position: position(4, 'Figure 1', 2) })) as Hover;
    const value = (hover.contents as { value: string }).value;
    // long.truth.json: Figure 1 is on page 1, "Measurements collected in study part 1 over all sites" (the caption's
    // sentence, which the index keeps with its full stop).
    const [head, caption, link] = value.split('\n\n');
    assert.equal(head, '**Figure 1** · page 1');
    assert.equal(caption!.replace(/\.$/, ''), 'Measurements collected in study part 1 over all sites');
    assert.equal(link, `[Show in paper](${pathToFileURL(join(dir, 'long.pdf')).href}#page=1)`);
    assert.deepEqual(hover.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 8 } });
  });

  it('hover on Figure 13 says the paper lacks it; definition gives no location', async () => {
    const at = { textDocument: { uri: reviewUri }, position: position(4, 'Figure 13', 7) };
    const hover = (await connection.sendRequest(HoverRequest.type, at)) as Hover;
    assert.equal((hover.contents as { value: string }).value, 'The paper has no Figure 13; it has Figures 1–12.');
    assert.equal(await connection.sendRequest(DefinitionRequest.type, at), null);
  });

  it('definition of Figure 1 is the paper', async () => {
    const location = (await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: reviewUri }, position: position(4, 'Figure 1', 1) })) as Location;
    assert.equal(location.uri, pathToFileURL(join(dir, 'long.pdf')).href);
  });

  it('document links lead into the PDF at the page; a reference the paper lacks is no link', async () => {
    const links = (await connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: reviewUri } }))!;
    assert.deepEqual(links.map((l) => [l.range.start.line, l.range.start.character, l.target?.replace(/^.*\//, '')]), [[4, 0, 'long.pdf#page=1']]);
  });

  it('completion after "Figure " offers the paper\'s figures with their captions', async () => {
    const result = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: reviewUri }, position: { line: 5, character: lines[5]!.length } });
    const items = (Array.isArray(result) ? result : (result as CompletionList).items) as CompletionItem[];
    assert.deepEqual(items.map((i) => i.label), Array.from({ length: 12 }, (_, i) => String(i + 1)));
    assert.equal(items[8]!.labelDetails?.description?.replace(/\.$/, ''), 'Measurements collected in study part 9 over all sites');
  });

  it('the hint on a review with nothing of its form offers the whole form, as plain text (no snippet syntax)', async () => {
    const hint = diagnostics.find((d) => d.uri === reviewUri)!.diagnostics[0]!;
    const actions = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: reviewUri }, range: hint.range, context: { diagnostics: [hint] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Insert a review form (ICLR 2025)']);
    const [edit] = actions[0]!.edit!.changes![reviewUri]!;
    // At the end of the review (line 6 is the empty last line), the form's first section with its prompt (otherVenues.ts).
    assert.deepEqual(edit!.range.start, { line: 6, character: 0 });
    assert.ok(edit!.newText.startsWith('\n## 1. Summary\n\nBriefly summarize the paper and its contributions.\n'), edit!.newText.slice(0, 80));
    assert.ok(!/\$\{?\d/.test(edit!.newText));
  });
});
