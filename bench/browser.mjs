// Browser benchmark: quietpage's cost in real Chromium, side by side with
// the floor (a bare TreeWalker over every node) and with what a reader
// would use instead (@mozilla/readability), on the same pages in the same
// run, alternating. Writes target/bench/summary.json, summary.md and
// docs/bench.svg. Benchmarks are not tests: nothing here asserts a time.
//
//   node bench/browser.mjs [--quick] [--pages N] [--baseline DIR] [--hostile-only]
//
// --baseline DIR: a checkout of another revision with its extension built
// (DIR/dist/extension): its content script is measured on the same pages
// in the same run, in a browser of its own (before/after side by side).
//
// Per page: content script main-thread ms (snapshot + apply, all batches),
// first-scan ms, DOMContentLoaded → nags hidden (warm background; and with
// the background just stopped, every COLD_EVERY-th page), messages, JS heap
// with and without the extension, floor walk ms, Readability ms; then a
// second visit of the same page (same site): whether each nag the first
// visit hid was ever painted (tests/browser/paint-probe.mjs, frame by frame
// in the page's own world), with the site's remembered selectors.
//
// Every page is its own site (http://p<i>.test:<port>/..., mapped to
// 127.0.0.1 by the browser's host resolver): on one shared 127.0.0.1 site,
// each page's first visit would already carry the selectors remembered on
// the pages before it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launchChromium, ROOT, FIXTURES, CORPUS, tabIdOf } from '../tests/browser/harness.mjs';
import { paintProbe } from '../tests/browser/paint-probe.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const limit = Number(args[args.indexOf('--pages') + 1]) || (quick ? 4 : Infinity);
// --hostile-only: just the hostile pages (target/bench/hostile.json).
const hostileOnly = args.includes('--hostile-only');
const baselineDir = args.includes('--baseline') ? path.resolve(args[args.indexOf('--baseline') + 1]) : null;
const COLD_EVERY = 4;
const OUT = path.join(ROOT, 'target/bench');
fs.mkdirSync(OUT, { recursive: true });

const readability = fs.readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

const list = (dir, prefix) => (fs.existsSync(dir) ? fs.readdirSync(dir) : [])
  .filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html')).sort().map((f) => ({ name: f, url: `${prefix}/${f}`, bytes: fs.statSync(path.join(dir, f)).size }));
const pages = hostileOnly ? [] : [...list(CORPUS, '/corpus'), ...list(FIXTURES, '/fixtures')].slice(0, limit);

const median = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const p95 = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : null; };
const round = (x, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d);

const server = await startServer();
const flags = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];
const withExt = await launchChromium({ extraArgs: [...flags, '--host-resolver-rules=MAP *.test 127.0.0.1'] });
const without = await launchChromium({ extension: false, extraArgs: flags });
const withBase = baselineDir ? await launchChromium({ extraArgs: flags, extensionDir: path.join(baselineDir, 'dist/extension') }) : null;
// Saved pages reference the web; the bench never leaves 127.0.0.1.
for (const ctx of [withExt.context, without.context, withBase?.context].filter(Boolean)) {
  await ctx.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return (u.hostname === '127.0.0.1' || u.hostname.endsWith('.test') || u.protocol === 'data:') ? route.continue() : route.abort();
  });
}

async function heapOf(page) {
  return page.evaluate(() => { globalThis.gc?.(); return performance.memory?.usedJSHeapSize ?? null; });
}

// The floor: one TreeWalker over every node, reading every text node once.
// One source, evaluated in the page's world and in a fresh isolated world.
const FLOOR_WALK = `(() => {
  const t = performance.now();
  const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  let n = 0;
  let chars = 0;
  for (let x = w.currentNode; x; x = w.nextNode()) {
    n += 1;
    if (x.nodeType === 3) chars += x.data.length;
  }
  return { ms: performance.now() - t, nodes: n, chars };
})()`;

async function floorWalk(page) {
  return page.evaluate(FLOOR_WALK);
}

// The same walk in a fresh isolated world, where a content script runs: the
// DOM wrappers of that world are created on first touch, which the page's
// own world may have paid already.
async function inIsolatedWorld(page, name, expression) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name });
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
    return r.result?.value ?? null;
  } finally {
    await cdp.detach().catch(() => {}); // the page may be gone already
  }
}

async function floorWalkIsolated(page) {
  return (await inIsolatedWorld(page, 'quietpage-bench-floor', FLOOR_WALK))?.ms ?? null;
}

// quietpage's snapshot + message, like for like with the isolated floor:
// same moment (after load, page idle), a fresh world of its own, first run.
// snapshot.js takes its saved DOM methods from content/dom.js, loaded first.
// The message: a JSON text before issue 9 (toJson), the serialisation and
// its side table since (copied as postMessage copies them).
const snapshotSrcOf = (root) => ['extension/content/dom.js', 'extension/content/snapshot.js'].map((f) => fs.readFileSync(path.join(root, f), 'utf8')).join(';\n');
const snapshotSrc = snapshotSrcOf(ROOT);
const fingerprintSrc = ['extension/content/dom.js', 'extension/content/fingerprint.js'].map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join(';\n');
const baselineSnapshotSrc = baselineDir ? snapshotSrcOf(baselineDir) : null;
async function snapshotIsolated(page, src = snapshotSrc) {
  return inIsolatedWorld(page, 'quietpage-bench-snapshot', `(async () => { ${src}; const QP = globalThis.__quietpage; const t = performance.now(); const s = await QP.snapshot(document, {}); if (QP.toJson) await QP.toJson(s); else structuredClone({ html: s.html, side: s.side }); return performance.now() - t; })()`);
}

