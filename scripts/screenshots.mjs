// Screenshots for the README, made with the browser-test harness:
// the seed page before (site switched off) and after, and the popup.
// Run: node scripts/screenshots.mjs   (after `make`)
import path from 'node:path';
import { startServer, launchChromium, settle, tabIdOf, openPopup, ui, NO_RULES, ROOT } from '../tests/browser/harness.mjs';

const out = (name) => path.join(ROOT, 'docs', name);
const server = await startServer();
const browser = await launchChromium();
try {
  const url = `${server.base}/fixtures/seed-independent.html`;
  await ui(browser.context, browser.extensionId, { type: 'set-rules', rules: JSON.stringify({ version: 1, sites: { '127.0.0.1': { enabled: false } } }) });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.goto(url);
  await page.waitForTimeout(800);
  await page.screenshot({ path: out('seed-before.png') });
  await ui(browser.context, browser.extensionId, { type: 'set-rules', rules: NO_RULES });
  await page.reload();
  await settle(page);
  await page.screenshot({ path: out('seed-after.png') });
  const tabId = await tabIdOf(browser.sw, url);
  const popup = await openPopup(browser.context, browser.extensionId, tabId);
  await popup.setViewportSize({ width: 384, height: 560 });
  await popup.waitForSelector('#items li');
  await popup.screenshot({ path: out('popup.png') });
  console.log('wrote docs/seed-before.png, docs/seed-after.png, docs/popup.png');
} finally {
  await browser.close();
  await server.close();
}
