// The popup: this site's switch and categories, what was hidden on this tab
// and why, and per item "show it" / "never hide this on this site".
import { UI, CATEGORIES } from '../shared/protocol.js';
import '../shared/api.js';

const { api } = globalThis.__quietpage;
const $ = (id) => document.getElementById(id);
const ask = (msg) => api.runtime.sendMessage(msg);

let tabId = null;
let state = null;

function el(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) e.append(c);
  return e;
}

async function refresh() {
  state = await ask({ type: UI.TAB_STATE, tabId });
  render();
}

function render() {
  const on = state?.resolved?.enabled ?? true;
  $('site').textContent = state?.site || 'this page';
  $('site-switch').checked = on;
  $('site-switch').disabled = !state?.site;
  $('status').textContent = !state?.url
    ? 'quietpage does not run on this page.'
    : on ? '' : 'Off on this site: nothing is hidden.';
  const items = state?.items ?? [];
  $('count').textContent = String(items.length);
  $('empty').hidden = items.length > 0 || !on;
  const list = $('items');
  list.replaceChildren(...items.map((it) => el('li', {},
    el('span', { className: 'cat', textContent: it.category }),
    el('span', { className: 'text', textContent: it.text || '(no text)' }),
    el('span', { className: 'why', textContent: it.reason ? `because: ${it.reason}` : '' }),
    el('button', { textContent: 'Show it', onclick: () => showItem(it) }),
    el('button', { textContent: 'Never hide this on this site', onclick: () => keepItem(it) }),
  )));
  const pw = $('paywall');
  pw.hidden = !state?.paywall?.gate;
  pw.textContent = state?.paywall?.gate ? `This article is behind a paywall (reported, not removed): ${state.paywall.evidence.join('; ')}` : '';
  const cats = state?.resolved?.categories ?? [];
  $('categories').replaceChildren(...CATEGORIES.map(([key, label]) => {
    const enabled = (cats.find(([k]) => k === key) ?? [key, true])[1];
    const input = el('input', { type: 'checkbox', checked: enabled, disabled: !state?.site, onchange: (e) => setCategory(key, e.target.checked) });
    input.dataset.category = key;
    return el('li', {}, el('span', { textContent: label }), el('label', { className: 'switch' }, input, el('span')));
  }));
  $('undo-pick').hidden = !state?.lastPick;
  $('undo-pick').textContent = state?.lastPick ? `Undo pick (${state.lastPick})` : 'Undo pick';
}

async function showItem(it) {
  await ask({ type: UI.SHOW_ITEM, tabId, frameId: it.frameId, key: it.key });
  setTimeout(refresh, 150);
}

async function keepItem(it) {
  await ask({ type: UI.KEEP_ITEM, tabId, frameId: it.frameId, key: it.key, selector: it.selector, site: state.site });
  setTimeout(refresh, 300);
}

async function setCategory(category, enabled) {
  await ask({ type: UI.SET_CATEGORY, site: state.site, category, enabled });
  setTimeout(refresh, 300);
}

$('site-switch').addEventListener('change', async (e) => {
  await ask({ type: UI.SET_SITE, site: state.site, enabled: e.target.checked });
  setTimeout(refresh, 300);
});

const peek = (on) => ask({ type: UI.PEEK, tabId, on });
$('peek').addEventListener('pointerdown', () => peek(true));
for (const ev of ['pointerup', 'pointerleave']) $('peek').addEventListener(ev, () => peek(false));
$('peek').addEventListener('keydown', (e) => { if (e.key === ' ' || e.key === 'Enter') peek(true); });
$('peek').addEventListener('keyup', () => peek(false));

$('pick').addEventListener('click', async () => {
  await ask({ type: UI.PICK, tabId });
  $('status').textContent = 'Click the element to hide on the page (Esc cancels).';
  window.close?.();
});

$('undo-pick').addEventListener('click', async () => {
  if (!state?.lastPick) return;
  await ask({ type: UI.UNDO_PICK, site: state.site, selector: state.lastPick });
  setTimeout(refresh, 300);
});

$('save').addEventListener('click', async () => {
  const page = await ask({ type: UI.SAVE_PAGE, tabId });
  if (!page || page.error) { $('status').textContent = page?.error ?? 'Could not save the page.'; return; }
  const blob = new Blob([page.html], { type: 'text/html' });
  const a = el('a', { href: URL.createObjectURL(blob), download: `${state.site || 'page'}.quietpage.html` });
  document.body.append(a);
  a.click();
  a.remove();
  $('status').textContent = 'Saved. Run: quietpage scan <file> to see the same decision.';
});

(async () => {
  const params = new URLSearchParams(location.search);
  // Tests open the popup as a page with ?tab=ID; a reader's click gives the active tab.
  tabId = params.has('tab') ? Number(params.get('tab')) : (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  await refresh();
})();
