import * as vscode from 'vscode';
import { withPicture } from '../../core/language/hoverPicture';
import { anchorDisplayName } from '../../core/references/resolve';
import type { Anchor } from '../../core/paperIndex/types';
import type { FigurePicture } from '../../core/language/hoverPicture';
import type { ReviewClient } from '../languageClient/reviewClient';

/**
 * The hover of a figure or table reference with a picture of the figure above its caption, drawn by the viewer that
 * shows the paper (none is opened for a hover: without one, or when drawing takes too long, the caption alone).
 */
export async function withFigurePicture(
  reviews: ReviewClient, pictureOf: (pdf: vscode.Uri, anchor: Anchor) => Promise<FigurePicture | undefined>,
  document: vscode.TextDocument, position: vscode.Position, hover: vscode.Hover,
): Promise<vscode.Hover> {
  const definition = await reviews.definition(document, document.offsetAt(position)).catch(() => undefined);
  if (definition?.kind !== 'anchor' || (definition.anchor.kind !== 'figure' && definition.anchor.kind !== 'table')) return hover;
  const picture = await pictureOf(vscode.Uri.parse(definition.paperUri), definition.anchor).catch(() => undefined);
  const [first, ...rest] = hover.contents;
  if (!picture || !(first instanceof vscode.MarkdownString)) return hover;
  const md = new vscode.MarkdownString(withPicture(first.value, picture, anchorDisplayName(definition.anchor)));
  md.isTrusted = first.isTrusted;
  md.supportThemeIcons = first.supportThemeIcons;
  return new vscode.Hover([md, ...rest], hover.range);
}
