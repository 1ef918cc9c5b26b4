import * as vscode from 'vscode';
import { AnchorIndexError, type Anchor } from '../../core/anchors';
import type { AnchorIndexLookup, AnchorIndexService } from './service';

export const indexPaperCommand = 'paperReview.indexPaper';

const kindNames: Record<Anchor['kind'], string> = {
  figure: 'Figure', table: 'Table', section: 'Section', equation: 'Equation', algorithm: 'Algorithm', theorem: 'Theorem',
  lemma: 'Lemma', proposition: 'Proposition', definition: 'Definition', corollary: 'Corollary', page: 'Page',
};

/** The PDF the user means: the argument (explorer menu), the active tab's file, or one picked in a dialog. */
async function targetPdf(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: unknown } | undefined;
  if (input?.uri instanceof vscode.Uri && input.uri.path.toLowerCase().endsWith('.pdf')) return input.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { PDF: ['pdf'] }, openLabel: 'Index Paper' });
  return picked?.[0];
}

/**
 * "Paper Review: Index Paper Anchors": indexes a PDF and lists its figures, tables, sections, … in a quick pick;
 * picking one shows it in the paper. Resolves to the lookup (tests read it) without waiting for the pick.
 */
export async function indexPaper(service: AnchorIndexService, arg?: unknown): Promise<AnchorIndexLookup | undefined> {
  const uri = await targetPdf(arg);
  if (!uri) return undefined;
  let result: AnchorIndexLookup;
  try {
    result = await service.lookup(uri);
  } catch (err) {
    if (err instanceof AnchorIndexError && err.code === 'cancelled') return undefined;
    void vscode.window.showErrorMessage(`Paper Review cannot index ${uri.path.split('/').pop()}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  const anchors = result.index.anchors.filter((a) => a.kind !== 'page');
  const items = anchors.map((a) => ({ label: `${kindNames[a.kind]} ${a.label}`, description: `page ${a.page}`, detail: a.title || undefined, anchor: a }));
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.title = `${uri.path.split('/').pop()}: ${result.index.pages} pages, ${anchors.length} anchors`;
  pick.placeholder = anchors.length ? 'Go to a figure, table, section, …' : result.index.notes[0] ?? 'No figures, tables or sections were found.';
  pick.items = items;
  pick.matchOnDetail = true;
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0]?.anchor;
    pick.hide();
    if (!chosen) return;
    // The viewer's command when it is there; otherwise just open the paper.
    const reveal = (await vscode.commands.getCommands(true)).includes('paperReview.revealInPaper');
    await (reveal ? vscode.commands.executeCommand('paperReview.revealInPaper', uri, chosen.page, chosen.rect) : vscode.commands.executeCommand('vscode.open', uri));
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  return result;
}
