// A web link in the paper, as a user meets it in VS Code for the Web: clicking it in the viewer asks first, and
// nothing opens when the user says no. Run by test/runners/web.mjs (test/ui/run.mjs).
import * as assert from 'node:assert/strict';
import { fixtureWorkspace } from '../runners/harness.mjs';
import { openWorkbench } from './workbench.mjs';

describe('a web link in the paper', function () {
  this.timeout(180_000);
  let workbench;

  before(async () => {
    workbench = await openWorkbench({ folder: fixtureWorkspace });
  });
  after(async () => {
    await workbench?.close();
  });

  it('opens only after the user confirms it', async () => {
    const { page } = workbench;
    // viewer/paper.pdf has a link to https://example.com/paper on page 1 (test/fixtures/viewer/makePdfs.mjs).
    const row = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^\\s*${name.replace('.', '\\.')}\\s*$`) }).first();
    await row('viewer').waitFor({ timeout: 60_000 });
    await row('viewer').click();
    await row('paper.pdf').click();
    const viewer = page.frameLocator('iframe.webview').frameLocator('iframe');
    const link = viewer.locator('.page[data-page-number="1"] .annotationLayer a[href^="http"]');
    await link.waitFor({ timeout: 60_000 });

    // The machine is offline: answer for example.com, so the new tab shows the address it was sent to.
    await page.context().route('https://example.com/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'example' }));
    const opened = [];
    page.context().on('page', (p) => opened.push(p));
    const dialog = page.locator('.monaco-dialog-box');
    await link.click();
    await dialog.waitFor({ timeout: 20_000 });
    assert.match(await dialog.innerText(), /The PDF links to https:\/\/example\.com\/paper\. Open it\?/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
    assert.equal(opened.length, 0, 'nothing opens when the user says no');

    await link.click();
    await dialog.waitFor({ timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Open Link' }).click();
    // Confirmed, the link goes to VS Code, whose own link protection asks about the site once more, then opens it
    // in a new browser tab.
    await page.locator('.monaco-dialog-box', { hasText: 'The PDF links to' }).waitFor({ state: 'hidden', timeout: 20_000 });
    const protection = page.locator('.monaco-dialog-box', { hasText: 'example.com' });
    await protection.waitFor({ timeout: 20_000 });
    const tabOpens = page.context().waitForEvent('page', { timeout: 20_000 });
    await protection.getByRole('button', { name: 'Open', exact: true }).click();
    const tab = await tabOpens;
    await tab.waitForURL('https://example.com/paper', { timeout: 20_000, waitUntil: 'commit' });
    assert.equal(tab.url(), 'https://example.com/paper');
  });
});
