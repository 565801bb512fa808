// Remembered selectors (issue 9, part 4) in Chromium: on a second visit of
// a site, the nags hidden on the first are hidden before their first frame
// (checked frame by frame in the page, tests/browser/paint-probe.mjs, not
// by a time); a remembered selector that now matches article text is
// withdrawn at once and never comes back on the site; "show it" and
// "never hide" beat a remembered selector; the options page lists them and
// its buttons forget them; none of it reaches storage.sync or the export.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { settle, tabIdOf, ui, waitFor, NO_RULES } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';
import { paintProbe } from './paint-probe.mjs';

const env = useChromium();
const SITE = '127.0.0.1';
const COOKIE = '#cookie-notice';
const PROMO = 'aside.inline-promo';

afterEach(async () => {
  await ui(env.browser.context, env.browser.extensionId, { type: 'forget-remembered' });
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: NO_RULES });
});

const url = (page) => `${env.server.base}/pages/${page}?t=${Date.now()}-${Math.random()}`;

/** What the content script of the host reads at document_start. */
const hostEntry = () => env.browser.sw.evaluate(async (k) => (await chrome.storage.local.get(k))[k] ?? null, `remembered:${SITE}`);
/** The stored CSS selectors (text fingerprints, `text:…`, are remembered-text.test.mjs's). */
const liveSelectors = async () => ((await hostEntry())?.selectors ?? []).map((s) => s.selector).filter((s) => !s.startsWith('text:'));
const siteRecord = async () => (await ui(env.browser.context, env.browser.extensionId, { type: 'remembered' })).sites.find((s) => s.site === SITE) ?? null;

/**
 * Opens a page with the paint probe watching `selectors`; resolves once a
 * verdict is applied. A reader does not open the next page within
 * milliseconds of the last storage write: a short pause first lets the
 * background's writes land (the page's own read of storage would queue
 * behind them).
 */
async function visit(page, selectors = []) {
  await new Promise((r) => setTimeout(r, 300));
  const tab = await env.browser.context.newPage();
  if (selectors.length) await tab.addInitScript(paintProbe(selectors));
  const u = url(page);
  await tab.goto(u);
  await settle(tab);
  return { tab, u };
}

const stopProbe = async (tab) => (await tab.evaluate(() => window.__qpPaintStop())).blocks;
/** quietpage's marks and the paint entries, for failure messages. */
const timeline = (tab) => tab.evaluate(() => performance.getEntries().filter((e) => /quietpage|paint/.test(e.name)).map((e) => `${e.name} ${Math.round(e.startTime)}`).join(', '));
const rendered = (tab, sel) => tab.evaluate((s) => document.querySelector(s).checkVisibility(), sel);

/** A first visit of the nag page, and the site's selectors stored. */
async function firstVisit() {
  const { tab } = await visit('remember-nag.html', [COOKIE, PROMO]);
  assert.ok(await waitFor(async () => {
    const live = await liveSelectors();
    return live.includes(COOKIE) && live.includes(PROMO);
  }), `stored: ${JSON.stringify(await hostEntry())}`);
  const first = await stopProbe(tab);
  await tab.close();
  return first;
}

test('second visit: the nags hidden on the first are never painted', async () => {
  const first = await firstVisit();
  const live = await liveSelectors();
  assert.ok(live.every((s) => !s.includes('nth-child')), `stable selectors only: ${live}`);
  const { tab } = await visit('remember-nag.html', [COOKIE, PROMO]);
  const second = await stopProbe(tab);
  const why = `${JSON.stringify(second)}; ${await timeline(tab)}`;
  for (const sel of [COOKIE, PROMO]) {
    assert.ok(second[sel], `${sel} entered the DOM`);
    assert.ok(second[sel].frames > 0, `${sel} was watched for at least one frame`);
    assert.equal(second[sel].painted, false, `${sel} never painted: ${why}`);
  }
  const marks = await tab.evaluate(() => performance.getEntriesByName('quietpage:remembered').map((e) => e.detail));
  assert.deepEqual(marks, [2], 'one sheet of two selectors');
  // The control: on the first visit, before anything was remembered, the
  // same probe saw both nags painted (the verdict comes after the first paint).
  assert.ok(Object.values(first).some((b) => b.visibleInAnyFrame), `first visit: ${JSON.stringify(first)}`);
  // The verdict confirmed them: still hidden, by the engine's markers too.
  assert.equal(await tab.evaluate(() => document.querySelectorAll('[data-quietpage-hidden]').length), 2);
  console.log(`# remembered: first visit painted ${JSON.stringify(Object.fromEntries(Object.entries(first).map(([k, v]) => [k, v.painted])))}, second visit painted none`);
  await tab.close();
});

