// Driving VS Code for the Web as a user does, shared by the UI tests and scripts/screenshot.mjs: start the workbench
// on a folder, open a file from the explorer, read the status bar and the colours the editor renders.
import { demoFolder, launchChromium } from '../runners/harness.mjs';
import { startWebWorkbench } from '../runners/webServer.mjs';

/** examples/demo's review, and lines of it the UI test and the screenshot look at. */
export const demoReview = { file: 'sample.review.md', heading: '## 3. Strengths', headingToken: 'Strengths', body: 'The paper inserts small' };

/** The web workbench with `folder` open in headless chromium (`writable`: saved files reach the disk, as in `npm run demo`); `close()` ends both. */
export async function openWorkbench({ folder = demoFolder, viewport, writable = false } = {}) {
  const server = await startWebWorkbench({ folder, writable });
  let browser;
  try {
    browser = await launchChromium({ viewport });
    await browser.page.goto(server.url, { timeout: 120_000 });
    await browser.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
  return {
    page: browser.page,
    async close() { await browser.close(); await server.close(); },
  };
}

/** Clicks `fileName` in the explorer and waits for its editor tab to be active. */
export async function openFromExplorer(page, fileName) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName });
  await row.first().waitFor({ timeout: 60_000 });
  await row.first().click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** The language name in the status bar's language indicator. */
export async function statusBarLanguage(page) {
  const indicator = page.locator('[id="status.editor.mode"]');
  await indicator.waitFor({ timeout: 30_000 });
  return (await indicator.innerText()).trim();
}

/** The text of an extension's status bar item, found by its accessible label (VS Code renders it as aria-label). */
export async function statusBarItem(page, ariaLabelStart) {
  const item = page.locator(`.statusbar-item [aria-label^="${ariaLabelStart}"], .statusbar-item[aria-label^="${ariaLabelStart}"]`).first();
  await item.waitFor({ timeout: 30_000 });
  return (await item.innerText()).trim();
}

/**
 * The text and computed colour of the token the editor renders for the line whose text starts with `lineStart`:
 * the first token containing `tokenText`, or the line's first token.
 */
function token(page, lineStart, tokenText = '') {
  return page.evaluate(([start, text]) => {
    const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')];
    // The editor renders spaces as non-breaking ones.
    const line = lines.find((l) => l.textContent.replace(/\u00a0/g, ' ').startsWith(start));
    const span = line && [...line.querySelectorAll('span > span')].find((s) => s.textContent.includes(text));
    return span ? { text: span.textContent, colour: getComputedStyle(span).color } : undefined;
  }, [lineStart, tokenText]);
}

/**
 * The heading's token containing `headingToken` and the body line's first token, once the tokenizer has coloured
 * them differently; after `timeoutMs` without that, as they are (the caller asserts).
 */
export async function headingAndBodyTokens(page, { heading, headingToken, body }, timeoutMs = 20_000) {
  const read = async () => ({ heading: await token(page, heading, headingToken), body: await token(page, body) });
  const deadline = Date.now() + timeoutMs;
  let tokens = await read();
  while (Date.now() < deadline && !(tokens.heading && tokens.body && tokens.heading.colour !== tokens.body.colour)) {
    await page.waitForTimeout(250);
    tokens = await read();
  }
  return tokens;
}

// F1 pressed while the viewer's iframe has the focus can be lost on a loaded machine (the palette never opens):
// close whatever is open and press it again, rather than failing on the first lost key.
export async function runCommand(page, title, { attempts = 3, timeoutMs = 10_000 } = {}) {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await page.keyboard.type(title);
    try {
      await row.waitFor({ timeout: timeoutMs });
      break;
    } catch (error) {
      if (attempt === attempts) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
}
