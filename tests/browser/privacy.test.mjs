// The privacy promise, checked: across every fixture page in Chromium the
// extension makes no network request of its own, leaves no global in the
// page's world, asks only for the permission it uses, and ships no remote
// code or eval.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchChromium, settle, labels, ROOT, EXT } from './harness.mjs';

let server;
let browser;
const seen = [];
before(async () => {
  server = await startServer();
  browser = await launchChromium();
  // Every request any page, frame or worker of this browser makes (the
  // extension's service worker included: its requests have no frame).
  browser.context.on('request', (r) => {
    let frame = 'service worker';
    try { frame = r.frame().url(); } catch { /* a worker's request */ }
    seen.push({ url: r.url(), type: r.resourceType(), frame });
  });
  await browser.context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return u.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('no network request of its own across every fixture page', async () => {
  const page = await browser.context.newPage();
  const visited = new Set();
  for (const label of labels()) {
    const url = `${server.base}/fixtures/${label.page}`;
    visited.add(new URL(url).pathname);
    await page.goto(url);
    await settle(page, 3000);
  }
  await page.close();
  const toNetwork = seen.filter((r) => !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:'));
  const unexpected = toNetwork.filter((r) => {
    const u = new URL(r.url);
    return u.hostname !== '127.0.0.1' || !(visited.has(u.pathname) || u.pathname === '/favicon.ico');
  });
  assert.deepEqual(unexpected, [], 'requests the pages did not ask for');
  // The server saw only the pages and favicons.
  for (const r of server.requests) {
    const p = new URL(r.url, 'http://x').pathname;
    assert.ok(visited.has(p) || p === '/favicon.ico', `server saw ${p}`);
  }
  console.log(`# privacy: ${visited.size} pages, ${toNetwork.length} network requests, all made by the pages themselves; 0 by quietpage`);
});

test('the content script leaves no global in the page', async () => {
  const clean = await launchChromium({ extension: false });
  const globalsOf = async (ctx) => {
    const p = await ctx.newPage();
    await p.goto(`${server.base}/fixtures/seed-independent.html`);
    await settle(p, 2000);
    const keys = await p.evaluate(() => Object.getOwnPropertyNames(window).sort());
    await p.close();
    return keys;
  };
  const withExt = await globalsOf(browser.context);
  const without = await globalsOf(clean.context);
  await clean.close();
  assert.deepEqual(withExt.filter((k) => !without.includes(k)), []);
});

test('manifest: only the storage permission, no remote code, no eval', () => {
  const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  assert.deepEqual(m.permissions, ['storage']);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.optional_permissions, undefined);
  assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  const files = [];
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files.push(path.join(d, e.name))));
  walk(EXT);
  for (const f of files.filter((x) => /\.(js|html)$/.test(x))) {
    const src = fs.readFileSync(f, 'utf8');
    assert.ok(!/\beval\s*\(|new Function\s*\(/.test(src), `${f} uses eval`);
    assert.ok(!/<script[^>]+src=["']https?:/i.test(src), `${f} loads remote script`);
    assert.ok(!/\bfetch\s*\(\s*["'`]https?:/.test(src) && !/XMLHttpRequest|sendBeacon|WebSocket\(/.test(src), `${f} talks to the network`);
  }
});