async function readabilityMs(page) {
  // Evaluated through the DevTools protocol, so a page's CSP does not apply.
  return page.evaluate(`(() => { ${readability}; const t = performance.now(); try { new Readability(document.cloneNode(true)).parse(); } catch (e) {} return performance.now() - t; })()`);
}

async function stopBackground(browser) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  // Best effort: a worker that is not running is already stopped.
  await cdp.send('ServiceWorker.enable').catch(() => {});
  await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
  await page.close();
}

/** Page i's own site. */
const siteBase = (i) => server.base.replace('127.0.0.1', `p${i}.test`);

/** The blocks quietpage has hidden, each by a selector that names it on the same markup (id, else nth-child steps). */
function hiddenBlocks() {
  const path = (el) => {
    const steps = [];
    for (let e = el; e; e = e.parentElement) {
      if (e.id && /^[A-Za-z][\w-]*$/.test(e.id) && document.querySelectorAll(`#${e.id}`).length === 1) { steps.push(`#${e.id}`); break; }
      if (!e.parentElement) { steps.push(e.localName); break; }
      steps.push(`${e.localName}:nth-child(${[...e.parentElement.children].indexOf(e) + 1})`);
    }
    return steps.reverse().join(' > ');
  };
  return [...document.querySelectorAll('[data-quietpage-hidden]')].filter((e) => e.getRootNode() === document).map(path);
}

async function measureWithExtension(p, cold, i, browser = withExt) {
  if (cold) await stopBackground(browser);
  const page = await browser.context.newPage();
  // The baseline build's pages stay on 127.0.0.1 (no site of their own).
  const url = `${browser === withExt ? siteBase(i) : server.base}${p.url}?run=${Date.now()}`;
  // A page slow to load, or with nothing to judge, is measured as it is:
  // its missing marks show up as nulls in its row, not as a lost run.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 }).catch(() => {});
  await page.waitForFunction(() => performance.getEntriesByName('quietpage:verdict').length > 0, null, { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(300);
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const dcl = nav ? nav.domContentLoadedEventStart : 0;
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    const proposals = performance.getEntriesByName('quietpage:fingerprint-proposals');
    return { dcl, start: at('quietpage:start'), scan: at('quietpage:scan'), rules: at('quietpage:rules'), sent: at('quietpage:sent'), verdict: at('quietpage:verdict'), hidden: at('quietpage:hidden'), fpProposalMs: proposals.length ? proposals[proposals.length - 1].detail : null };
  });
  let stats = {};
  let items = 0;
  const sw = browser.context.serviceWorkers()[0];
  if (sw) {
    try {
      const tabId = await tabIdOf(sw, url);
      ({ stats, items } = await sw.evaluate((id) => {
        const f = globalThis.quietpageDebug.tabs.get(id)?.frames.get(0);
        return { stats: f?.stats ?? {}, items: f?.items.length ?? 0 };
      }, tabId));
    } catch { /* background restarting */ }
  }
  const nags = await page.evaluate(hiddenBlocks).catch(() => []);
  const heap = await heapOf(page);
  if (browser !== withExt) {
    // The baseline: its own content script's figures and its snapshot;
    // the floor and Readability are the row's (same page, same run).
    const snap = await snapshotIsolated(page, baselineSnapshotSrc).catch(() => null);
    await page.close();
    const done = marks.hidden ?? marks.verdict;
    return { contentMs: stats.mainThreadMs ?? null, snapshotMs: stats.snapshotMs ?? null, snapshotAfterLoadMs: snap, latency: done !== null ? done - marks.dcl : null, longestTaskMs: stats.longestTaskMs ?? null };
  }
  const floor = await floorWalk(page);
  const floorIsolated = await floorWalkIsolated(page).catch(() => null);
  const snapAfterLoad = await snapshotIsolated(page).catch(() => null);
  const rd = await readabilityMs(page);
  await page.close();
  const done = marks.hidden ?? marks.verdict;
  return {
    latency: done !== null ? done - marks.dcl : null,
    scanDelay: marks.scan !== null ? marks.scan - marks.dcl : null,
    rulesAfterStart: marks.rules !== null && marks.start !== null ? marks.rules - marks.start : null,
    snapshotWall: marks.sent !== null && marks.scan !== null ? marks.sent - marks.scan : null,
    classifyWait: marks.verdict !== null && marks.sent !== null ? marks.verdict - marks.sent : null,
    applyWait: marks.hidden !== null && marks.verdict !== null ? marks.hidden - marks.verdict : null,
    contentMs: stats.mainThreadMs ?? null,
    // Proposing text fingerprints after the verdicts (content/remember.js), not in contentMs.
    fingerprintProposalMs: marks.fpProposalMs,
    longestTaskMs: stats.longestTaskMs ?? null,
    longestTaskWhat: stats.longestTaskWhat ?? null,
    firstScanMs: stats.firstScanMs ?? null,
    snapshotMs: stats.snapshotMs ?? null,
    jsonMs: stats.jsonMs ?? null,
    // The snapshots' phases (snapshot.js): finding shadow roots, writing,
    // the probes' paths and rule marks, reading the probes' style.
    phases: stats.phases ?? null,
    probeMs: stats.probeMs ?? null,
    applyMs: stats.applyMs ?? null,
    // Reports to the background (counted since issue 9's last stop; a build before does not have it).
    reportMs: stats.reportMs ?? null,
    // A verdict's paths resolved (in contentMs); the remembered names'
    // judging and proposals and the mutation observer's callbacks (not in it).
    resolveMs: stats.resolveMs ?? null,
    rememberMs: stats.rememberMs ?? null,
    observerMs: stats.observerMs ?? null,
    messages: stats.messages ?? null,
    batches: stats.batches ?? null,
    // Snapshot + message per mutation batch (its verdict's apply is in applyMs).
    trip: stats.trip ?? null,
    msPerBatch: stats.batches ? (stats.batchMs ?? 0) / stats.batches : null,
    items,
    heap,
    floorMs: floor.ms,
    floorIsolatedMs: floorIsolated,
    snapshotAfterLoadMs: snapAfterLoad,
    nodes: floor.nodes,
    readabilityMs: rd,
    nags,
  };
}

