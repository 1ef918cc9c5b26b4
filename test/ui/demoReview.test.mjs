// The demo review as a user sees it in VS Code for the Web: opened from the explorer, in the Paper Review language
// mode, with its section headings coloured differently from the text. Run by test/runners/web.mjs (test/ui/run.mjs).
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from '../runners/harness.mjs';
import { execFileSync } from 'node:child_process';
import { demoFolder, root } from '../runners/harness.mjs';
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

  it('shows the review\'s progress in the status bar, as the command-line check counts it', async () => {
    const file = join(demoFolder, demoReview.file);
    const summary = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'check', file], { encoding: 'utf8' }).trim().split('\n').at(-1);
    const [, done, total] = /(\d+)\/(\d+) sections done/.exec(summary);
    assert.equal(total, '13');
    assert.equal(await statusBarItem(workbench.page, 'Review progress'), `Review ${done}/${total}`);
  });

  it('renders a section heading in a different token colour from body text', async () => {
    const tokens = await headingAndBodyTokens(workbench.page, demoReview);
    assert.ok(tokens.heading, 'the heading line "## 3. Strengths" is rendered');
    assert.ok(tokens.body, 'the body line is rendered');
    assert.notEqual(tokens.heading.colour, tokens.body.colour,
      `heading token ${JSON.stringify(tokens.heading.text)} and body token ${JSON.stringify(tokens.body.text)} have the same colour`);
  });
});
