// The demo review as a user sees it in VS Code for the Web: opened from the explorer, in the Paper Review language
// mode, with its section headings coloured differently from the text. Run by test/runners/web.mjs (test/ui/run.mjs).
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from '../runners/harness.mjs';
import { demoReview, headingAndBodyTokens, openFromExplorer, openWorkbench, statusBarItem, statusBarLanguage } from './workbench.mjs';

describe('demo review in the web workbench', function () {
  this.timeout(120_000);
  let workbench;

  before(async () => {
    workbench = await openWorkbench();
    await openFromExplorer(workbench.page, demoReview.file);
  });

  after(async () => {
    if (!workbench) return;
    mkdirSync(artifactsDir, { recursive: true });
    await workbench.page.screenshot({ path: join(artifactsDir, 'ui-demo-review.png') });
    await workbench.close();
  });

  it('shows "Paper Review" in the status bar language indicator', async () => {
    assert.equal(await statusBarLanguage(workbench.page), 'Paper Review');
  });

  it('shows the review\'s progress in the status bar: 4 of the course form\'s 13 sections, counted by hand', async () => {
    // examples/demo/sample.review.md, section by section: Video Link (a link) done; Summary (44 words ≥ 40) done;
    // Strengths (31 words ≥ 30) done; Weaknesses (TODO) and Correctness (TBD) not; Clarity, Relation to Prior Work,
    // Reproducibility and Feedback missing; Confidence Score (4/5) done; the last three missing.
    // The item shows up before the review is analysed: wait for the count to settle, then read it.
    await workbench.page.locator('.statusbar-item', { hasText: 'Review 4/13' }).first().waitFor({ timeout: 20_000 }).catch(() => undefined);
    assert.equal(await statusBarItem(workbench.page, 'Review progress'), 'Review 4/13');
  });

  it('renders a section heading in a different token colour from body text', async () => {
    const tokens = await headingAndBodyTokens(workbench.page, demoReview);
    assert.ok(tokens.heading, 'the heading line "## 3. Strengths" is rendered');
    assert.ok(tokens.body, 'the body line is rendered');
    assert.notEqual(tokens.heading.colour, tokens.body.colour,
      `heading token ${JSON.stringify(tokens.heading.text)} and body token ${JSON.stringify(tokens.body.text)} have the same colour`);
  });
});
