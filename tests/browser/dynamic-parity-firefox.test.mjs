// Dynamic parity in Firefox ESR (headless, puppeteer-core over WebDriver
// BiDi): the same check as dynamic-parity.test.mjs, every fixture in every
// mode, in parallel tabs. (BiDi cannot reach the extension's background in
// Firefox, so the popup's list is not compared here.)
import { describe, test, before, after } from 'node:test';
import { labels, startServer, launchFirefox, DYNAMIC_MODES } from './harness.mjs';
import { checkFixture } from './parity.mjs';

const TABS = 4;
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

describe('dynamic parity (Firefox ESR)', { concurrency: TABS }, () => {
  for (const label of labels()) {
    test(label.page, async (t) => {
      const page = await firefox.browser.newPage();
      try {
        await checkFixture(t, {
          base: server.base,
          label,
          modes: DYNAMIC_MODES,
          driver: {
            goto: (url) => page.goto(url),
            evaluate: (fn, arg) => page.evaluate(fn, arg),
            until: (fn, arg) => page.waitForFunction(fn, { timeout: 20000, polling: 50 }, arg),
          },
        });
      } finally {
        await page.close();
      }
    });
  }
});
