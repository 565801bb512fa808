// Site keys, JavaScript side: the extension takes them from the Rust rule
// (src/site.rs) through the WebAssembly build, so both sides read the same
// table, tests/contract/site-keys.json (the Rust unit tests read it too).
// For every URL the browser's own serialisation (what the background gets
// as a frame's URL: IDN hosts in their xn-- form, lower case) must give the
// same key as the URL as typed. No browser needed: the module runs in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const wasmDir = path.join(ROOT, 'dist/extension/wasm');
const glue = await import(pathToFileURL(path.join(wasmDir, 'quietpage.js')));
await glue.default({ module_or_path: fs.readFileSync(path.join(wasmDir, 'quietpage_bg.wasm')) });
const cases = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/contract/site-keys.json'), 'utf8'));

test('the key of each URL is the table\'s, as typed and as the browser writes it', () => {
  for (const [url, key] of cases.urls) {
    assert.equal(glue.siteKey(url), key, url);
    assert.equal(glue.siteKey(new URL(url).href), key, `${url} as ${new URL(url).href}`);
  }
});

test('a key typed into a rules file is stored in the table\'s form or refused', () => {
  for (const [raw, key] of cases.keys) {
    const rules = JSON.stringify({ version: 1, sites: { [raw]: { hide: ['.x'] } } });
    if (key === null) {
      assert.throws(() => glue.rulesNormalize(rules), /not a domain/, raw);
    } else {
      assert.deepEqual(Object.keys(JSON.parse(glue.rulesNormalize(rules)).sites), [key], raw);
    }
  }
});

test('a rule stored under a typed key applies to the pages the table maps to it', () => {
  for (const [url, key] of cases.urls) {
    if (!key) continue;
    const rules = JSON.stringify({ version: 1, sites: { [key]: { hide: ['.picked'] } } });
    assert.deepEqual(JSON.parse(glue.rulesResolve(rules, url)).hide, ['.picked'], url);
    assert.deepEqual(JSON.parse(glue.rulesResolve(rules, new URL(url).href)).hide, ['.picked'], url);
  }
});
