// Shared by the browser tests: a static server on 127.0.0.1 for the
// fixture pages, and Chromium (Debian's, driven by playwright-core) with
// the unpacked extension from dist/extension.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync, spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { parse as parseHtml } from 'parse5';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXT = path.join(ROOT, 'dist/extension');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const PAGES = path.join(ROOT, 'tests/browser/pages');
export const CLI = path.join(ROOT, 'target/release/quietpage');
/** The shared corpus of saved pages, when it is beside the checkout (read, never copied). */
export const CORPUS = path.resolve(ROOT, '../shared/corpus/pages');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/** The article every generated hostile page carries next to its load. */
export const HOSTILE_ARTICLE = [
  'The harbour council voted on Tuesday to rebuild the sea wall that failed in the January storms, ending a year of argument.',
  'Engineers said the old wall, built in 1952 from local stone, had been undermined by decades of scouring tides.',
  'Residents of the lower streets filled the public gallery and applauded when the final count was read out.',
];
const NAG = '<div class="nl"><h3>Sign up for our newsletter</h3><p>Get the latest news delivered to your inbox.</p><input type="email" placeholder="Enter your email"><button>Subscribe</button></div>';

/** Hostile and huge pages, made on request (never stored). */
function generate(kind) {
  const article = `<article><h1>Sea wall</h1>${HOSTILE_ARTICLE.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const page = (body, script = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kind}</title></head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
  switch (kind) {
    case 'million-nodes': // ~1,000,000 nodes after the article and the nag
      return page(article + NAG + '<div id="bulk">' + '<p>x <b>y</b> z</p>'.repeat(250000) + '</div>');
    case 'deep': { // 10,000 levels, the nag at the bottom
      return page(article + '<div>'.repeat(10000) + NAG + '</div>'.repeat(10000));
    }
    case 'big-text': // 5 MB of text in one node (50 MB: tests/robustness.rs; Chromium alone needs 90 s to lay that out)
      return page(article + NAG + '<p id="big">' + 'lorem ipsum '.repeat(5 * 1024 * 1024 / 12) + '</p>');
    case 'many-nags': // 100,000 nags
      return page(article + NAG.repeat(100000));
    case 'nags-600': // more nags than a report lists (content/apply.js MAX_LISTED)
      return page(article + NAG.repeat(600));
    case 'all-nags': // nothing but nag phrases, next to the article
      return page(article + '<div>' + '<p>Subscribe now! We use cookies. Donate today. Sign in to continue. Turn on notifications.</p>'.repeat(3000) + '</div>');
    case 'surrogates': // invalid UTF-16 in text nodes (only a script can make them)
      return page(article + '<div id="s"></div>', `const d = document.getElementById('s');
        for (let i = 0; i < 200; i++) d.appendChild(document.createTextNode('\uD800 lone \uDC00 halves \uDFFF' + i));
        const n = document.createElement('div'); n.innerHTML = ${JSON.stringify(NAG)}; n.firstChild.appendChild(document.createTextNode('\uD83D')); d.appendChild(n);`);
    case 'astral-0': // 300,000 astral characters (surrogate pairs): a serialisation posted in
    case 'astral-1': // parts, with one of the two pages' part ends between a pair's halves
      return page(article + NAG + '<p id="astral">' + 'x'.repeat(Number(kind.slice(-1))) + '\u{1F600}'.repeat(300000) + '</p>');
    case 'reinsert': // re-inserts its nag each time it is hidden, for 5 s
      return page(article, `const t0 = Date.now(); const tick = () => {
          const old = document.querySelector('.nl');
          if (!old || getComputedStyle(old).display === 'none') { old?.remove(); const n = document.createElement('div'); n.innerHTML = ${JSON.stringify(NAG)}; document.body.appendChild(n.firstChild); window.__inserted = (window.__inserted || 0) + 1; }
          if (Date.now() - t0 < 5000) setTimeout(tick, 20); else document.title = 'done'; }; tick();`);
    default:
      return null;
  }
}

// ---- dynamic variants of the fixtures ------------------------------------

/** How a dynamic variant inserts its nags (see `dynamicVariant`). */
export const DYNAMIC_MODES = ['dcl', 'load', 'late', 'wrapper'];

/** The element a `quietpage scan` selector names, in a parse5 document. */
function resolveSelector(doc, selector) {
  const elementsOf = (n) => (n.childNodes ?? []).filter((c) => c.tagName);
  const find = (n, pred) => {
    for (const c of elementsOf(n)) {
      if (pred(c)) return c;
      const f = find(c.content ?? c, pred);
      if (f) return f;
    }
    return null;
  };
  let cur = null;
  for (const step of selector.split(' > ')) {
    let m;
    if ((m = /^#(.+)$/.exec(step))) cur = find(doc, (e) => e.attrs.some((a) => a.name === 'id' && a.value === m[1]));
    else if ((m = /^([a-z0-9-]+):nth-child\((\d+)\)$/.exec(step))) {
      const c = elementsOf(cur)[Number(m[2]) - 1];
      cur = c?.tagName === m[1] ? c : null;
    } else cur = find(doc, (e) => e.tagName === step);
    if (!cur) throw new Error(`selector ${selector}: no element at ${step}`);
  }
  return cur;
}

/**
 * A fixture whose nags arrive by script. Every block `quietpage scan` hides
 * on the static fixture is cut out of its markup (a comment stays in its
 * place as the anchor), and a script in <head> puts it back according to
 * `mode`: `dcl` all at DOMContentLoaded; `load` all after load; `late` one
 * by one, 1.5 s after load and 200 ms apart, each at its original place;
 * `wrapper` one by one after load, each inside a fresh <div> appended to
 * <body>. The script sets `window.__qpInserted` (the time, on the page's
 * clock) when the last one is in. Returns null for an unknown fixture or
 * mode.
 */
export function dynamicVariant(mode, name, dir = FIXTURES) {
  const file = path.join(dir, name);
  if (!DYNAMIC_MODES.includes(mode) || ![FIXTURES, CORPUS].includes(dir) || path.dirname(file) !== dir || !fs.existsSync(file)) return null;
  const html = fs.readFileSync(file, 'utf8');
  const doc = parseHtml(html, { sourceCodeLocationInfo: true });
  let cuts;
  try {
    cuts = cliScan(file).hidden
      .map((h) => resolveSelector(doc, h.selector).sourceCodeLocation)
      .sort((a, b) => a.startOffset - b.startOffset);
  } catch (e) {
    // A corpus page whose tree parse5 builds otherwise than html5ever
    // (rare: both follow the HTML standard): no variant.
    if (dir === FIXTURES) throw e;
    return null;
  }
  // Nested hidden blocks (a rule's region around a nag): the outer one is cut.
  cuts = cuts.filter((c, i) => i === 0 || c.startOffset >= cuts[i - 1].endOffset);
  const nags = cuts.map((loc) => html.slice(loc.startOffset, loc.endOffset));
  const head = resolveSelector(doc, 'html > head:nth-child(1)').sourceCodeLocation;
  const script = `<script>(() => {
  const NAGS = ${JSON.stringify(nags).replace(/</g, '\\u003c')};
  const MODE = ${JSON.stringify(mode)};
  const make = (h) => { const t = document.createElement('template'); t.innerHTML = h; return t.content.firstElementChild; };
  const slot = (i) => {
    const w = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
    for (let c = w.nextNode(); c; c = w.nextNode()) if (c.data === 'qp-slot-' + i) return c;
    throw new Error('no slot ' + i);
  };
  const put = (i) => {
    if (MODE === 'wrapper') { const d = document.createElement('div'); d.appendChild(make(NAGS[i])); document.body.appendChild(d); }
    else { const c = slot(i); c.parentNode.insertBefore(make(NAGS[i]), c); }
  };
  const done = () => { window.__qpInserted = performance.now(); };
  const all = () => { NAGS.forEach((_, i) => put(i)); done(); };
  const oneByOne = (i = 0) => { put(i); if (i + 1 < NAGS.length) setTimeout(() => oneByOne(i + 1), 200); else done(); };
  if (MODE === 'dcl') document.addEventListener('DOMContentLoaded', all);
  else if (MODE === 'load') addEventListener('load', all);
  else if (MODE === 'late') addEventListener('load', () => setTimeout(oneByOne, 1500));
  else addEventListener('load', () => oneByOne());
})();</script>`;
  let out = '';
  let at = 0;
  // A saved page may leave </head> (or <head>) implied: then right after <head>, or before <body>.
  const bodyLoc = resolveSelector(doc, 'html > body:nth-child(2)').sourceCodeLocation;
  const headEnd = head?.endTag?.startOffset ?? head?.startTag?.endOffset ?? bodyLoc?.startOffset;
  if (headEnd === undefined) return null;
  const pieces = [...cuts.map((loc, i) => [loc.startOffset, loc.endOffset, `<!--qp-slot-${i}-->`]), [headEnd, headEnd, script]].sort((a, b) => a[0] - b[0]);
  for (const [start, end, text] of pieces) {
    out += html.slice(at, start) + text;
    at = end;
  }
  return out + html.slice(at);
}

/**
 * Serves /fixtures/* and /pages/*; /dynamic/<mode>/<fixture> serves a
 * fixture whose nags are inserted by script (`dynamicVariant`); /csp/<path> serves the same file with a
 * strict Content-Security-Policy header. Records every request.
 */
/** The pause between the parts of a /slow/ page. */
export const SLOW_PAUSE_MS = 400;

export async function startServer() {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url, headers: req.headers });
    let url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = {};
    if (url.startsWith('/csp/')) {
      url = url.slice(4);
      headers['Content-Security-Policy'] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
    }
    // /dynamic/<mode>/<fixture>, /dynamic-corpus/<mode>/<corpus page>
    // (bench/dynamic.mjs): the page with its nags inserted by script.
    const dyn = /^\/dynamic(-corpus)?\/([^/]+)\/([^/]+)$/.exec(url);
    if (dyn) {
      const body = dynamicVariant(dyn[2], dyn[3], dyn[1] ? CORPUS : FIXTURES);
      if (body !== null) {
        res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(body);
        return;
      }
    }
    if (url.startsWith('/gen/')) {
      const body = generate(url.slice(5));
      if (body !== null) {
        res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(body);
        return;
      }
    }
    // /slow/<page>: a page of tests/browser/pages sent in parts, split at
    // each `<!-- pause -->` with SLOW_PAUSE_MS between them, so that the
    // browser parses and paints the first parts before the rest arrives.
    if (url.startsWith('/slow/')) {
      const file = path.join(PAGES, path.basename(url));
      if (fs.existsSync(file)) {
        res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        const parts = fs.readFileSync(file, 'utf8').split('<!-- pause -->');
        const next = () => {
          res.write(parts.shift());
          if (parts.length) setTimeout(next, SLOW_PAUSE_MS); else res.end();
        };
        next();
        return;
      }
    }
    let file = null;
    if (url.startsWith('/fixtures/')) file = path.join(FIXTURES, url.slice('/fixtures/'.length));
    else if (url.startsWith('/pages/')) file = path.join(PAGES, url.slice('/pages/'.length));
    else if (url.startsWith('/contract/')) file = path.join(ROOT, 'tests/contract', url.slice('/contract/'.length));
    else if (url.startsWith('/corpus/')) file = path.join(CORPUS, url.slice('/corpus/'.length));
    if (!file || !(file.startsWith(ROOT) || file.startsWith(CORPUS)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    headers['Content-Type'] = TYPES[path.extname(file)] ?? 'application/octet-stream';
    headers['Cache-Control'] = 'no-store';
    res.writeHead(200, headers);
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, requests, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/**
 * Chromium with the extension; returns {context, extensionId, sw, userDataDir}.
 * `bfcache`: keep the back/forward cache a reader has (Playwright turns it off).
 * `extensionDir`: another build of the extension (the benchmark's baseline).
 */
export async function launchChromium({ extension = true, extraArgs = [], bfcache = false, extensionDir = EXT } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quietpage-chromium-'));
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1200, height: 900 },
    ignoreDefaultArgs: bfcache ? ['--disable-back-forward-cache'] : [],
  });
  if (!extension) return { context, userDataDir, close: () => context.close() };
  let sw = context.serviceWorkers()[0];
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(sw.url()).host;
  return { context, extensionId, sw, userDataDir, close: () => context.close() };
}

/** Starts Xvfb on a free display; resolves to {p, display: ":N"}. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const p = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    p.stdio[3].once('data', (d) => resolve({ p, display: `:${String(d).trim()}` }));
    p.once('error', reject);
  });
}

/**
 * Firefox ESR (Debian's) driven by puppeteer-core over WebDriver BiDi, with
 * the extension installed from dist/extension. `window`: in a real window
 * under Xvfb (for keyboard shortcuts sent by xdotool); else headless.
 * `extension: false` for the same browser without it; `prefs`: extra
 * preferences. Returns {browser, display, close}.
 */
export async function launchFirefox({ window = false, extension = true, prefs = {} } = {}) {
  const xvfb = window ? await startXvfb() : null;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: !window,
    env: xvfb ? { ...process.env, DISPLAY: xvfb.display } : process.env,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'quietpage-firefox-')),
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      ...prefs,
    },
  }).catch((e) => { xvfb?.p.kill(); throw e; });
  if (extension) await browser.installExtension(EXT);
  return {
    browser,
    display: xvfb?.display ?? null,
    close: async () => { await browser.close(); xvfb?.p.kill(); },
  };
}

/**
 * Firefox: waits until the extension's storage holds, for the test server's
 * host, the remembered names and fingerprints that `enough({names,
 * fingerprints})` asks for; returns the counts last read, with `ok`
 * false if `ms` passed first. WebDriver BiDi cannot reach the background or its storage in
 * Firefox, so a page of the host that hides nothing and that no remembered
 * name matches (trap-tech.html) is opened to read the entry as every page's
 * content script reads it at document_start, and its
 * 'quietpage:remembered-read' mark says what it found. The background
 * writes after the verdict's report, on its own time: the next visit of a
 * test must not start before the write has landed.
 */
export async function waitRemembered(browser, base, enough, ms = 20000) {
  const t = Date.now();
  let last = null;
  for (let i = 0; Date.now() - t < ms; i += 1) {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/fixtures/trap-tech.html?remembered-probe=${Date.now()}-${i}`);
      last = await page.waitForFunction(() => performance.getEntriesByName('quietpage:remembered-read')[0]?.detail, { timeout: 10000, polling: 50 })
        .then((h) => h.jsonValue(), () => last);
      if (last && enough(last)) return { ok: true, ...last };
    } finally {
      await page.close();
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { ok: false, ...last };
}

