// The picker on the page, in Chromium: a toolbar in its own shadow root
// (the page's CSS cannot reach it) that names the hovered element; a click
// chooses without committing; Wider / Narrower by button and by ↑ / ↓;
// Preview hides what the rule would hide and brings it back; Cancel and Esc
// leave no rule; Create stores a stable selector (or says it could only use
// the position), the popup can undo it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settle, visibleText, tabIdOf, openPopup, pressPick, ui } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';
import { axeViolations, describeViolations } from './a11y.mjs';

const env = useChromium({ resetRules: true });
const BYLINE = 'By Mara Ellison';
const CAPTION = 'Photo: Russian defense official';

const rules = async () => JSON.parse((await ui(env.browser.context, env.browser.extensionId, { type: 'get-rules' })).rules);

/** The seed page with the picker started from the popup, as a reader starts it. */
async function picking() {
  const page = await env.browser.context.newPage();
  const url = `${env.server.base}/fixtures/seed-independent.html?t=${Date.now()}`;
  await page.goto(url);
  await settle(page);
  const tabId = await tabIdOf(env.browser.sw, url);
  const popup = await openPopup(env.browser.context, env.browser.extensionId, tabId);
  await pressPick(popup);
  await page.waitForSelector('[data-quietpage-picker]', { state: 'attached' });
  return { page, tabId };
}

/** Text of an element in the picker's shadow root. */
const bar = (page, id) => page.evaluate((i) => document.querySelector('div[data-quietpage-picker]')?.shadowRoot?.getElementById(i)?.textContent ?? null, id);
const press = (page, id) => page.evaluate((i) => document.querySelector('div[data-quietpage-picker]').shadowRoot.getElementById(i).click(), id);
const pickerGone = (page) => page.waitForFunction(() => !document.querySelector('div[data-quietpage-picker]'), null, { timeout: 5000 });

test('the toolbar lives in its own shadow root: the page\'s CSS does not reach it, and axe-core finds no violation in it', async () => {
  const { page } = await picking();
  await page.addStyleTag({ content: '* { font-size: 2px !important; display: inline !important; color: red !important }' });
  const s = await page.evaluate(() => {
    const root = document.querySelector('div[data-quietpage-picker]').shadowRoot;
    const b = getComputedStyle(root.getElementById('qp-create'));
    return { size: b.fontSize, color: b.color, help: root.getElementById('qp-help').textContent };
  });
  assert.equal(s.size, '13px');
  assert.notEqual(s.color, 'rgb(255, 0, 0)');
  assert.match(s.help, /Esc/);
  // Every control of the toolbar named, contrast and roles right.
  await page.click('.author');
  const v = await axeViolations(page, { include: [{ fromShadowDom: ['div[data-quietpage-picker]', '.bar'] }] });
  assert.equal(v.length, 0, describeViolations(v));
  await page.keyboard.press('Escape');
  await pickerGone(page);
  await page.close();
});

