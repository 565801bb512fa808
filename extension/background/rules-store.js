// Where the reader's rules live. The stored form is the rules JSON of
// src/rules.rs, always validated by the engine before it is written, so
// storage never holds rules the engine would reject.
//
// storage.local is the source of truth. The same JSON is mirrored to
// storage.sync (in chunks under the per-item quota) when it fits the sync
// quotas, so rules follow the reader to other devices; when it does not
// fit, the rules stay on this device and the options page says so.
import '../shared/api.js';

const { api } = globalThis.__quietpage;

const LOCAL_KEY = 'rules';
const SYNC_PREFIX = 'rules.';
const SYNC_COUNT = 'rules.count';
// chrome.storage.sync: 8,192 bytes per item (key + JSON value), 102,400 in all.
const SYNC_CHUNK = 7000;
const SYNC_MAX_TOTAL = 90000;

export const EMPTY = JSON.stringify({ version: 1, sites: {} });

let cache = null;
let loading = null;
let syncNote = '';

/**
 * The stored rules JSON. One read from storage, shared by every caller:
 * two overlapping first reads, or a read overlapping a save, must not
 * leave an older value in the cache.
 */
export function load() {
  if (cache !== null) return Promise.resolve(cache);
  loading ??= readStored().then((json) => {
    cache ??= json; // a save during the read wins
    return cache;
  });
  return loading;
}

async function readStored() {
  const local = await api.storage.local.get(LOCAL_KEY);
  if (typeof local[LOCAL_KEY] === 'string') return local[LOCAL_KEY];
  // A new device: take what sync has.
  try {
    const { [SYNC_COUNT]: n } = await api.storage.sync.get(SYNC_COUNT);
    if (Number.isInteger(n) && n > 0) {
      const keys = Array.from({ length: n }, (_, i) => SYNC_PREFIX + i);
      const parts = await api.storage.sync.get(keys);
      const json = keys.map((k) => parts[k] ?? '').join('');
      await api.storage.local.set({ [LOCAL_KEY]: json });
      return json;
    }
  } catch { /* sync unavailable */ }
  return EMPTY;
}

/** Stores already-validated rules JSON; reports where it went. */
export async function save(json) {
  cache = json;
  await api.storage.local.set({ [LOCAL_KEY]: json });
  syncNote = await mirrorToSync(json);
  return { storage: syncNote ? 'local' : 'sync', note: syncNote };
}

async function mirrorToSync(json) {
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > SYNC_MAX_TOTAL) {
    return `Your rules are ${bytes} bytes, more than browser sync allows (${SYNC_MAX_TOTAL}); they are kept on this device only.`;
  }
  const chunks = [];
  for (let i = 0; i < json.length; i += SYNC_CHUNK) chunks.push(json.slice(i, i + SYNC_CHUNK));
  try {
    const { [SYNC_COUNT]: old } = await api.storage.sync.get(SYNC_COUNT);
    const items = { [SYNC_COUNT]: chunks.length };
    chunks.forEach((c, i) => { items[SYNC_PREFIX + i] = c; });
    await api.storage.sync.set(items);
    if (Number.isInteger(old) && old > chunks.length) {
      await api.storage.sync.remove(Array.from({ length: old - chunks.length }, (_, i) => SYNC_PREFIX + (chunks.length + i)));
    }
    return '';
  } catch (e) {
    return `Browser sync refused the rules (${e?.message ?? e}); they are kept on this device only.`;
  }
}

export function lastSyncNote() {
  return syncNote;
}
