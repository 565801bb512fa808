// Script-inserted nags on real pages: does the browser's mutation path
// hide what the engine hides when the same nags are in the page's HTML?
// Consent platforms, paywall vendors and push SDKs insert their boxes after
// the page is parsed; a reader meets mostly such nags. For each corpus page
// this loads the static page, then its dynamic variants (harness.mjs
// `dynamicVariant`: every block `quietpage scan` hides is cut out of the
// markup and put back by the page's own script, at DOMContentLoaded, after
// load, one by one 1.5 s after load, or into fresh wrappers), in Chromium
// with the extension, and counts the static page's hidden blocks that the
// dynamic page also hides (by text). Each load is its own site, so that no
// remembered selector of an earlier load hides anything. A benchmark, not a
// test: it asserts nothing, it prints and writes target/bench/dynamic.json.
// Read "lost" with care: blocks are compared by text (a block whose text
// holds <noscript> markup reads differently in each), and a box the page's
// own CSS shows only once its own script has run (a consent box put back
// after that script) stays invisible, so the engine rightly leaves it.
//
//   node bench/dynamic.mjs [--pages N] [--modes dcl,load,late,wrapper] [--only a,b] [--detail]
//
// --only: page names (without .html); --detail: per page, the static
// blocks a mode lost and the blocks it hid besides.
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchChromium, ROOT, CORPUS, squash, pageState, cliScan, DYNAMIC_MODES, dynamicVariant } from '../tests/browser/harness.mjs';
import { settled } from '../tests/browser/parity.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const limit = Number(opt('--pages')) || Infinity;
const modes = (opt('--modes') ?? DYNAMIC_MODES.join(',')).split(',').filter((m) => DYNAMIC_MODES.includes(m));
const only = opt('--only')?.split(',').map((n) => (n.endsWith('.html') ? n : `${n}.html`)) ?? null;
const detail = args.includes('--detail');
/** Tabs loading at once. */
const TABS = 3;
/** Longest wait for a page to settle (the `late` mode inserts 1.5 s after load, 200 ms apart). */
const SETTLE_MS = 20000;
const OUT = path.join(ROOT, 'target/bench');
fs.mkdirSync(OUT, { recursive: true });

const names = (only ?? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html')).sort())
  // A page with nothing hidden has nothing to insert; one parse5 reads otherwise has no variant.
  .filter((f) => cliScan(path.join(CORPUS, f)).hidden.length > 0 && dynamicVariant('load', f, CORPUS) !== null)
  .slice(0, limit);

const server = await startServer();
const port = new URL(server.base).port;
const browser = await launchChromium({ extraArgs: ['--host-resolver-rules=MAP *.test 127.0.0.1'] });
// Saved pages reference the web; the bench never leaves 127.0.0.1.
await browser.context.route('**/*', (route) => {
  const u = new URL(route.request().url());
  return (u.hostname === '127.0.0.1' || u.hostname.endsWith('.test') || u.protocol === 'data:') ? route.continue() : route.abort();
});

let site = 0;
/** Loads `url` on a site of its own and returns the hidden blocks' texts once settled. */
async function hiddenOn(page, url, dynamic) {
  site += 1;
  await page.goto(`http://s${site}.test:${port}${url}`, { waitUntil: 'load', timeout: 30000 }).catch(() => {});
  const ok = await page.waitForFunction(settled, dynamic, { timeout: SETTLE_MS, polling: 100 }).then(() => true, () => false);
  await page.waitForTimeout(300);
  const st = await page.evaluate(pageState);
  return { ok, texts: st.hidden.map((h) => squash(h.text)).filter(Boolean) };
}

const results = [];
async function one(page, name) {
  const stat = await hiddenOn(page, `/corpus/${name}`, false);
  const r = { page: name, static: stat.texts.length, settled: stat.ok, modes: {} };
  for (const mode of modes) {
    const dyn = await hiddenOn(page, `/dynamic-corpus/${mode}/${name}`, true);
    const kept = stat.texts.filter((t) => dyn.texts.some((d) => d === t || d.includes(t)));
    r.modes[mode] = {
      settled: dyn.ok,
      hidden: kept.length,
      lost: stat.texts.filter((t) => !kept.includes(t)).map((t) => t.slice(0, 100)),
      besides: dyn.texts.filter((d) => !stat.texts.some((t) => d === t || d.includes(t))).map((t) => t.slice(0, 100)),
    };
  }
  results.push(r);
  const line = modes.map((m) => `${m} ${r.modes[m].hidden}/${r.static}${r.modes[m].settled ? '' : '?'}`).join(', ');
  process.stderr.write(`${name}: ${line}\n`);
}

const queue = [...names];
await Promise.all(Array.from({ length: TABS }, async () => {
  const page = await browser.context.newPage();
  for (let name = queue.shift(); name; name = queue.shift()) {
    await one(page, name).catch((e) => process.stderr.write(`${name}: ${e.message.split('\n')[0]}\n`));
  }
  await page.close();
}));
await browser.close();
await server.close();

results.sort((a, b) => a.page.localeCompare(b.page));
const total = results.reduce((s, r) => s + r.static, 0);
const summary = { pages: results.length, static_hidden: total, modes: {} };
for (const mode of modes) {
  const hidden = results.reduce((s, r) => s + r.modes[mode].hidden, 0);
  const besides = results.reduce((s, r) => s + r.modes[mode].besides.length, 0);
  const unsettled = results.filter((r) => !r.modes[mode].settled).length;
  summary.modes[mode] = { hidden, share: total ? Math.round((hidden / total) * 1000) / 1000 : null, besides, unsettled };
}
fs.writeFileSync(path.join(OUT, 'dynamic.json'), JSON.stringify({ summary, results }, null, 1));
console.log(`# dynamic corpus: ${summary.pages} pages, ${total} blocks hidden on the static pages`);
for (const [mode, s] of Object.entries(summary.modes)) {
  console.log(`# ${mode}: ${s.hidden}/${total} hidden again (${(s.share * 100).toFixed(1)} %), ${s.besides} other blocks hidden, ${s.unsettled} pages not settled`);
}
if (detail) {
  for (const r of results) {
    for (const [mode, m] of Object.entries(r.modes)) {
      for (const t of m.lost) console.log(`lost   ${mode.padEnd(7)} ${r.page}: ${t}`);
      for (const t of m.besides) console.log(`besides ${mode.padEnd(6)} ${r.page}: ${t}`);
    }
  }
}
