// The soak's short form (the full one: `make soak`, bench/soak.mjs): one
// Chromium with the extension (back/forward cache on, as a reader has it)
// loads 60 pages in 3 tabs, with reloads, back navigations, tabs closed
// mid-load and tabs replaced. Asserted: no tab crashed and no target closed
// unbidden; at every checkpoint the background holds per-tab state for no
// more tabs than are open, and for every tab showing a page; once every tab
// is closed it holds no tab, no frame and no snapshot in flight. No time is
// asserted (times are figures: README, "Soak").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { soak, isCrash } from '../../bench/soak.mjs';
import { startServer, launchChromium, tabIdOf } from './harness.mjs';

test('soak: 60 loads in 3 tabs leave no tab state behind and crash nothing', async () => {
  const run = await soak({ loads: 60, tabs: 3, every: 20, compare: false });
  const events = run.events.with;
  const crashes = events.filter(isCrash);
  assert.deepEqual(crashes, [], `crashes or closed targets: ${JSON.stringify(crashes)}`);
  assert.equal(run.rows.length, 3);
  for (const row of run.rows) {
    const b = row.with.background;
    assert.ok(b, `no background counts at ${row.loads} loads`);
    assert.ok(b.tabs <= row.with.openTabs, `background keeps ${b.tabs} tabs, ${row.with.openTabs} open, at ${row.loads} loads`);
    assert.deepEqual(row.with.unknownTabs, [], `tabs the background forgot at ${row.loads} loads`);
    assert.equal(b.pageWaiters, 0);
    assert.ok(Number.isFinite(row.with.swHeapMB) && row.with.swHeapMB > 0, 'service worker heap not measured');
  }
  // The extension did its work on the pages it saw (loads closed
  // mid-load and failed loads excepted).
  const loaded = run.loads - Math.floor(run.loads / 25) - events.filter((e) => e.type === 'load failed').length;
  assert.ok(run.verdicts >= loaded * 0.9, `verdicts on ${run.verdicts} of ${loaded} loads`);
  const { background } = run.final;
  assert.ok(background, 'no background counts after the tabs closed');
  assert.deepEqual(
    { tabs: background.tabs, frames: background.frames, items: background.items, inFlight: background.inFlight, pageWaiters: background.pageWaiters },
    { tabs: 0, frames: 0, items: 0, inFlight: 0, pageWaiters: 0 },
  );
});

test('back from the back/forward cache: the background knows the tab again, and a nag inserted then is hidden', async () => {
  const server = await startServer();
  const browser = await launchChromium({ bfcache: true });
  try {
    const page = await browser.context.newPage();
    const first = `${server.base}/fixtures/seed-independent.html?bf=1`;
    await page.goto(first);
    const tabId = await tabIdOf(browser.sw, first);
    const itemsOf = () => browser.sw.evaluate(([id, url]) => {
      const f = globalThis.quietpageDebug.tabs.get(id)?.frames.get(0);
      return f?.url === url ? f.items.length : null;
    }, [tabId, first]);
    const waitItems = async () => {
      for (let i = 0; i < 50 && !(await itemsOf()); i += 1) await page.waitForTimeout(100);
      return itemsOf();
    };
    const before = await waitItems();
    assert.ok(before > 0, 'nothing hidden on the seed page');
    await page.evaluate(() => addEventListener('pageshow', (e) => { window.__persisted = e.persisted; }));
    await page.goto(`${server.base}/fixtures/newsletter-modal.html?bf=1`);
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__persisted !== undefined);
    assert.equal(await page.evaluate(() => window.__persisted), true, 'the page did not come from the back/forward cache');
    assert.equal(await waitItems(), before, 'the background forgot the tab');
    // The page's connection works again: a nag inserted now is hidden.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.id = 'late-nag';
      d.innerHTML = '<h3>Sign up for our newsletter</h3><p>Get the latest news delivered to your inbox.</p><input type="email" placeholder="Enter your email"><button>Subscribe</button>';
      document.body.appendChild(d);
    });
    await page.waitForFunction(() => document.getElementById('late-nag')?.closest('[data-quietpage-hidden]'), null, { timeout: 10000 });
  } finally {
    await browser.close();
    await server.close();
  }
});
