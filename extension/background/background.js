// quietpage background: one engine for every tab. Receives snapshots over
// long-lived ports (one per frame), classifies them with the WebAssembly
// engine, sends verdicts back, keeps what each tab hides for the popup and
// the badge, and owns the rules.
import '../shared/api.js';
import '../shared/metrics.js';
import { PORT_NAME, C2B, B2C, UI } from '../shared/protocol.js';
import * as engine from './engine.js';
import * as store from './rules-store.js';
import * as remembered from './remembered.js';

const { api, metrics } = globalThis.__quietpage;

/** tabId → {frames: Map<frameId, {port, url, items, counts, paywall, article, notes, stats, pageSeq}>} */
const tabs = new Map();
/** site → {selector, how}: the reader's last pick, for "undo". */
const lastPicks = new Map();
/** seq → resolver, for page saves. */
const pageWaiters = new Map();
let pageSeq = 0;
/** Snapshots received and not yet answered (the soak's "messages in flight"), and the most at once. */
let inFlight = 0;
let inFlightMax = 0;

function tab(tabId) {
  let t = tabs.get(tabId);
  if (!t) { t = { frames: new Map() }; tabs.set(tabId, t); }
  return t;
}

/**
 * A frame whose whole document is a nag (C2B.FRAME_NAG) and whose <iframe>
 * another frame of the tab hides as an item: that item speaks for it, so
 * its own items are neither counted nor listed twice.
 */
function pairedFrame(t, f) {
  if (!f.nagKey) return null;
  for (const [id, o] of t.frames) {
    const item = o.items?.find((i) => i.frameKey === f.nagKey);
    if (item) return { frameId: id, item };
  }
  return null;
}

/**
 * The frames whose whole document is the nag behind `item` (a parent's
 * frame item). Frames and items are paired by the document key the
 * content script gives both (content/frames.js documentKey).
 */
function framesBehind(t, item) {
  return item?.frameKey ? [...t.frames.values()].filter((f) => f.nagKey === item.frameKey) : [];
}

/** The items a reader sees for a tab: a whole frame's own ones folded into its box's. */
function listed(t) {
  const out = [];
  for (const [frameId, f] of t?.frames ?? []) {
    if (pairedFrame(t, f)) continue;
    for (const it of f.items ?? []) out.push({ ...it, frameId });
  }
  return out;
}

/**
 * Every item of a tab counted, listed or not (a frame lists at most 500:
 * content/apply.js), per state and per category; a frame folded into its
 * box's item counts as that item.
 */
function counted(t) {
  const counts = { hidden: 0, shown: 0, categories: {} };
  for (const f of t?.frames.values() ?? []) {
    // (A frame that has not reported yet has nothing to count.)
    if (!f.counts || pairedFrame(t, f)) continue;
    counts.hidden += f.counts.hidden;
    counts.shown += f.counts.shown;
    for (const [k, n] of Object.entries(f.counts.categories)) counts.categories[k] = (counts.categories[k] ?? 0) + n;
  }
  return counts;
}

function updateBadge(tabId) {
  const t = tabs.get(tabId);
  // One per nag still hidden (an overlay and its backdrop are one item;
  // what the reader showed again is not counted).
  const n = counted(t).hidden;
  // A closed tab rejects (asynchronously in MV3): swallowed, not left as
  // an unhandled rejection per closed tab.
  const gone = () => {};
  try {
    api.action.setBadgeBackgroundColor?.({ tabId, color: '#555' })?.catch?.(gone);
    api.action.setBadgeText({ tabId, text: n ? String(n) : '' })?.catch?.(gone);
  } catch { /* tab gone */ }
}

async function sendRules(frame) {
  const rules = await store.load();
  const resolved = await engine.resolve(rules, frame.url);
  try { frame.port.postMessage({ type: B2C.RULES, resolved }); } catch { /* gone */ }
}

/** After a rules change: every frame of every affected site re-applies. */
async function broadcastRules(site) {
  const rules = await store.load();
  await remembered.refresh((url) => engine.resolve(rules, url)).catch((e) => console.warn('quietpage: remembered selectors', e));
  for (const t of tabs.values()) {
    for (const f of t.frames.values()) {
      const key = site && await engine.siteKey(f.url);
      if (!site || key === site || key.endsWith('.' + site)) await sendRules(f);
    }
  }
}

