import * as vscode from 'vscode';
import { defaultMaxPaperBytes, notAFileRefusal, paperSizeRefusal, resolvePaperPath, symlinkRefusal, type PaperRefusal } from '../../core';

/** Where a file really is, when the host's file system can tell (desktop: realpath of file: URIs); undefined when not. */
export type ResolvesInside = (root: vscode.Uri, file: vscode.Uri) => Promise<boolean | undefined>;

export type PaperAccess =
  | { readonly ok: true; readonly uri: vscode.Uri }
  /** `missing`: nothing at that path (the core reports paper-not-found from `paperExists: false`). */
  | { readonly ok: false; readonly missing: boolean; readonly refusal?: PaperRefusal };

/** The folder a review's paper must stay in: the review's workspace folder, or the review's own folder outside any. */
export function paperRoot(review: vscode.Uri): vscode.Uri {
  return vscode.workspace.getWorkspaceFolder(review)?.uri ?? vscode.Uri.joinPath(review, '..');
}

const trimSlash = (path: string) => path.replace(/\/+$/, '');

/** The review's folder relative to its root, '/'-separated ("" at the root). */
function reviewDirIn(root: vscode.Uri, review: vscode.Uri): string {
  const folder = trimSlash(vscode.Uri.joinPath(review, '..').path);
  const base = trimSlash(root.path);
  return folder === base ? '' : folder.startsWith(`${base}/`) ? folder.slice(base.length + 1) : folder;
}

export function maxPaperBytes(scope?: vscode.ConfigurationScope): number {
  const mb = vscode.workspace.getConfiguration('paperReview', scope).get<unknown>('paper.maxSizeMB');
  return typeof mb === 'number' && Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : defaultMaxPaperBytes;
}

/**
 * The one gate every read of a review's paper goes through (diagnostics, Open Paper Beside, background anchoring):
 * the core's path rule, then what only the file system knows: whether it is there, a regular file, not a symbolic
 * link leading out of the root, and under the size limit.
 */
export class PaperGate {
  constructor(private readonly resolvesInside: ResolvesInside | undefined) {}

  /** The URI a path would resolve to if allowed: for picking the path to remember, never for reading. */
  locate(review: vscode.Uri, paper: string): vscode.Uri | undefined {
    const root = paperRoot(review);
    const r = resolvePaperPath(reviewDirIn(root, review), paper);
    return r.ok ? (r.path ? vscode.Uri.joinPath(root, ...r.path.split('/')) : root) : undefined;
  }

  /** Whether `paper` (relative to the review) may be read, and its URI when it may. */
  async check(review: vscode.Uri, paper: string): Promise<PaperAccess> {
    const root = paperRoot(review);
    const resolved = resolvePaperPath(reviewDirIn(root, review), paper);
    if (!resolved.ok) return { ok: false, missing: false, refusal: resolved.refusal };
    const uri = resolved.path ? vscode.Uri.joinPath(root, ...resolved.path.split('/')) : root;
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return { ok: false, missing: true };
    }
    // A link inside the workspace may point anywhere; where the host can follow it, where it ends decides.
    const inside = await this.resolvesInside?.(root, uri).catch(() => undefined);
    if (inside === false) return { ok: false, missing: false, refusal: symlinkRefusal(paper) };
    if (inside === undefined && (stat.type & vscode.FileType.SymbolicLink)) {
      return { ok: false, missing: false, refusal: symlinkRefusal(paper, undefined, 'it is a symbolic link, and where it leads cannot be checked here') };
    }
    if (!(stat.type & vscode.FileType.File)) return { ok: false, missing: false, refusal: notAFileRefusal(paper) };
    const tooLarge = paperSizeRefusal(paper, stat.size, maxPaperBytes(review), 'the paperReview.paper.maxSizeMB setting');
    if (tooLarge) return { ok: false, missing: false, refusal: tooLarge };
    return { ok: true, uri };
  }

  /** The path to remember for a paper the user picked: relative to the review, when it is inside the review's root. */
  relativeTo(review: vscode.Uri, paper: vscode.Uri): string | undefined {
    const root = paperRoot(review);
    const base = trimSlash(root.path);
    if (paper.scheme !== root.scheme || paper.authority !== root.authority || !paper.path.startsWith(`${base}/`)) return undefined;
    const from = reviewDirIn(root, review).split('/').filter(Boolean);
    const to = paper.path.slice(base.length + 1).split('/');
    let common = 0;
    while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
    const relative = [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
    return this.locate(review, relative)?.toString() === paper.toString() ? relative : undefined;
  }
}
