// The review's Markdown preview in VS Code for the Web: "Open Preview to the Side" renders the demo review's headings,
// and math typed into the review appears typeset by KaTeX, under the preview's strict CSP.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from '../runners/harness.mjs';
import { demoReview, openFromExplorer, openWorkbench } from './workbench.mjs';

describe('the review preview', function () {
  this.timeout(120_000);
  let workbench;

  before(async () => {
    workbench = await openWorkbench();
    await openFromExplorer(workbench.page, demoReview.file);
  });
  after(async () => {
    if (!workbench) return;
    mkdirSync(artifactsDir, { recursive: true });
    await workbench.page.screenshot({ path: join(artifactsDir, 'ui-preview.png') });
    await workbench.close();
  });

  it('renders the review beside it, headings and math included', async () => {
    const { page } = workbench;
    const violations = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nThe bound $O(n^2)$ holds.\n');
    await page.keyboard.press('F1');
    await page.keyboard.type('Paper Review: Open Preview to the Side');
    await page.keyboard.press('Enter');
    const preview = page.frameLocator('iframe.webview').frameLocator('iframe');
    await preview.locator('h2', { hasText: 'Strengths' }).first().waitFor({ timeout: 60_000 });
    await preview.locator('.katex').first().waitFor({ timeout: 30_000 });
    // KaTeX keeps the TeX it typeset in the MathML annotation.
    assert.equal(await preview.locator('.katex-mathml annotation').first().textContent(), 'O(n^2)');
    assert.deepEqual(violations, []);
  });
});