api.runtime.onConnect.addListener((port) => {
  if (port.name !== PORT_NAME) return;
  const tabId = port.sender?.tab?.id ?? -1;
  const frameId = port.sender?.frameId ?? 0;
  const frame = { port, url: port.sender?.url ?? '', items: [], paywall: null, article: null, notes: [], stats: {} };
  tab(tabId).frames.set(frameId, frame);
  port.onMessage.addListener(async (m) => {
    try {
      switch (m?.type) {
        case C2B.HELLO:
          frame.url = m.url;
          await sendRules(frame);
          break;
        case C2B.SNAPSHOT_PART:
          // A long serialisation's parts, in order, before its SNAPSHOT
          // (by seq: a batch's may begin before the last parts of the scan
          // before it). Parts whose SNAPSHOT never came are not kept long.
          frame.parts ??= new Map();
          if (!frame.parts.has(m.seq)) {
            if (frame.parts.size >= 4) frame.parts.delete(frame.parts.keys().next().value);
            frame.parts.set(m.seq, []);
          }
          frame.parts.get(m.seq).push(String(m.html ?? ''));
          break;
        case C2B.SNAPSHOT: {
          const got = metrics.epochNow();
          // Its parts, when it came in parts; a part lost (the port changed
          // between them) is an error, never a page judged in part.
          const parts = frame.parts?.get(m.seq) ?? [];
          frame.parts?.delete(m.seq);
          const lost = (m.parts ?? 0) !== parts.length;
          if (parts.length) m.html = parts.join('') + String(m.html ?? '');
          inFlightMax = Math.max(inFlightMax, ++inFlight);
          if (globalThis.quietpageDebug.keepSnapshots) frame.lastSnapshot = { html: m.html, side: m.side };
          // Each page snapshot is the whole page: one that a newer one
          // overtook while it waited here is not worth classifying.
          if (!m.subtree) frame.pageSeq = Math.max(frame.pageSeq ?? 0, m.seq);
          let verdict = null;
          let nodes = null;
          let error = null;
          try {
            const rules = await store.load();
            if (!m.subtree && m.seq < frame.pageSeq) {
              port.postMessage({ type: B2C.VERDICT, seq: m.seq, verdict: null, superseded: true, subtree: false });
              break;
            }
            if (lost) throw new Error(`snapshot ${m.seq}: ${parts.length} of ${m.parts} parts came`);
            ({ verdict, nodes } = await engine.classify(m.html, m.side, rules));
          } catch (e) {
            error = `engine: ${e?.message ?? e}`;
          } finally {
            inFlight -= 1;
          }
          // `at`: when the snapshot came and the verdict left (epoch ms), so
          // that the content script can split the trip (benchmark figures).
          const at = { got, sent: metrics.epochNow() };
          port.postMessage({ type: B2C.VERDICT, seq: m.seq, verdict, nodes, error, subtree: m.subtree, at });
          break;
        }
        case C2B.APPLIED:
          Object.assign(frame, { items: m.items ?? [], counts: m.counts ?? null, paywall: m.paywall, article: m.article, notes: m.notes ?? [], stats: m.stats ?? {}, url: m.url ?? frame.url });
          updateBadge(tabId);
          break;
        case C2B.PICKED: {
          const site = await engine.siteKey(frame.url);
          lastPicks.set(site, { selector: m.selector, how: m.how ?? 'path' });
          await addRule(site, 'hide', m.selector);
          break;
        }
        case C2B.REMEMBER: {
          // Top frames of web pages only (content/remember.js).
          if (frameId !== 0) break;
          const url = m.url ?? frame.url;
          const host = new URL(url).hostname;
          const resolved = await engine.resolve(await store.load(), url);
          await remembered.report(await engine.siteKey(url), host, m, resolved);
          break;
        }
        case C2B.FRAME_NAG: {
          // Told to every other frame of the tab: the one holding the
          // <iframe> hides it (a frame cannot reach its parent's document).
          if (frameId === 0) break;
          frame.nagKey = typeof m.key === 'string' ? m.key : null;
          const msg = { type: B2C.FRAME_NAG, url: String(m.url ?? frame.url), category: m.category, reason: String(m.reason ?? ''), excerpt: String(m.excerpt ?? '').slice(0, 200) };
          for (const [id, f] of tab(tabId).frames) {
            if (id !== frameId) try { f.port.postMessage(msg); } catch { /* gone */ }
          }
          break;
        }
        case C2B.PAGE:
          pageWaiters.get(m.seq)?.({ html: m.html, url: m.url, label: m.label ?? null });
          pageWaiters.delete(m.seq);
          break;
        default:
          break;
      }
    } catch (e) {
      console.warn('quietpage background:', e);
    }
  });
  port.onDisconnect.addListener(() => {
    const t = tabs.get(tabId);
    if (t?.frames.get(frameId)?.port === port) t.frames.delete(frameId);
    if (t && !t.frames.size) tabs.delete(tabId);
    updateBadge(tabId);
  });
});

