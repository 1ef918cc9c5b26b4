// Debug aid: prints a page's fragments (font, size, x, y, text) and its anchor candidates.
// `node out/scripts/dumpPage.mjs file.pdf 3`
import { readFileSync } from 'node:fs';
import { createPdfjsLoader } from '../src/indexWorker/pdfjs';
import { layoutPage } from '../src/core/paperIndex/layout';
import { scanPage } from '../src/core/paperIndex/pageScan';

const [file, pageArg] = process.argv.slice(2);
const doc = await createPdfjsLoader()(new Uint8Array(readFileSync(file!)));
const page = await doc.getPage(Number(pageArg));
const content = await page.getTextContent();
const layout = layoutPage(content);
console.log(`body ${layout.bodyFont} ${layout.bodySize}`);
for (const f of layout.fragments) console.log(`${f.items[0]?.fontName.padEnd(12)} ${f.size.toFixed(1).padStart(5)} x${f.x0.toFixed(0).padStart(4)}-${f.x1.toFixed(0).padStart(4)} y${f.y.toFixed(0).padStart(4)} ${f.mixedSizes ? 'M' : ' '} ${f.text.slice(0, 110)}`);
for (const c of scanPage(content, Number(pageArg), page.view).candidates) console.log(JSON.stringify({ ...c, rect: undefined }));
await doc.destroy();
