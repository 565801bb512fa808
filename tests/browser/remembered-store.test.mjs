// The background's store of remembered selectors (extension/background/
// remembered.js) against an in-memory storage.local (no browser): what a
// page's report adds, confirms and withdraws; a withdrawn selector never
// comes back; the per-host entries the content script reads, filtered by
// the site's rules; the 30-day expiry; the bounds; forgetting.
import { test } from 'node:test';
import assert from 'node:assert/strict';

/** A storage.local with get/set/remove as the extension API has them. */
function fakeStorage(initial = {}) {
  const data = structuredClone(initial);
  let sets = 0;
  return {
    data,
    sets: () => sets,
    async get(keys) {
      if (keys === null) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) { sets += 1; Object.assign(data, structuredClone(items)); },
    async remove(keys) { for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k]; },
  };
}

let instance = 0;
/** A fresh copy of the module (its cache is module state) over `storage`. */
async function store(storage) {
  globalThis.__quietpage = { api: { storage: { local: storage } } };
  instance += 1;
  return import(`../../extension/background/remembered.js?i=${instance}`);
}

const DAY = 24 * 3600 * 1000;
const ON = { enabled: true, categories: { cookie: true, newsletter: true }, keep: [] };

test('a report adds, confirms and withdraws; withdrawn never comes back; the host entry follows', async () => {
  const local = fakeStorage();
  const r = await store(local);
  await r.report('example.com', 'www.example.com', { add: [{ selector: '#cookie', category: 'cookie' }, { selector: 'aside.promo', category: 'newsletter' }] }, ON, 1000);
  assert.deepEqual(local.data['remembered:www.example.com'].selectors.map((s) => s.selector), ['#cookie', 'aside.promo']);
  await r.report('example.com', 'example.com', { withdraw: ['aside.promo'], confirm: ['#cookie'] }, ON, 2000);
  for (const host of ['www.example.com', 'example.com']) {
    assert.deepEqual(local.data[`remembered:${host}`].selectors, [{ selector: '#cookie', category: 'cookie' }], host);
  }
  await r.report('example.com', 'example.com', { add: [{ selector: 'aside.promo', category: 'newsletter' }] }, ON, 3000);
  assert.deepEqual(local.data['remembered:example.com'].selectors.map((s) => s.selector), ['#cookie'], 'withdrawn stays withdrawn');
  const [site] = await r.list();
  assert.deepEqual([site.site, site.withdrawn, site.selectors.length], ['example.com', 1, 1]);
  // Bad input is skipped, not stored.
  await r.report('example.com', 'example.com', { add: [{ selector: 'x'.repeat(400), category: 'cookie' }, { selector: 42 }, null] }, ON, 4000);
  assert.equal((await r.list())[0].selectors.length, 1);
});

test('the host entry leaves out what the rules forbid: site off, category off, never-hide', async () => {
  const local = fakeStorage();
  const r = await store(local);
  const add = [{ selector: '#cookie', category: 'cookie' }, { selector: 'aside.promo', category: 'newsletter' }];
  await r.report('a.org', 'a.org', { add }, { ...ON, categories: { cookie: false, newsletter: true } }, 1000);
  assert.deepEqual(local.data['remembered:a.org'].selectors.map((s) => s.selector), ['aside.promo']);
  await r.refresh(async () => ({ ...ON, keep: ['aside.promo'] }));
  assert.deepEqual(local.data['remembered:a.org'].selectors.map((s) => s.selector), ['#cookie']);
  await r.refresh(async () => ({ ...ON, enabled: false }));
  assert.deepEqual(local.data['remembered:a.org'].selectors, []);
  await r.refresh(async () => ON);
  assert.equal(local.data['remembered:a.org'].selectors.length, 2, 'back when the rules allow them');
});

test('a site unused for 30 days is forgotten, its host entries too; a used one stays', async () => {
  const now = Date.now();
  const site = (used) => ({ hosts: ['h.' + used], selectors: { '#x': { category: 'cookie', at: used } }, withdrawn: [], used });
  const old = now - 31 * DAY;
  const recent = now - 29 * DAY;
  const local = fakeStorage({
    remembered: { 'old.com': { ...site(old), hosts: ['old.com'] }, 'recent.com': { ...site(recent), hosts: ['recent.com'] } },
    'remembered:old.com': { selectors: [{ selector: '#x', category: 'cookie' }], used: old },
    'remembered:recent.com': { selectors: [{ selector: '#x', category: 'cookie' }], used: recent },
  });
  const r = await store(local);
  assert.deepEqual((await r.list()).map((s) => s.site), ['recent.com']);
  assert.equal(local.data['remembered:old.com'], undefined);
  assert.ok(local.data['remembered:recent.com']);
  assert.equal(r.EXPIRY_MS, 30 * DAY);
});

test('bounds: 64 selectors and fingerprints a site; a visit with nothing new writes at most once an hour', async () => {
  const local = fakeStorage();
  const r = await store(local);
  const add = Array.from({ length: 80 }, (_, i) => ({ selector: `.nag-${i}`, category: 'cookie' }));
  await r.report('b.org', 'b.org', { add }, ON, 1000);
  assert.equal(local.data['remembered:b.org'].selectors.length, 64);
  const writes = local.sets();
  await r.report('b.org', 'b.org', { confirm: ['.nag-1'] }, ON, 1000 + 60 * 1000);
  assert.equal(local.sets(), writes, 'a minute later: no write');
  await r.report('b.org', 'b.org', { confirm: ['.nag-1'] }, ON, 1000 + 2 * 3600 * 1000);
  assert.equal(local.sets(), writes + 1, 'two hours later: `used` is written');
  assert.equal(local.data['remembered:b.org'].used, 1000 + 2 * 3600 * 1000);
});

test('forget: one site, then every site (stray host entries included)', async () => {
  const local = fakeStorage({ 'remembered:stray.net': { selectors: [], used: Date.now() }, rules: '{"version":1,"sites":{}}' });
  const r = await store(local);
  await r.report('a.org', 'a.org', { add: [{ selector: '#a', category: 'cookie' }] }, ON);
  await r.report('b.org', 'www.b.org', { add: [{ selector: '#b', category: 'cookie' }] }, ON);
  await r.forget('a.org');
  assert.deepEqual((await r.list()).map((s) => s.site), ['b.org']);
  assert.equal(local.data['remembered:a.org'], undefined);
  await r.forget();
  assert.deepEqual(await r.list(), []);
  assert.deepEqual(Object.keys(local.data).filter((k) => k.startsWith('remembered:')), []);
  assert.equal(local.data.rules, '{"version":1,"sites":{}}', 'the rules are not touched');
});
