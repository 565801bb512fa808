// Remembered selectors in Firefox ESR (puppeteer-core over WebDriver BiDi):
// on the second visit of a site, the nags hidden on the first are never
// drawn (the paint probe of tests/browser/paint-probe.mjs, frame by frame
// in the page's own world). Firefox runs content scripts at document_start
// too, and takes the adopted style sheet from the content script's world.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchFirefox, bodyText, waitFor } from './harness.mjs';
import { paintProbe } from './paint-probe.mjs';

let server;
let firefox;
before(async () => {
  server = await startServer();
  firefox = await launchFirefox();
});
after(async () => {
  await firefox?.close();
  await server?.close();
});

const COOKIE = '#cookie-notice';
const PROMO = 'aside.inline-promo';
const NAG_TEXT = ['We use cookies to improve your experience', 'Morning Briefing'];

async function visit(n) {
  const page = await firefox.browser.newPage();
  await page.evaluateOnNewDocument(paintProbe([COOKIE, PROMO]));
  await page.goto(`${server.base}/pages/remember-nag.html?ff=${n}`);
  assert.ok(await waitFor(async () => {
    const t = await bodyText(page);
    return NAG_TEXT.every((s) => !t.includes(s));
  }), `visit ${n}: the nags are hidden`);
  assert.match(await bodyText(page), /Port Alder voted on Tuesday/);
  // Settled: the verdict's report and the background's write.
  await new Promise((r) => setTimeout(r, 1000));
  const out = await page.evaluate(() => ({ probe: window.__qpPaintStop(), marks: performance.getEntriesByName('quietpage:remembered').length }));
  await page.close();
  return out;
}

test('firefox: second visit of a site, the nags hidden on the first are never painted', async () => {
  const first = await visit(1);
  assert.equal(first.marks, 0, 'nothing remembered before the first visit');
  const second = await visit(2);
  const why = JSON.stringify(second);
  assert.ok(second.probe.blocks[COOKIE] && second.probe.blocks[PROMO], `both entered: ${why}`);
  for (const sel of [COOKIE, PROMO]) {
    assert.ok(second.probe.blocks[sel].frames > 0, `${sel} watched: ${why}`);
    assert.equal(second.probe.blocks[sel].painted, false, `${sel} never painted: ${why}`);
  }
  console.log(`# firefox remembered: first visit ${JSON.stringify(first.probe.blocks)}; second ${why}`);
});
