// The snapshot contract, browser side: the content script's snapshot of
// tests/contract/example.html is exactly tests/contract/example.snapshot.json,
// which the native front end produced (tests/snapshot_contract.rs). And the
// message names the content script repeats agree with shared/protocol.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { settle, ROOT, tabIdOf } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';
import { PORT_NAME, C2B, B2C } from '../../extension/shared/protocol.js';

const env = useChromium();

test('content script snapshot equals the native snapshot of the same page', async () => {
  await env.browser.sw.evaluate(() => { globalThis.quietpageDebug.keepSnapshots = true; });
  const page = await env.browser.context.newPage();
  const url = `${env.server.base}/contract/example.html`;
  await page.goto(url);
  await settle(page);
  const tabId = await tabIdOf(env.browser.sw, url);
  const json = await env.browser.sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id).frames.get(0).lastSnapshot, tabId);
  const ours = JSON.parse(json);
  const native = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/contract/example.snapshot.json'), 'utf8'));
  assert.equal(ours.url, url);
  for (const k of ['v', 'lang', 'jsonld']) assert.deepEqual(ours[k], native[k], k);
  assert.equal(ours.nodes.length, native.nodes.length, 'node count');
  ours.nodes.forEach((n, i) => assert.deepEqual(n, native.nodes[i], `node ${i}`));
  await page.close();
});

test('the content script uses the protocol names of shared/protocol.js', () => {
  const src = fs.readFileSync(path.join(ROOT, 'extension/content/content.js'), 'utf8');
  assert.ok(src.includes(`const PORT_NAME = '${PORT_NAME}'`));
  for (const [k, v] of Object.entries(C2B)) assert.match(src, new RegExp(`${k}: '${v}'`), `C2B.${k}`);
  for (const [k, v] of Object.entries(B2C)) assert.match(src, new RegExp(`${k}: '${v}'`), `B2C.${k}`);
});
