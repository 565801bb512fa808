// The options page in Chromium: import shows what it would change and
// waits for a confirm; empty or unrecognised input is a warning that
// changes nothing; a broken file is refused with its line; the global
// entry is "All sites" and pauses everything; per-site category switches
// are editable; axe-core finds no violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { settle, visibleText, ui } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';
import { axeViolations, describeViolations } from './a11y.mjs';

const env = useChromium({ resetRules: true });
const DONATION = 'Your support helps us to tell the story';

const stored = async () => JSON.parse((await ui(env.browser.context, env.browser.extensionId, { type: 'get-rules' })).rules);

async function options() {
  const opts = await env.browser.context.newPage();
  await opts.goto(`chrome-extension://${env.browser.extensionId}/options/options.html`);
  await opts.waitForFunction(() => document.getElementById('engine').textContent.length > 0);
  return opts;
}

const message = (opts) => opts.textContent('#message');
const waitMessage = (opts, re) => opts.waitForFunction((src) => new RegExp(src).test(document.getElementById('message').textContent), re.source, { timeout: 5000 });

test('import: a preview says what would change, nothing is saved until confirmed', async () => {
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: JSON.stringify({ version: 1, sites: { 'a.com': { hide: ['.old'] } } }) });
  const opts = await options();
  await opts.fill('#import-text', '! my list\na.com##.promo\nb.com##.box\nb.com##.nag\nb.com#@#.article\n||ads.example^\n');
  await opts.click('#import-paste');
  await opts.waitForSelector('#preview:not([hidden])');
  const said = await opts.textContent('#preview-title');
  assert.match(said, /^Adds 3 hide rules and 1 never-hide rule for 2 sites \(a\.com, b\.com\); replaces nothing\./);
  assert.match(said, /2 lines were not element-hiding rules/);
  assert.equal(await opts.evaluate(() => document.activeElement.id), 'import-confirm', 'focus moves to the confirm button');
  assert.deepEqual(Object.keys((await stored()).sites), ['a.com'], 'nothing saved by the preview');
  await opts.click('#import-confirm');
  await opts.waitForSelector('[data-site="b.com"]');
  const after = await stored();
  assert.deepEqual(after.sites['a.com'].hide, ['.old', '.promo']);
  assert.deepEqual(after.sites['b.com'], { hide: ['.box', '.nag'], keep: ['.article'] });
  assert.match(await message(opts), /Imported \(3 hide and 1 never-hide lines\)/);
  // A JSON file names what it replaces.
  await opts.fill('#import-text', JSON.stringify({ version: 1, sites: { 'a.com': { hide: ['.new'] } } }));
  await opts.click('#import-paste');
  await opts.waitForSelector('#preview:not([hidden])');
  assert.match(await opts.textContent('#preview-title'), /replaces the rules of a\.com\./);
  await opts.click('#import-cancel');
  await waitMessage(opts, /cancelled, nothing changed/);
  assert.deepEqual((await stored()).sites['a.com'].hide, ['.old', '.promo']);
  await opts.close();
});

test('import: empty text, nonsense and known lines each get a clear warning and change nothing', async () => {
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: JSON.stringify({ version: 1, sites: { 'a.com': { hide: ['.x'] } } }) });
  const opts = await options();
  const before = await stored();
  for (const [text, re] of [
    ['', /empty/],
    ['hello world\nthis is not a filter list\n', /Nothing recognised.*2 lines were not element-hiding rules/],
    ['a.com##.x\n', /Nothing new/],
  ]) {
    await opts.fill('#import-text', text);
    await opts.click('#import-paste');
    await waitMessage(opts, re);
    assert.equal(await opts.getAttribute('#message', 'class'), 'warn', 'a warning, not a success');
    assert.equal(await opts.isHidden('#preview'), true);
  }
  assert.deepEqual(await stored(), before);
  await opts.close();
});

