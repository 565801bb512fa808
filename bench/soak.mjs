// Soak: a day of reading in one browser. One Chromium with the extension
// and one without load the same pages in the same order, side by side
// (blocks of loads alternate between them), in several tabs at once, with
// some pages reloaded, some tabs closed mid-load and tabs replaced as a
// reader replaces them, and some pages left with Back (the back/forward
// cache kept on, as a reader has it). Every 50 loads each browser is measured:
// the service worker's JS heap (CDP, after a forced GC), the WebAssembly
// memory, the tabs' JS heap, the whole browser's memory (its process tree,
// from /proc), the background's per-tab and per-frame state, the snapshots
// in flight, and the time per page. A crash or a closed target is recorded
// with the page it happened on, and the run goes on with a fresh tab.
// A measurement, not a test: nothing here asserts (the short form in
// tests/browser/soak.test.mjs does).
//
//   node bench/soak.mjs [--loads N] [--tabs K] [--every N] [--no-compare] [--firefox]
//                       [--heap-snapshots DIR]   (the service worker's, at each checkpoint)
//
// Writes target/soak/<browser>-<time>.{json,md} and prints the table.
// Outside requests fail at once (a dead proxy), half the pages are served
// with a strict CSP, as the saved pages met them when the issue was seen.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer, launchChromium, launchFirefox, ROOT, FIXTURES, CORPUS } from '../tests/browser/harness.mjs';

// The reader's habits, as shares of the loads (deterministic by index).
const SCHEDULE = {
  reloadEvery: 10,      // every 10th load reloads the tab's page instead
  backEvery: 15,        // every 15th goes back (from the back/forward cache, kept on)
  closeMidLoadEvery: 25, // every 25th opens a page and closes its tab mid-load
  replaceTabEvery: 40,  // a tab is closed and a new one opened after 40 loads
};
const DWELL_MS = 400;   // time on each page after `load` (same in both browsers)
const BLOCK = 10;       // loads per block; blocks alternate between the browsers
const LOAD_TIMEOUT_MS = 30000;
// Outside requests fail fast (connection refused), never leave the machine;
// loopback bypasses the proxy.
const DEAD_PROXY = ['--proxy-server=127.0.0.1:9'];
const FIREFOX_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.dns.disablePrefetch': true,
};

/** Every corpus page and fixture, and a few script-driven pages. */
export function pageList() {
  const list = (dir, prefix) => (fs.existsSync(dir) ? fs.readdirSync(dir) : [])
    .filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html')).sort().map((f) => `${prefix}/${f}`);
  const fixtures = list(FIXTURES, '/fixtures');
  return [
    ...list(CORPUS, '/corpus'),
    ...fixtures,
    // Nags inserted by script, and a page that fights back for 5 s.
    ...fixtures.slice(0, 6).map((f) => `/dynamic/late/${path.basename(f)}`),
    '/gen/reinsert', '/gen/surrogates',
  ];
}

/** The i-th load: what to do and where (the same in both browsers). */
export function loadAt(pages, i) {
  const p = pages[i % pages.length];
  const csp = i % 2 === 0 ? '/csp' : '';
  const url = `${csp}${p}?soak=${i}`;
  if (i % SCHEDULE.closeMidLoadEvery === SCHEDULE.closeMidLoadEvery - 1) return { kind: 'close-mid-load', url };
  if (i % SCHEDULE.reloadEvery === SCHEDULE.reloadEvery - 1) return { kind: 'reload', url };
  if (i % SCHEDULE.backEvery === SCHEDULE.backEvery - 1) return { kind: 'back', url };
  return { kind: 'load', url };
}

// ---- memory from /proc ---------------------------------------------------

