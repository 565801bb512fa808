// What quietpage costs a page's renderer in all, measured from outside:
// each corpus page loaded traced (Chromium's own trace events), with the
// extension and without it, alternating, and the renderer main thread's
// CPU time summed from navigation to one second after load. The content
// script's own figures (bench/browser.mjs) time only its slices; this
// also sees the evaluation of its scripts at document_start, the message
// handling, and whether the style pass its probes force is extra work or
// work the browser would have done anyway before its first paint.
// Benchmarks are not tests: nothing here asserts a time.
//
//   node bench/page-cost.mjs [--pages N] [--extension DIR]
//   (default 30 pages, dist/extension; writes target/bench/page-cost.json)
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchChromium, ROOT, CORPUS } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--pages') + 1]) || 30;
const extensionDir = args.includes('--extension') ? path.resolve(args[args.indexOf('--extension') + 1]) : undefined;
const OUT = path.join(ROOT, 'target/bench');
fs.mkdirSync(OUT, { recursive: true });

const server = await startServer();
// Every page is its own site (p<i>.test, mapped to 127.0.0.1), as in
// bench/browser.mjs: on one site, each page would carry the selectors
// remembered on the pages before it.
const resolver = ['--host-resolver-rules=MAP *.test 127.0.0.1'];
const withExt = await launchChromium({ extraArgs: resolver, extensionDir });
const without = await launchChromium({ extension: false, extraArgs: resolver });
// Saved pages reference the web; the bench never leaves 127.0.0.1.
for (const b of [withExt, without]) {
  await b.context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return u.hostname === '127.0.0.1' || u.hostname.endsWith('.test') ? route.continue() : route.abort();
  });
}
const files = (fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS) : [])
  .filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html')).sort().slice(0, limit);

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Tasks not inside another (the two task events nest: each task once). */
function outermost(events) {
  const out = [];
  let end = -1;
  for (const e of events.filter((x) => TASKS.has(x.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts >= end) { out.push(e); end = e.ts + e.dur; }
  }
  return out;
}
const ms = (events, key = 'tdur') => Math.round(events.reduce((s, e) => s + (e[key] ?? e.dur ?? 0), 0) / 10) / 100;

/** One traced load: the renderer main thread's figures (ms of thread CPU). */
async function traced(browser, url) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'] }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load', timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(1000);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  // The page's renderer main thread: the one that parsed its HTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) return null;
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const paint = events.find((e) => e.pid === parse.pid && (e.name === 'firstContentfulPaint' || e.name === 'firstPaint'))?.ts ?? Infinity;
  const style = main.filter((e) => e.name === 'UpdateLayoutTree');
  const ours = main.filter((e) => e.name === 'EvaluateScript' && JSON.stringify(e.args ?? {}).includes('chrome-extension://'));
  return {
    cpu: ms(outermost(main)),
    style: ms(style),
    styleBeforePaint: ms(style.filter((e) => e.ts < paint)),
    layout: ms(main.filter((e) => e.name === 'Layout')),
    evaluateOurScripts: ms(ours),
  };
}

const rows = [];
for (const [i, f] of files.entries()) {
  const url = `${server.base.replace('127.0.0.1', `p${i}.test`)}/corpus/${f}`;
  // Alternating which goes first, so that neither always finds the page cached.
  let a;
  let b;
  if (i % 2) { b = await traced(without, url); a = await traced(withExt, url); } else { a = await traced(withExt, url); b = await traced(without, url); }
  if (a && b) rows.push({ page: f, with: a, without: b });
  process.stderr.write(`\r${i + 1}/${files.length}`);
}
process.stderr.write('\n');
await withExt.close();
await without.close();
await server.close();

const median = (xs) => { const s = xs.filter(Number.isFinite).sort((p, q) => p - q); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const keys = ['cpu', 'style', 'styleBeforePaint', 'layout', 'evaluateOurScripts'];
const summary = {
  pages: rows.length,
  ...Object.fromEntries(keys.map((k) => [k, {
    with_median: median(rows.map((r) => r.with[k])),
    without_median: median(rows.map((r) => r.without[k])),
    difference_median: median(rows.map((r) => Math.round((r.with[k] - r.without[k]) * 100) / 100)),
  }])),
  rows,
};
fs.writeFileSync(path.join(OUT, 'page-cost.json'), JSON.stringify(summary, null, 1));
for (const k of keys) console.log(`${k}: with ${summary[k].with_median} ms, without ${summary[k].without_median} ms, per-page difference (median) ${summary[k].difference_median} ms`);