test('import: a broken file is refused with its line, stored rules unchanged', async () => {
  const good = JSON.stringify({ version: 1, sites: { 'example.org': { hide: ['.nag'] } } });
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: good });
  const before = await stored();
  const opts = await options();
  await opts.waitForSelector('[data-site="example.org"]');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qp-')), 'rules.json');
  fs.writeFileSync(file, '{\n  "version": 1,\n  "sites": {"a.com": {"hide": [".x",]}}\n}\n');
  await opts.setInputFiles('#import-file', file);
  await waitMessage(opts, /refused/);
  assert.match(await message(opts), /line 3/);
  assert.equal(await opts.getAttribute('#message', 'class'), 'error');
  fs.writeFileSync(file, 'a.com##.ok\nb.com##div[unclosed\n');
  await opts.setInputFiles('#import-file', file);
  await waitMessage(opts, /line 2/);
  assert.deepEqual(await stored(), before, 'stored rules changed');
  await opts.close();
});

test('"All sites" is the global entry; the pause switch shows every site as it is', async () => {
  const opts = await options();
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.base}/fixtures/seed-independent.html`);
  await settle(page);
  assert.ok(!(await visibleText(page)).includes(DONATION));
  assert.match(await opts.textContent('label[for="global-on"], #pause .switch-row'), /on for all sites/);
  await opts.click('#global-on');
  await opts.waitForSelector('[data-site="*"]');
  assert.equal(await opts.textContent('[data-site="*"] h3'), 'All sites');
  assert.equal((await stored()).sites['*'].enabled, false);
  await page.waitForFunction((t) => document.body.innerText.includes(t), DONATION, { timeout: 5000 });
  assert.match(await opts.textContent('#pause'), /paused on all sites/);
  await opts.click('#global-on');
  await page.waitForFunction((t) => !document.body.innerText.includes(t), DONATION, { timeout: 5000 });
  assert.equal((await stored()).sites['*'], undefined, 'an empty entry is dropped');
  await page.close();
  await opts.close();
});

test('per-site category switches are editable, and the page follows', async () => {
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: JSON.stringify({ version: 1, sites: { '127.0.0.1': { hide: ['.nothing-here'] } } }) });
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.base}/fixtures/seed-independent.html`);
  await settle(page);
  const opts = await options();
  const sw = '[id="s-127.0.0.1-cat-donation"]';
  await opts.waitForSelector(sw);
  assert.equal(await opts.isChecked(sw), true);
  await opts.click(sw);
  await page.waitForFunction((t) => document.body.innerText.includes(t), DONATION, { timeout: 5000 });
  assert.equal((await stored()).sites['127.0.0.1'].categories.donation, false);
  assert.equal(await opts.isChecked(sw), false);
  assert.equal(await opts.evaluate(() => document.activeElement.id), 's-127.0.0.1-cat-donation', 'focus stays on the switch');
  // The lists are editable too.
  await opts.fill('[id="s-127.0.0.1-hide"]', '.nothing-here\n.other');
  await opts.click('[id="s-127.0.0.1-save"]');
  await waitMessage(opts, /Saved the lists/);
  assert.deepEqual((await stored()).sites['127.0.0.1'].hide, ['.nothing-here', '.other']);
  await page.close();
  await opts.close();
});

test('axe-core: no violations on the options page, with sites and with a preview open', async () => {
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: JSON.stringify({ version: 1, sites: { '*': { enabled: false }, 'example.org': { hide: ['.nag'], categories: { cookie: false } } } }) });
  const opts = await options();
  await opts.waitForSelector('[data-site="example.org"]');
  let v = await axeViolations(opts);
  assert.equal(v.length, 0, describeViolations(v));
  await opts.fill('#import-text', 'c.com##.x');
  await opts.click('#import-paste');
  await opts.waitForSelector('#preview:not([hidden])');
  v = await axeViolations(opts);
  assert.equal(v.length, 0, describeViolations(v));
  await opts.close();
});