/** What the first visit left for the site: the host entry the content script reads. */
async function rememberedFor(host) {
  const sw = withExt.context.serviceWorkers()[0];
  if (!sw) return null;
  const key = `remembered:${host}`;
  return sw.evaluate(async (k) => (await chrome.storage.local.get(k))[k] ?? null, key).catch(() => null);
}

/** The site's withdrawn selectors (the background's record), for the misses' causes. */
async function withdrawnFor(host) {
  const sw = withExt.context.serviceWorkers()[0];
  if (!sw) return [];
  return sw.evaluate(async (h) => {
    const record = (await chrome.storage.local.get('remembered')).remembered ?? {};
    return Object.values(record).find((s) => s.hosts?.includes(h))?.withdrawn ?? [];
  }, host).catch(() => []);
}

/**
 * The second visit of page i's site (the same page): was each nag hidden
 * on the first visit ever painted? Waits (up to 2 s) for the first visit's
 * selectors to be stored, as a reader's next page would find them.
 */
async function secondVisit(p, i, nags) {
  const host = `p${i}.test`;
  let entry = null;
  for (let t = 0; t < 20 && !(entry?.selectors?.length); t += 1) {
    entry = await rememberedFor(host);
    if (!entry?.selectors?.length) await new Promise((r) => setTimeout(r, 100));
  }
  const page = await withExt.context.newPage();
  await page.addInitScript(paintProbe(nags));
  await page.goto(`${siteBase(i)}${p.url}?second=${Date.now()}`, { waitUntil: 'domcontentloaded', timeout: 30000 }).catch(() => {});
  await page.waitForFunction(() => performance.getEntriesByName('quietpage:verdict').length > 0, null, { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(300);
  const withdrawn = await withdrawnFor(host);
  const out = await page.evaluate(({ live, withdrawn }) => {
    const probe = window.__qpPaintStop?.() ?? { blocks: {}, firstPaint: null };
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    // Why a painted nag was painted: no remembered selector named it, one
    // did and was withdrawn, or one did and the nag was painted anyway.
    const covering = (el, sels) => sels.filter((s) => { try { return !!el.closest(s); } catch { return false; } });
    const misses = Object.entries(probe.blocks).filter(([, b]) => b.painted).map(([s, b]) => {
      const el = document.querySelector(s);
      const named = el ? covering(el, live) : [];
      const gone = el ? covering(el, withdrawn) : [];
      const cause = named.length ? 'named, painted' : gone.length ? 'withdrawn' : 'no selector';
      const startTag = (e) => (e ? e.outerHTML.slice(0, e.outerHTML.indexOf('>') + 1).slice(0, 160) : null);
      return { block: s, tag: startTag(el), parent: startTag(el?.parentElement), cause, named, withdrawn: gone, visibleAt: b.visibleAt, entered: Math.round(b.entered) };
    });
    const fingerprints = performance.getEntriesByName('quietpage:fingerprints')[0]?.detail ?? null;
    return { probe, misses, start: at('quietpage:start'), remembered: at('quietpage:remembered'), fingerprints };
  }, { live: (entry?.selectors ?? []).map((x) => x.selector), withdrawn }).catch(() => null);
  // A painted nag whose own text fingerprint was remembered (or withdrawn):
  // the key computed by content/fingerprint.js itself, in the page's world.
  if (out?.misses.length) {
    const live = new Set((entry?.selectors ?? []).map((x) => x.selector));
    const keys = await page.evaluate(`(() => { ${fingerprintSrc}; const FP = globalThis.__quietpage.fingerprint; return ${JSON.stringify(out.misses.map((m) => m.block))}.map((s) => { const el = document.querySelector(s); return el ? FP.keyOf(el).key : null; }); })()`).catch(() => []);
    out.misses.forEach((m, k) => {
      const key = keys[k];
      if (!key || m.cause !== 'no selector') return;
      if (live.has(key)) { m.cause = 'fingerprinted, painted'; m.named.push(key); } else if (withdrawn.includes(key)) { m.cause = 'withdrawn'; m.withdrawn.push(key); }
    });
  }
  await page.close();
  if (!out) return null;
  const blocks = Object.values(out.probe.blocks);
  return {
    nags: nags.length,
    // A nag the second page did not have (a page that differs per load) is not counted.
    seen: blocks.length,
    neverPainted: blocks.filter((b) => !b.painted).length,
    neverVisible: blocks.filter((b) => !b.visibleInAnyFrame).length,
    hiddenFirstFrame: blocks.filter((b) => b.firstFrameVisible === false).length,
    rememberedSelectors: entry?.selectors?.length ?? 0,
    rememberedFingerprints: (entry?.selectors ?? []).filter((x) => x.selector.startsWith('text:')).length,
    // The fingerprint watcher on this visit (content/fingerprint.js): main-thread ms, elements checked, marked.
    fingerprints: out.fingerprints,
    sheetAfterStartMs: out.remembered !== null && out.start !== null ? out.remembered - out.start : null,
    sheetBeforeFirstPaint: out.remembered !== null && out.probe.firstPaint !== null ? out.remembered <= out.probe.firstPaint : null,
    misses: out.misses,
  };
}

async function heapWithout(p) {
  const page = await without.context.newPage();
  // A slow page's heap is read as far as it got (a figure, not a check).
  await page.goto(`${server.base}${p.url}`, { waitUntil: 'domcontentloaded', timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(300);
  const heap = await heapOf(page);
  await page.close();
  return heap;
}

// Warm the background once (on a site of its own).
if (pages.length) await measureWithExtension(pages[0], false, 'warm');
if (withBase && pages.length) await measureWithExtension(pages[0], false, 'warm', withBase);

const rows = [];
const skipped = [];
for (const [i, p] of pages.entries()) {
  const cold = i % COLD_EVERY === COLD_EVERY - 1;
  // Alternate which browser goes first, so that neither always gets the
  // warmer page cache.
  let heapNo = null;
  let m = null;
  // A saved page may navigate itself away mid-measurement: one retry, then
  // the page is reported as skipped.
  for (let attempt = 0; attempt < 2 && !m; attempt += 1) {
    try {
      if (i % 2) { heapNo = await heapWithout(p); m = await measureWithExtension(p, cold, i); } else { m = await measureWithExtension(p, cold, i); heapNo = await heapWithout(p); }
      if (m) m.repeat = m.nags.length ? await secondVisit(p, i, m.nags) : null;
    } catch (e) {
      m = null;
      if (attempt === 1) skipped.push({ page: p.name, error: String(e.message ?? e).split('\n')[0] });
    }
  }
  // Tabs left by a failed page: one that is closing already may refuse.
  for (const pg of withExt.context.pages()) await pg.close().catch(() => {});
  for (const pg of without.context.pages()) await pg.close().catch(() => {});
  let base = null;
  if (m && withBase) {
    base = await measureWithExtension(p, cold, i, withBase).catch(() => null);
    for (const pg of withBase.context.pages()) await pg.close().catch(() => {});
  }
  if (m) rows.push({ page: p.name, bytes: p.bytes, cold, ...m, heapWithout: heapNo, base });
  process.stderr.write(`\r${i + 1}/${pages.length} ${p.name.padEnd(40).slice(0, 40)}`);
}
process.stderr.write('\n');

// The hostile pages of tests/browser/hostile.test.mjs (made by the test
// server), in this build and the baseline: the content script's own
// figures, longest own task first (issue 9: under 50 ms on each).
const HOSTILE = ['million-nodes', 'deep', 'big-text', 'many-nags', 'all-nags'];
async function hostileRun(kind, browser) {
  const page = await browser.context.newPage();
  try {
    const url = `${server.base}/gen/${kind}?run=${Date.now()}`;
    await page.goto(url, { timeout: 60000 }).catch(() => {});
    await page.waitForFunction(() => performance.getEntriesByName('quietpage:verdict').length > 0, null, { timeout: 30000 }).catch(() => {});
    // Until the content script has reported its first verdict applied (a
    // figure, not a check: a slow page reports what it has).
    const sw = browser.context.serviceWorkers()[0];
    const tabId = await tabIdOf(sw, url);
    let stats = {};
    for (let t = 0; t < 60 && stats.firstScanMs === undefined; t += 1) {
      await page.waitForTimeout(500);
      stats = await sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id)?.frames.get(0)?.stats ?? {}, tabId).catch(() => ({}));
    }
    await page.waitForTimeout(2000);
    stats = await sw.evaluate((id) => globalThis.quietpageDebug.tabs.get(id)?.frames.get(0)?.stats ?? {}, tabId).catch(() => stats);
    return { longestTaskMs: stats.longestTaskMs ?? null, longestTaskWhat: stats.longestTaskWhat ?? null, mainThreadMs: stats.mainThreadMs ?? null, snapshotMs: round(stats.snapshotMs ?? null, 1), applyMs: round(stats.applyMs ?? null, 1), probeMs: round(stats.probeMs ?? null, 1) };
  } catch (e) {
    return { error: String(e.message ?? e).split('\n')[0] };
  } finally {
    await page.close().catch(() => {});
  }
}
const hostile = [];
if (!quick) {
  for (const kind of HOSTILE) {
    hostile.push({ page: kind, ours: await hostileRun(kind, withExt), base: withBase ? await hostileRun(kind, withBase) : null });
    process.stderr.write(`hostile ${kind}: ${JSON.stringify(hostile[hostile.length - 1])}\n`);
  }
}
if (hostileOnly) {
  fs.writeFileSync(path.join(OUT, 'hostile.json'), JSON.stringify(hostile, null, 1));
  await withExt.close();
  await without.close();
  await withBase?.close();
  await server.close();
  process.exit(0);
}
const engineTimings = await withExt.context.serviceWorkers()[0]?.evaluate(() => ({ ...globalThis.quietpageDebug.timings })).catch(() => null);
await withExt.close();
await without.close();
await withBase?.close();
await server.close();

// Native figures from criterion, when `cargo bench` has run.
function criterionMs(group) {
  const dir = path.join(ROOT, 'target/criterion', group);
  if (!fs.existsSync(dir)) return null;
  const sub = fs.readdirSync(dir).find((d) => /^\d+$/.test(d));
  const f = path.join(dir, sub ?? '', 'new/estimates.json');
  if (!fs.existsSync(f)) return null;
  return JSON.parse(fs.readFileSync(f, 'utf8')).median.point_estimate / 1e6;
}
const corpusBytes = list(CORPUS, '').reduce((s, p) => s + p.bytes, 0);
const parseMs = criterionMs('pages/parse');
const bothMs = criterionMs('pages/parse+classify');
const classifyMs = criterionMs('pages/classify');
const wasmFile = path.join(ROOT, 'dist/extension/wasm/quietpage_bg.wasm');
const wasm = fs.existsSync(wasmFile) ? fs.readFileSync(wasmFile) : null;
const zipFile = fs.readdirSync(path.join(ROOT, 'dist')).find((f) => f.endsWith('-chrome.zip'));

const warm = rows.filter((r) => !r.cold);
// Second visits: every nag of every page counts once.
const repeats = rows.map((r) => r.repeat).filter((x) => x && x.seen);
const sum = (f) => repeats.reduce((s, x) => s + f(x), 0);
const share = (f) => (repeats.length ? round(sum(f) / sum((x) => x.seen), 3) : null);
const ratio = (a, b) => (a !== null && b ? a / b : null);
const perPageRatioFloor = rows.map((r) => ratio(r.contentMs, r.floorMs));
const perPageRatioRd = rows.map((r) => ratio(r.readabilityMs, r.contentMs));
const summary = {
  pages: rows.length,
  content_script_ms_median: round(median(rows.map((r) => r.contentMs))),
  content_script_ms_p95: round(p95(rows.map((r) => r.contentMs))),
  first_scan_ms_median: round(median(rows.map((r) => r.firstScanMs))),
  snapshot_ms_median: round(median(rows.map((r) => r.snapshotMs))),
  json_ms_median: round(median(rows.map((r) => r.jsonMs))),
  // Ours without posting the snapshot (jsonMs): like for like with a
  // baseline that did not count its posting.
  content_script_without_send_ms_median: round(median(rows.map((r) => (r.contentMs !== null ? r.contentMs - (r.jsonMs ?? 0) : null)))),
  report_ms_median: round(median(rows.map((r) => r.reportMs))),
  // Ours without the reports: like for like with a baseline that did not count them.
  content_script_without_report_ms_median: round(median(rows.map((r) => (r.contentMs !== null ? r.contentMs - (r.reportMs ?? 0) : null)))),
  snapshot_phases_ms_median: Object.fromEntries(['roots', 'write', 'paths', 'probe'].map((k) => [k, round(median(rows.map((r) => r.phases?.[k] ?? null)))])),
  style_probe_ms_median: round(median(rows.map((r) => r.probeMs))),
  apply_ms_median: round(median(rows.map((r) => r.applyMs))),
  mutation_batches_per_page_median: median(rows.map((r) => r.batches)),
  mutation_batch_ms_median: round(median(rows.map((r) => r.msPerBatch))),
  mutation_batch_ms_p95: round(p95(rows.map((r) => r.msPerBatch))),
  floor_walk_ms_median: round(median(rows.map((r) => r.floorMs))),
  floor_walk_isolated_ms_median: round(median(rows.map((r) => r.floorIsolatedMs))),
  readability_ms_median: round(median(rows.map((r) => r.readabilityMs))),
  ratio_vs_floor: round(ratio(median(rows.map((r) => r.contentMs)), median(rows.map((r) => r.floorMs)))),
  ratio_vs_floor_per_page_median: round(median(perPageRatioFloor)),
  ratio_vs_isolated_floor: round(ratio(median(rows.map((r) => r.contentMs)), median(rows.map((r) => r.floorIsolatedMs)))),
  snapshot_after_load_ms_median: round(median(rows.map((r) => r.snapshotAfterLoadMs))),
  ratio_snapshot_after_load_vs_isolated_floor: round(ratio(median(rows.map((r) => r.snapshotAfterLoadMs)), median(rows.map((r) => r.floorIsolatedMs)))),
  ratio_readability_vs_ours: round(ratio(median(rows.map((r) => r.readabilityMs)), median(rows.map((r) => r.contentMs)))),
  ratio_readability_vs_ours_per_page_median: round(median(perPageRatioRd)),
  hidden_latency_ms_median: round(median(warm.map((r) => r.latency))),
  latency_parts_ms_median: {
    dcl_to_scan: round(median(warm.map((r) => r.scanDelay))),
    snapshot_wall: round(median(warm.map((r) => r.snapshotWall))),
    sent_to_verdict: round(median(warm.map((r) => r.classifyWait))),
    verdict_to_hidden: round(median(warm.map((r) => r.applyWait))),
  },
  // The sent → verdict trip on one clock: the message's way to the
  // background, the background's work, the verdict's way back.
  verdict_trip_ms_median: {
    to_background: round(median(warm.map((r) => r.trip?.up))),
    in_background: round(median(warm.map((r) => r.trip?.background))),
    back_to_page: round(median(warm.map((r) => r.trip?.down))),
  },
  rules_after_start_ms_median: round(median(warm.map((r) => r.rulesAfterStart))),
  // Second visit of a site: the nags hidden on the first visit that were
  // never in a presented frame (0–1), and the stricter readings beside it.
  repeat_visit_pages: repeats.length,
  repeat_visit_nags: sum((x) => x.seen),
  repeat_visit_never_painted_share: share((x) => x.neverPainted),
  repeat_visit_never_visible_in_any_frame_share: share((x) => x.neverVisible),
  repeat_visit_hidden_at_first_frame_share: share((x) => x.hiddenFirstFrame),
  // The painted ones by cause (see secondVisit).
  repeat_visit_misses_by_cause: repeats.flatMap((x) => x.misses ?? []).reduce((o, m) => ({ ...o, [m.cause]: (o[m.cause] ?? 0) + 1 }), {}),
  // The text fingerprints' main-thread cost: the watcher on second visits
  // that had any (from document_start to the first verdict), and proposing
  // them after a first visit's verdicts.
  repeat_visit_pages_with_fingerprints: repeats.filter((x) => x.fingerprints).length,
  repeat_visit_fingerprint_watch_ms_median: round(median(repeats.map((x) => x.fingerprints?.ms))),
  repeat_visit_fingerprint_watch_ms_p95: round(p95(repeats.map((x) => x.fingerprints?.ms))),
  repeat_visit_fingerprint_watch_ms_max: round(Math.max(0, ...repeats.map((x) => x.fingerprints?.ms ?? 0))),
  repeat_visit_fingerprint_checks_median: median(repeats.map((x) => x.fingerprints?.checks)),
  repeat_visit_fingerprints_confirmed: sum((x) => x.fingerprints?.confirmed ?? 0),
  repeat_visit_fingerprints_withdrawn: sum((x) => x.fingerprints?.withdrawn ?? 0),
  fingerprint_proposal_ms_median: round(median(rows.map((r) => r.fingerprintProposalMs))),
  fingerprint_proposal_ms_p95: round(p95(rows.map((r) => r.fingerprintProposalMs))),
  fingerprint_proposal_ms_max: round(Math.max(0, ...rows.map((r) => r.fingerprintProposalMs ?? 0))),
  repeat_visit_pages_all_never_painted_share: repeats.length ? round(repeats.filter((x) => x.neverPainted === x.seen).length / repeats.length, 3) : null,
  repeat_visit_pages_with_remembered_share: repeats.length ? round(repeats.filter((x) => x.rememberedSelectors > 0).length / repeats.length, 3) : null,
  // The content script's read of its host's sheet from storage.local, and
  // whether the sheet was in before the first paint.
  remembered_sheet_after_start_ms_median: round(median(repeats.map((x) => x.sheetAfterStartMs))),
  remembered_sheet_after_start_ms_p95: round(p95(repeats.map((x) => x.sheetAfterStartMs))),
  remembered_sheet_before_first_paint_share: (() => {
    const known = repeats.filter((x) => x.sheetBeforeFirstPaint !== null);
    return known.length ? round(known.filter((x) => x.sheetBeforeFirstPaint).length / known.length, 3) : null;
  })(),
  hidden_latency_ms_p95: round(p95(warm.map((r) => r.latency))),
  hidden_latency_cold_ms_median: round(median(rows.filter((r) => r.cold).map((r) => r.latency))),
  messages_per_page_median: median(rows.map((r) => r.messages)),
  wasm_classify_ms_mean: engineTimings ? round(engineTimings.classifyMsTotal / Math.max(1, engineTimings.classifyCount)) : null,
  wasm_classify_ms_median: engineTimings ? round(median(engineTimings.recentMs ?? [])) : null,
  wasm_init_ms: engineTimings ? round(engineTimings.initMs) : null,
  heap_with_extension_bytes_median: median(rows.map((r) => r.heap)),
  heap_without_extension_bytes_median: median(rows.map((r) => r.heapWithout)),
  native_mb_per_s: round(bothMs ? corpusBytes / 1e6 / (bothMs / 1000) : null),
  native_parse_mb_per_s: round(parseMs ? corpusBytes / 1e6 / (parseMs / 1000) : null),
  native_classify_mb_per_s: round(classifyMs ? corpusBytes / 1e6 / (classifyMs / 1000) : null),
  native_ratio_parse_classify_vs_parse: round(ratio(bothMs, parseMs)),
  wasm_bytes: wasm?.length ?? null,
  wasm_gzip_bytes: wasm ? zlib.gzipSync(wasm, { level: 9 }).length : null,
  extension_zip_bytes: zipFile ? fs.statSync(path.join(ROOT, 'dist', zipFile)).size : null,
  // Before/after in this run: the baseline's content script on the same
  // pages (--baseline), against the same floor and Readability.
  baseline: baselineDir ? (() => {
    const b = rows.filter((r) => r.base);
    const med = (f) => median(b.map(f));
    return {
      dir: baselineDir,
      pages: b.length,
      content_script_ms_median: round(med((r) => r.base.contentMs)),
      content_script_ms_p95: round(p95(b.map((r) => r.base.contentMs))),
      ours_content_script_ms_median_same_pages: round(med((r) => r.contentMs)),
      floor_walk_ms_median_same_pages: round(med((r) => r.floorMs)),
      readability_ms_median_same_pages: round(med((r) => r.readabilityMs)),
      ratio_vs_floor: round(ratio(med((r) => r.base.contentMs), med((r) => r.floorMs))),
      ratio_readability_vs_baseline: round(ratio(med((r) => r.readabilityMs), med((r) => r.base.contentMs))),
      snapshot_after_load_ms_median: round(med((r) => r.base.snapshotAfterLoadMs)),
      hidden_latency_ms_median: round(median(b.filter((r) => !r.cold).map((r) => r.base.latency))),
      longest_task_ms_max: round(Math.max(0, ...b.map((r) => r.base.longestTaskMs ?? 0))),
    };
  })() : null,
  longest_task_ms_max: round(Math.max(0, ...rows.map((r) => r.longestTaskMs ?? 0))),
  hostile,
  quick,
  skipped,
  rows,
};
fs.writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify(summary, null, 1));

const fmt = (x) => (x === null || x === undefined ? '–' : typeof x === 'number' ? String(round(x, 1)) : String(x));
const md = [
  `| figure | value |`, `|---|---|`,
  ...['pages', 'content_script_ms_median', 'content_script_ms_p95', 'first_scan_ms_median', 'snapshot_ms_median', 'json_ms_median', 'content_script_without_send_ms_median', 'style_probe_ms_median', 'apply_ms_median',
    'mutation_batches_per_page_median', 'mutation_batch_ms_median', 'mutation_batch_ms_p95',
    'floor_walk_ms_median', 'floor_walk_isolated_ms_median', 'readability_ms_median', 'ratio_vs_floor', 'ratio_vs_isolated_floor',
    'snapshot_after_load_ms_median', 'ratio_snapshot_after_load_vs_isolated_floor',
    'ratio_readability_vs_ours', 'hidden_latency_ms_median', 'hidden_latency_ms_p95', 'hidden_latency_cold_ms_median', 'rules_after_start_ms_median', 'messages_per_page_median',
    'repeat_visit_pages', 'repeat_visit_nags', 'repeat_visit_never_painted_share', 'repeat_visit_never_visible_in_any_frame_share', 'repeat_visit_hidden_at_first_frame_share',
    'repeat_visit_pages_all_never_painted_share', 'repeat_visit_pages_with_remembered_share',
    'repeat_visit_pages_with_fingerprints', 'repeat_visit_fingerprint_watch_ms_median', 'repeat_visit_fingerprint_watch_ms_p95', 'repeat_visit_fingerprint_watch_ms_max', 'repeat_visit_fingerprint_checks_median',
    'repeat_visit_fingerprints_confirmed', 'repeat_visit_fingerprints_withdrawn', 'fingerprint_proposal_ms_median', 'fingerprint_proposal_ms_p95', 'fingerprint_proposal_ms_max', 'remembered_sheet_after_start_ms_median', 'remembered_sheet_after_start_ms_p95', 'remembered_sheet_before_first_paint_share',
    'wasm_classify_ms_median', 'wasm_init_ms',
    'heap_with_extension_bytes_median', 'heap_without_extension_bytes_median', 'native_mb_per_s', 'native_parse_mb_per_s', 'native_ratio_parse_classify_vs_parse',
    'wasm_bytes', 'wasm_gzip_bytes', 'extension_zip_bytes'].map((k) => `| ${k} | ${fmt(summary[k])} |`),
  ...(summary.baseline ? ['', `Baseline (${summary.baseline.dir}, ${summary.baseline.pages} pages, same run): content script ${fmt(summary.baseline.content_script_ms_median)} ms median (ours ${fmt(summary.baseline.ours_content_script_ms_median_same_pages)}), ${fmt(summary.baseline.ratio_vs_floor)}× the floor (ours ${fmt(summary.ratio_vs_floor)}×), Readability ${fmt(summary.baseline.ratio_readability_vs_baseline)}× the baseline (ours ${fmt(summary.ratio_readability_vs_ours)}×); snapshot after load ${fmt(summary.baseline.snapshot_after_load_ms_median)} ms (ours ${fmt(summary.snapshot_after_load_ms_median)}); DCL→hidden ${fmt(summary.baseline.hidden_latency_ms_median)} ms (ours ${fmt(summary.hidden_latency_ms_median)}).`] : []),
  ...(hostile.length ? ['', '| hostile page | longest own task ms | main thread ms | baseline: longest own task ms | baseline: main thread ms |', '|---|---|---|---|---|',
    ...hostile.map((h) => `| ${h.page} | ${fmt(h.ours.longestTaskMs)}${h.ours.longestTaskWhat ? ` (${h.ours.longestTaskWhat})` : ''} | ${fmt(h.ours.mainThreadMs)} | ${fmt(h.base?.longestTaskMs)} | ${fmt(h.base?.mainThreadMs)} |`)] : []),
  '', `Snapshot phases (medians of per-page sums): ${Object.entries(summary.snapshot_phases_ms_median).map(([k, v]) => `${k} ${fmt(v)} ms`).join(', ')}.`,
  '', `Latency parts (warm, medians): ${Object.entries(summary.latency_parts_ms_median).map(([k, v]) => `${k} ${fmt(v)} ms`).join(', ')}; the verdict's trip: ${Object.entries(summary.verdict_trip_ms_median).map(([k, v]) => `${k} ${fmt(v)} ms`).join(', ')}.`,
  '', '| page | KB | nodes | ours ms | floor ms | ours / floor | Readability ms | Readability / ours | DCL→hidden ms | batches (ms each) | msgs | 2nd visit: nags never painted |', '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.page} | ${Math.round(r.bytes / 1024)} | ${r.nodes} | ${fmt(r.contentMs)} | ${fmt(r.floorMs)} | ${fmt(ratio(r.contentMs, r.floorMs))} | ${fmt(r.readabilityMs)} | ${fmt(ratio(r.readabilityMs, r.contentMs))} | ${fmt(r.latency)}${r.cold ? ' (cold)' : ''} | ${fmt(r.batches)}${r.msPerBatch !== null ? ` (${fmt(r.msPerBatch)})` : ''} | ${fmt(r.messages)} | ${r.repeat?.seen ? `${r.repeat.neverPainted}/${r.repeat.seen}` : '–'} |`),
  '', `Second visits, nags painted (${Object.entries(summary.repeat_visit_misses_by_cause).map(([k, v]) => `${k}: ${v}`).join(', ') || 'none'}):`, '',
  '| page | cause | block | inside | remembered names matching it |', '|---|---|---|---|---|',
  ...rows.flatMap((r) => (r.repeat?.misses ?? []).map((m) => `| ${r.page} | ${m.cause} | \`${(m.tag ?? '').slice(0, 80).replace(/\|/g, '\\|')}\` | \`${(m.parent ?? '').slice(0, 60).replace(/\|/g, '\\|')}\` | ${[...m.named, ...m.withdrawn.map((w) => `${w} (withdrawn)`)].join(', ').replace(/\|/g, '\\|')} |`)),
].join('\n');
fs.writeFileSync(path.join(OUT, 'summary.md'), md + '\n');

// Chart: per page, ours vs floor vs Readability (ms, log scale), sorted by page size.
const sorted = rows.filter((r) => r.contentMs !== null).sort((a, b) => a.nodes - b.nodes);
const W = 900; const H = 360; const L = 50; const B = 40;
const maxV = Math.max(1, ...sorted.flatMap((r) => [r.contentMs, r.floorMs, r.readabilityMs]).filter(Number.isFinite));
const y = (v) => H - B - (Math.log10(Math.max(v, 0.01)) + 2) / (Math.log10(maxV) + 2) * (H - B - 20);
const x = (i) => L + (i + 0.5) * ((W - L - 10) / Math.max(1, sorted.length));
const series = [['contentMs', '#2f6f4f', 'quietpage content script'], ['floorMs', '#999', 'floor: TreeWalker'], ['readabilityMs', '#c0392b', 'Readability']];
const dots = series.map(([k, c]) => sorted.map((r, i) => (Number.isFinite(r[k]) ? `<circle cx="${x(i).toFixed(1)}" cy="${y(r[k]).toFixed(1)}" r="2.2" fill="${c}"/>` : '')).join('')).join('\n');
const ticks = [0.1, 1, 10, 100, 1000].filter((t) => t <= maxV * 1.5).map((t) => `<line x1="${L}" x2="${W - 10}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${L - 6}" y="${y(t) + 4}" font-size="10" text-anchor="end">${t} ms</text>`).join('');
const legend = series.map(([, c, label], i) => `<circle cx="${L + 10 + i * 200}" cy="12" r="4" fill="${c}"/><text x="${L + 18 + i * 200}" y="16" font-size="11">${label}</text>`).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="system-ui,sans-serif"><rect width="100%" height="100%" fill="#fff"/>${ticks}${dots}${legend}<text x="${(W + L) / 2}" y="${H - 12}" font-size="11" text-anchor="middle">${sorted.length} pages, sorted by node count (main-thread ms per page, log scale)</text></svg>`;
fs.writeFileSync(path.join(OUT, 'bench.svg'), svg);
// Only a full run speaks for the README.
if (!quick && limit === Infinity) fs.writeFileSync(path.join(ROOT, 'docs/bench.svg'), svg);
const { rows: _omit, ...head } = summary;
console.log(JSON.stringify(head, null, 1));
