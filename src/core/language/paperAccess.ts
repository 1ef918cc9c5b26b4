/**
 * The one gate every read of a review's paper goes through: the core's path rule (paperPath.ts), then what only the
 * host's file system knows — whether it is there, a regular file, not a link leading out of the root, not too large.
 */
import { notAFileRefusal, paperSizeRefusal, resolvePaperPath, symlinkRefusal, type PaperRefusal } from '../paper/paperPath';
import { choosePaper } from './paperChoice';
import type { IReviewWorkspace, ReviewFileStat, ReviewLanguageConfiguration } from './types';
import { folderIn, joinUri, uriBasename, uriDirname } from './uris';

export type PaperAccess =
  | { readonly ok: true; readonly uri: string; readonly stat: ReviewFileStat }
  /** `missing`: nothing at that path (reported as paper-not-found). */
  | { readonly ok: false; readonly missing: boolean; readonly refusal?: PaperRefusal };

type AccessConfig = Pick<ReviewLanguageConfiguration, 'maxPaperBytes' | 'maxPaperSetting' | 'paperRootName'>;

/** Whether `paper` (a path relative to the review) may be read, and its URI when it may. */
export async function checkPaperAccess(workspace: IReviewWorkspace, reviewUri: string, paper: string, config: AccessConfig): Promise<PaperAccess> {
  const root = workspace.paperRoot(reviewUri);
  const resolved = resolvePaperPath(folderIn(root, reviewUri) ?? '', paper, config.paperRootName);
  if (!resolved.ok) return { ok: false, missing: false, refusal: resolved.refusal };
  const uri = joinUri(root, resolved.path);
  const stat = await workspace.stat(uri).catch(() => undefined);
  if (!stat) return { ok: false, missing: true };
  // A link inside the root may point anywhere; where the host can follow it, where it ends decides.
  const inside = await workspace.resolvesInside?.(root, uri).catch(() => undefined);
  if (inside === false) return { ok: false, missing: false, refusal: symlinkRefusal(paper, config.paperRootName) };
  if (inside === undefined && stat.isSymbolicLink) {
    return { ok: false, missing: false, refusal: symlinkRefusal(paper, config.paperRootName, 'it is a symbolic link, and where it leads cannot be checked here') };
  }
  if (stat.type !== 'file') return { ok: false, missing: false, refusal: notAFileRefusal(paper) };
  const tooLarge = paperSizeRefusal(paper, stat.size, config.maxPaperBytes, config.maxPaperSetting);
  if (tooLarge) return { ok: false, missing: false, refusal: tooLarge };
  return { ok: true, uri, stat };
}

/** What the front matter's `paper:` comes to, for the paper-not-found and paper-outside-workspace checks. */
export interface FrontMatterPaperStatus {
  readonly paperExists?: boolean;
  readonly paperRefusal?: PaperRefusal;
}

export function frontMatterPaperStatus(access: PaperAccess | undefined): FrontMatterPaperStatus {
  if (!access) return {};
  return { paperExists: access.ok || !access.missing, paperRefusal: access.ok ? undefined : access.refusal };
}

/**
 * The review's paper without asking anyone: what the front matter names, else (when `findPaperBesideReview`) the PDF
 * with the review's base name or the folder's only PDF — each through the gate. Undefined when there is none to read.
 */
export async function findReviewPaper(
  workspace: IReviewWorkspace, reviewUri: string, frontMatterPaper: string | undefined, frontMatterAccess: PaperAccess | undefined,
  config: AccessConfig & Pick<ReviewLanguageConfiguration, 'findPaperBesideReview'>,
): Promise<Extract<PaperAccess, { ok: true }> | undefined> {
  if (frontMatterAccess?.ok) return frontMatterAccess;
  // The review names a paper that may not be read: never some other PDF instead.
  if (frontMatterAccess?.refusal || !config.findPaperBesideReview || !workspace.readDirectory) return undefined;
  const entries = await workspace.readDirectory(uriDirname(reviewUri)).catch(() => []);
  const pdfsInFolder = entries.filter(([name, type]) => type === 'file' && name.toLowerCase().endsWith('.pdf')).map(([name]) => name);
  // A paper the user picked for this review before wins over guesses from the folder, if it may still be read.
  const rememberedPath = await workspace.rememberedPaper?.(reviewUri).catch(() => undefined);
  const remembered = rememberedPath && (await checkPaperAccess(workspace, reviewUri, rememberedPath, config)).ok ? rememberedPath : undefined;
  const choice = choosePaper({ reviewFileName: uriBasename(reviewUri), frontMatterPaper, remembered, pdfsInFolder, frontMatterPaperExists: false });
  if (choice.kind !== 'path') return undefined;
  const access = await checkPaperAccess(workspace, reviewUri, choice.path, config);
  return access.ok ? access : undefined;
}
