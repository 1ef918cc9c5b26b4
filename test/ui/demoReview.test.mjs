// The demo review as a user sees it in VS Code for the Web: opened from the explorer, in the Paper Review language
// mode, with its section headings coloured differently from the text; then with its paper beside it, the hover of a
// figure reference, and the paper's map. Run by test/runners/web.mjs (test/ui/run.mjs).
// It takes README's pictures on the way, each after checking that it shows what its caption says: the highlighted
// review (screenshot.png), the review with its paper beside it (viewer-side-by-side.png), the hover of "Figure 5"
// showing the figure (hover-figure.png), the viewer's sidebar as a map of the paper with the review's notes
// (paper-map.png). The web suite writes them to test-artifacts/; scripts/screenshot.mjs runs this file with PICTURES_DIR=media.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, root } from '../runners/harness.mjs';
import { demoReview, headingAndBodyTokens, openFromExplorer, openWorkbench, runCommand, statusBarItem, statusBarLanguage } from './workbench.mjs';

const picturesDir = process.env.PICTURES_DIR ? join(root, process.env.PICTURES_DIR) : artifactsDir;

describe('demo review in the web workbench', function () {
  this.timeout(180_000);
  let workbench;
  let page;
  let viewer;
  const take = async (name) => {
    mkdirSync(picturesDir, { recursive: true });
    await page.screenshot({ path: join(picturesDir, name) });
  };

  before(async () => {
    workbench = await openWorkbench({ viewport: { width: 1400, height: 820 } });
    page = workbench.page;
    viewer = page.frameLocator('iframe.webview').frameLocator('iframe');
    await openFromExplorer(page, demoReview.file);
  });

  after(async () => {
    if (!workbench) return;
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'ui-demo-review.png') });
    await workbench.close();
  });

  it('shows "Paper Review" in the status bar language indicator', async () => {
    assert.equal(await statusBarLanguage(page), 'Paper Review');
  });

  it('shows the review\'s progress in the status bar: 4 of the course form\'s 13 sections, counted by hand', async () => {
    // examples/demo/sample.review.md, section by section: Video Link (a link) done; Summary (44 words ≥ 40) done;
    // Strengths (31 words ≥ 30) done; Weaknesses (TODO) and Correctness (TBD) not; Clarity, Relation to Prior Work,
    // Reproducibility and Feedback missing; Confidence Score (4/5) done; the last three missing.
    // The item shows up before the review is analysed: wait for the count to settle, then read it.
    await page.locator('.statusbar-item', { hasText: 'Review 4/13' }).first().waitFor({ timeout: 20_000 }).catch(() => undefined);
    assert.equal(await statusBarItem(page, 'Review progress'), 'Review 4/13');
  });

  it('renders a section heading in a different token colour from body text', async () => {
    const tokens = await headingAndBodyTokens(page, demoReview);
    assert.ok(tokens.heading, 'the heading line "## 3. Strengths" is rendered');
    assert.ok(tokens.body, 'the body line is rendered');
    assert.notEqual(tokens.heading.colour, tokens.body.colour,
      `heading token ${JSON.stringify(tokens.heading.text)} and body token ${JSON.stringify(tokens.body.text)} have the same colour`);
    // README's picture once the language server has answered: the references to the paper underlined as links.
    await page.locator('.editor-instance .view-line .detected-link', { hasText: 'Figure' }).first().waitFor({ timeout: 60_000 });
    await take('screenshot.png');
  });

  it('the review with its paper beside it, the paper\'s first page drawn with its text', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await runCommand(page, 'Paper Review: Open Paper Beside');
    // The demo paper's title (examples/demo/paper/paper.tex) in the first page's text layer.
    await viewer.locator('.textLayer span', { hasText: 'Sparse Mixture-of-Experts' }).first().waitFor({ timeout: 60_000 });
    await take('viewer-side-by-side.png');
  });

  it('the hover of "Figure 5" shows the figure above its caption, with one way to the paper', async () => {
    // The cursor on "Figure 5" in "The routing analysis in Figure 5 shows …", then the keyboard's Show Hover.
    const line = page.locator('.editor-instance .view-line', { hasText: 'routing analysis in Figure 5' }).first();
    await line.locator('span > span', { hasText: 'Figure' }).first().click();
    const hover = page.locator('.monaco-hover:visible');
    const picture = hover.locator('img[src^="data:image/png"]');
    // The picture comes once the viewer has indexed the paper: until then the hover has the caption alone.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      try {
        await picture.first().waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 12) throw error;
        await page.keyboard.press('Escape');
      }
    }
    const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
    // The demo paper's Figure 5 is on its last page, page 3 (examples/demo/paper.pdf).
    assert.match(text, /Figure 5 · page 3/);
    const links = hover.first().locator('a', { hasText: 'Show in paper' });
    assert.equal(await links.count(), 1, `one "Show in paper": ${text}`);
    // In view without scrolling the hover: the picture leaves room for the text below it.
    const [box, link] = [await hover.first().boundingBox(), await links.first().boundingBox()];
    assert.ok(box && link && link.y >= box.y && link.y + link.height <= box.y + box.height, `"Show in paper" ${JSON.stringify(link)} inside the hover ${JSON.stringify(box)}`);
    await take('hover-figure.png');
    await page.keyboard.press('Escape');
  });

  it('the paper map lists the paper\'s figures with the review\'s notes on them, and badges their captions', async () => {
    await viewer.locator('#sidebarToggle').click();
    // The review names Figure 5 once ("The routing analysis in Figure 5") and Fig. 2 once ("(Section 3, Fig. 2)").
    const figure5 = viewer.locator('.mapItem', { hasText: 'Figure 5' }).first();
    await figure5.locator('.count').waitFor({ timeout: 60_000 });
    assert.equal((await figure5.locator('.count').innerText()).trim(), '1');
    assert.equal((await viewer.locator('.mapItem', { hasText: 'Figure 2' }).first().locator('.count').innerText()).trim(), '1');
    await viewer.locator('.pr-badge').first().waitFor({ timeout: 60_000 });
    await take('paper-map.png');
  });
});
