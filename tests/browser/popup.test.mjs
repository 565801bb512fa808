// The popup and the options page in Chromium: the site switch restores the
// page at once and stays off after reload; category switches; "show it";
// "never hide this on this site"; peek; the picker and its undo; and an
// import of a broken rules file that leaves the stored rules unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { settle, visibleText, tabIdOf, openPopup, ui, cliScan } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';

const env = useChromium({ resetRules: true });

const DONATION = 'Your support helps us to tell the story';
const NOTIFY = 'Stay up to date with notifications from The Independent';

async function seedWithPopup() {
  const page = await env.browser.context.newPage();
  // A query per test: each test's tab is found by its own URL.
  const url = `${env.server.base}/fixtures/seed-independent.html?t=${Date.now()}`;
  await page.goto(url);
  await settle(page);
  const tabId = await tabIdOf(env.browser.sw, url);
  const popup = await openPopup(env.browser.context, env.browser.extensionId, tabId);
  return { page, popup, tabId };
}

const waitText = (page, needle, present) => page.waitForFunction(
  ([n, p]) => document.body.innerText.includes(n) === p, [needle, present], { timeout: 5000 });

test('popup lists what was hidden, with category and reason', async () => {
  const { page, popup, tabId } = await seedWithPopup();
  assert.equal(await popup.textContent('#count'), '3');
  const items = await popup.$$eval('#items li', (lis) => lis.map((li) => li.textContent));
  assert.equal(items.length, 3);
  assert.ok(items.some((t) => t.includes('donation') && t.includes('your support helps us')), items.join('\n'));
  assert.ok(items.every((t) => t.includes('because:')));
  const badge = await env.browser.sw.evaluate(async (tabId) => chrome.action.getBadgeText({ tabId }), tabId);
  assert.equal(badge, '3');
  await popup.close();
  await page.close();
});

test('site switch off restores the page at once and stays off after reload', async () => {
  const { page, popup } = await seedWithPopup();
  assert.ok(!(await visibleText(page)).includes(DONATION));
  await popup.click('#site-switch + span');
  await waitText(page, DONATION, true);
  assert.ok((await visibleText(page)).includes(NOTIFY));
  await page.reload();
  await page.waitForTimeout(1500);
  assert.ok((await visibleText(page)).includes(DONATION), 'off after reload');
  await popup.reload();
  await popup.waitForFunction(() => document.getElementById('site').textContent !== '—');
  assert.equal(await popup.isChecked('#site-switch'), false);
  await popup.click('#site-switch + span');
  await waitText(page, DONATION, false);
  await popup.close();
  await page.close();
});

test('a category switch brings back that category only', async () => {
  const { page, popup } = await seedWithPopup();
  const before = await page.evaluate(() => performance.getEntriesByName('quietpage:verdict').length);
  await popup.click('summary');
  await popup.click('input[data-category="donation"] + span');
  await waitText(page, DONATION, true);
  // A rules change restores everything, then re-hides what the page's next
  // verdict says: check once that verdict is in.
  await page.waitForFunction((n) => performance.getEntriesByName('quietpage:verdict').length > n, before, { timeout: 5000 });
  const text = await visibleText(page);
  assert.ok(!text.includes(NOTIFY), 'notification prompt still hidden');
  await popup.close();
  await page.close();
});

test('"show it" brings back one block; "never hide" keeps it after reload', async () => {
  const { page, popup } = await seedWithPopup();
  const showDonation = popup.locator('#items li', { hasText: 'donation' }).getByText('Show it');
  await showDonation.click();
  await waitText(page, DONATION, true);
  assert.ok(!(await visibleText(page)).includes(NOTIFY));
  await page.reload();
  await settle(page);
  assert.ok(!(await visibleText(page)).includes(DONATION), 'show it is for this page view only');
  await popup.reload();
  await popup.waitForSelector('#items li');
  await popup.locator('#items li', { hasText: 'donation' }).getByText('Never hide this on this site').click();
  await waitText(page, DONATION, true);
  await page.reload();
  await page.waitForTimeout(1500);
  const text = await visibleText(page);
  assert.ok(text.includes(DONATION), 'keep rule holds after reload');
  assert.ok(!text.includes(NOTIFY));
  await popup.close();
  await page.close();
});

