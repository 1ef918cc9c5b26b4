// Writes media/screenshot.png (README's picture): the demo workbench (as `npm run demo` serves it) with
// examples/demo/sample.review.md opened from the explorer, once its headings are highlighted.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../test/runners/harness.mjs';
import { demoReview, headingAndBodyTokens, openFromExplorer, openWorkbench } from '../test/ui/workbench.mjs';

const out = join(root, 'media/screenshot.png');
const workbench = await openWorkbench({ viewport: { width: 1280, height: 800 } });
try {
  await openFromExplorer(workbench.page, demoReview.file);
  const tokens = await headingAndBodyTokens(workbench.page, demoReview);
  if (!tokens.heading || tokens.heading.colour === tokens.body?.colour) throw new Error('the review is not highlighted; not taking the screenshot');
  mkdirSync(join(root, 'media'), { recursive: true });
  await workbench.page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} catch (error) {
  console.error(`screenshot: ${error.message}`);
  process.exitCode = 1;
} finally {
  await workbench.close();
}