function readProc(pid, file) {
  try { return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8'); } catch { return ''; }
}

/** The root process of the Chromium using `userDataDir` (ours only). */
function chromiumRoot(userDataDir) {
  const flag = `--user-data-dir=${userDataDir}`;
  const mine = new Set();
  for (const d of fs.readdirSync('/proc')) {
    if (/^\d+$/.test(d) && readProc(d, 'cmdline').split('\0').includes(flag)) mine.add(Number(d));
  }
  for (const pid of mine) if (!mine.has(ppidOf(pid))) return pid;
  return null;
}

function ppidOf(pid) {
  const stat = readProc(pid, 'stat');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

const TICKS_PER_S = 100; // USER_HZ, the unit of /proc/<pid>/stat times

/**
 * RSS and PSS of a process and all its descendants (MB), how many, and
 * their CPU time (ms) since start, ended processes included (a parent
 * that has reaped a child counts its time in cutime/cstime).
 */
export function treeMemory(rootPid) {
  if (!rootPid) return null;
  const children = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const pp = ppidOf(d);
    if (!children.has(pp)) children.set(pp, []);
    children.get(pp).push(Number(d));
  }
  let rss = 0;
  let pss = 0;
  let n = 0;
  let ticks = 0;
  let extTicks = 0; // the extension's process (its service worker)
  const todo = [rootPid];
  while (todo.length) {
    const pid = todo.pop();
    const kb = (text, key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    const status = readProc(pid, 'status');
    if (!status) continue;
    n += 1;
    const stat = readProc(pid, 'stat');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime stime cutime cstime: fields 14-17 of stat, 11-14 after the name.
    const t = fields.slice(11, 15).reduce((a, x) => a + (Number(x) || 0), 0);
    ticks += t;
    if (readProc(pid, 'cmdline').includes('--extension-process')) extTicks += t;
    rss += kb(status, 'VmRSS');
    pss += kb(readProc(pid, 'smaps_rollup'), 'Pss');
    todo.push(...(children.get(pid) ?? []));
  }
  return { rssMB: rss / 1024, pssMB: pss / 1024, processes: n, cpuMs: (ticks / TICKS_PER_S) * 1000, extensionCpuMs: (extTicks / TICKS_PER_S) * 1000 };
}

// ---- statistics -------------------------------------------------------------

const median = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const mean = (xs) => { const s = xs.filter(Number.isFinite); return s.length ? s.reduce((a, b) => a + b, 0) / s.length : null; };
const r1 = (x) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10) / 10);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** `p`, or an error after `ms` (Playwright's close, evaluate and CDP calls have no timeout of their own). */
function within(ms, p, what) {
  let timer;
  const t = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`stuck: ${what} for ${ms / 1000} s`)), ms); });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
const STEP_TIMEOUT_MS = 60000;

// ---- one browser -----------------------------------------------------------

/**
 * One browser of the soak: K tabs, each a slot that loads its share of a
 * block in turn. Chromium (Playwright) or Firefox (puppeteer over BiDi).
 */
class Side {
  constructor(name, base, tabs) {
    this.name = name;
    this.base = base;
    this.tabCount = tabs;
    this.slots = [];          // {page, loads, url}
    this.events = [];         // crashes, closed targets, failed loads
    this.loadMs = [];         // per load, since the last checkpoint
    this.wallMs = 0;          // block wall time, since the last checkpoint
    this.blockLoads = 0;      // loads in those blocks
    this.loads = 0;
    this.verdicts = 0;        // loads on which a verdict was applied (extension only)
    this.closed = false;
  }

  event(type, slot, detail = '') {
    const e = { type, load: this.loads, page: slot?.url ?? null, detail: String(detail).split('\n')[0].slice(0, 200) };
    this.events.push(e);
    if (process.env.SOAK_VERBOSE) process.stderr.write(`${this.name}: ${JSON.stringify(e)}\n`);
    return e;
  }

  async openSlot(i) {
    const slot = { ...(await this.newTab()), loads: 0, url: null, expectClose: false };
    this.watch(slot);
    this.slots[i] = slot;
    return slot;
  }

  /**
   * Closes a tab. Playwright's close() of a page closed mid-navigation
   * sometimes never returns and the tab stays open (seen with and without
   * the extension alike): after 5 s it is closed the browser's own way,
   * and the run notes it as the harness's.
   */
  async closeTab(tab) {
    tab.expectClose = true;
    try {
      await within(5000, tab.page.close(), 'close');
    } catch {
      const how = await this.forceClose(tab);
      this.event(`harness: close() did not return (${how})`, tab);
    }
  }

