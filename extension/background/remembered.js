// Remembered selectors: per site, stable selectors (ids and class names,
// never nth-child paths) for the nags the engine hid there, so that the
// next page of the site can hide them before its first paint
// (content/remember.js). The engine's verdict on each page confirms or
// withdraws them; a withdrawn selector never comes back on that site.
//
// They are a record of the sites the reader visited, so they stay on this
// device: storage.local only (never the sync mirror of rules-store.js, never
// in an export), and a site unused for 30 days is forgotten.
//
// Stored form (storage.local):
//   'remembered'        {[site]: {hosts: [host], selectors: {[selector]: {category, at}},
//                                 withdrawn: [selector], used}}   (the background's record)
//   'remembered:<host>' {selectors: [{selector, category}], used}  (what the content script
//                                 of that host reads at document_start: one key per host,
//                                 so that it needs neither the site-key rule nor the record)
import '../shared/api.js';

const { api } = globalThis.__quietpage;

const RECORD_KEY = 'remembered';
export const HOST_PREFIX = 'remembered:';
/** A site not visited for this long is forgotten. */
export const EXPIRY_MS = 30 * 24 * 3600 * 1000;
/**
 * Bounds: a site's live selectors and text fingerprints (content/fingerprint.js;
 * a nag may have both), its withdrawn list, the sites kept (the least recently used go).
 */
const MAX_SELECTORS = 64;
const MAX_WITHDRAWN = 256;
const MAX_SITES = 500;
const MAX_HOSTS = 8;
const MAX_SELECTOR_CHARS = 300;
/** A visit with nothing new rewrites `used` at most this often. */
const USED_RESOLUTION_MS = 3600 * 1000;

let record = null;
let loading = null;
/** When sites were last checked for expiry (a background page may live for days). */
let lastExpiry = 0;
/** Writes run one after another, so that a later state never lands first. */
let writing = Promise.resolve();

async function load() {
  if (record) return record;
  loading ??= api.storage.local.get(RECORD_KEY).then(async (r) => {
    const stored = r?.[RECORD_KEY];
    record ??= stored && typeof stored === 'object' ? stored : {};
    lastExpiry = Date.now();
    await expire(lastExpiry);
    return record;
  });
  return loading;
}

function persist(hostsToWrite, hostsToRemove = []) {
  const items = { [RECORD_KEY]: record };
  for (const [host, value] of hostsToWrite) items[HOST_PREFIX + host] = value;
  writing = writing.then(async () => {
    await api.storage.local.set(items);
    if (hostsToRemove.length) await api.storage.local.remove(hostsToRemove.map((h) => HOST_PREFIX + h));
  }).catch((e) => console.warn('quietpage: remembered selectors not saved', e));
  return writing;
}

/** A site's live selectors. */
const live = (s) => Object.entries(s.selectors).map(([selector, v]) => ({ selector, category: v.category }));

/**
 * The content script's view of a site: its live selectors that the rules
 * (`resolved`, when known) allow, so that a site the reader switched off,
 * or a category, is not hidden even for the moment before the rules arrive.
 */
function hostEntry(s, resolved = null) {
  let selectors = live(s);
  if (resolved) {
    selectors = resolved.enabled ? selectors.filter((x) => resolved.categories?.[x.category] !== false && !resolved.keep?.includes(x.selector)) : [];
  }
  return { selectors, used: s.used };
}

/** Forgets sites unused for EXPIRY_MS, and the least recently used beyond MAX_SITES. */
async function expire(now) {
  const sites = Object.entries(record);
  const old = sites.filter(([, s]) => !(now - (s.used ?? 0) <= EXPIRY_MS));
  const rest = sites.filter(([, s]) => now - (s.used ?? 0) <= EXPIRY_MS).sort((a, b) => b[1].used - a[1].used);
  const drop = [...old, ...rest.slice(MAX_SITES)];
  if (!drop.length) return;
  for (const [site] of drop) delete record[site];
  await persist([], drop.flatMap(([, s]) => s.hosts ?? []));
}

/**
 * A page of `site` (on `host`) reported what its verdict made of the
 * site's selectors: `add` new ones, `confirm` (still hiding only nags),
 * `withdraw` (now covering text the verdict keeps: gone for good).
 */
export async function report(site, host, { add = [], confirm = [], withdraw = [] } = {}, resolved = null, now = Date.now()) {
  if (!site || !host) return;
  await load();
  if (now - lastExpiry > USED_RESOLUTION_MS) {
    lastExpiry = now;
    await expire(now);
  }
  const s = (record[site] ??= { hosts: [], selectors: {}, withdrawn: [], used: 0 });
  let changed = false;
  if (!s.hosts.includes(host)) { s.hosts = [host, ...s.hosts].slice(0, MAX_HOSTS); changed = true; }
  for (const sel of withdraw) {
    if (typeof sel !== 'string') continue;
    if (s.selectors[sel]) { delete s.selectors[sel]; changed = true; }
    if (!s.withdrawn.includes(sel)) { s.withdrawn.push(sel); changed = true; }
  }
  if (s.withdrawn.length > MAX_WITHDRAWN) s.withdrawn = s.withdrawn.slice(-MAX_WITHDRAWN);
  for (const sel of confirm) if (s.selectors[sel]) s.selectors[sel].at = now;
  for (const a of add) {
    const sel = a?.selector;
    if (typeof sel !== 'string' || !sel || sel.length > MAX_SELECTOR_CHARS || s.withdrawn.includes(sel) || s.selectors[sel]) continue;
    if (Object.keys(s.selectors).length >= MAX_SELECTORS) break;
    s.selectors[sel] = { category: String(a.category ?? ''), at: now };
    changed = true;
  }
  if (!Object.keys(s.selectors).length && !s.withdrawn.length) {
    delete record[site];
    await persist([], s.hosts);
    return;
  }
  if (!changed && now - s.used < USED_RESOLUTION_MS) return;
  s.used = now;
  await persist(s.hosts.map((h) => [h, hostEntry(s, resolved)]));
}

/** After a rules change: every host entry again, through `resolve(url)` (the site's rules). */
export async function refresh(resolve) {
  await load();
  const writes = [];
  for (const s of Object.values(record)) {
    for (const h of s.hosts) writes.push([h, hostEntry(s, await resolve(`https://${h}/`))]);
  }
  if (writes.length) await persist(writes);
}

/** Every site's remembered selectors, for the options page (most recent first). */
export async function list() {
  await load();
  return Object.entries(record)
    .map(([site, s]) => ({ site, selectors: live(s), withdrawn: s.withdrawn.length, used: s.used }))
    .sort((a, b) => b.used - a.used);
}

/** Forgets one site's selectors, withdrawn ones included; every site's without `site`. */
export async function forget(site = null) {
  await load();
  const sites = site ? [site] : Object.keys(record);
  const hosts = sites.flatMap((k) => record[k]?.hosts ?? []);
  for (const k of sites) delete record[k];
  await persist([], hosts);
  // Host entries a lost record no longer names (a crash between writes).
  if (!site) {
    const all = await api.storage.local.get(null);
    const stray = Object.keys(all).filter((k) => k.startsWith(HOST_PREFIX));
    if (stray.length) await api.storage.local.remove(stray);
  }
}