/** Waits until the content script has applied a verdict (or `ms` pass). */
export async function settle(page, ms = 4000) {
  // A page with quietpage switched off never gets a verdict: then the wait
  // just runs out, and the caller's assertions judge the page as it is.
  await page.waitForFunction(() => performance.getEntriesByName('quietpage:verdict').length > 0, null, { timeout: ms }).catch(() => {});
  await page.waitForTimeout(150);
}

/** Rendered text of the page (what a reader sees). */
export async function visibleText(page) {
  return page.evaluate(() => document.body.innerText);
}

/** The same squashing as src/text.rs `squash` + NFKC, for snippet checks. */
export function squash(s) {
  return s.normalize('NFKC').toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`\uFF07\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02\u300C\u300D\u300E\u300F]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\u2026/g, '.')
    .replace(/[\s\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** `quietpage scan --format json` of a fixture. */
export function cliScan(file, url = '') {
  return JSON.parse(execFileSync(CLI, ['scan', file, '--url', url, '--format', 'json'], { maxBuffer: 64 << 20 }).toString());
}

/** The tab id the background gave to `page` (matched by URL). */
export async function tabIdOf(sw, url) {
  for (let i = 0; i < 50; i += 1) {
    const id = await sw.evaluate((u) => {
      for (const [tabId, t] of globalThis.quietpageDebug.tabs) if (t.frames.get(0)?.url === u) return tabId;
      return null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

/**
 * The tab id of `url` once the background has the report of the page's
 * first verdict (content.js report: its figures carry firstScanMs from
 * then on). `settle` waits for the verdict in the page; the report that
 * follows it reaches the background later, on a loaded machine well after
 * settle's margin, and the popup and the background's item list read it.
 */
export async function reportedTabId(sw, url, ms = 15000) {
  const t = Date.now();
  while (Date.now() - t < ms) {
    const id = await sw.evaluate((u) => {
      for (const [tabId, tab] of globalThis.quietpageDebug.tabs) {
        const f = tab.frames.get(0);
        if (f?.url === u && f.stats?.firstScanMs !== undefined) return tabId;
      }
      return null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no report of a verdict for ${url}`);
}

