// Every fixture page in Chromium with the extension, judged by its label
// through rendered innerText; and parity: the blocks the extension hides
// are the blocks `quietpage scan` hides on the same page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchChromium, settle, visibleText, squash, cliScan, labels, FIXTURES, tabIdOf } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const label of labels()) {
  test(`fixture ${label.page}: label holds in the browser, and matches quietpage scan`, async () => {
    const page = await browser.context.newPage();
    const url = `${server.base}/fixtures/${label.page}`;
    await page.goto(url);
    await settle(page);
    const text = squash(await visibleText(page));
    for (const h of label.hide) assert.ok(!text.includes(squash(h.text)), `[${h.category}] still visible: ${h.text}`);
    for (const k of label.keep) assert.ok(text.includes(squash(k)), `article line gone: ${k}`);
    // Parity with the native engine on the same bytes.
    const tabId = await tabIdOf(browser.sw, url);
    const ours = await browser.sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id).frames.get(0).items.map((i) => i.selector), tabId);
    const native = cliScan(path.join(FIXTURES, label.page), url).hidden.map((h) => h.selector);
    assert.deepEqual([...ours].sort(), [...native].sort());
    await page.close();
  });
}
