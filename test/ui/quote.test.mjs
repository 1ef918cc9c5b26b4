// Quoting the paper into the review, as a user does it in VS Code for the Web: open the paper beside the demo
// review, select a sentence in the viewer, run "Quote Selection in Review", and see the quote in the review.
import * as assert from 'node:assert/strict';
import { demoReview, openFromExplorer, openWorkbench, runCommand } from './workbench.mjs';

describe('quoting the paper into the review', function () {
  this.timeout(180_000);
  let workbench;

  before(async () => {
    workbench = await openWorkbench({ viewport: { width: 1400, height: 820 } });
  });
  after(async () => {
    await workbench?.close();
  });

  it('puts the text selected in the viewer into the review as a quote citing its page', async () => {
    const { page } = workbench;
    await openFromExplorer(page, demoReview.file);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await runCommand(page, 'Paper Review: Open Paper Beside');

    const viewer = page.frameLocator('iframe.webview').frameLocator('iframe');
    const sentence = viewer.locator('.textLayer span', { hasText: 'Multilingual translation models' }).first();
    await sentence.waitFor({ timeout: 60_000 });
    await sentence.click();
    await sentence.selectText();
    const selected = (await sentence.innerText()).trim();
    const review = page.locator('.editor-instance .monaco-editor .view-lines').first();
    const quote = review.locator('.view-line', { hasText: '(p. 1)' });
    // The viewer reports a selection once it has settled; until the host has it, the command asks for a selection
    // and inserts nothing. So run it until the quote is there, instead of guessing how long settling takes.
    for (let attempt = 1; ; attempt++) {
      // The command is offered while the viewer is the active editor (the palette lists it only then): a retry
      // closes the palette and selects the sentence in the viewer again first.
      if (attempt > 1) { await page.keyboard.press('Escape'); await sentence.click(); await sentence.selectText(); }
      try {
        await runCommand(page, 'Paper Review: Quote Selection in Review', { attempts: 1, timeoutMs: 5_000 });
        await quote.waitFor({ timeout: 2_000 });
        break;
      } catch (error) {
        if (attempt === 10) throw error;
      }
    }
    // Reviews wrap long lines: read the quote across the screen lines it is wrapped into.
    const shown = (await review.locator('.view-line').allInnerTexts()).map((l) => l.replace(/\u00a0/g, ' ')).join('');
    const quotes = shown.match(/> [^>]*?\(p\. 1\)/g) ?? [];
    assert.equal(quotes.length, 1, `the selection was quoted once: ${shown.slice(0, 400)}`);
    assert.ok(quotes[0].replace(/\s+/g, ' ').includes(selected.replace(/\s+/g, ' ').slice(0, 25)), `${quotes[0]} should quote ${selected}`);
  });
});
