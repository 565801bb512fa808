// The serialisation contract in Firefox ESR (headless, puppeteer-core over
// WebDriver BiDi): for every fixture and the contract page, Firefox's own
// serialisation of the loaded page, as the content script asks for it
// (getHTML with the open shadow roots), tokenised (`quietpage snapshot
// --serialised`), gives the same page node for node as the native HTML5
// front end on the same bytes. (BiDi cannot reach the extension's
// background in Firefox, so the page's world asks the same serialiser the
// content script's world does; quietpage's own marks in it are dropped by
// the tokenizer, as in the background.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, FIXTURES, CLI } from './harness.mjs';
import { useFirefox } from './lifecycle.mjs';

const env = useFirefox();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quietpage-ff-contract-'));

function cliPage(file, url, serialised = false) {
  const args = ['snapshot', file, '--url', url, ...(serialised ? ['--serialised'] : [])];
  return JSON.parse(execFileSync(CLI, args, { maxBuffer: 256 << 20 }).toString());
}

const files = [path.join(ROOT, 'tests/contract/example.html'), ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => path.join(FIXTURES, f))];

for (const file of files) {
  const name = path.relative(ROOT, file);
  test(`firefox serialisation contract: ${name}`, async () => {
    const url = `${env.server.base}/${name.startsWith('tests/contract/') ? 'contract' : 'fixtures'}/${path.basename(file)}`;
    const page = await env.firefox.browser.newPage();
    try {
      await page.goto(url);
      // The content script's call: the document element's start tag and
      // its getHTML with every open shadow root.
      const html = await page.evaluate(() => {
        const top = document.documentElement;
        const roots = [...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean);
        if (!roots.length) return top.outerHTML;
        const attrs = top.getAttributeNames().map((k) => ` ${k}="${top.getAttribute(k).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
        return `<html${attrs}>${top.getHTML({ shadowRoots: roots })}</html>`;
      });
      const out = path.join(tmp, `${path.basename(file)}.serialised.html`);
      fs.writeFileSync(out, html);
      const ours = cliPage(out, url, true);
      const native = cliPage(file, url);
      for (const k of ['lang', 'jsonld', 'url']) assert.deepEqual(ours[k], native[k], k);
      assert.equal(ours.nodes.length, native.nodes.length, 'node count');
      ours.nodes.forEach((n, i) => assert.deepEqual(n, native.nodes[i], `node ${i}`));
    } finally {
      await page.close();
    }
  });
}
