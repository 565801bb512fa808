// Findings exported as filter-list lines come back: the lines that
// `quietpage scan --format filters` and the popup's "Copy as filter rules"
// write are imported through the options page (preview, confirm), every
// engine category is switched off for the site, and the page then hides
// exactly the blocks the engine hid: the lines alone do the work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { reportedTabId, openPopup, ui, pageState, CLI, FIXTURES, NO_RULES } from './harness.mjs';
import { settled } from './parity.mjs';
import { useChromium } from './lifecycle.mjs';
import { CATEGORIES } from '../../extension/shared/protocol.js';

const env = useChromium({ resetRules: true });
const FIXTURE_PAGES = ['login-modal.html', 'seed-independent.html', 'cookie-onetrust.html', 'newsletter-modal.html'];

/** Hidden blocks of a fresh load of `url`, by their DOM path. */
async function hiddenOn(url) {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  // The verdict of the latest scan, with nothing changed since (parity.mjs).
  await page.waitForFunction(settled, false, { timeout: 15000, polling: 50 });
  const hidden = (await page.evaluate(pageState)).hidden.map((h) => h.selector).sort();
  return { page, hidden };
}

/** Imports `lines` through the options page, as a reader would. */
async function importThroughOptions(lines) {
  const opts = await env.browser.context.newPage();
  await opts.goto(`chrome-extension://${env.browser.extensionId}/options/options.html`);
  await opts.fill('#import-text', lines);
  await opts.click('#import-paste');
  await opts.waitForSelector('#preview:not([hidden])');
  await opts.click('#import-confirm');
  await opts.waitForFunction(() => /^Imported/.test(document.getElementById('message').textContent));
  await opts.close();
}

async function engineOff(site) {
  for (const [category] of CATEGORIES) {
    await ui(env.browser.context, env.browser.extensionId, { type: 'set-category', site, category, enabled: false });
  }
}

/** The round trip for lines made by `exportLines(url, page)`. */
async function roundTrip(name, exportLines) {
  const url = `${env.server.base}/fixtures/${name}`;
  const engine = await hiddenOn(url);
  assert.ok(engine.hidden.length > 0, `${name}: the engine hides something`);
  const lines = await exportLines(url, engine.page);
  await engine.page.close();
  const rules = lines.split('\n').filter((l) => l && !l.startsWith('!'));
  assert.ok(rules.every((l) => l.startsWith('127.0.0.1##')), lines);
  // Control: with the engine's categories off and no lines, nothing hides.
  await engineOff('127.0.0.1');
  const off = await hiddenOn(url);
  await off.page.close();
  assert.deepEqual(off.hidden, [], `${name}: categories off hide nothing`);
  await importThroughOptions(lines);
  const back = await hiddenOn(url);
  await back.page.close();
  assert.deepEqual(back.hidden, engine.hidden, `${name}: the imported lines hide the same blocks\n${lines}`);
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: NO_RULES });
  return rules;
}

for (const name of FIXTURE_PAGES) {
  test(`CLI --format filters round trip: ${name}`, async () => {
    const rules = await roundTrip(name, async (url) => execFileSync(CLI, ['scan', path.join(FIXTURES, name), '--url', url, '--format', 'filters']).toString());
    // Pages with names of their own get names, not positions (the seed
    // page's classes are all generated).
    if (name !== 'seed-independent.html') assert.ok(rules.every((l) => !l.includes(':nth-child')), rules.join('\n'));
  });
}

for (const name of FIXTURE_PAGES) {
  test(`popup "Copy as filter rules" round trip: ${name}`, async () => {
    const rules = await roundTrip(name, async (url) => {
      const popup = await openPopup(env.browser.context, env.browser.extensionId, await reportedTabId(env.browser.sw, url));
      await popup.waitForSelector('#list li.item');
      await popup.click('#copy-filters');
      await popup.waitForFunction(() => document.getElementById('filters-text').value.length > 0);
      // The status line follows the clipboard write, which settles later.
      await popup.waitForFunction(() => /filter rule/.test(document.getElementById('status').textContent), null, { timeout: 5000 }).catch(() => {});
      assert.match(await popup.textContent('#status'), /filter rule/);
      const text = await popup.inputValue('#filters-text');
      await popup.close();
      return text;
    });
    if (name !== 'seed-independent.html') {
      // Pages with names of their own get names, not positions.
      assert.ok(rules.every((l) => !l.includes(':nth-child')), rules.join('\n'));
    }
  });
}
