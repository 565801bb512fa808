// Shared by the browser tests: a static server on 127.0.0.1 for the
// fixture pages, and Chromium (Debian's, driven by playwright-core) with
// the unpacked extension from dist/extension.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

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
    case 'all-nags': // nothing but nag phrases, next to the article
      return page(article + '<div>' + '<p>Subscribe now! We use cookies. Donate today. Sign in to continue. Turn on notifications.</p>'.repeat(3000) + '</div>');
    case 'surrogates': // invalid UTF-16 in text nodes (only a script can make them)
      return page(article + '<div id="s"></div>', `const d = document.getElementById('s');
        for (let i = 0; i < 200; i++) d.appendChild(document.createTextNode('\uD800 lone \uDC00 halves \uDFFF' + i));
        const n = document.createElement('div'); n.innerHTML = ${JSON.stringify(NAG)}; n.firstChild.appendChild(document.createTextNode('\uD83D')); d.appendChild(n);`);
    case 'reinsert': // re-inserts its nag each time it is hidden, for 5 s
      return page(article, `const t0 = Date.now(); const tick = () => {
          const old = document.querySelector('.nl');
          if (!old || getComputedStyle(old).display === 'none') { old?.remove(); const n = document.createElement('div'); n.innerHTML = ${JSON.stringify(NAG)}; document.body.appendChild(n.firstChild); window.__inserted = (window.__inserted || 0) + 1; }
          if (Date.now() - t0 < 5000) setTimeout(tick, 20); else document.title = 'done'; }; tick();`);
    default:
      return null;
  }
}

/**
 * Serves /fixtures/* and /pages/*; /csp/<path> serves the same file with a
 * strict Content-Security-Policy header. Records every request.
 */
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
    if (url.startsWith('/gen/')) {
      const body = generate(url.slice(5));
      if (body !== null) {
        res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(body);
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

/** Chromium with the extension; returns {context, extensionId, sw}. */
export async function launchChromium({ extension = true, extraArgs = [] } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quietpage-chromium-'));
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  if (extension) args.push(`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1200, height: 900 },
  });
  if (!extension) return { context, close: () => context.close() };
  let sw = context.serviceWorkers()[0];
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(sw.url()).host;
  return { context, extensionId, sw, close: () => context.close() };
}

/** Waits until the content script has applied a verdict (or `ms` pass). */
export async function settle(page, ms = 4000) {
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