/**
 * Presses the popup's "Hide something else…". The popup closes itself once
 * the background has told the page to start the picker (popup.js): on a
 * loaded machine that can come before Playwright's click has returned, and
 * the click then fails with "Target page ... has been closed". That close
 * is the expected end of the click; the picker in the page is the check.
 */
export async function pressPick(popup) {
  await popup.click('#pick').catch((e) => {
    if (!popup.isClosed() && !/has been closed/.test(String(e?.message ?? e))) throw e;
  });
  await popup.close().catch(() => {});
}

/** Opens the popup for a tab as a page. */
export async function openPopup(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
  await popup.waitForSelector('#site-switch', { state: 'attached' });
  await popup.waitForFunction(() => document.getElementById('site').textContent !== '—');
  return popup;
}

export function labels() {
  const dir = path.join(FIXTURES, 'labels');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/** Sends a UI message to the background from an extension page. */
export async function ui(context, extensionId, msg) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options/options.html`);
  const out = await page.evaluate((m) => chrome.runtime.sendMessage(m), msg);
  await page.close();
  return out;
}

export const NO_RULES = JSON.stringify({ version: 1, sites: {} });

/**
 * Evaluated in a page (Chromium or Firefox): the blocks quietpage has
 * marked hidden, each by the selector `quietpage scan` would give it on the
 * current DOM (src/page.rs css_path_with: a unique id, else nth-child steps)
 * and its text; the rendered text; whether the dynamic variant's script
 * has inserted everything; and the latest scan and verdict marks.
 */
export function pageState() {
  const ids = new Map();
  for (const e of document.querySelectorAll('[id]')) ids.set(e.id, (ids.get(e.id) ?? 0) + 1);
  const cssPath = (el) => {
    const steps = [];
    for (let e = el; e; e = e.parentElement) {
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(e.id) && ids.get(e.id) === 1) { steps.push(`#${e.id}`); break; }
      if (!e.parentElement) { steps.push(e.localName); break; }
      steps.push(`${e.localName}:nth-child(${[...e.parentElement.children].indexOf(e) + 1})`);
    }
    return steps.reverse().join(' > ');
  };
  const last = (name) => { const l = performance.getEntriesByName(name); return l.length ? l[l.length - 1].startTime : -1; };
  return {
    hidden: [...document.querySelectorAll('[data-quietpage-hidden]')].map((e) => ({ selector: cssPath(e), text: e.textContent })),
    text: document.body.innerText,
    inserted: window.__qpInserted ?? null,
    scanAt: last('quietpage:scan'),
    verdictAt: last('quietpage:verdict'),
  };
}

