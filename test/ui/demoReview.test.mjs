// The demo review as a user sees it in VS Code for the Web: opened from the explorer, in the Paper Review language
// mode, with its section headings coloured differently from the text. Run by test/runners/web.mjs (test/ui/run.mjs).
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from '../runners/harness.mjs';
import { demoReview, headingAndBodyTokens, openFromExplorer, openWorkbench, statusBarLanguage } from './workbench.mjs';

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

  it('renders a section heading in a different token colour from body text', async () => {
    const tokens = await headingAndBodyTokens(workbench.page, demoReview);
    assert.ok(tokens.heading, 'the heading line "## 3. Strengths" is rendered');
    assert.ok(tokens.body, 'the body line is rendered');
    assert.notEqual(tokens.heading.colour, tokens.body.colour,
      `heading token ${JSON.stringify(tokens.heading.text)} and body token ${JSON.stringify(tokens.body.text)} have the same colour`);
  });
});
