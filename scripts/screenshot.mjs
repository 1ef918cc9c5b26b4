// Writes README's pictures from the demo workbench (as `npm run demo` serves it):
// media/screenshot.png — examples/demo/sample.review.md opened from the explorer, once its headings are highlighted;
// media/viewer-side-by-side.png — the same review with its paper opened beside it ("Open Paper Beside");
// media/paper-map.png — the viewer's sidebar open: the paper's anchors with the review's notes, badges beside captions.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFolder, root } from '../test/runners/harness.mjs';
import { demoReview, headingAndBodyTokens, openFromExplorer, openWorkbench } from '../test/ui/workbench.mjs';

const review = join(root, 'media/screenshot.png');
const sideBySide = join(root, 'media/viewer-side-by-side.png');
const paperMap = join(root, 'media/paper-map.png');
// A copy of the demo folder, served as `npm run demo` serves it (saved files on disk, the workspace named after it).
const folder = join(mkdtempSync(join(tmpdir(), 'paper-review-screenshot-')), 'paper-review-demo');
cpSync(demoFolder, folder, { recursive: true });
const workbench = await openWorkbench({ viewport: { width: 1400, height: 820 }, folder, writable: true });
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

  // The paper map: once the index has arrived the sidebar lists Figures with the review's note counts.
  await viewer.locator('#sidebarToggle').click();
  await viewer.locator('.mapItem').first().waitFor({ timeout: 60_000 });
  await viewer.locator('.pr-badge').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: paperMap });
  console.log(`wrote ${paperMap}`);


} catch (error) {
  await workbench.page.screenshot({ path: join(root, 'test-artifacts/screenshot-failed.png') }).catch(() => {});
  console.error(`screenshot: ${error.message} (the workbench as it was: test-artifacts/screenshot-failed.png)`);
  process.exitCode = 1;
} finally {
  await workbench.close();
  rmSync(join(folder, '..'), { recursive: true, force: true });
}
