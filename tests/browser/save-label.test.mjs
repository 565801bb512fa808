// "Save this page for testing" turns a reader's complaint into a failing
// eval case: the page as rendered (quietpage scan on it makes the
// extension's decision) and a label in the format `quietpage eval` reads,
// with what was hidden, the nag the reader picked as missed (the picker
// asks its category) and the block the reader said never to hide. `eval`
// on the two reports exactly that miss and that damage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { settle, reportedTabId, openPopup, pressPick, cliScan, CLI } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';

const env = useChromium({ resetRules: true });
const MISSED = 'Psst. Friends of the Gazette get the crossword';
const CAUGHT = 'Your support helps us to tell the story';

test('saved page + label → quietpage eval reproduces the miss and the wrongly hidden block', async () => {
  const page = await env.browser.context.newPage();
  const url = `${env.server.base}/pages/missed-nag.html`;
  await page.goto(url);
  await settle(page);
  const tabId = await reportedTabId(env.browser.sw, url);
  const ours = await env.browser.sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id).frames.get(0).items.flatMap((i) => [i.selector, ...(i.also ?? [])]), tabId);

  // The reader picks the missed nag and files it as a subscription prompt.
  let popup = await openPopup(env.browser.context, env.browser.extensionId, tabId);
  await pressPick(popup);
  await page.waitForSelector('div[data-quietpage-picker]', { state: 'attached' });
  await page.click('.member-nudge p');
  await page.keyboard.press('ArrowUp');
  await page.evaluate(() => {
    const root = document.querySelector('div[data-quietpage-picker]').shadowRoot;
    root.getElementById('qp-category').value = 'paywall';
    root.getElementById('qp-create').click();
  });
  await page.waitForFunction((t) => !document.body.innerText.includes(t), MISSED, { timeout: 5000 });

  // ... and says the support box must never be hidden.
  popup = await openPopup(env.browser.context, env.browser.extensionId, tabId);
  await popup.locator('#list li.item[data-category="donation"] button', { hasText: 'Never hide' }).first().click();
  await page.waitForFunction((t) => document.body.innerText.includes(t), CAUGHT, { timeout: 5000 });

  const downloads = [];
  popup.on('download', (d) => downloads.push(d));
  await popup.click('#save');
  await popup.waitForFunction(() => /Saved/.test(document.getElementById('status').textContent), null, { timeout: 10000 });
  for (let i = 0; i < 50 && downloads.length < 2; i += 1) await popup.waitForTimeout(100);
  assert.equal(downloads.length, 2, 'the page and its label');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qp-label-'));
  for (const d of downloads) await d.saveAs(path.join(dir, d.suggestedFilename()));
  const files = fs.readdirSync(dir).sort();
  assert.deepEqual(files, ['127.0.0.1.quietpage.html', '127.0.0.1.quietpage.json']);

  const html = fs.readFileSync(path.join(dir, files[0]), 'utf8');
  assert.match(html, /^<!DOCTYPE html>\n<!-- saved by quietpage from http:\/\/127\.0\.0\.1:\d+\/pages\/missed-nag\.html/);
  assert.ok(!html.includes('data-quietpage'), 'none of our marks or the picker');
  // quietpage scan on the saved page makes the extension's first decision.
  assert.deepEqual(cliScan(path.join(dir, files[0])).hidden.map((h) => h.selector).sort(), [...ours].sort());

  const label = JSON.parse(fs.readFileSync(path.join(dir, files[1]), 'utf8'));
  assert.equal(label.page, files[0]);
  assert.equal(label.url, url);
  assert.deepEqual(label.hide.map((h) => h.category), ['paywall'], 'the category the reader gave');
  assert.match(label.hide[0].text, /^Psst\. Friends of the Gazette/);
  assert.equal(label.keep.length, 1);
  assert.match(label.keep[0], /^Your support helps us/);

  // The complaint, reproduced: one miss, one damaged keep line.
  const report = JSON.parse(execFileSync(CLI, ['eval', '--pages', dir, '--labels', dir, '--format', 'json']).toString());
  assert.equal(report.pages, 1);
  const r = report.results[0];
  assert.equal(r.error, null);
  assert.deepEqual(r.hide.map((h) => [h.category, h.caught]), [['paywall', false]]);
  assert.equal(r.damaged.length, 1);
  assert.match(r.damaged[0], /Your support helps us/);
  assert.equal(report.total.caught, 0);
  await popup.close();
  await page.close();
});

test('a page saved with nothing to complain about is a passing eval case', async () => {
  const page = await env.browser.context.newPage();
  const url = `${env.server.base}/fixtures/login-modal.html`;
  await page.goto(url);
  await settle(page);
  const popup = await openPopup(env.browser.context, env.browser.extensionId, await reportedTabId(env.browser.sw, url));
  const downloads = [];
  popup.on('download', (d) => downloads.push(d));
  await popup.click('#save');
  for (let i = 0; i < 80 && downloads.length < 2; i += 1) await popup.waitForTimeout(100);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qp-label-'));
  for (const d of downloads) await d.saveAs(path.join(dir, d.suggestedFilename()));
  const label = JSON.parse(fs.readFileSync(path.join(dir, '127.0.0.1.quietpage.json'), 'utf8'));
  assert.deepEqual(label.hide.map((h) => h.category), ['login']);
  assert.deepEqual(label.keep, []);
  const report = JSON.parse(execFileSync(CLI, ['eval', '--pages', dir, '--labels', dir, '--format', 'json']).toString());
  assert.equal(report.total.caught, 1);
  assert.equal(report.total.labelled, 1);
  assert.equal(report.keep_damaged, 0);
  await popup.close();
  await page.close();
});