  /** Runs one block: loads[j] goes to slot j % K; slots run at once. */
  async block(loads) {
    const t = performance.now();
    const perSlot = Array.from({ length: this.tabCount }, () => []);
    loads.forEach((l, j) => perSlot[j % this.tabCount].push(l));
    await Promise.all(perSlot.map(async (mine, i) => {
      for (const l of mine) await this.one(i, l);
    }));
    this.wallMs += performance.now() - t;
    this.blockLoads += loads.length;
  }

  async one(i, l) {
    if (this.closed) return;
    let slot = this.slots[i];
    if (!slot || slot.crashed || slot.loads >= SCHEDULE.replaceTabEvery) {
      if (slot && !slot.crashed) await this.closeTab(slot);
      slot = await within(STEP_TIMEOUT_MS, this.openSlot(i), 'opening a tab').catch((e) => { this.event('new tab failed', null, e.message); return null; });
      if (!slot) return;
    }
    this.loads += 1;
    slot.loads += 1;
    const url = this.base + l.url;
    slot.phase = 'start';
    slot.ok = false;
    try {
      await within(STEP_TIMEOUT_MS, this.step(slot, l, url), `${l.kind} of ${url}`);
    } catch (e) {
      const stuck = e.message.startsWith('stuck');
      this.event(slot.crashed ? 'crash' : stuck ? `stuck in ${slot.phase}` : 'load failed', slot, e.message);
      // A tab that hangs is replaced, as a reader would close it.
      if (stuck) {
        for (const t of [slot, slot.extra]) if (t) this.closeTab(t);
        slot.crashed = true;
      }
    }
  }

  async step(slot, l, url) {
    if (l.kind === 'close-mid-load') {
      // A tab opened on a page and closed while it loads.
      slot.phase = 'new tab';
      const extra = { ...(await this.newTab()), url, expectClose: false };
      slot.extra = extra;
      this.watch(extra);
      slot.phase = 'open mid-load';
      const nav = this.goto(extra.page, url, 'commit').catch(() => {});
      await sleep(30 + (this.loads % 7) * 25);
      slot.phase = 'close mid-load';
      // Not awaited (see closeTab): the reader goes on reading meanwhile.
      this.closeTab(extra).then(() => nav);
      slot.extra = null;
      return;
    }
    const t = performance.now();
    slot.phase = l.kind;
    if (l.kind === 'back' && slot.back) {
      // A page restored from the cache fires no `load`: not a load time.
      await this.back(slot.page);
      slot.url = slot.back;
      slot.back = null;
    } else {
      if (l.kind === 'reload' && slot.url) await this.reload(slot.page);
      else { slot.back = slot.url; slot.url = url; await this.goto(slot.page, url, 'load'); }
      this.loadMs.push(performance.now() - t);
    }
    slot.phase = 'dwell';
    await sleep(DWELL_MS);
    // Asked in both browsers, so that both pay the same round trip.
    slot.phase = 'evaluate';
    if (await this.verdictApplied(slot.page)) this.verdicts += 1;
    slot.ok = true;
  }

  /** Times since the last checkpoint; `cpuMs`: the browser's CPU time now. */
  takeTimes(cpuMs) {
    const out = { msPerPage: this.wallMs / Math.max(1, this.blockLoads), loadMsMedian: median(this.loadMs), loadMsMean: mean(this.loadMs) };
    // The browser's CPU time per load (all its processes): the cost that
    // does not depend on how busy the machine is.
    if (Number.isFinite(cpuMs)) out.cpuMsPerPage = (cpuMs - (this.lastCpuMs ?? 0)) / Math.max(1, this.blockLoads);
    this.lastCpuMs = cpuMs;
    this.loadMs = [];
    this.wallMs = 0;
    this.blockLoads = 0;
    return out;
  }
}

class ChromiumSide extends Side {
  constructor(name, base, tabs, launched) {
    super(name, base, tabs);
    Object.assign(this, { launched, context: launched.context, extension: !!launched.sw });
    this.context.on('close', () => { if (!this.closing) { this.closed = true; this.event('browser context closed', null); } });
    // A page's own service workers are the page's business.
    this.context.on('serviceworker', (w) => { if (w.url().startsWith('chrome-extension://')) this.event('service worker started again', null, w.url()); });
    this.root = chromiumRoot(launched.userDataDir);
    this.lastCpuMs = treeMemory(this.root)?.cpuMs; // start-up not counted
    this.devtools = null;
  }