// remember-bare.html: nags with no id or class of their own. The test's
// own names for its blocks (for the probe; nth-of-type is fine here).
const BARE = {
  cookie: 'body > div[role="region"]',
  morning: 'div.article-body > div:nth-of-type(1)', // a sign-up form posting to another host
  quote: 'div.article-body > div:nth-of-type(2)', // article text, in a bare <div> too
  notice: 'div.article-body > div:nth-of-type(3)', // a cookie notice of text alone
};

test('second visit: nags without an id or class are named by attributes and structure, never painted', async () => {
  const blocks = Object.values(BARE);
  const first = await visit('remember-bare.html', blocks);
  const hiddenFirst = await first.tab.evaluate((b) => Object.fromEntries(Object.entries(b).map(([k, s]) => [k, document.querySelector(s).hasAttribute('data-quietpage-hidden')])), BARE);
  assert.deepEqual(hiddenFirst, { cookie: true, morning: true, quote: false, notice: true }, 'the engine hides the three nags');
  assert.ok(await waitFor(async () => (await liveSelectors()).length >= 2), `stored: ${JSON.stringify(await hostEntry())}`);
  // What each stored selector matches on the page: nag blocks alone.
  const live = await liveSelectors();
  const matches = await first.tab.evaluate(({ b, sels }) => sels.map((sel) => Object.entries(b).filter(([, s]) => [...document.querySelectorAll(sel)].includes(document.querySelector(s))).map(([k]) => k)), { b: BARE, sels: live });
  await first.tab.close();
  assert.ok(live.every((s) => !/nth-/.test(s)), `no nth-child paths: ${live}`);
  const named = matches.flat();
  assert.ok(named.includes('cookie') && named.includes('morning'), `named: ${JSON.stringify(live)} -> ${JSON.stringify(matches)}`);
  // The text-only notice's one name without positions (div.article-body > div)
  // also matches the article's own box: it is not kept, the quote stays clear.
  assert.ok(!named.includes('quote') && !named.includes('notice'), `${JSON.stringify(live)} -> ${JSON.stringify(matches)}`);

  const { tab } = await visit('remember-bare.html', blocks);
  const second = await stopProbe(tab);
  const why = `${JSON.stringify(live)}; ${JSON.stringify(second)}; ${await timeline(tab)}`;
  assert.equal(second[BARE.cookie].painted, false, `cookie bar never painted: ${why}`);
  assert.equal(second[BARE.morning].painted, false, `sign-up box never painted: ${why}`);
  assert.equal(second[BARE.quote].painted, true, `the article's box is drawn: ${why}`);
  assert.equal(second[BARE.quote].firstFrameVisible, true, `from its first frame: ${why}`);
  // No selector names it, but its words do: its text fingerprint hides it
  // as it is parsed (remembered-text.test.mjs).
  assert.equal(second[BARE.notice].painted, false, `the notice, by its fingerprint: ${why}`);
  assert.equal(await rendered(tab, BARE.notice), false, 'and hidden by the verdict');
  console.log(`# remembered without id/class: ${live.join(' | ')}`);
  await tab.close();
});

test('a remembered selector that now covers article text is withdrawn at once and never comes back', async () => {
  await firstVisit();
  // Page 2 of the site: the same class holds a pull quote of the article.
  const { tab } = await visit('remember-trap.html', [PROMO]);
  assert.equal(await rendered(tab, PROMO), true, 'the pull quote is visible once the verdict is in');
  assert.match(await tab.evaluate(() => document.body.innerText), /Pull quote: the council clerk/);
  assert.ok(await waitFor(async () => !(await liveSelectors()).includes(PROMO)), 'withdrawn from the host entry');
  const record = await siteRecord();
  assert.equal(record.withdrawn, 1);
  assert.ok(record.selectors.some((s) => s.selector === COOKIE), 'the other selector stays');
  await tab.close();
  // The nag page again: the engine hides the box, but its selector is not remembered again.
  const again = await visit('remember-nag.html');
  assert.equal(await rendered(again.tab, PROMO), false, 'the engine still hides the box');
  await again.tab.waitForTimeout(500);
  assert.ok(!(await liveSelectors()).includes(PROMO), 'not remembered again');
  await again.tab.close();
  // And the pull quote is drawn from its first frame on the next visit.
  const last = await visit('remember-trap.html', [PROMO]);
  const probe = await stopProbe(last.tab);
  assert.equal(probe[PROMO].painted, true);
  assert.equal(probe[PROMO].firstFrameVisible, true);
  assert.equal(await last.tab.evaluate(() => performance.getEntriesByName('quietpage:remembered').length), 1, 'the sheet holds the cookie selector only');
  await last.tab.close();
});

