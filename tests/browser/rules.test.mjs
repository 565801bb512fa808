// Rules in the browser: a selector the browser rejects is skipped with a
// note and the rest of the rules still apply; rules too large for browser
// sync stay on this device, with a message, and nothing is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settle, visibleText, tabIdOf, ui } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';

const env = useChromium({ resetRules: true });

test('a selector the browser rejects is skipped with a note; the others apply', async () => {
  const rules = JSON.stringify({ version: 1, sites: { '127.0.0.1': { hide: ['div:not-a-real-pseudo(x)', '.byline'] } } });
  const r = await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules });
  assert.equal(r.ok, true, r.error);
  const page = await env.browser.context.newPage();
  const url = `${env.server.base}/fixtures/seed-independent.html?rules=1`;
  await page.goto(url);
  await settle(page);
  const text = await visibleText(page);
  assert.ok(!text.includes('By Mara Ellison'), `the valid selector applies: ${text.slice(0, 300)}`);
  assert.ok(text.includes('A top Russian defense official has attended'));
  const tabId = await tabIdOf(env.browser.sw, url);
  const state = await ui(env.browser.context, env.browser.extensionId, { type: 'tab-state', tabId });
  assert.ok(state.notes.some((n) => n.includes('not-a-real-pseudo')), JSON.stringify(state.notes));
  await page.close();
});

test('rules larger than browser sync allows stay on this device, whole', async () => {
  const sites = {};
  for (let i = 0; i < 3000; i += 1) sites[`site-${i}.example.org`] = { hide: [`.promo-${i}`, `#nag-${i}`] };
  const rules = JSON.stringify({ version: 1, sites });
  const r = await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules });
  assert.equal(r.ok, true, r.error);
  assert.equal(r.storage, 'local');
  assert.match(r.note, /this device only/);
  const stored = JSON.parse((await ui(env.browser.context, env.browser.extensionId, { type: 'get-rules' })).rules);
  assert.equal(Object.keys(stored.sites).length, 3000);
  assert.deepEqual(stored.sites['site-2999.example.org'].hide, ['.promo-2999', '#nag-2999']);
});
