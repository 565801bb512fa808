// Options: default categories, the list of sites with their rules (edit,
// remove), import/export. Every change goes through the background, which
// validates with the engine and stores only valid rules; a bad file is
// refused with the line named, and the stored rules stay as they were.
import { UI, CATEGORIES } from '../shared/protocol.js';
import '../shared/api.js';

const { api } = globalThis.__quietpage;
const $ = (id) => document.getElementById(id);
const ask = (msg) => api.runtime.sendMessage(msg);
let rules = { version: 1, sites: {} };

function el(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) e.append(c);
  return e;
}

function say(text, ok) {
  $('message').textContent = text;
  $('message').className = ok ? 'ok' : 'error';
}

async function load() {
  const r = await ask({ type: UI.GET_RULES });
  rules = JSON.parse(r.rules);
  rules.sites ??= {};
  $('storage').textContent = r.note || 'Rules are stored on this device and synced with your browser account where sync is on.';
  render();
}

async function save(next, okText) {
  const r = await ask({ type: UI.SET_RULES, rules: JSON.stringify(next) });
  if (!r.ok) { say(`Not saved: ${r.error}`, false); return load(); }
  say(okText + (r.note ? ` ${r.note}` : ''), true);
  return load();
}

function lines(list) { return (list ?? []).join('\n'); }
function unlines(text) { return text.split('\n').map((s) => s.trim()).filter(Boolean); }

function render() {
  $('defaults').replaceChildren(...CATEGORIES.map(([key, label]) => {
    const input = el('input', { type: 'checkbox', checked: rules.defaults?.[key] ?? true });
    input.dataset.category = key;
    input.addEventListener('change', () => {
      const next = structuredClone(rules);
      next.defaults ??= {};
      if (input.checked) delete next.defaults[key]; else next.defaults[key] = false;
      save(next, 'Saved.');
    });
    return el('li', {}, el('label', {}, input, ` ${label}`));
  }));
  const sites = Object.entries(rules.sites);
  $('no-sites').hidden = sites.length > 0;
  $('sites').tBodies[0].replaceChildren(...sites.map(([site, r]) => {
    const on = el('input', { type: 'checkbox', checked: r.enabled ?? true });
    const off = Object.entries(r.categories ?? {}).filter(([, v]) => !v).map(([k]) => k).join(', ') || '—';
    const hide = el('textarea', { value: lines(r.hide) });
    const keep = el('textarea', { value: lines(r.keep) });
    const apply = el('button', { textContent: 'Save' });
    const remove = el('button', { textContent: 'Remove' });
    apply.addEventListener('click', () => {
      const next = structuredClone(rules);
      const s = next.sites[site];
      if (on.checked) delete s.enabled; else s.enabled = false;
      s.hide = unlines(hide.value);
      s.keep = unlines(keep.value);
      save(next, `Saved ${site}.`);
    });
    remove.addEventListener('click', () => {
      const next = structuredClone(rules);
      delete next.sites[site];
      save(next, `Removed ${site}.`);
    });
    const row = el('tr', {}, el('td', { textContent: site }), el('td', {}, on), el('td', { textContent: off }), el('td', {}, hide), el('td', {}, keep), el('td', {}, apply, remove));
    row.dataset.site = site;
    return row;
  }));
}

async function importText(text) {
  const kind = text.trimStart().startsWith('{') ? 'json' : 'filters';
  const r = await ask({ type: UI.IMPORT_RULES, text, kind });
  if (!r.ok) { say(`Import refused, nothing changed: ${r.error}`, false); return; }
  const rep = r.report ? ` (${r.report.hide} hide, ${r.report.keep} keep lines; ${r.report.ignored} other lines ignored)` : '';
  say(`Imported${rep}.${r.note ? ' ' + r.note : ''}`, true);
  await load();
}

$('export').addEventListener('click', async () => {
  const { rules: json } = await ask({ type: UI.GET_RULES });
  const a = el('a', { href: URL.createObjectURL(new Blob([json], { type: 'application/json' })), download: 'quietpage-rules.json' });
  document.body.append(a);
  a.click();
  a.remove();
});
$('import-file').addEventListener('change', async (e) => {
  const file = e.target.files?.[0];
  if (!file) return;
  if (file.size > 4 * 1024 * 1024) { say('Import refused, nothing changed: the file is larger than 4 MB.', false); return; }
  await importText(await file.text());
  e.target.value = '';
});
$('import-paste').addEventListener('click', () => importText($('import-text').value));

(async () => {
  await load();
  const info = await ask({ type: UI.ENGINE_INFO });
  $('engine').textContent = `${info.phrases} phrases in 15 languages, compiled in ${Math.round(info.timings.initMs)} ms.`;
})();
