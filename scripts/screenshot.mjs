// Writes README's pictures from the demo workbench (as `npm run demo` serves it):
// media/screenshot.png — examples/demo/sample.review.md opened from the explorer, once its headings are highlighted;
// media/viewer-side-by-side.png — the same review with its paper opened beside it ("Open Paper Beside");
// media/walkthrough/new-review.png — New Review on the demo's paper.pdf from the explorer's context menu, at the form picker.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../test/runners/harness.mjs';
import { demoReview, headingAndBodyTokens, openFromExplorer, openWorkbench } from '../test/ui/workbench.mjs';

const review = join(root, 'media/screenshot.png');
const sideBySide = join(root, 'media/viewer-side-by-side.png');
const newReview = join(root, 'media/walkthrough/new-review.png');
const workbench = await openWorkbench({ viewport: { width: 1400, height: 820 } });
try {
  const { page } = workbench;
  await openFromExplorer(page, demoReview.file);
  const tokens = await headingAndBodyTokens(page, demoReview);
  if (!tokens.heading || tokens.heading.colour === tokens.body?.colour) throw new Error('the review is not highlighted; not taking the screenshot');
  mkdirSync(join(root, 'media'), { recursive: true });
  await page.screenshot({ path: review });
  console.log(`wrote ${review}`);

  await page.keyboard.press('F1');
  await page.keyboard.type('Paper Review: Open Paper Beside');
  await page.keyboard.press('Enter');
  // The viewer lives in a webview iframe; its first page is drawn on a canvas.
  const viewer = page.frameLocator('iframe.webview').frameLocator('iframe');
  await viewer.locator('canvas').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2000); // let the text layer and the second page settle
  await page.screenshot({ path: sideBySide });
  console.log(`wrote ${sideBySide}`);

  await page.keyboard.press('F1');
  await page.keyboard.type('View: Close All Editors');
  await page.keyboard.press('Enter');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'paper.pdf' }).first().click({ button: 'right' });
  await page.locator('.context-view .action-label', { hasText: 'New Review…' }).first().click();
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'NeurIPS' }).first().waitFor({ timeout: 60_000 });
  mkdirSync(join(root, 'media/walkthrough'), { recursive: true });
  await page.screenshot({ path: newReview });
  console.log(`wrote ${newReview}`);
  await page.keyboard.press('Escape');
} catch (error) {
  console.error(`screenshot: ${error.message}`);
  process.exitCode = 1;
} finally {
  await workbench.close();
}