  static async launch(name, base, tabs, extension) {
    const launched = await launchChromium({ extension, bfcache: true, extraArgs: [...DEAD_PROXY, '--remote-debugging-port=0'] });
    return new ChromiumSide(name, base, tabs, launched);
  }

  /** A new tab, with its DevTools target id (to close it when Playwright cannot). */
  async newTab() {
    const page = await this.context.newPage();
    const cdp = await this.context.newCDPSession(page);
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    await cdp.detach();
    return { page, targetId: targetInfo.targetId };
  }

  async forceClose(tab) {
    const r = await within(5000, fetch(`http://127.0.0.1:${this.devtoolsPort()}/json/close/${tab.targetId}`), 'DevTools close').catch(() => null);
    return r?.ok ? 'closed through DevTools' : 'still open';
  }

  goto(page, url, waitUntil) { return page.goto(url, { waitUntil, timeout: LOAD_TIMEOUT_MS }); }
  back(page) { return page.goBack({ waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS }); }
  reload(page) { return page.reload({ waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }); }
  verdictApplied(page) { return page.evaluate(() => performance.getEntriesByName('quietpage:verdict').length > 0).catch(() => false); }

  watch(slot) {
    slot.page.on('crash', () => { slot.crashed = true; this.event('tab crashed', slot); });
    slot.page.on('close', () => { if (!slot.expectClose && !this.closed) { slot.crashed = true; this.event('tab closed unexpectedly', slot); } });
  }

  devtoolsPort() {
    return fs.readFileSync(path.join(this.launched.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  }

  /** Tabs the browser itself lists (Playwright's list can lag behind a close). */
  async pageTargets() {
    const list = await within(10000, fetch(`http://127.0.0.1:${this.devtoolsPort()}/json/list`).then((r) => r.json()), 'target list').catch(() => null);
    return list ? list.filter((t) => t.type === 'page').length : null;
  }

  /** A CDP session on the extension's service worker (Playwright has none for workers). */
  async swSession() {
    if (!this.devtools) {
      const port = this.devtoolsPort();
      this.devtools = await puppeteer.connect({
        browserURL: `http://127.0.0.1:${port}`, defaultViewport: null,
        targetFilter: (t) => t.type() === 'service_worker',
      });
    }
    const target = await this.devtools.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(this.launched.extensionId), { timeout: 10000 });
    return target.createCDPSession();
  }

  /** The service worker's heap snapshot, to see what grew (--heap-snapshots DIR). */
  async heapSnapshot(session, file) {
    const chunks = [];
    const onChunk = ({ chunk }) => chunks.push(chunk);
    session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, chunks.join(''));
  }

  async heapOf(session) {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize / 1048576;
  }

  async measure() {
    const browser = treeMemory(this.root);
    const row = { loads: this.loads, ...this.takeTimes(browser?.cpuMs) };
    const heaps = [];
    const live = this.slots.filter((s) => s && !s.crashed);
    for (const s of live) {
      const cdp = await within(10000, this.context.newCDPSession(s.page), 'tab CDP session').catch(() => null);
      if (!cdp) continue;
      heaps.push(await within(20000, this.heapOf(cdp), 'tab heap').catch(() => null));
      await cdp.detach().catch(() => {});
    }
    row.tabHeapMB = mean(heaps);
    row.tabHeapMaxMB = heaps.length ? Math.max(...heaps.filter(Number.isFinite)) : null;
    row.browser = browser;
    row.openTabs = this.context.pages().filter((p) => p.url() !== 'about:blank').length;
    row.pageTargets = await this.pageTargets();
    if (this.extension) {
      const sw = await this.swSession().catch((e) => { this.event('service worker unreachable', null, e.message); return null; });
      if (sw) {
        row.swHeapMB = await within(20000, this.heapOf(sw), 'service worker heap').catch((e) => { this.event('service worker heap not measured', null, e.message); return null; });
        if (this.heapSnapshots) await within(60000, this.heapSnapshot(sw, path.join(this.heapSnapshots, `sw-${this.loads}.heapsnapshot`)), 'heap snapshot').catch(() => {});
        await sw.detach().catch(() => {});
      }
      row.background = await this.counts();
      // Tabs showing a page (their last load went through) that the
      // background has no state for: the popup and badge would be blank.
      const known = new Set(await this.topUrls() ?? []);
      row.unknownTabs = live.filter((s) => s.ok && s.url && !known.has(s.url)).map((s) => s.url);
      row.verdicts = this.verdicts;
    }
    row.events = this.events.length;
    return row;
  }

