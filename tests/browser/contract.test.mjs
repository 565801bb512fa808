// The snapshot contract, browser side. The content script sends the page's
// own serialisation (extension/content/snapshot.js); the background
// tokenises it (src/serial.rs). For every fixture, the contract page and a
// sample of the corpus (read where it lies, never copied), the message the
// content script sent, tokenised (`quietpage snapshot --serialised`), gives
// the same page, node for node, as the native HTML5 front end on the same
// bytes (`quietpage snapshot`), where the parse and the DOM agree: a page
// whose scripts change its DOM is reported, not compared. And the message
// names the content script repeats agree with shared/protocol.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { settle, ROOT, FIXTURES, CORPUS, CLI, tabIdOf } from './harness.mjs';
import { useChromium } from './lifecycle.mjs';
import { PORT_NAME, C2B, B2C } from '../../extension/shared/protocol.js';

const env = useChromium();
// Corpus pages in the sample (QUIETPAGE_CONTRACT_CORPUS=N; 0 for none).
const CORPUS_SAMPLE = Number(process.env.QUIETPAGE_CONTRACT_CORPUS ?? 24);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quietpage-contract-'));

/** The page `quietpage snapshot` prints for `file` (the serialisation tokenised, with `serialised`). */
function cliPage(file, url, serialised = false) {
  const args = ['snapshot', file, '--url', url, ...(serialised ? ['--serialised'] : [])];
  return JSON.parse(execFileSync(CLI, args, { maxBuffer: 256 << 20 }).toString());
}

/** The content script's first page message for `url`: {html, side}. */
async function messageOf(url) {
  await env.browser.sw.evaluate(() => { globalThis.quietpageDebug.keepSnapshots = true; });
  const page = await env.browser.context.newPage();
  // Corpus pages name resources on the web: none is fetched.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 });
  await settle(page);
  const tabId = await tabIdOf(env.browser.sw, url);
  const msg = await env.browser.sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id).frames.get(0).lastSnapshot, tabId);
  await page.close();
  return msg;
}

/** Index of the first node where the two pages differ, or -1. */
function firstDifference(a, b) {
  const n = Math.max(a.nodes.length, b.nodes.length);
  for (let i = 0; i < n; i += 1) {
    if (JSON.stringify(a.nodes[i]) !== JSON.stringify(b.nodes[i])) return i;
  }
  return -1;
}

/** Compares the tokenised message with the native parse of `file`; returns the first difference or -1. */
async function compare(file, url) {
  const msg = await messageOf(url);
  assert.ok(msg?.html, 'no message kept');
  const out = path.join(tmp, `${path.basename(file)}.serialised.html`);
  fs.writeFileSync(out, msg.html);
  const ours = cliPage(out, url, true);
  const native = cliPage(file, url);
  for (const k of ['lang', 'jsonld', 'url']) assert.deepEqual(ours[k], native[k], k);
  return { at: firstDifference(ours, native), ours, native, side: msg.side };
}

// A serialisation over 262,144 UTF-16 units goes in parts (content.js
// post): the background joins them into the page's serialisation whole,
// even where a part would end between the halves of a surrogate pair.
for (const pad of [0, 1]) {
  test(`a serialisation posted in parts arrives whole (astral-${pad})`, async () => {
    const msg = await messageOf(`${env.server.base}/gen/astral-${pad}`);
    assert.ok(msg?.html, 'no message kept');
    assert.ok(msg.html.length > 2 * 262144, 'long enough for three parts');
    assert.ok(msg.html.includes(`x${'\u{1F600}'.repeat(300000)}</p>`.slice(pad ? 0 : 1)), 'the run of astral characters is whole');
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(msg.html), 'a lone surrogate');
    assert.ok(msg.html.includes('Sign up for our newsletter') && msg.html.endsWith('</html>'), 'the page from its start to its end');
  });
}

const fixtures = [path.join(ROOT, 'tests/contract/example.html'), ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => path.join(FIXTURES, f))];

for (const file of fixtures) {
  const name = path.relative(ROOT, file);
  test(`serialisation contract: ${name}`, async () => {
    const url = `${env.server.base}/${name.startsWith('tests/contract/') ? 'contract' : 'fixtures'}/${path.basename(file)}`;
    const { at, ours, native, side } = await compare(file, url);
    assert.equal(at, -1, `node ${at}: browser ${JSON.stringify(ours.nodes[at])} vs native ${JSON.stringify(native.nodes[at])}`);
    assert.ok(ours.nodes.length > 10, 'a page of nodes');
    // The side table carries computed style for the elements near the top.
    assert.ok(Array.isArray(side.facts) && Array.isArray(side.context) && side.context.length === 0);
  });
}

test('serialisation contract: the contract page\'s computed-style facts name real elements', async () => {
  const url = `${env.server.base}/contract/example.html`;
  const msg = await messageOf(url);
  // Flat facts: path length, path…, flags, z. #promo is position:fixed by
  // its style attribute and by its computed style alike: FIXED (4) is there.
  const facts = [];
  for (let i = 0; i < msg.side.facts.length;) {
    const len = msg.side.facts[i];
    facts.push({ path: msg.side.facts.slice(i + 1, i + 1 + len), flags: msg.side.facts[i + 1 + len], z: msg.side.facts[i + 2 + len] });
    i += len + 3;
  }
  assert.ok(facts.length > 0);
  assert.ok(facts.some((f) => f.flags & 4), 'a fixed element among the probed');
});

test(`serialisation contract: a sample of ${CORPUS_SAMPLE} corpus pages`, { skip: !fs.existsSync(CORPUS) || !CORPUS_SAMPLE ? 'no corpus' : false }, async () => {
  const all = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  // An even spread over the corpus, the same pages each run.
  const step = Math.max(1, Math.floor(all.length / CORPUS_SAMPLE));
  const sample = all.filter((_, i) => i % step === 0).slice(0, CORPUS_SAMPLE);
  let same = 0;
  const differ = [];
  for (const f of sample) {
    const { at, ours, native } = await compare(path.join(CORPUS, f), `${env.server.base}/corpus/${f}`);
    if (at === -1) same += 1;
    else differ.push(`${f} at node ${at} of ${native.nodes.length} (${JSON.stringify(native.nodes[at])?.slice(0, 80)} vs ${JSON.stringify(ours.nodes[at])?.slice(0, 80)})`);
  }
  console.log(`# corpus: ${same} of ${sample.length} pages identical node for node; differing (scripts changed the DOM, or the parse and the DOM disagree):\n#   ${differ.join('\n#   ')}`);
  assert.ok(same > 0, 'no corpus page agreed');
});

test('the content script uses the protocol names of shared/protocol.js', () => {
  const src = fs.readFileSync(path.join(ROOT, 'extension/content/content.js'), 'utf8');
  assert.ok(src.includes(`const PORT_NAME = '${PORT_NAME}'`));
  for (const [k, v] of Object.entries(C2B)) assert.match(src, new RegExp(`${k}: '${v}'`), `C2B.${k}`);
  for (const [k, v] of Object.entries(B2C)) assert.match(src, new RegExp(`${k}: '${v}'`), `B2C.${k}`);
});
