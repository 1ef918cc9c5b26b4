// Scores the anchor index against truth files and prints recall/precision per kind, per paper misses/extras/title
// errors, and totals: first the fixture papers (test/fixtures/papers), then a corpus of real papers (default
// test/corpus; `npm run eval:index -- --corpus DIR` or CORPUS_DIR=DIR for another). `--verbose` lists each miss, extra
// and wrong title, `--anchors` every anchor found; `--only ID` keeps papers whose id contains ID. Run through scripts/evalIndex.mjs (esbuild bundle).
import { join } from 'node:path';
import { createPdfjsLoader } from '../src/indexWorker/pdfjs';
import { evaluateDir, rates, type DirResult } from './corpusEval';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const verbose = args.includes('--verbose');
const only = opt('--only') ?? '';
const corpus = opt('--corpus') ?? process.env.CORPUS_DIR ?? join(process.cwd(), 'test/corpus');
const load = createPdfjsLoader();

function print(name: string, r: DirResult): void {
  console.log(`\n== ${name}: ${r.papers.length} PDFs scored${r.absent.length ? `, ${r.absent.length} absent (truth only, skipped): ${r.absent.join(', ')}` : ''}`);
  for (const problem of r.truthProblems) console.log(`truth problem: ${problem}`);
  for (const p of r.papers) {
    const s = p.score;
    console.log(`${p.pdf.padEnd(44)} ${String(p.index.pages).padStart(3)} pp  missing ${String(s.missing.length).padStart(2)}  extra ${String(s.extra.length).padStart(2)}  wrong titles ${String(s.wrongTitle.length).padStart(2)}`);
    if (args.includes('--anchors')) for (const a of p.index.anchors) if (a.kind !== 'page') console.log(`   found   ${a.kind} ${a.label}${a.part ? ` [${a.part}]` : ''} p${a.page} ${a.title}`);
    if (!verbose) continue;
    const part = (a: { part?: string }) => (a.part ? ` [${a.part}]` : '');
    for (const m of s.missing) console.log(`   missing ${m.kind} ${m.label}${part(m)} p${m.page} ${m.title ?? ''}`);
    for (const e of s.extra) console.log(`   extra   ${e.kind} ${e.label}${part(e)} p${e.page} ${e.title}`);
    for (const w of s.wrongTitle) console.log(`   title   ${w.truth.kind} ${w.truth.label}${part(w.truth)}: "${w.found.title}" vs "${w.truth.title}"`);
  }
  const pct = (v: number, n: number) => (n === 0 ? '    -  ' : `${(100 * v).toFixed(1).padStart(6)}%`);
  console.log(`${'kind'.padEnd(12)} ${'truth'.padStart(5)} ${'found'.padStart(5)}  recall  precision`);
  let all = { truth: 0, found: 0, matched: 0 };
  for (const [kind, v] of Object.entries(r.totals).sort()) {
    const { recall, precision } = rates(v);
    console.log(`${kind.padEnd(12)} ${String(v.truth).padStart(5)} ${String(v.found).padStart(5)} ${pct(recall, v.truth)} ${pct(precision, v.found)}`);
    all = { truth: all.truth + v.truth, found: all.found + v.found, matched: all.matched + v.matched };
  }
  const { recall, precision } = rates(all);
  const titled = r.papers.reduce((n, p) => n + Object.values(p.score.byKind).reduce((m, k) => m + k.matched, 0), 0);
  console.log(`${'all'.padEnd(12)} ${String(all.truth).padStart(5)} ${String(all.found).padStart(5)} ${pct(recall, all.truth)} ${pct(precision, all.found)}   titles wrong: ${r.titleErrors} of ${titled} matched`);
}

print('fixtures (test/fixtures/papers)', await evaluateDir(join(process.cwd(), 'test/fixtures/papers'), load, only));
print(`corpus (${corpus})`, await evaluateDir(corpus, load, only));
