import * as vscode from 'vscode';
import type { OffsetRange, ReviewTextEdit } from '../../core';

/** Translations from the core's plain data to VS Code types; nothing else happens here. */
export function toRange(document: vscode.TextDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

/** One WorkspaceEdit for all of a fix's edits, so applying it is one undoable step. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly ReviewTextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, edits.map((e) => e.snippet
    ? new vscode.SnippetTextEdit(toRange(document, e.range), new vscode.SnippetString(e.newText))
    : vscode.TextEdit.replace(toRange(document, e.range), e.newText)));
  return edit;
}
