// The reader's side in Firefox ESR, as far as the browser lets a test go
// (WebDriver BiDi cannot open extension pages or the toolbar popup there):
// a dialog and its backdrop are hidden together; the picker, started by
// its keyboard shortcut (Alt+Shift+P, sent by xdotool to a real window
// under Xvfb), shows its toolbar in its own shadow root, widens by ↑,
// cancels by Esc with nothing hidden, and creates a rule by Enter that
// holds after reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, launchFirefox, bodyText as text, waitFor } from './harness.mjs';

let server;
let firefox;

before(async () => {
  server = await startServer();
  firefox = await launchFirefox({ window: true });
});
after(async () => {
  await firefox?.close();
  await server?.close();
});


/** Presses a key combination in the Firefox window, as a reader would. */
function pressInWindow(keys) {
  const env = { ...process.env, DISPLAY: firefox.display };
  const wins = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], { env }).toString().trim().split('\n');
  const win = wins[wins.length - 1];
  execFileSync('xdotool', ['windowfocus', '--sync', win], { env });
  execFileSync('xdotool', ['key', '--window', win, keys], { env });
}

const picker = (page, id) => page.evaluate((i) => document.querySelector('div[data-quietpage-picker]')?.shadowRoot?.getElementById(i)?.textContent ?? null, id);

async function startPicker(page) {
  await page.bringToFront();
  pressInWindow('alt+shift+p');
  assert.ok(await waitFor(() => picker(page, 'qp-help')), 'the picker toolbar appears in its shadow root');
}

test('firefox: a dialog and its backdrop are hidden together', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.base}/fixtures/login-modal.html`);
  assert.ok(await waitFor(async () => !(await text(page)).includes('Create a free account')));
  const marks = await page.evaluate(() => ['.modal', '.modal-backdrop'].map((s) => document.querySelector(s).getAttribute('data-quietpage-hidden')));
  assert.equal(marks[0], marks[1], 'one item, one category');
  assert.ok(marks[0]);
  await page.close();
});

test('firefox: the picker by keyboard: ↑ widens, Esc cancels, Enter creates a rule that holds after reload', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.base}/fixtures/seed-independent.html?ff-picker=1`);
  assert.ok(await waitFor(async () => !(await text(page)).includes('Your support helps us')));
  await startPicker(page);
  await page.click('.author');
  assert.equal(await picker(page, 'qp-selector'), 'span.author');
  await page.keyboard.press('ArrowUp');
  assert.equal(await picker(page, 'qp-selector'), 'div.byline');
  await page.keyboard.press('Escape');
  assert.ok(await waitFor(async () => !(await page.$('div[data-quietpage-picker]'))), 'Esc closes the picker');
  assert.ok((await text(page)).includes('By Mara Ellison'), 'nothing hidden on cancel');
  await startPicker(page);
  await page.click('.author');
  await page.keyboard.press('ArrowUp');
  // Enter from the page (on a toolbar button, Enter presses that button).
  await page.evaluate(() => document.querySelector('div[data-quietpage-picker]').shadowRoot.activeElement?.blur());
  const rulesBefore = await page.evaluate(() => performance.getEntriesByName('quietpage:rules').length);
  await page.keyboard.press('Enter');
  assert.ok(await waitFor(async () => !(await page.$('div[data-quietpage-picker]'))), 'Enter closes the picker');
  assert.ok(await waitFor(async () => !(await text(page)).includes('By Mara Ellison')), `the pick is hidden: ${await page.evaluate(() => document.querySelector('.byline').outerHTML)}`);
  // The background sends the site's rules again once the new one is saved
  // (Firefox's storage write can take longer than the test takes to get
  // here): only then is there a rule to hold.
  assert.ok(await waitFor(() => page.evaluate((n) => performance.getEntriesByName('quietpage:rules').length > n, rulesBefore)), 'the rule is saved and sent back');
  await page.reload();
  // The rule is applied by the first verdict (its snapshot carries the
  // rule's marks). The donation box can go before it, by the site's
  // remembered selectors read at document_start: its absence alone does
  // not mean the verdict is in.
  assert.ok(await waitFor(() => page.evaluate(() => performance.getEntriesByName('quietpage:verdict').length > 0)), 'a verdict on the reloaded page');
  assert.ok(!(await text(page)).includes('Your support helps us'));
  assert.ok(!(await text(page)).includes('By Mara Ellison'), 'the rule holds after reload');
  await page.close();
});
