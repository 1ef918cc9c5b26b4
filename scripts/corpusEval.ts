// Scores the anchor index against a directory of truth files (`<id>.truth.json` next to the PDFs they name): the
// fixture papers, the committed corpus (test/corpus/papers), or any other corpus directory. Shared by
// `npm run eval:index` and the unit test that holds the corpus to its thresholds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnchorIndex, isPart, scoreIndex, type AnchorIndex, type PdfLoader, type Score, type TruthAnchor } from '../src/core/paperIndex';

export interface TruthFile {
  readonly pdfs: readonly string[];
  readonly pages?: number;
  /** The kinds this truth lists completely; only they are scored. */
  readonly kinds?: readonly string[];
  readonly anchors: readonly TruthAnchor[];
}

export interface PaperResult { readonly id: string; readonly pdf: string; readonly truth: readonly TruthAnchor[]; readonly score: Score; readonly index: AnchorIndex; readonly ms: number }
export interface DirResult {
  /** Truth entries the scorer cannot use as written (an unknown part, a kind outside `kinds`): the truth needs a fix. */
  readonly truthProblems: string[];
  readonly papers: PaperResult[];
  /** PDFs a truth file names that are not in the directory (not redistributable, kept as truth only). */
  readonly absent: string[];
  readonly totals: Record<string, { truth: number; found: number; matched: number }>;
  readonly titleErrors: number;
}

/** `dir` itself, or its `papers/` folder when it has one (test/corpus/papers, /work/corpus/papers). */
export function truthDir(dir: string): string {
  return existsSync(join(dir, 'papers')) ? join(dir, 'papers') : dir;
}

export function readTruths(dir: string): { id: string; truth: TruthFile }[] {
  const d = truthDir(dir);
  if (!existsSync(d)) return [];
  return readdirSync(d).filter((f) => f.endsWith('.truth.json')).sort()
    .map((f) => ({ id: f.slice(0, -'.truth.json'.length), truth: JSON.parse(readFileSync(join(d, f), 'utf8')) as TruthFile }));
}

export async function evaluateDir(dir: string, load: PdfLoader, filter = ''): Promise<DirResult> {
  const d = truthDir(dir);
  const papers: PaperResult[] = [];
  const absent: string[] = [];
  const totals: DirResult['totals'] = {};
  let titleErrors = 0;
  const truthProblems: string[] = [];
  for (const { id, truth } of readTruths(dir)) {
    if (!id.includes(filter)) continue;
    for (const a of truth.anchors) {
      if (a.part !== undefined && !isPart(a.part)) truthProblems.push(`${id}: ${a.kind} ${a.label} p${a.page} has unknown part "${a.part}"`);
    }
    for (const pdf of truth.pdfs) {
      const file = join(d, pdf);
      if (!existsSync(file)) { absent.push(pdf); continue; }
      const start = performance.now();
      const index = await buildAnchorIndex(load, new Uint8Array(readFileSync(file)));
      const ms = performance.now() - start;
      const score = scoreIndex(index, truth.anchors, truth.kinds);
      for (const [kind, v] of Object.entries(score.byKind)) {
        const t = (totals[kind] ??= { truth: 0, found: 0, matched: 0 });
        t.truth += v.truth; t.found += v.found; t.matched += v.matched;
      }
      titleErrors += score.wrongTitle.length;
      papers.push({ id, pdf, truth: truth.anchors, score, index, ms });
    }
  }
  return { papers, absent, totals, titleErrors, truthProblems };
}

/** Recall and precision of one kind (1 when there was nothing to find / nothing found). */
export function rates(v: { truth: number; found: number; matched: number }): { recall: number; precision: number } {
  return { recall: v.truth ? v.matched / v.truth : 1, precision: v.found ? v.matched / v.found : 1 };
}
