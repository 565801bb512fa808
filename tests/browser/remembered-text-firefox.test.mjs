// Remembered text fingerprints in Firefox ESR (puppeteer-core over WebDriver
// BiDi): on the second visit of a site, the content script's watcher marks
// the nag that only its words tell apart (remember-bare.html's cookie notice)
// from the page's own markup, the first verdict confirms it, and an article
// box of another page of the site that begins with the same words is marked,
// shown by the verdict, withdrawn, and never marked again. The watch on the
// mark runs in the page's own world. Whether the notice was painted is
// printed, not asserted, as in remembered-firefox.test.mjs: Firefox may
// answer the content script's storage read after its first paint on a loaded
// machine.
//
// Firefox's read answered 10–20 ms either side of the first verdict on a
// page served at once (CI failed once on "marked while parsing"), so the
// visits that need the watcher running are served from /slow/, the article
// held back SLOW_PAUSE_MS: the read comes while the page is parsed. The trap
// page is served at once on its first visit: whether its read came before
// the verdict (the watcher marks it, the verdict withdraws it; or, if the
// watcher left it unchecked, the verdict's judging of what it did not meet)
// or after it (the late read's judging withdraws it), the slow visit after
// it must not mark it. Between visits the test waits for the background's
// write (harness.mjs waitRemembered), not for a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyText, waitFor, waitRemembered } from './harness.mjs';
import { useFirefox } from './lifecycle.mjs';
import { paintProbe } from './paint-probe.mjs';

const env = useFirefox();
const NOTICE = 'div.article-body > div:nth-of-type(3)';
const QUOTE = 'div.article-body > div:nth-of-type(2)';
const TRAP = 'div.article-body > div:nth-of-type(1)';
const NOTICE_TEXT = 'By continuing to read you consent';

const earlyWatch = (selectors) => `(() => {
  const marked = new Set();
  new MutationObserver((rs) => { for (const r of rs) if (r.target.hasAttribute('data-quietpage-early')) marked.add(r.target); })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-quietpage-early'] });
  window.__qpEarly = () => Object.fromEntries(${JSON.stringify(selectors)}.map((s) => [s, marked.has(document.querySelector(s))]));
})();`;

async function visit(name, selectors, n, route = 'slow') {
  const page = await env.firefox.browser.newPage();
  await page.evaluateOnNewDocument(paintProbe(selectors));
  await page.evaluateOnNewDocument(earlyWatch(selectors));
  await page.goto(`${env.server.base}/${route}/${name}?fft=${n}`);
  assert.ok(await waitFor(async () => !(await bodyText(page)).includes('Accept all')), `visit ${n}: the cookie bar is hidden`);
  // Settled: the first verdict's judging of the site's remembered names and
  // fingerprints is done (its proposals are marked last), and so is a late
  // storage read's (remember.js judgeLate).
  assert.ok(await waitFor(() => page.evaluate(() => {
    const has = (m) => performance.getEntriesByName(m).length > 0;
    const read = performance.getEntriesByName('quietpage:remembered-read')[0]?.detail;
    return has('quietpage:fingerprint-proposals') && !!read && (!read.late || !read.found || has('quietpage:remembered-late'));
  })), `visit ${n}: the verdict's judging is done`);
  const out = await page.evaluate((sels) => ({
    probe: window.__qpPaintStop().blocks,
    early: window.__qpEarly(),
    left: document.querySelectorAll('[data-quietpage-early]').length,
    shown: Object.fromEntries(sels.map((s) => [s, document.querySelector(s).checkVisibility()])),
    text: document.body.innerText,
    late: performance.getEntriesByName('quietpage:remembered-late').map((e) => e.detail),
    unchecked: performance.getEntriesByName('quietpage:remembered-unchecked').map((e) => e.detail),
    // For failure messages: the watcher's judging, and whether the verdicts saw the page as it stood.
    judged: performance.getEntriesByName('quietpage:fingerprints').map((e) => e.detail),
    current: performance.getEntriesByName('quietpage:current').length,
    verdicts: performance.getEntriesByName('quietpage:verdict').length,
  }), selectors);
  await page.close();
  return out;
}

test('firefox: a nag only its words tell apart is marked by its fingerprint on the second visit; one that names article text is withdrawn', async () => {
  const first = await visit('remember-bare.html', [NOTICE, QUOTE], 1, 'pages');
  assert.equal(first.early[NOTICE], false, 'nothing remembered before the first visit');
  assert.ok(!first.text.includes(NOTICE_TEXT), 'the engine hides the notice');
  // The background stores the notice's fingerprint after the first visit's
  // report, in its own time: the second visit starts once a page of the
  // site reads it.
  const stored = await waitRemembered(env.firefox.browser, env.server.base, (r) => r.fingerprints > 0);
  assert.ok(stored.ok, `the notice's fingerprint is stored: ${JSON.stringify(stored)}`);
  const second = await visit('remember-bare.html', [NOTICE, QUOTE], 2);
  const why = JSON.stringify(second.probe);
  assert.equal(second.early[NOTICE], true, `the watcher marked the notice: ${why}`);
  assert.equal(second.early[QUOTE], false, 'not the article box');
  assert.equal(second.shown[NOTICE], false, 'hidden after the verdict');
  assert.equal(second.shown[QUOTE], true);
  assert.equal(second.left, 0, 'the verdict took over: no mark left');
  console.log(`# firefox fingerprints: notice painted on the second visit: ${second.probe[NOTICE]?.painted} (${why})`);
  // Another page of the site: article text that begins with the notice's words.
  const trap = await visit('remember-text-trap.html', [TRAP], 3, 'pages');
  console.log(`# firefox fingerprints: trap marked while parsing (read before the verdict): ${trap.early[TRAP]}; late read judged: ${JSON.stringify(trap.late)}; unchecked judged: ${JSON.stringify(trap.unchecked)}`);
  const trapWhy = JSON.stringify({ early: trap.early, late: trap.late, unchecked: trap.unchecked, judged: trap.judged, current: trap.current, verdicts: trap.verdicts });
  assert.ok(trap.early[TRAP] || trap.late.some((l) => l.withdrawn > 0) || trap.unchecked.some((l) => l.withdrawn > 0), `the fingerprint met the trap: marked while parsing, or judged by a late read or after a watcher that left it unchecked: ${trapWhy}`);
  assert.equal(trap.shown[TRAP], true, 'shown by the verdict');
  assert.match(trap.text, /the old banner said, but the auditors found/);
  const withdrawn = await waitRemembered(env.firefox.browser, env.server.base, (r) => r.fingerprints < stored.fingerprints);
  assert.ok(withdrawn.ok, `the withdrawal is stored: ${JSON.stringify({ stored, withdrawn })} ${trapWhy}`);
  const again = await visit('remember-text-trap.html', [TRAP], 4);
  assert.equal(again.early[TRAP], false, 'withdrawn: never marked again');
  assert.equal(again.probe[TRAP].hiddenInAnyFrame, false, JSON.stringify(again.probe));
});
