// Screenshots for the README, made with the browser-test harness: the
// seed page before (site switched off) and after, the popup (on, and with
// an overlay shown again), the picker on the page, and the options page
// with an import preview.
// Run: node scripts/screenshots.mjs   (after `make`)
import path from 'node:path';
import { startServer, launchChromium, settle, tabIdOf, openPopup, ui, NO_RULES, ROOT } from '../tests/browser/harness.mjs';

const out = (name) => path.join(ROOT, 'docs', name);
const server = await startServer();
const browser = await launchChromium();
const written = [];
const shot = async (page, name, opts = {}) => { await page.screenshot({ path: out(name), ...opts }); written.push(name); };
try {
  const url = `${server.base}/fixtures/seed-independent.html`;
  await ui(browser.context, browser.extensionId, { type: 'set-rules', rules: JSON.stringify({ version: 1, sites: { '127.0.0.1': { enabled: false } } }) });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.goto(url);
  await page.waitForTimeout(800);
  await shot(page, 'seed-before.png');
  await ui(browser.context, browser.extensionId, { type: 'set-rules', rules: NO_RULES });
  await page.reload();
  await settle(page);
  await shot(page, 'seed-after.png');
  const tabId = await tabIdOf(browser.sw, url);
  const popup = await openPopup(browser.context, browser.extensionId, tabId);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForSelector('#list li.item');
  await popup.click('#list li.item[data-category="notification"] summary');
  await shot(popup, 'popup.png');

  // An overlay and its backdrop, shown again for this page view.
  const modalUrl = `${server.base}/fixtures/login-modal.html`;
  const modal = await browser.context.newPage();
  await modal.goto(modalUrl);
  await settle(modal);
  const popup2 = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, modalUrl));
  await popup2.setViewportSize({ width: 380, height: 600 });
  await popup2.locator('#list li.item button', { hasText: 'Show it' }).click();
  await popup2.waitForSelector('#list li.item[data-state="shown"]');
  await shot(popup2, 'popup-shown.png', { clip: { x: 0, y: 0, width: 380, height: 330 } });

  // The picker: the byline chosen, widened once.
  await popup.click('#pick');
  await page.waitForSelector('div[data-quietpage-picker]', { state: 'attached' });
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.click('.author');
  await page.keyboard.press('ArrowUp');
  await page.waitForTimeout(200);
  await shot(page, 'picker.png');
  await page.keyboard.press('Escape');

  const opts = await browser.context.newPage();
  await opts.setViewportSize({ width: 1000, height: 1400 });
  await ui(browser.context, browser.extensionId, { type: 'set-rules', rules: JSON.stringify({ version: 1, sites: { 'news.example.org': { hide: ['div.member-nudge'], keep: ['aside.related'], categories: { cookie: false } } } }) });
  await opts.goto(`chrome-extension://${browser.extensionId}/options/options.html`);
  await opts.waitForSelector('[data-site="news.example.org"]');
  await opts.fill('#import-text', '! shared list\nnews.example.org##.promo-strip\nexample.net##div.sticky-signup\nexample.net#@#.article-body\n');
  await opts.click('#import-paste');
  await opts.waitForSelector('#preview:not([hidden])');
  await shot(opts, 'options.png', { fullPage: true });
  await ui(browser.context, browser.extensionId, { type: 'set-rules', rules: NO_RULES });
  console.log(`wrote ${written.map((n) => `docs/${n}`).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
