import * as vscode from 'vscode';
import { AnchorIndexError, type Anchor } from '../../core/paperIndex';
import { anchorDisplayName } from '../../core/references/resolve';
import type { AnchorIndexLookup, AnchorIndexService } from './service';

export const indexPaperCommand = 'paperReview.indexPaper';

/** The PDF the user means: the argument (explorer menu), the active tab's file, or one picked in a dialog. */
async function targetPdf(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: unknown } | undefined;
  if (input?.uri instanceof vscode.Uri && input.uri.path.toLowerCase().endsWith('.pdf')) return input.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { PDF: ['pdf'] }, openLabel: vscode.l10n.t('Index Paper') });
  return picked?.[0];
}

/**
 * "Paper Review: Index Paper Anchors": indexes a PDF and lists its figures, tables, sections, … in a quick pick;
 * picking one shows it in the paper (the whole float for a figure or table). Resolves to the lookup (tests read it) without waiting for the pick.
 */
export async function indexPaper(service: AnchorIndexService, reveal: (pdf: vscode.Uri, anchor: Anchor) => Promise<boolean>, arg?: unknown): Promise<AnchorIndexLookup | undefined> {
  const uri = await targetPdf(arg);
  if (!uri) return undefined;
  let result: AnchorIndexLookup;
  try {
    result = await service.lookup(uri);
  } catch (err) {
    if (err instanceof AnchorIndexError && err.code === 'cancelled') return undefined;
    void vscode.window.showErrorMessage(vscode.l10n.t('Paper Review cannot index {0}: {1}', uri.path.split('/').pop() ?? '', err instanceof Error ? err.message : String(err)));
    return undefined;
  }
  const anchors = result.index.anchors.filter((a) => a.kind !== 'page');
  const items = anchors.map((a) => ({ label: anchorDisplayName(a), description: vscode.l10n.t('page {0}', a.page), detail: a.title || undefined, anchor: a }));
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.title = vscode.l10n.t('{0}: {1} pages, {2} anchors', uri.path.split('/').pop() ?? '', result.index.pages, anchors.length);
  pick.placeholder = anchors.length ? vscode.l10n.t('Go to a figure, table, section, …') : result.index.notes[0] ?? vscode.l10n.t('No figures, tables or sections were found.');
  pick.items = items;
  pick.matchOnDetail = true;
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0]?.anchor;
    pick.hide();
    if (!chosen) return;
    await reveal(uri, chosen);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  return result;
}