  async counts() {
    const w = this.context.serviceWorkers()[0];
    return w ? within(10000, w.evaluate(() => globalThis.quietpageDebug.counts()), 'background counts').catch(() => null) : null;
  }

  async topUrls() {
    const w = this.context.serviceWorkers()[0];
    return w ? within(10000, w.evaluate(() => [...globalThis.quietpageDebug.tabs.values()].map((t) => t.frames.get(0)?.url)), 'background urls').catch(() => null) : null;
  }

  /** Closes every tab; the background must then hold no tab. */
  async closeAllTabs() {
    await this.context.newPage(); // the browser stays open
    for (const s of this.slots) if (s) await this.closeTab(s);
    this.slots = [];
    // Anything else the browser still lists (but the new blank tab).
    const list = await within(10000, fetch(`http://127.0.0.1:${this.devtoolsPort()}/json/list`).then((r) => r.json()), 'target list').catch(() => []);
    for (const t of list) if (t.type === 'page' && t.url !== 'about:blank') await this.forceClose({ targetId: t.id });
  }

  async close() {
    this.closing = true;
    await this.devtools?.disconnect().catch(() => {});
    await this.launched.close().catch(() => {});
  }
}

class FirefoxSide extends Side {
  constructor(name, base, tabs, launched, extension) {
    super(name, base, tabs);
    Object.assign(this, { launched, browser: launched.browser, extension });
    this.browser.on('disconnected', () => { if (!this.closing) { this.closed = true; this.event('browser closed', null); } });
    this.root = this.browser.process()?.pid ?? null;
    this.lastCpuMs = treeMemory(this.root)?.cpuMs; // start-up not counted
  }

  static async launch(name, base, tabs, extension) {
    const launched = await launchFirefox({ extension, prefs: FIREFOX_PREFS });
    return new FirefoxSide(name, base, tabs, launched, extension);
  }

  async newTab() { return { page: await this.browser.newPage() }; }
  async forceClose() { return 'no other way in Firefox'; }
  goto(page, url, waitUntil) { return page.goto(url, { waitUntil: waitUntil === 'commit' ? 'domcontentloaded' : waitUntil, timeout: LOAD_TIMEOUT_MS }); }
  reload(page) { return page.reload({ waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }); }
  back(page) { return page.goBack({ waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS }); }
  verdictApplied(page) { return page.evaluate(() => performance.getEntriesByName('quietpage:verdict').length > 0).catch(() => false); }

  watch(slot) {
    slot.page.on('close', () => { if (!slot.expectClose && !this.closed) { slot.crashed = true; this.event('tab closed unexpectedly', slot); } });
  }

  async measure() {
    const browser = treeMemory(this.root);
    const row = { loads: this.loads, ...this.takeTimes(browser?.cpuMs) };
    row.browser = browser;
    row.openTabs = (await this.browser.pages().catch(() => [])).length;
    if (this.extension) row.verdicts = this.verdicts;
    row.events = this.events.length;
    return row;
  }

  async closeAllTabs() {
    const keep = await this.browser.newPage();
    for (const s of this.slots) if (s) await this.closeTab(s);
    this.slots = [];
    for (const p of await this.browser.pages()) if (p !== keep && !p.isClosed()) await this.closeTab({ page: p });
  }

  async close() {
    this.closing = true;
    await this.launched.close().catch(() => {});
  }
}

// ---- the run ----------------------------------------------------------------