// ---- rules ---------------------------------------------------------------

async function mutateRules(fn) {
  const rules = JSON.parse(await store.load());
  rules.sites ??= {};
  fn(rules);
  const json = await engine.normalize(JSON.stringify(rules)); // validates
  return store.save(json);
}

async function addRule(site, list, selector) {
  if (!site || !selector) return;
  await mutateRules((r) => {
    const s = (r.sites[site] ??= {});
    s[list] ??= [];
    if (!s[list].includes(selector)) s[list].push(selector);
  });
  await broadcastRules(site);
}

// ---- popup and options ---------------------------------------------------

function frameOf(tabId, frameId) {
  return tabs.get(tabId)?.frames.get(frameId ?? 0);
}

async function handleUi(m) {
  switch (m?.type) {
    case UI.TAB_STATE: {
      const t = tabs.get(m.tabId);
      const top = t?.frames.get(0);
      const url = top?.url ?? '';
      const rules = await store.load();
      const resolved = url ? await engine.resolve(rules, url) : null;
      const items = listed(t);
      const counts = counted(t);
      let paywall = null;
      for (const f of t?.frames.values() ?? []) {
        if (f.paywall?.gate) paywall = f.paywall;
      }
      const site = url ? await engine.siteKey(url) : '';
      return { url, site, resolved, items, counts, paywall, lastPick: lastPicks.get(site) ?? null, notes: top?.notes ?? [], stats: top?.stats ?? {}, engine: metrics.timings };
    }
    case UI.SET_SITE:
      await mutateRules((r) => {
        const s = (r.sites[m.site] ??= {});
        if (m.enabled) delete s.enabled; else s.enabled = false;
      });
      await broadcastRules(m.site);
      return { ok: true };
    case UI.SET_CATEGORY:
      await mutateRules((r) => {
        const s = (r.sites[m.site] ??= {});
        s.categories ??= {};
        s.categories[m.category] = !!m.enabled;
      });
      await broadcastRules(m.site);
      return { ok: true };
    case UI.SHOW_ITEM:
    case UI.HIDE_ITEM: {
      // key '*': every item of every frame of the tab.
      const type = m.type === UI.SHOW_ITEM ? B2C.SHOW : B2C.HIDE;
      const t = tabs.get(m.tabId);
      const frames = m.key === '*' ? [...(t?.frames.values() ?? [])] : [frameOf(m.tabId, m.frameId)];
      for (const f of frames) f?.port.postMessage({ type, key: m.key });
      // A whole frame's box: the frame's own blocks come and go with it.
      if (m.key !== '*' && t) {
        const item = frameOf(m.tabId, m.frameId)?.items?.find((i) => i.key === m.key);
        for (const f of framesBehind(t, item)) f.port.postMessage({ type, key: '*' });
      }
      return { ok: true };
    }
    case UI.KEEP_ITEM:
      frameOf(m.tabId, m.frameId)?.port.postMessage({ type: B2C.SHOW, key: m.key, keep: true });
      await addRule(m.site, 'keep', m.selector);
      return { ok: true };
    case UI.PEEK:
      for (const f of tabs.get(m.tabId)?.frames.values() ?? []) f.port.postMessage({ type: B2C.PEEK, on: !!m.on });
      return { ok: true };
    case UI.PICK:
      frameOf(m.tabId, 0)?.port.postMessage({ type: B2C.PICK });
      return { ok: true };
    case UI.UNDO_PICK:
      if (lastPicks.get(m.site)?.selector === m.selector) lastPicks.delete(m.site);
      await mutateRules((r) => {
        const s = r.sites[m.site];
        if (s?.hide) s.hide = s.hide.filter((x) => x !== m.selector);
      });
      await broadcastRules(m.site);
      return { ok: true };
    case UI.SAVE_PAGE: {
      const f = frameOf(m.tabId, 0);
      if (!f) return { error: 'quietpage is not running on this page' };
      const seq = ++pageSeq;
      const page = new Promise((resolve) => pageWaiters.set(seq, resolve));
      f.port.postMessage({ type: B2C.GET_PAGE, seq });
      const timeout = new Promise((r) => setTimeout(() => r({ error: 'the page did not answer' }), 10000));
      try {
        return await Promise.race([page, timeout]);
      } finally {
        pageWaiters.delete(seq); // a page that never answered leaves no waiter behind
      }
    }
    case UI.GET_RULES:
      return { rules: await store.load(), note: store.lastSyncNote() };
    case UI.IMPORT_RULES: {
      // dryRun: the rules as they would be, for the options page's preview;
      // nothing is written.
      const current = await store.load();
      try {
        let json;
        let report = null;
        if (m.kind === 'filters') {
          const out = await engine.importFilters(current, m.text);
          json = JSON.stringify(out.rules);
          report = out.report;
        } else {
          json = await engine.importJson(current, m.text);
        }
        const normalized = await engine.normalize(json);
        if (m.dryRun) return { ok: true, report, rules: normalized, current };
        const where = await store.save(normalized);
        await broadcastRules(null);
        return { ok: true, report, ...where };
      } catch (e) {
        // Nothing was written: the stored rules are as they were.
        return { ok: false, error: String(e?.message ?? e) };
      }
    }
    case UI.SET_RULES: {
      try {
        const where = await store.save(await engine.normalize(m.rules));
        await broadcastRules(null);
        return { ok: true, ...where };
      } catch (e) {
        return { ok: false, error: String(e?.message ?? e) };
      }
    }
    case UI.REMEMBERED:
      return { sites: await remembered.list() };
    case UI.FORGET_REMEMBERED:
      await remembered.forget(m.site ?? null);
      return { ok: true };
    case UI.ENGINE_INFO:
      return { phrases: await engine.phraseCount(), timings: metrics.timings };
    default:
      return undefined;
  }
}

