// The popup: one power control for the site; what was hidden on this tab,
// one item per nag, grouped by category, in plain words; per item Show it
// ⇄ Hide again (this page view) and Never hide (a rule); the tools (peek,
// picker, filter export, save for testing); this site's categories.
// Everything but the power control is disabled while the site is off.
import { UI, CATEGORIES } from '../shared/protocol.js';
import { api, $, ask, el, toggle, download, keepingFocus } from '../shared/ui.js';
import { categoryName, plainReason, plainPaywall, HOW } from '../shared/words.js';
import { filterLines, selectorOf } from '../shared/filters.js';

let tabId = null;
let state = null;

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const short = (s, n = 40) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const itemId = (it) => `${it.frameId}-${it.key}`;
const isOn = () => !!state?.url && (state?.resolved?.enabled ?? true);

async function refresh() {
  state = await ask({ type: UI.TAB_STATE, tabId });
  keepingFocus(render, 'count');
}

/** Refreshes until `done(state)` holds (the page has answered), at most ~2 s. */
async function refreshUntil(done) {
  for (let i = 0; i < 20; i += 1) {
    state = await ask({ type: UI.TAB_STATE, tabId });
    if (done(state)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  keepingFocus(render, 'count');
}

function say(text) {
  $('status').textContent = text;
}

function render() {
  const on = isOn();
  const site = state?.site ?? '';
  document.body.classList.toggle('off', !on);
  $('site').textContent = site || 'this page';
  $('power-label').textContent = !state?.url ? 'quietpage' : on ? 'On for' : 'Off for';
  $('site-switch').checked = on;
  $('site-switch').disabled = !site;
  const paused = state?.resolved?.matched?.includes('*') && !on;
  $('status').textContent = !state?.url
    ? 'quietpage does not run on this page.'
    : on ? '' : paused ? 'Paused: quietpage is off on all sites or on this one (see Options). Nothing is hidden.' : 'Off: this site is shown as it is.';
  const items = on ? state?.items ?? [] : [];
  // Counted over every item: a page lists at most 500 of them.
  const counts = on ? state?.counts ?? { hidden: 0, shown: 0, categories: {} } : { hidden: 0, shown: 0, categories: {} };
  $('count').textContent = !on ? 'Nothing hidden while off'
    : counts.hidden ? `${plural(counts.hidden, 'nag')} hidden on this page`
      : counts.shown ? `Nothing hidden now: ${counts.shown} shown for this page view` : 'Nothing hidden on this page';
  $('list').replaceChildren(...groups(items, counts));
  $('view-note').hidden = !counts.shown;
  // Off: every control but the power one is disabled, visibly.
  for (const b of document.querySelectorAll('#controls button, #controls input')) b.disabled = !on;
  $('show-all').disabled = !on || !counts.hidden;
  $('hide-all').disabled = !on || !counts.shown;
  $('copy-filters').disabled = !on || !counts.hidden;
  const pw = $('paywall');
  pw.hidden = !on || !state?.paywall?.gate;
  pw.replaceChildren(...(state?.paywall?.gate ? [
    el('strong', { textContent: 'This article is behind a paywall.' }),
    el('span', { textContent: ' quietpage reports it and does not remove it, because:' }),
    el('ul', {}, ...plainPaywall(state.paywall.evidence).map((t) => el('li', { textContent: t }))),
  ] : []));
  const cats = state?.resolved?.categories ?? [];
  $('categories').replaceChildren(...CATEGORIES.map(([key, label]) => toggle({
    id: `cat-${key}`,
    label,
    checked: (cats.find(([k]) => k === key) ?? [key, true])[1],
    disabled: !on || !site,
    dataset: { category: key },
    onchange: (checked) => setCategory(key, checked),
  })));
  const pick = state?.lastPick;
  $('undo-pick').hidden = !pick;
  $('undo-pick').disabled = !on || !pick;
  $('undo-pick').textContent = 'Undo last pick';
  $('undo-pick').title = pick ? `Removes the rule ${pick.selector} (named ${HOW[pick.how] ?? HOW.path})` : '';
}

/**
 * The list: one section per category, friendly name and count (of all its
 * items, listed or not); a note says how many are not listed.
 */
function groups(items, counts) {
  if (!items.length) return [el('p', { className: 'empty', textContent: isOn() ? 'quietpage found no nags here. Use “Hide something else…” for one it missed.' : '' })];
  const order = [...CATEGORIES.map(([k]) => k), 'rule'];
  const byCat = new Map();
  for (const it of items) {
    const k = order.includes(it.category) ? it.category : 'rule';
    if (!byCat.has(k)) byCat.set(k, []);
    byCat.get(k).push(it);
  }
  const n = (k) => (k === 'rule'
    ? Object.entries(counts.categories).filter(([c]) => !order.includes(c) || c === 'rule').reduce((s, [, v]) => s + v, 0)
    : counts.categories[k]) || byCat.get(k).length;
  const unlisted = counts.hidden + counts.shown - items.length;
  return [...order.filter((k) => byCat.has(k)).map((k) => {
    const list = byCat.get(k);
    const id = `h-${k}`;
    return el('section', { className: 'cat' },
      el('h2', { id }, categoryName(k), ' ', el('span', { className: 'n', textContent: `(${n(k)})` })),
      el('ul', {}, ...list.map(itemRow)));
  }), ...(unlisted > 0 ? [el('p', { className: 'unlisted', textContent: `${plural(unlisted, 'more nag')} not listed here (the first ${items.length} are). Show all and Hide all cover them too.` })] : [])];
}

function itemRow(it) {
  const shownNow = it.state === 'shown';
  const name = it.text ? `“${it.text}”` : it.label || 'an element without text';
  const ctx = short(it.text || it.label || categoryName(it.category));
  const toggleBtn = el('button', {
    type: 'button',
    id: `t-${itemId(it)}`,
    textContent: shownNow ? 'Hide again' : 'Show it',
    onclick: () => (shownNow ? hideItem(it) : showItem(it)),
  });
  toggleBtn.setAttribute('aria-label', `${shownNow ? 'Hide again' : 'Show it'}: ${ctx}`);
  const keep = el('button', { type: 'button', id: `k-${itemId(it)}`, textContent: 'Never hide on this site', onclick: () => keepItem(it) });
  keep.setAttribute('aria-label', `Never hide on this site: ${ctx}`);
  const stable = it.stable ?? { selector: it.selector, how: 'path' };
  const li = el('li', { className: `item${shownNow ? ' shown' : ''}` },
    el('span', { className: 'text', textContent: name }),
    el('span', { className: 'why', textContent: plainReason(it) }),
    shownNow ? el('span', { className: 'state', textContent: 'Shown for this page view only.' }) : null,
    el('div', { className: 'row' }, toggleBtn, keep),
    el('details', {},
      el('summary', { textContent: 'Advanced' }),
      el('span', { textContent: `A rule would name it ${HOW[stable.how] ?? HOW.path}:` }),
      el('code', { textContent: selectorOf(it) }),
      el('span', { textContent: 'Engine evidence:' }),
      el('ul', {}, ...(it.evidence ?? []).map((e) => el('li', { textContent: e })))));
  li.dataset.category = it.category;
  li.dataset.state = it.state ?? 'hidden';
  return li;
}

const findItem = (s, it) => s?.items?.find((x) => x.frameId === it.frameId && x.key === it.key);

async function showItem(it) {
  await ask({ type: UI.SHOW_ITEM, tabId, frameId: it.frameId, key: it.key });
  await refreshUntil((s) => findItem(s, it)?.state === 'shown');
  say('Shown for this page view; “Hide again” puts it back.');
}

async function hideItem(it) {
  await ask({ type: UI.HIDE_ITEM, tabId, frameId: it.frameId, key: it.key });
  await refreshUntil((s) => findItem(s, it)?.state !== 'shown');
  say('Hidden again.');
}

async function keepItem(it) {
  const stable = it.stable ?? { selector: it.selector, how: 'path' };
  await ask({ type: UI.KEEP_ITEM, tabId, frameId: it.frameId, key: it.key, selector: stable.selector, site: state.site });
  await refreshUntil((s) => findItem(s, it)?.state === 'shown');
  say(`Never hidden on ${state.site} from now on (the rule names it ${HOW[stable.how] ?? HOW.path}).`);
}

async function setCategory(category, enabled) {
  await ask({ type: UI.SET_CATEGORY, site: state.site, category, enabled });
  setTimeout(refresh, 300);
}

$('site-switch').addEventListener('change', async (e) => {
  await ask({ type: UI.SET_SITE, site: state.site, enabled: e.target.checked });
  await refreshUntil((s) => (s?.resolved?.enabled ?? true) === e.target.checked);
});

$('show-all').addEventListener('click', async () => {
  await ask({ type: UI.SHOW_ITEM, tabId, key: '*' });
  await refreshUntil((s) => !s?.items?.some((x) => x.state !== 'shown'));
  say('Everything shown for this page view; “Hide all” puts it back.');
  if ($('show-all').disabled) $('hide-all').focus();
});

$('hide-all').addEventListener('click', async () => {
  await ask({ type: UI.HIDE_ITEM, tabId, key: '*' });
  await refreshUntil((s) => !s?.items?.some((x) => x.state === 'shown'));
  say('Everything hidden again.');
  if ($('hide-all').disabled) $('show-all').focus();
});

const peek = (on) => ask({ type: UI.PEEK, tabId, on });
$('peek').addEventListener('pointerdown', () => peek(true));
for (const ev of ['pointerup', 'pointerleave']) $('peek').addEventListener(ev, () => peek(false));
$('peek').addEventListener('keydown', (e) => { if (e.key === ' ' || e.key === 'Enter') peek(true); });
$('peek').addEventListener('keyup', () => peek(false));

$('pick').addEventListener('click', async () => {
  await ask({ type: UI.PICK, tabId });
  say('Choose what to hide on the page: the toolbar there says how (Esc cancels).');
  window.close?.();
});

$('undo-pick').addEventListener('click', async () => {
  if (!state?.lastPick) return;
  await ask({ type: UI.UNDO_PICK, site: state.site, selector: state.lastPick.selector });
  await refreshUntil((s) => !s?.lastPick);
  say('Last pick undone.');
  $('pick').focus();
});

$('copy-filters').addEventListener('click', async () => {
  const items = (state?.items ?? []).filter((it) => it.state !== 'shown');
  const text = filterLines(state.site, items, state.url);
  $('filters-text').value = text;
  $('filters-box').hidden = false;
  $('filters-box').open = true;
  const n = text.split('\n').filter((l) => l && !l.startsWith('!')).length;
  // Said at once: the clipboard may take its time (or never answer in a
  // popup without focus).
  say(`${plural(n, 'filter rule')} below.`);
  try {
    await navigator.clipboard.writeText(text);
    say(`Copied ${plural(n, 'filter rule')} (uBlock Origin and AdGuard read them).`);
  } catch {
    $('filters-text').select();
    say(`${plural(n, 'filter rule')} below: the clipboard refused, copy them by hand.`);
  }
});

$('save').addEventListener('click', async () => {
  const page = await ask({ type: UI.SAVE_PAGE, tabId });
  if (!page || page.error) { say(page?.error ?? 'Could not save the page.'); return; }
  const base = `${state.site || 'page'}.quietpage`;
  download(`${base}.html`, page.html, 'text/html');
  // The label `quietpage eval` reads: what was hidden, the reader's picks
  // (missed nags) and what the reader said never to hide.
  const label = { page: `${base}.html`, url: page.url, hide: page.label?.hide ?? [], keep: page.label?.keep ?? [] };
  download(`${base}.json`, `${JSON.stringify(label, null, 1)}\n`, 'application/json');
  say(`Saved ${base}.html and its label ${base}.json. Run: quietpage eval --pages DIR --labels DIR`);
});

(async () => {
  const params = new URLSearchParams(location.search);
  // Tests open the popup as a page with ?tab=ID; a reader's click gives the active tab.
  tabId = params.has('tab') ? Number(params.get('tab')) : (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  await refresh();
})();