test('"show it" and "never hide" beat a remembered selector', async () => {
  await firstVisit();
  const { tab, u } = await visit('remember-nag.html');
  assert.equal(await rendered(tab, PROMO), false, 'hidden on the second visit');
  const tabId = await tabIdOf(env.browser.sw, u);
  const state = await ui(env.browser.context, env.browser.extensionId, { type: 'tab-state', tabId });
  const item = state.items.find((i) => i.category === 'newsletter');
  assert.ok(item, JSON.stringify(state.items));
  await ui(env.browser.context, env.browser.extensionId, { type: 'show-item', tabId, frameId: 0, key: item.key });
  assert.ok(await waitFor(() => rendered(tab, PROMO)), 'shown although the remembered sheet names it');
  assert.equal(await rendered(tab, COOKIE), false, 'the other nag stays hidden');
  // "Never hide" makes a rule: the next visit draws the box from its first frame.
  await ui(env.browser.context, env.browser.extensionId, { type: 'keep-item', tabId, frameId: 0, key: item.key, selector: PROMO, site: SITE });
  assert.ok(await waitFor(async () => !(await liveSelectors()).includes(PROMO)), 'the host entry leaves it out');
  await tab.close();
  const next = await visit('remember-nag.html', [COOKIE, PROMO]);
  const probe = await stopProbe(next.tab);
  const why = `${JSON.stringify(probe)}; ${await timeline(next.tab)}`;
  assert.equal(probe[PROMO].painted, true, why);
  assert.equal(probe[PROMO].firstFrameVisible, true, why);
  assert.equal(probe[COOKIE].painted, false, why);
  await next.tab.close();
});

test('the options page lists them per site; Clear and "Forget remembered selectors" empty them', async () => {
  await firstVisit();
  const opts = await env.browser.context.newPage();
  await opts.goto(`chrome-extension://${env.browser.extensionId}/options/options.html`);
  const entry = opts.locator(`#remembered .site[data-site="${SITE}"]`);
  await entry.waitFor();
  const text = await entry.innerText();
  // No text fingerprints: the names proposed with them cover both nags.
  assert.match(text, /^2 selectors, last used today/m);
  assert.ok(text.includes(COOKIE) && text.includes(PROMO), text);
  await opts.getByRole('button', { name: `Clear remembered selectors for ${SITE}` }).click();
  await opts.waitForFunction(() => !document.getElementById('no-remembered').hidden);
  assert.equal(await hostEntry(), null, 'the host entry is gone');
  assert.equal(await siteRecord(), null);
  // Again, then the button that forgets everything.
  await firstVisit();
  await opts.reload();
  await entry.waitFor();
  await opts.getByRole('button', { name: 'Forget remembered selectors' }).click();
  await opts.waitForFunction(() => document.getElementById('remembered-message').textContent.startsWith('Forgot every'));
  const left = await env.browser.sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('remembered')));
  assert.deepEqual(left.filter((k) => k !== 'remembered'), []);
  assert.deepEqual((await ui(env.browser.context, env.browser.extensionId, { type: 'remembered' })).sites, []);
  await opts.close();
  // Forgotten: the next visit paints the nags until the verdict, as a first visit does.
  const { tab } = await visit('remember-nag.html');
  assert.equal(await tab.evaluate(() => performance.getEntriesByName('quietpage:remembered').length), 0);
  await tab.close();
});

test('nothing of them in storage.sync or in the rules export', async () => {
  // A rule, so that sync holds something to look through.
  await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: JSON.stringify({ version: 1, sites: { 'example.org': { hide: ['.x'] } } }) });
  await firstVisit();
  const sync = await env.browser.sw.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)));
  assert.match(sync, /example\.org/, 'the rules are mirrored');
  for (const needle of ['remembered', 'cookie-notice', 'inline-promo']) assert.ok(!sync.includes(needle), `sync holds ${needle}`);
  const { rules } = await ui(env.browser.context, env.browser.extensionId, { type: 'get-rules' });
  for (const needle of ['cookie-notice', 'inline-promo']) assert.ok(!rules.includes(needle), `export holds ${needle}`);
  const local = await env.browser.sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
  assert.ok(local.includes(`remembered:${SITE}`), 'they live in storage.local');
});
