// Dynamic parity, shared by the Chromium and the Firefox test files: a
// fixture with its nags inserted by the page's own script (harness.mjs
// `dynamicVariant`) must end with the blocks hidden that the static fixture
// has hidden, and that `quietpage scan` hides on the final DOM.
import assert from 'node:assert/strict';
import path from 'node:path';
import { squash, cliScan, cliScanMarkup, pageState, pageMarkup, FIXTURES } from './harness.mjs';

const selectors = (hidden) => hidden.map((h) => h.selector).sort();
const texts = (hidden) => hidden.map((h) => squash(h.text)).sort();

/**
 * Evaluated in the page: true once quietpage has applied the verdict of the
 * latest scan it started, with no change to the page left unjudged when it
 * came (`quietpage:current`), and (for a dynamic variant) that scan started
 * after the page inserted its last nag. Tests wait for this state; no time
 * is asserted. A scan mark on the same clock tick as the insertion is not
 * enough by itself: the snapshot may have been taken just before it.
 */
export function settled(dynamic) {
  const ins = dynamic ? window.__qpInserted : 0;
  if (ins === undefined || ins === null) return false;
  const scans = performance.getEntriesByName('quietpage:scan');
  const last = scans[scans.length - 1];
  if (!last || last.startTime < ins) return false;
  return performance.getEntriesByName('quietpage:current').some((v) => v.detail === last.detail);
}

function checkLabel(label, text) {
  const t = squash(text);
  for (const h of label.hide) assert.ok(!t.includes(squash(h.text)), `[${h.category}] still visible: ${h.text}`);
  for (const k of label.keep) assert.ok(t.includes(squash(k)), `article line gone: ${k}`);
}

/**
 * One fixture: the static page first (the baseline: what scan hides), then
 * each of `modes` as a subtest of `t`, in one tab. `driver`:
 * {page, goto(url), evaluate(fn, arg), until(fn, arg), listed?(url, want)}
 * where `until` waits for fn(arg) to be true in the page, and `listed`
 * gives the selectors the background lists for the page (the popup's list).
 */
export async function checkFixture(t, { base, label, modes, driver }) {
  const native = cliScan(path.join(FIXTURES, label.page)).hidden;
  await driver.goto(`${base}/fixtures/${label.page}`);
  await driver.until(settled, false);
  const still = await driver.evaluate(pageState);
  assert.deepEqual(selectors(still.hidden), selectors(native), 'static fixture: not what quietpage scan hides');
  if (!native.length) {
    t.diagnostic('nothing hidden on the static page: no nag to insert');
    return;
  }
  for (const mode of modes) {
    await t.test(mode, async (st) => {
      const url = `${base}/dynamic/${mode}/${label.page}`;
      await driver.goto(url);
      await driver.until(settled, true);
      const dyn = await driver.evaluate(pageState);
      const final = cliScanMarkup(await driver.evaluate(pageMarkup), url).hidden;
      // As `quietpage scan` hides on the final DOM, block for block.
      assert.deepEqual(selectors(dyn.hidden), selectors(final), 'not what quietpage scan hides on the final DOM');
      if (driver.listed) assert.deepEqual(await driver.listed(url, selectors(final)), selectors(final), 'the popup lists other blocks');
      // As on the static page: the same blocks, where the nags went back to
      // their places; the same text where they went into wrappers, unless
      // scan itself judges the wrapped page otherwise (a modal and its
      // backdrop in separate wrappers are no longer siblings: the backdrop
      // stays).
      if (mode !== 'wrapper') {
        assert.deepEqual(selectors(dyn.hidden), selectors(still.hidden), 'not the blocks hidden on the static page');
      }
      if (mode !== 'wrapper' || JSON.stringify(texts(final)) === JSON.stringify(texts(native))) {
        assert.deepEqual(texts(dyn.hidden), texts(still.hidden), 'not the text hidden on the static page');
      } else {
        st.diagnostic(`wrapped: quietpage scan of the final DOM hides ${final.length} block(s) where the static page has ${native.length}; compared with scan only`);
      }
      checkLabel(label, dyn.text);
    });
  }
}