/**
 * Runs the soak; returns {pages, rows: [{loads, with, without}], events,
 * final}. `compare: false` runs the extension's browser alone. `log` gets
 * one line per checkpoint.
 */
export async function soak({ browser = 'chromium', loads = 520, tabs = 4, every = 50, compare = true, heapSnapshots = null, log = () => {} } = {}) {
  const server = await startServer();
  const pages = pageList();
  const Kind = browser === 'firefox' ? FirefoxSide : ChromiumSide;
  const sides = [await Kind.launch('with', server.base, tabs, true)];
  if (compare) sides.push(await Kind.launch('without', server.base, tabs, false));
  sides[0].heapSnapshots = heapSnapshots;
  const rows = [];
  const started = Date.now();
  try {
    for (let done = 0; done < loads;) {
      const n = Math.min(BLOCK, loads - done, every - (done % every));
      const block = Array.from({ length: n }, (_, j) => loadAt(pages, done + j));
      // Alternate which browser goes first.
      const order = (done / BLOCK) % 2 ? [...sides].reverse() : sides;
      for (const s of order) await s.block(block);
      done += n;
      if (done % every === 0 || done === loads) {
        const row = { loads: done };
        for (const s of sides) row[s.name] = await s.measure();
        rows.push(row);
        log(row);
      }
      if (sides[0].closed) break;
    }
    // Every tab closed: what the background still holds is what leaked.
    const final = {};
    for (const s of sides) {
      await s.closeAllTabs().catch((e) => s.event('closing tabs failed', null, e.message));
      if (s.extension && s.counts) {
        let c = null;
        for (let i = 0; i < 50; i += 1) {
          c = await s.counts();
          if (c && !c.tabs && !c.inFlight) break;
          await sleep(100);
        }
        final.background = c;
        const sw = await s.swSession().catch(() => null);
        if (sw) { final.swHeapMB = await s.heapOf(sw).catch(() => null); await sw.detach().catch(() => {}); }
      }
      final[s.name] = { memory: treeMemory(s.root) };
    }
    return {
      browser, loads, tabs, every, pages: pages.length, minutes: (Date.now() - started) / 60000,
      rows, final, events: Object.fromEntries(sides.map((s) => [s.name, s.events])), verdicts: sides[0].verdicts,
    };
  } finally {
    for (const s of sides) await s.close();
    await server.close();
  }
}

// ---- the table ----------------------------------------------------------------

const f = (x, d = 1) => (x === null || x === undefined ? '–' : typeof x === 'number' ? (Math.round(x * 10 ** d) / 10 ** d).toString() : String(x));

export function table(run) {
  const cr = run.browser === 'chromium';
  const head = ['loads', 'ms/page with', 'ms/page without', 'load ms with (median)', 'load ms without (median)', 'CPU ms/page with', 'CPU ms/page without',
    ...(cr ? ['SW heap MB', 'wasm MB', 'tab heap MB with', 'tab heap MB without'] : []),
    'browser PSS MB with', 'browser PSS MB without', 'browser RSS MB with', 'browser RSS MB without',
    ...(cr ? ['bg tabs / frames / items (open tabs)', 'tabs unknown to bg', 'in flight (most)'] : []), 'events with / without'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of run.rows) {
    const w = row.with ?? {};
    const o = row.without ?? {};
    const b = w.background;
    lines.push(`| ${[row.loads, f(w.msPerPage, 0), f(o.msPerPage, 0), f(w.loadMsMedian, 0), f(o.loadMsMedian, 0), f(w.cpuMsPerPage, 0), f(o.cpuMsPerPage, 0),
      ...(cr ? [f(w.swHeapMB, 2), f(b ? b.wasmBytes / 1048576 : null), f(w.tabHeapMB), f(o.tabHeapMB)] : []),
      f(w.browser?.pssMB, 0), f(o.browser?.pssMB, 0), f(w.browser?.rssMB, 0), f(o.browser?.rssMB, 0),
      ...(cr ? [b ? `${b.tabs} / ${b.frames} / ${b.items} (${w.openTabs})` : '–', f(w.unknownTabs?.length, 0), b ? `${b.inFlight} (${b.inFlightMax})` : '–'] : []),
      `${f(w.events, 0)} / ${f(o.events, 0)}`].join(' | ')} |`);
  }
  return lines.join('\n');
}

