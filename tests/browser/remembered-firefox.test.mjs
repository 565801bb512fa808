// Remembered selectors in Firefox ESR (puppeteer-core over WebDriver BiDi):
// on the second visit of a site the content script reads the site's
// selectors and the document adopts them as a style sheet made in the
// content script's world (what Firefox must allow), naming both nags of the
// first visit. Whether the nags were painted (the paint probe of
// tests/browser/paint-probe.mjs) is printed, not asserted: Firefox answers
// the content script's storage read after its first paint on some loads of
// a loaded machine (2 of 5 runs at a load average of 9), and on some after
// the first verdict (then the sheet is adopted late, judged against that
// verdict: remember.js `judgeLate`), so only Chromium's test holds the
// never-painted promise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyText, waitFor, waitRemembered } from './harness.mjs';
import { useFirefox } from './lifecycle.mjs';
import { paintProbe } from './paint-probe.mjs';

const env = useFirefox();

const COOKIE = '#cookie-notice';
const PROMO = 'aside.inline-promo';
const NAG_TEXT = ['We use cookies to improve your experience', 'Morning Briefing'];

async function visit(n) {
  const page = await env.firefox.browser.newPage();
  await page.evaluateOnNewDocument(paintProbe([COOKIE, PROMO]));
  await page.goto(`${env.server.base}/pages/remember-nag.html?ff=${n}`);
  assert.ok(await waitFor(async () => {
    const t = await bodyText(page);
    return NAG_TEXT.every((s) => !t.includes(s));
  }), `visit ${n}: the nags are hidden`);
  assert.match(await bodyText(page), /Port Alder voted on Tuesday/);
  // Settled: the content script's storage read has answered and, when it
  // found the site's names, their sheet is adopted (after the first
  // verdict, on a late read: judged first, remember.js judgeLate).
  assert.ok(await waitFor(() => page.evaluate(() => {
    const read = performance.getEntriesByName('quietpage:remembered-read')[0]?.detail;
    return !!read && (!read.names || performance.getEntriesByName('quietpage:remembered').length > 0);
  })), `visit ${n}: the remembered selectors were read`);
  const out = await page.evaluate(() => ({
    probe: window.__qpPaintStop(),
    marks: performance.getEntriesByName('quietpage:remembered').length,
    // The content script's storage read: when it answered (ms since
    // navigation) and whether the first verdict came before it.
    read: performance.getEntriesByName('quietpage:remembered-read').map((e) => ({ at: Math.round(e.startTime), ...e.detail })),
    verdictAt: performance.getEntriesByName('quietpage:verdict').map((e) => Math.round(e.startTime)),
    // The rules of the documents's adopted sheets that hide something.
    adopted: [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r.style?.display === 'none').map((r) => r.selectorText),
  }));
  await page.close();
  return out;
}

test('firefox: second visit of a site, the nags hidden on the first are in an adopted sheet, read at document_start', async () => {
  const first = await visit(1);
  assert.equal(first.marks, 0, 'nothing remembered before the first visit');
  assert.deepEqual(first.adopted, []);
  // The background stores the first visit's names after its report, in its
  // own time (over 1 s in a full `make test` on 2 cores): the second visit
  // starts once a page of the site reads them.
  const stored = await waitRemembered(env.firefox.browser, env.server.base, (r) => r.names >= 2);
  assert.ok(stored.ok, `the first visit's names are stored: ${JSON.stringify(stored)}`);
  const second = await visit(2);
  const why = JSON.stringify(second);
  assert.equal(second.marks, 1, `the sheet was adopted once: ${why}`);
  assert.deepEqual(second.adopted.sort(), [PROMO, COOKIE].sort(), `it names both nags: ${why}`);
  assert.ok(second.probe.blocks[COOKIE] && second.probe.blocks[PROMO], `both entered: ${why}`);
  console.log(`# firefox remembered: first visit ${JSON.stringify(first.probe.blocks)}; second ${why}`);
});