api.runtime.onMessage.addListener((m, sender, sendResponse) => {
  // Only the extension's own pages (popup, options) use this channel.
  if (sender.id !== api.runtime.id || !sender.url?.startsWith(api.runtime.getURL(''))) return false;
  handleUi(m).then(sendResponse, (e) => sendResponse({ error: String(e?.message ?? e) }));
  return true;
});

// The keyboard shortcuts: Alt+Shift+Q, the site switch, and Alt+Shift+P,
// the picker, without the popup.
api.commands?.onCommand.addListener(async (command) => {
  const [active] = await api.tabs.query({ active: true, currentWindow: true });
  if (command === 'start-picker') {
    tabs.get(active?.id)?.frames.get(0)?.port.postMessage({ type: B2C.PICK });
    return;
  }
  if (command !== 'toggle-site') return;
  const url = tabs.get(active?.id)?.frames.get(0)?.url;
  const site = url && await engine.siteKey(url);
  if (!site) return;
  const resolved = await engine.resolve(await store.load(), url);
  await handleUi({ type: UI.SET_SITE, site, enabled: !resolved.enabled });
});

// For the browser tests and for debugging from the service worker console:
// the per-tab state (no page can reach this).
globalThis.quietpageDebug = { tabs, keepSnapshots: false, timings: metrics.timings, classify: engine.classify, counts, remembered };

/** Sizes of everything the background keeps (read by the soak test). */
function counts() {
  let frames = 0;
  let items = 0;
  for (const t of tabs.values()) {
    frames += t.frames.size;
    for (const f of t.frames.values()) items += f.items?.length ?? 0;
  }
  return { tabs: tabs.size, frames, items, lastPicks: lastPicks.size, pageWaiters: pageWaiters.size, inFlight, inFlightMax, wasmBytes: engine.memoryBytes() };
}

// Compile the engine as soon as the background starts.
engine.load().catch((e) => console.error('quietpage: engine failed to load', e));
