// The paper map: which of the paper's figures, tables, sections, … the open reviews talk about, for the viewer's
// sidebar and the badges beside captions. Computed here (the host has the anchor index and the reviews) and sent
// to each viewer, again as the reviews are edited; the viewer sends back the note the reader picked.
import * as vscode from 'vscode';
import { anchorDisplayName, resolveReference } from '../../core/references/resolve';
import type { Anchor, AnchorIndex } from '../../core/paperIndex/types';
import type { PaperReference } from '../../core';
import { reviewLanguageId } from '../languageClient/reviewClient';
import { maxMapAnchors, maxNoteText, maxNotesPerAnchor, type MapAnchor, type MapNote } from '../../protocol/viewerMessages';

/** What the review side offers: each review's references, and its paper with the paper's anchor index. */
export interface ReviewNotesSource {
  analyze(document: vscode.TextDocument): Promise<{ readonly references: readonly PaperReference[] }>;
  paper(document: vscode.TextDocument): Promise<{ readonly paper: vscode.Uri; readonly index: AnchorIndex } | undefined>;
  /** Fires when the reviews are checked again without an edit (a paper's index arrived, settings). */
  readonly onDidRecheck: vscode.Event<void>;
}

/** Edits settle for this long before the map is sent again. */
export const PAPER_MAP_DEBOUNCE_MS = 400;

/** The anchors of `pdf` with every open review's notes on them. `index` is the paper's own when no review names it. */
export async function buildPaperMap(pdf: vscode.Uri, source: ReviewNotesSource | undefined, index: AnchorIndex | undefined): Promise<MapAnchor[]> {
  const notes = new Map<string, MapNote[]>();
  const key = (kind: string, label: string, page: number, part?: string) => `${kind}\u0000${label}\u0000${page}\u0000${part ?? ''}`;
  let anchors = index;
  if (source) {
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId !== reviewLanguageId) continue;
      const paper = await source.paper(document).catch(() => undefined);
      if (!paper || paper.paper.toString() !== pdf.toString()) continue;
      anchors ??= paper.index;
      const reviewName = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
      for (const ref of (await source.analyze(document).catch(() => ({ references: [] }))).references) {
        const anchor = resolveReference(paper.index, ref);
        if (!anchor || anchor.kind === 'page') continue;
        const k = key(anchor.kind, anchor.label, anchor.page, anchor.part);
        const list = notes.get(k) ?? [];
        if (list.length >= maxNotesPerAnchor) continue;
        const position = document.positionAt(ref.span.start);
        const text = document.lineAt(position.line).text.trim();
        list.push({
          review: document.uri.toString(), reviewName, offset: ref.span.start, line: position.line,
          text: text.length > maxNoteText ? `${text.slice(0, maxNoteText - 1)}…` : text,
        });
        notes.set(k, list);
      }
    }
  }
  return (anchors?.anchors ?? []).filter((a) => a.kind !== 'page').slice(0, maxMapAnchors).map((a) => ({
    kind: a.kind, label: a.label, name: anchorDisplayName(a), page: a.page, rect: a.rect, title: a.title.slice(0, 2000),
    notes: notes.get(key(a.kind, a.label, a.page, a.part)) ?? [],
  }));
}

/** The anchor of the paper the cursor is on in a review, with the paper it is in. */
export async function anchorAtCursor(source: ReviewNotesSource, editor: vscode.TextEditor): Promise<{ paper: vscode.Uri; anchor: Anchor } | undefined> {
  const offset = editor.document.offsetAt(editor.selection.active);
  const ref = (await source.analyze(editor.document)).references.find((r) => r.span.start <= offset && offset <= r.span.end);
  if (!ref) return undefined;
  const paper = await source.paper(editor.document).catch(() => undefined);
  const anchor = paper && resolveReference(paper.index, ref);
  return anchor && paper ? { paper: paper.paper, anchor } : undefined;
}

/**
 * Opens the note the reader picked in the viewer, if it is one the viewer was sent (a webview is less trusted: it
 * may only name reviews that are open and references the host reported).
 */
export async function openNote(sent: readonly MapAnchor[], review: string, offset: number): Promise<boolean> {
  const known = sent.some((a) => a.notes.some((n) => n.review === review && n.offset === offset));
  const document = known ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === review) : undefined;
  if (!document || offset > document.getText().length) return false;
  const position = document.positionAt(offset);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
  await vscode.window.showTextDocument(document, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(position, position), preserveFocus: false,
  });
  return true;
}
