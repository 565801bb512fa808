// Dynamic parity in Chromium: every fixture with its nags inserted by the
// page's own script — all at DOMContentLoaded, all after load, one by one
// 1.5 s after load, one by one in fresh wrappers at the end of <body> (see
// harness.mjs `dynamicVariant`) — ends with the blocks hidden that the
// static fixture has hidden and that `quietpage scan` hides on the final
// DOM, and the popup lists them by the same selectors. Fixtures run in
// parallel tabs; a fixture's modes run in turn in its tab.
import { describe, test } from 'node:test';
import { labels, tabIdOf, DYNAMIC_MODES } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';
import { checkFixture } from './parity.mjs';

const env = useChromium();
const TABS = 6;

/** The selectors the background lists for the page, once its report has come. */
async function listed(url, want) {
  const { sw } = env.browser;
  const tabId = await tabIdOf(sw, url);
  let items = [];
  for (let i = 0; i < 50; i += 1) {
    items = (await sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id)?.frames.get(0)?.items.flatMap((it) => (it.state === "shown" ? [] : [it.selector, ...(it.also ?? [])])) ?? [], tabId)).sort();
    if (JSON.stringify(items) === JSON.stringify(want)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return items;
}

describe('dynamic parity (Chromium)', { concurrency: TABS }, () => {
  for (const label of labels()) {
    test(label.page, async (t) => {
      const page = await env.browser.context.newPage();
      try {
        await checkFixture(t, {
          base: env.server.base,
          label,
          modes: DYNAMIC_MODES,
          driver: {
            goto: (url) => page.goto(url),
            evaluate: (fn, arg) => page.evaluate(fn, arg),
            until: (fn, arg) => page.waitForFunction(fn, arg, { timeout: 20000, polling: 50 }),
            listed,
          },
        });
      } finally {
        await page.close();
      }
    });
  }
});
