// Scores the anchor index against every fixture paper's truth file and prints recall/precision per kind.
// Run with `npm run eval:index` (scripts/evalIndex.mjs bundles this file with esbuild and runs it). `--verbose` lists misses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnchorIndex, scoreIndex, type TruthAnchor } from '../src/core/anchors';
import { createPdfjsLoader } from '../src/anchors/pdfjs';

const dir = join(process.cwd(), 'test/fixtures/papers');
const verbose = process.argv.includes('--verbose');
const load = createPdfjsLoader();
const total: Record<string, { truth: number; found: number; matched: number }> = {};
let titleErrors = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort()) {
  const truth = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { pdfs: string[]; anchors: TruthAnchor[] };
  for (const pdf of truth.pdfs) {
    const index = await buildAnchorIndex(load, new Uint8Array(readFileSync(join(dir, pdf))));
    const s = scoreIndex(index, truth.anchors);
    for (const [kind, v] of Object.entries(s.byKind)) {
      const t = (total[kind] ??= { truth: 0, found: 0, matched: 0 });
      t.truth += v.truth; t.found += v.found; t.matched += v.matched;
    }
    titleErrors += s.wrongTitle.length;
    console.log(`${pdf.padEnd(26)} missing ${s.missing.length}  extra ${s.extra.length}  wrong titles ${s.wrongTitle.length}`);
    if (verbose) {
      for (const m of s.missing) console.log(`   missing ${m.kind} ${m.label} p${m.page} ${m.title ?? ''}`);
      for (const e of s.extra) console.log(`   extra   ${e.kind} ${e.label} p${e.page} ${e.title}`);
      for (const w of s.wrongTitle) console.log(`   title   ${w.truth.kind} ${w.truth.label}: "${w.found.title}" vs "${w.truth.title}"`);
    }
  }
}
const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
console.log(`\n${'kind'.padEnd(12)} ${'truth'.padStart(5)} ${'found'.padStart(5)}  recall  precision`);
let all = { truth: 0, found: 0, matched: 0 };
for (const [kind, v] of Object.entries(total).sort()) {
  console.log(`${kind.padEnd(12)} ${String(v.truth).padStart(5)} ${String(v.found).padStart(5)}  ${pct(v.matched, v.truth)}  ${pct(v.matched, v.found)}`);
  all = { truth: all.truth + v.truth, found: all.found + v.found, matched: all.matched + v.matched };
}
console.log(`${'all'.padEnd(12)} ${String(all.truth).padStart(5)} ${String(all.found).padStart(5)}  ${pct(all.matched, all.truth)}  ${pct(all.matched, all.found)}   (titles wrong: ${titleErrors})`);