test('peek shows everything while held', async () => {
  const { page, popup } = await seedWithPopup();
  await popup.dispatchEvent('#peek', 'pointerdown');
  await waitText(page, DONATION, true);
  await popup.dispatchEvent('#peek', 'pointerup');
  await waitText(page, DONATION, false);
  await popup.close();
  await page.close();
});

test('the picker turns a clicked element into a hide rule, and undo removes it', async () => {
  const { page, popup, tabId } = await seedWithPopup();
  await popup.click('#pick');
  await page.waitForSelector('[data-quietpage-picker]', { state: 'attached' });
  await page.hover('figure figcaption');
  await page.click('figure figcaption');
  await waitText(page, 'Photo: Russian defense official', false);
  const popup2 = await openPopup(env.browser.context, env.browser.extensionId, tabId);
  await popup2.waitForSelector('#undo-pick:not([hidden])');
  await popup2.click('#undo-pick');
  await waitText(page, 'Photo: Russian defense official', true);
  await popup2.close();
  await page.close();
});

test('options: a broken rules file is refused with its line, stored rules unchanged', async () => {
  const good = JSON.stringify({ version: 1, sites: { 'example.org': { hide: ['.nag'] } } });
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: good });
  const before = (await ui(env.browser.context, env.browser.extensionId, { type: 'get-rules' })).rules;
  const opts = await env.browser.context.newPage();
  await opts.goto(`chrome-extension://${env.browser.extensionId}/options/options.html`);
  await opts.waitForSelector('tr[data-site="example.org"]');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qp-')), 'rules.json');
  fs.writeFileSync(file, '{\n  "version": 1,\n  "sites": {"a.com": {"hide": [".x",]}}\n}\n');
  await opts.setInputFiles('#import-file', file);
  await opts.waitForFunction(() => document.getElementById('message').textContent.length > 0);
  const msg = await opts.textContent('#message');
  assert.match(msg, /refused/);
  assert.match(msg, /line 3/);
  fs.writeFileSync(file, 'a.com##.ok\nb.com##div[unclosed\n');
  await opts.setInputFiles('#import-file', file);
  await opts.waitForFunction(() => /line 2/.test(document.getElementById('message').textContent));
  const after = (await ui(env.browser.context, env.browser.extensionId, { type: 'get-rules' })).rules;
  assert.equal(after, before, 'stored rules changed');
  // A good filter list goes in, and shows up as a site.
  await opts.fill('#import-text', '! mine\nnews.example.net##.promo\nnews.example.net#@#.article\n');
  await opts.click('#import-paste');
  await opts.waitForSelector('tr[data-site="news.example.net"]');
  assert.match(await opts.textContent('#message'), /1 hide, 1 keep/);
  await opts.close();
});

test('"save this page for testing" downloads the page as rendered; quietpage scan makes the same decision', async () => {
  const { page, popup, tabId } = await seedWithPopup();
  const ours = await env.browser.sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id).frames.get(0).items.map((i) => i.selector), tabId);
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('#save')]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qp-save-')), 'saved.html');
  await download.saveAs(file);
  const html = fs.readFileSync(file, 'utf8');
  assert.match(html, /^<!DOCTYPE html>\n<!-- saved by quietpage from http:\/\/127\.0\.0\.1:\d+\/fixtures\/seed-independent\.html/);
  assert.ok(html.includes('Your support helps us to tell the story'), 'the nags are in the saved page');
  assert.ok(!html.includes('data-quietpage-hidden') && !html.includes('quietpage-style'), 'our marks are not');
  const scan = cliScan(file); // no --url: read from the saved page
  assert.deepEqual(scan.hidden.map((h) => h.selector).sort(), [...ours].sort());
  assert.equal(scan.url, page.url());
  await popup.close();
  await page.close();
});