/** A crash or a closed target (the harness's own hiccups and failed loads are not). */
export function isCrash(e) {
  return /^(tab crashed|tab closed unexpectedly|browser context closed|browser closed|crash|service worker unreachable)$/.test(e.type);
}

/** The issue's bounds, from one run. */
export function bounds(run) {
  const at = (n) => run.rows.find((r) => r.loads >= n);
  const first = at(run.every);
  const last = run.rows[run.rows.length - 1];
  // Per-page figures over the whole run: each checkpoint weighted by its loads.
  const perPage = (side, k) => {
    let total = 0;
    let prev = 0;
    for (const r of run.rows) {
      if (!Number.isFinite(r[side]?.[k])) return null;
      total += r[side][k] * (r.loads - prev);
      prev = r.loads;
    }
    return prev ? total / prev : null;
  };
  const crashes = (side) => (run.events[side] ?? []).filter(isCrash);
  return {
    swHeapFirstMB: r1(first?.with?.swHeapMB ?? null),
    swHeapLastMB: r1(last?.with?.swHeapMB ?? null),
    swHeapRatio: first?.with?.swHeapMB ? Math.round((last.with.swHeapMB / first.with.swHeapMB) * 100) / 100 : null,
    msPerPageWith: r1(perPage('with', 'msPerPage')),
    msPerPageWithout: r1(perPage('without', 'msPerPage')),
    cpuMsPerPageWith: r1(perPage('with', 'cpuMsPerPage')),
    cpuMsPerPageWithout: r1(perPage('without', 'cpuMsPerPage')),
    crashesWith: crashes('with'),
    crashesWithout: crashes('without'),
    finalBackground: run.final.background,
  };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : def; };
  const browser = args.includes('--firefox') ? 'firefox' : 'chromium';
  const options = {
    browser,
    loads: opt('--loads', browser === 'firefox' ? 250 : 520),
    tabs: opt('--tabs', browser === 'firefox' ? 3 : 4),
    every: opt('--every', 50),
    compare: !args.includes('--no-compare'),
    heapSnapshots: args.includes('--heap-snapshots') ? args[args.indexOf('--heap-snapshots') + 1] : null,
    log: (row) => process.stderr.write(`${browser} ${row.loads} loads: ${JSON.stringify(row)}\n`),
  };
  const run = await soak(options);
  const b = bounds(run);
  const eventLines = Object.entries(run.events).flatMap(([side, list]) => list.map((e) => `- ${side}: ${e.type} at load ${e.load}${e.page ? ` on ${e.page}` : ''}${e.detail ? `: ${e.detail}` : ''}`));
  const md = [
    `Soak (${browser}): ${run.loads} loads per browser of ${run.pages} pages, ${run.tabs} tabs, ${r1(run.minutes)} min; verdicts applied on ${run.verdicts} loads.`,
    '', table(run), '',
    `Service worker heap: ${b.swHeapFirstMB} MB after ${run.every} loads, ${b.swHeapLastMB} MB at the end (×${b.swHeapRatio}).`,
    `Time per page: ${b.msPerPageWith} ms with the extension, ${b.msPerPageWithout ?? '–'} ms without; the browser's CPU time per page ${b.cpuMsPerPageWith} ms with, ${b.cpuMsPerPageWithout ?? '–'} ms without.`,
    `After every tab closed, the background holds: ${JSON.stringify(run.final.background ?? null)}.`,
    `Crashes or closed targets: ${b.crashesWith.length} with, ${b.crashesWithout.length} without.`,
    ...(eventLines.length ? ['', 'Events:', ...eventLines] : ['', 'Events: none.']),
  ].join('\n');
  const out = path.join(ROOT, 'target/soak');
  fs.mkdirSync(out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(out, `${browser}-${stamp}.json`), JSON.stringify({ ...run, bounds: b }, null, 1));
  fs.writeFileSync(path.join(out, `${browser}-${stamp}.md`), md + '\n');
  console.log(md);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