test('mouse: hover names the element, a click chooses without committing, Wider/Narrower, Preview, Create', async () => {
  const { page } = await picking();
  await page.hover('.author');
  assert.equal(await bar(page, 'qp-target'), "text: 'By Mara Ellison' in article");
  await page.click('.author');
  await page.waitForTimeout(300);
  assert.ok(await page.$('[data-quietpage-picker]'), 'a click chooses; the picker stays');
  assert.deepEqual(await rules(), { version: 1, sites: {} }, 'no rule yet');
  assert.equal(await bar(page, 'qp-selector'), 'span.author');
  await press(page, 'qp-wider');
  assert.equal(await bar(page, 'qp-selector'), 'div.byline');
  assert.match(await bar(page, 'qp-target'), /^box: 'By Mara Ellison 14 November/);
  assert.match(await bar(page, 'qp-how'), /class names \(stable\)/);
  // Moving the mouse after a choice does not lose it.
  await page.mouse.move(10, 10);
  assert.equal(await bar(page, 'qp-selector'), 'div.byline');
  await press(page, 'qp-narrower');
  assert.equal(await bar(page, 'qp-selector'), 'span.author');
  await press(page, 'qp-wider');
  // Preview: hidden while on, back when off.
  await press(page, 'qp-preview');
  assert.ok(!(await visibleText(page)).includes(BYLINE), 'preview hides it');
  await press(page, 'qp-preview');
  assert.ok((await visibleText(page)).includes(BYLINE), 'preview off shows it');
  await press(page, 'qp-create');
  await pickerGone(page);
  await page.waitForFunction((t) => !document.body.innerText.includes(t), BYLINE, { timeout: 5000 });
  assert.deepEqual((await rules()).sites['127.0.0.1'].hide, ['div.byline']);
  await page.close();
});

test('keyboard: ↑ widens, ↓ narrows, Esc cancels with no rule; Enter creates', async () => {
  const { page, tabId } = await picking();
  // The toolbar takes focus, so the keyboard works at once.
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute('data-quietpage-picker')), true);
  await page.hover('.author');
  await page.click('.author');
  await page.keyboard.press('ArrowUp');
  assert.equal(await bar(page, 'qp-selector'), 'div.byline');
  await page.keyboard.press('ArrowDown');
  assert.equal(await bar(page, 'qp-selector'), 'span.author');
  await page.keyboard.press('Escape');
  await pickerGone(page);
  assert.deepEqual(await rules(), { version: 1, sites: {} }, 'Esc makes no rule');
  assert.ok((await visibleText(page)).includes(BYLINE));
  // Again, and this time Enter creates (from the page, not a toolbar button).
  const popup = await openPopup(env.browser.context, env.browser.extensionId, tabId);
  await pressPick(popup);
  await page.waitForSelector('[data-quietpage-picker]', { state: 'attached' });
  await page.click('.author');
  await page.evaluate(() => document.activeElement.blur());
  const rulesBefore = await page.evaluate(() => performance.getEntriesByName('quietpage:rules').length);
  await page.keyboard.press('Enter');
  await pickerGone(page);
  // The picker closes at once; the background saves the rule after, and
  // then sends the site's rules again (the page's 'quietpage:rules' mark).
  await page.waitForFunction((n) => performance.getEntriesByName('quietpage:rules').length > n, rulesBefore, { timeout: 5000 });
  assert.deepEqual((await rules()).sites['127.0.0.1'].hide, ['span.author']);
  await page.close();
});

test('Cancel leaves no rule; a block without names gets its position, and the toolbar says so; undo removes the pick', async () => {
  const { page, tabId } = await picking();
  await page.click('figure figcaption');
  assert.match(await bar(page, 'qp-selector'), /nth-child/);
  assert.match(await bar(page, 'qp-how'), /position only: the rule may break when the page changes/);
  await press(page, 'qp-cancel');
  await pickerGone(page);
  assert.deepEqual(await rules(), { version: 1, sites: {} });
  const popup = await openPopup(env.browser.context, env.browser.extensionId, tabId);
  await pressPick(popup);
  await page.waitForSelector('[data-quietpage-picker]', { state: 'attached' });
  await page.click('figure figcaption');
  await press(page, 'qp-create');
  await page.waitForFunction((t) => !document.body.innerText.includes(t), CAPTION, { timeout: 5000 });
  const popup2 = await openPopup(env.browser.context, env.browser.extensionId, tabId);
  await popup2.waitForSelector('#undo-pick:not([hidden])');
  assert.match(await popup2.getAttribute('#undo-pick', 'title'), /by its position only/);
  await popup2.click('#undo-pick');
  await page.waitForFunction((t) => document.body.innerText.includes(t), CAPTION, { timeout: 5000 });
  assert.equal(await popup2.evaluate(() => document.activeElement.id), 'pick', 'focus goes to the picker button');
  await popup2.close();
  await page.close();
});
