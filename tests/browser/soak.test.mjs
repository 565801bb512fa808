// The soak's short form (the full one: `make soak`, bench/soak.mjs): one
// Chromium with the extension loads 60 pages in 3 tabs, with reloads, tabs
// closed mid-load and tabs replaced. Asserted: no tab crashed and no target
// closed unbidden; at every checkpoint the background holds per-tab state
// for no more tabs than are open, and no page save waits; once every tab is
// closed it holds no tab, no frame and no snapshot in flight. No time is
// asserted (times are figures: README, "Soak").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { soak } from '../../bench/soak.mjs';

test('soak: 60 loads in 3 tabs leave no tab state behind and crash nothing', async () => {
  const run = await soak({ loads: 60, tabs: 3, every: 20, compare: false });
  const events = run.events.with;
  const fatal = events.filter((e) => /crash|closed|unreachable|failed to/.test(e.type));
  assert.deepEqual(fatal, [], `crashes or closed targets: ${JSON.stringify(fatal)}`);
  assert.equal(run.rows.length, 3);
  for (const row of run.rows) {
    const b = row.with.background;
    assert.ok(b, `no background counts at ${row.loads} loads`);
    assert.ok(b.tabs <= row.with.openTabs, `background keeps ${b.tabs} tabs, ${row.with.openTabs} open, at ${row.loads} loads`);
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
