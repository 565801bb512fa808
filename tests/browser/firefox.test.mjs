// Firefox ESR (Debian's) driven by puppeteer-core over WebDriver BiDi, with
// the extension installed from dist/extension: the seed page, and the site
// switch. Firefox runs in a real window under Xvfb so that the site switch
// can be pressed as a reader presses it, with the keyboard shortcut
// (Alt+Shift+Q, sent by xdotool): BiDi cannot open extension pages or the
// toolbar popup in Firefox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, launchFirefox, bodyText as text, waitFor } from './harness.mjs';

let server;
let firefox;
let browser;
let display;

before(async () => {
  server = await startServer();
  firefox = await launchFirefox({ window: true });
  ({ browser, display } = firefox);
});
after(async () => {
  await firefox?.close();
  await server?.close();
});


/** Presses Alt+Shift+Q in the Firefox window, as a reader would. */
function pressSiteSwitch() {
  const env = { ...process.env, DISPLAY: display };
  const wins = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], { env }).toString().trim().split('\n');
  const win = wins[wins.length - 1];
  execFileSync('xdotool', ['windowfocus', '--sync', win], { env });
  execFileSync('xdotool', ['key', '--window', win, 'alt+shift+q'], { env });
}

test('firefox: seed page nags hidden, article kept', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.base}/fixtures/seed-independent.html`);
  const hidden = await waitFor(async () => !(await text(page)).includes('Your support helps us to tell the story'));
  const t = await text(page);
  assert.ok(hidden, 'donation box still visible in Firefox');
  assert.ok(!t.includes('Stay up to date with notifications from The Independent'));
  assert.ok(!t.includes('Thank you for registering'));
  assert.ok(t.includes('A top Russian defense official has attended'));
  assert.ok(t.includes('By Mara Ellison'));
  await page.close();
});

test('firefox: nags drawn into open shadow roots after their hosts were scanned are hidden', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.base}/pages/shadow-late.html`);
  assert.ok(await waitFor(() => page.evaluate(() => window.filled === true)), 'the page filled its shadow roots');
  const hidden = (id, sel) => waitFor(() => page.evaluate(([i, s]) => {
    const el = document.getElementById(i)?.shadowRoot?.querySelector(s);
    return !!el && !el.checkVisibility();
  }, [id, sel]));
  assert.ok(await hidden('late-host', '.consent'), 'the banner drawn into an empty host is hidden');
  assert.ok(await hidden('filled-host', '.box'), 'the box whose text came later is hidden');
  assert.ok((await page.evaluate(() => document.querySelector('article').innerText)).includes('Privacy advocates welcomed the change'));
  await page.close();
});

test('firefox: nags in closed shadow roots are hidden', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.base}/pages/shadow-closed.html`);
  assert.ok(await waitFor(() => page.evaluate(() => window.filled === true)), 'the page drew its banner');
  const hidden = (name, sel) => waitFor(() => page.evaluate(([n, s]) => {
    const el = window.closedRoots[n].querySelector(s);
    return !!el && !el.checkVisibility();
  }, [name, sel]));
  assert.ok(await hidden('plain', '.nl'), 'the newsletter box in the closed root of a <div>');
  assert.ok(await hidden('custom', '.consent'), 'the banner drawn late into the closed root of a custom element');
  await page.close();
});

test('firefox: a dialog that is a whole cross-origin frame is hidden with its box; an embed stays', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.base}/pages/frame-parent.html`);
  const boxHidden = () => page.evaluate(() => !document.querySelector('.frame-box').checkVisibility());
  assert.ok(await waitFor(boxHidden), 'the fixed box around the dialog frame is hidden');
  const s = await page.evaluate(() => ({ embed: document.getElementById('video').checkVisibility(), article: document.querySelector('article').innerText }));
  assert.equal(s.embed, true, 'an ordinary embed from the same origin stays');
  assert.ok(s.article.includes('Privacy advocates welcomed the change'));
  await page.close();
});

test('firefox: the site switch shows the page as it is, stays off after reload, and hides again', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.base}/fixtures/seed-independent.html?ff=1`);
  await page.bringToFront();
  assert.ok(await waitFor(async () => !(await text(page)).includes('Your support helps us')));
  pressSiteSwitch();
  assert.ok(await waitFor(async () => (await text(page)).includes('Your support helps us')), 'not restored');
  await page.reload();
  // Judged once the reloaded page holds everything that could hide it: the
  // site's rules (which say off) and its remembered selectors (read from
  // storage at document_start). Before both, a nag still showing proves
  // nothing, and the next key press would find no page to switch.
  assert.ok(await waitFor(() => page.evaluate(() => ['quietpage:rules', 'quietpage:remembered-read'].every((m) => performance.getEntriesByName(m).length > 0))), 'the reloaded page got its rules and read its remembered selectors');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('quietpage:rules').at(-1).detail.enabled), false, 'the reloaded page is told the site is off');
  assert.ok((await text(page)).includes('Your support helps us'), 'off after reload');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('quietpage:verdict').length), 0, 'no verdict for a site switched off');
  pressSiteSwitch();
  assert.ok(await waitFor(async () => !(await text(page)).includes('Your support helps us')), 'not hidden again');
  await page.close();
});
