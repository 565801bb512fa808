// Every fixture page in Chromium with the extension, judged by its label
// through rendered innerText; and parity: the blocks the extension hides
// are the blocks `quietpage scan` hides on the same page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { settle, visibleText, squash, cliScan, labels, FIXTURES, reportedTabId } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';

const env = useChromium();

for (const label of labels()) {
  test(`fixture ${label.page}: label holds in the browser, and matches quietpage scan`, async () => {
    const page = await env.browser.context.newPage();
    const url = `${env.server.base}/fixtures/${label.page}`;
    await page.goto(url);
    await settle(page);
    const text = squash(await visibleText(page));
    for (const h of label.hide) assert.ok(!text.includes(squash(h.text)), `[${h.category}] still visible: ${h.text}`);
    for (const k of label.keep) assert.ok(text.includes(squash(k)), `article line gone: ${k}`);
    // Parity with the native engine on the same bytes (the background's
    // list, once the verdict's report has reached it).
    const tabId = await reportedTabId(env.browser.sw, url);
    const ours = await env.browser.sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id).frames.get(0).items.flatMap((i) => [i.selector, ...(i.also ?? [])]), tabId);
    const native = cliScan(path.join(FIXTURES, label.page), url).hidden.map((h) => h.selector);
    assert.deepEqual([...ours].sort(), [...native].sort());
    await page.close();
  });
}
