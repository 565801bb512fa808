// The lifecycle most browser test files share: the test server and Chromium
// (or Firefox ESR) with the extension, started before the file's tests and
// closed after. A
// module of its own (not harness.mjs) because it registers node:test hooks,
// and the benchmark imports the harness too.
import { before, after, afterEach } from 'node:test';
import { startServer, launchChromium, launchFirefox, ui, NO_RULES } from './harness.mjs';

/**
 * Registers the hooks and returns `{ server, browser }`, filled in once
 * `before` has run. With `resetRules`, the stored rules are emptied after
 * each test, so that no test's rules leak into the next.
 */
export function useChromium({ resetRules = false } = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  if (resetRules) {
    afterEach(async () => {
      await ui(env.browser.context, env.browser.extensionId, { type: 'set-rules', rules: NO_RULES });
    });
  }
  return env;
}

/** The same for Firefox ESR: returns `{ server, firefox }`, filled in once `before` has run. */
export function useFirefox() {
  const env = { server: null, firefox: null };
  before(async () => {
    env.server = await startServer();
    env.firefox = await launchFirefox();
  });
  after(async () => {
    await env.firefox?.close();
    await env.server?.close();
  });
  return env;
}
