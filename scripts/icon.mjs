// Renders media/icon.svg to media/icon.png (128×128, the Marketplace's size) in Debian's chromium, so the committed
// picture is made from the SVG beside it: `node scripts/icon.mjs` after changing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, root } from '../test/runners/harness.mjs';

const svg = readFileSync(join(root, 'media/icon.svg'), 'utf8');
const browser = await launchChromium({ viewport: { width: 128, height: 128 } });
try {
  await browser.page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await browser.page.locator('svg').screenshot({ path: join(root, 'media/icon.png'), omitBackground: true });
  console.log('wrote media/icon.png');
} finally {
  await browser.close();
}