/**
 * Evaluated in a page (Playwright `addInitScript` or `evaluate`, arg
 * [title, name]): records in window[name] when the page's title becomes
 * `title` (pages that say by their title that they have stopped changing).
 */
export function watchTitle([title, name]) {
  new MutationObserver(() => { if (document.title === title) window[name] ??= performance.now(); })
    .observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * Evaluated in a page: true once a scan begun after window[name] (a time on
 * the page's clock) has had its verdict applied with nothing changed since
 * (quietpage:current). A page that changed at that time has such a scan
 * coming (content.js batches), however far the batches have backed off.
 */
export function judgedSince(name) {
  const t = window[name];
  if (t === undefined) return false;
  const scans = performance.getEntriesByName('quietpage:scan').filter((e) => e.startTime > t);
  return scans.length > 0 && performance.getEntriesByName('quietpage:current').some((c) => c.detail === scans[scans.length - 1].detail);
}

/** Evaluated in a page: its DOM as markup, without quietpage's marks (what the popup's "save" writes). */
export function pageMarkup() {
  const clone = document.documentElement.cloneNode(true);
  for (const e of clone.querySelectorAll('[data-quietpage-hidden]')) e.removeAttribute('data-quietpage-hidden');
  clone.removeAttribute('data-quietpage-unlock');
  clone.querySelector('#quietpage-style')?.remove();
  return `<!DOCTYPE html>\n${clone.outerHTML}\n`;
}

/** `quietpage scan --format json` of markup (written to a temporary file). */
export function cliScanMarkup(html, url = '') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quietpage-final-'));
  const file = path.join(dir, 'page.html');
  fs.writeFileSync(file, html);
  try { return cliScan(file, url); } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

/** The visible text of a page's body (Playwright or Puppeteer page). */
export const bodyText = (page) => page.evaluate(() => document.body.innerText);

/** Polls `fn` every 150 ms until it is truthy (true) or `ms` pass (false). */
export async function waitFor(fn, ms = 8000) {
  const t = Date.now();
  while (Date.now() - t < ms) {
    if (await fn()) return true;
    await new Promise((r) => setTimeout(r, 150));
  }
  return false;
}
