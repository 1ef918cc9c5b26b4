// `npm run demo` keeps the user's work: its workspace is a folder on disk (scripts/demo-fs), so a review edited and
// saved in the web workbench is changed on disk, a new file is created there, and the workspace carries the folder's name.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFolder } from '../runners/harness.mjs';
import { demoReview, openFromExplorer, openWorkbench } from './workbench.mjs';

describe('the demo workspace keeps what the user saves', function () {
  this.timeout(120_000);
  let workbench;
  let folder;

  before(async () => {
    folder = join(mkdtempSync(join(tmpdir(), 'paper-review-demo-')), 'my-reviews');
    cpSync(demoFolder, folder, { recursive: true });
    workbench = await openWorkbench({ folder, writable: true });
    await openFromExplorer(workbench.page, demoReview.file);
  });

  after(async () => {
    await workbench?.close();
    if (folder) rmSync(join(folder, '..'), { recursive: true, force: true });
  });

  it('names the workspace after its folder', async () => {
    const title = await workbench.page.locator('.explorer-folders-view .monaco-list-row').first().getAttribute('aria-label').catch(() => null);
    const header = await workbench.page.locator('.pane-header[aria-label*="my-reviews" i], .pane-header:has-text("my-reviews")').count();
    assert.ok(header > 0, `the explorer's folder header says "my-reviews" (first row: ${title})`);
  });

  it('writes a saved edit to the review on disk', async () => {
    const { page } = workbench;
    const before = readFileSync(join(folder, demoReview.file), 'utf8');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Saved from the demo. ');
    await page.keyboard.press('Control+S');
    const deadline = Date.now() + 20_000;
    let after = before;
    while (Date.now() < deadline && after === before) {
      await page.waitForTimeout(200);
      after = readFileSync(join(folder, demoReview.file), 'utf8');
    }
    assert.equal(after, `Saved from the demo. ${before}`);
  });

  it('creates a new file on disk', async () => {
    const { page } = workbench;
    await page.keyboard.press('F1');
    await page.keyboard.type('File: New File...');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second.review.md');
    await page.keyboard.press('Enter');
    // The quick input asks where; the default is the workspace folder.
    await page.keyboard.press('Enter');
    const file = join(folder, 'second.review.md');
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !existsSync(file)) await page.waitForTimeout(200);
    assert.ok(existsSync(file), 'second.review.md exists in the folder on disk');
  });
});
