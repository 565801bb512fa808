// The seed page in real Chromium with the extension: the notification
// prompt, the donation box and the registration prompt are gone; the
// article, byline, date and caption are all visible. Checked through
// rendered innerText, not through quietpage's own markers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settle, visibleText } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';

const env = useChromium();

async function checkSeed(url) {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  await settle(page);
  const text = await visibleText(page);
  for (const gone of ['Stay up to date with notifications from The Independent', 'Your support helps us to tell the story',
    'Your donation allows us to keep sending journalists', 'Thank you for registering', 'Please refresh your browser to be logged in']) {
    assert.ok(!text.includes(gone), `still visible: ${gone}`);
  }
  for (const kept of ['A top Russian defense official has attended', 'Sergei Shoigu, secretary of the Russian Federation Security Council',
    'Weeks before Russia\'s February 2022 full-on invasion', 'By Mara Ellison', '14 November 2024', 'Photo: Russian defense official visits China']) {
    assert.ok(text.includes(kept), `missing: ${kept}`);
  }
  await page.close();
}

test('seed page: three nags hidden, article kept', async () => {
  await checkSeed(`${env.server.base}/fixtures/seed-independent.html`);
});

test('seed page served with a strict CSP (script-src self): same result', async () => {
  await checkSeed(`${env.server.base}/csp/fixtures/seed-independent.html`);
});
