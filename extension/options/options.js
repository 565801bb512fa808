// Options: a global pause, default categories, every site with its
// switches and lists (editable), import with a preview to confirm, export.
// Every change goes through the background, which validates with the
// engine and stores only valid rules; a bad file is refused with the line
// named, and the stored rules stay as they were.
import { UI, CATEGORIES } from '../shared/protocol.js';
import { $, ask, el, toggle, download, keepingFocus } from '../shared/ui.js';
import { ALL_SITES, siteLabel, diffRules, describeDiff } from '../shared/rules-diff.js';

let rules = { version: 1, sites: {} };
let pending = null; // {text, kind}: the import being previewed

function say(text, kind) {
  $('message').textContent = text;
  $('message').className = kind;
}

async function load() {
  const r = await ask({ type: UI.GET_RULES });
  rules = JSON.parse(r.rules);
  rules.sites ??= {};
  $('storage').textContent = r.note || 'Rules are stored on this device and synced with your browser account where sync is on.';
  keepingFocus(render);
}

async function save(next, okText) {
  const r = await ask({ type: UI.SET_RULES, rules: JSON.stringify(next) });
  if (!r.ok) { say(`Not saved: ${r.error}`, 'error'); return load(); }
  say(okText + (r.note ? ` ${r.note}` : ''), 'ok');
  return load();
}

const lines = (list) => (list ?? []).join('\n');
const unlines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);
/** An id fragment for a site key ("*" and dots are fine in ids, spaces are not). */
const sid = (site) => site.replace(/[^\w.*-]/g, '_');

/** A copy of the rules with `fn` applied, saved; empty site entries dropped. */
function change(fn, okText) {
  const next = structuredClone(rules);
  next.sites ??= {};
  fn(next);
  for (const [k, v] of Object.entries(next.sites)) if (!Object.keys(v).length) delete next.sites[k];
  return save(next, okText);
}

function render() {
  const paused = rules.sites[ALL_SITES]?.enabled === false;
  $('pause').replaceChildren(toggle({
    id: 'global-on',
    label: paused ? 'quietpage is paused on all sites' : 'quietpage is on for all sites',
    checked: !paused,
    onchange: (on) => change((n) => {
      const s = (n.sites[ALL_SITES] ??= {});
      if (on) delete s.enabled; else s.enabled = false;
    }, on ? 'quietpage is on again.' : 'Paused on all sites.'),
  }));
  $('defaults').replaceChildren(...CATEGORIES.map(([key, label]) => toggle({
    id: `default-${key}`,
    label,
    checked: rules.defaults?.[key] ?? true,
    dataset: { category: key },
    onchange: (on) => change((n) => {
      n.defaults ??= {};
      if (on) delete n.defaults[key]; else n.defaults[key] = false;
    }, `${label}: ${on ? 'hidden' : 'shown'} by default.`),
  })));
  // "All sites" first, then the sites by name.
  const sites = Object.entries(rules.sites).sort(([a], [b]) => (a === ALL_SITES ? -1 : b === ALL_SITES ? 1 : a.localeCompare(b)));
  $('no-sites').hidden = sites.length > 0;
  $('sites').replaceChildren(...sites.map(([site, r]) => siteCard(site, r)));
}

function siteCard(site, r) {
  const id = sid(site);
  const name = siteLabel(site);
  const hide = el('textarea', { id: `s-${id}-hide`, value: lines(r.hide), rows: 3, spellcheck: false });
  const keep = el('textarea', { id: `s-${id}-keep`, value: lines(r.keep), rows: 3, spellcheck: false });
  const saveLists = el('button', { type: 'button', id: `s-${id}-save`, textContent: 'Save lists' });
  saveLists.setAttribute('aria-label', `Save lists for ${name}`);
  saveLists.addEventListener('click', () => change((n) => {
    const s = n.sites[site];
    s.hide = unlines(hide.value);
    s.keep = unlines(keep.value);
    if (!s.hide.length) delete s.hide;
    if (!s.keep.length) delete s.keep;
  }, `Saved the lists for ${name}.`));
  const remove = el('button', { type: 'button', className: 'danger', id: `s-${id}-remove`, textContent: 'Remove' });
  remove.setAttribute('aria-label', `Remove all rules for ${name}`);
  remove.addEventListener('click', () => change((n) => { delete n.sites[site]; }, `Removed the rules for ${name}.`).then(() => $('h-sites').focus()));
  const card = el('div', { className: 'site' },
    el('div', { className: 'site-head' },
      el('h3', { textContent: name }),
      el('div', { className: 'row' },
        toggle({
          id: `s-${id}-on`,
          label: `On for ${name}`,
          checked: r.enabled ?? true,
          onchange: (on) => change((n) => { if (on) delete n.sites[site].enabled; else n.sites[site].enabled = false; }, `${name}: ${on ? 'on' : 'off'}.`),
        }),
        remove)),
    el('div', { className: 'categories' }, ...CATEGORIES.map(([key, label]) => toggle({
      id: `s-${id}-cat-${key}`,
      label: `${label} on ${name}`,
      checked: r.categories?.[key] ?? rules.defaults?.[key] ?? true,
      dataset: { category: key },
      onchange: (on) => change((n) => {
        const s = n.sites[site];
        s.categories ??= {};
        s.categories[key] = on;
      }, `${label} on ${name}: ${on ? 'hidden' : 'shown'}.`),
    }))),
    el('div', { className: 'lists' },
      el('label', { className: 'list', htmlFor: hide.id }, 'Always hide (CSS selectors, one a line)', hide),
      el('label', { className: 'list', htmlFor: keep.id }, 'Never hide (CSS selectors, one a line)', keep)),
    el('p', { className: 'row' }, saveLists));
  card.dataset.site = site;
  return card;
}

// ---- import ----------------------------------------------------------------

const kindOf = (text) => (text.trimStart().startsWith('{') ? 'json' : 'filters');

/** Checks an import without saving it, and shows what it would change. */
async function preview(text) {
  pending = null;
  $('preview').hidden = true;
  if (!text.trim()) { say('Nothing to import: the text is empty. Nothing changed.', 'warn'); return; }
  const kind = kindOf(text);
  const r = await ask({ type: UI.IMPORT_RULES, text, kind, dryRun: true });
  if (!r.ok) { say(`Import refused, nothing changed: ${r.error}`, 'error'); return; }
  const diff = diffRules(JSON.parse(r.current), JSON.parse(r.rules));
  const ignored = r.report?.ignored ? ` ${r.report.ignored} line${r.report.ignored === 1 ? ' was' : 's were'} not element-hiding rules and would be skipped.` : '';
  if (kind === 'filters' && !r.report.hide && !r.report.keep) {
    say(`Nothing recognised: no line looks like example.com##.selector or example.com#@#.selector.${ignored} Nothing changed.`, 'warn');
    return;
  }
  if (diff.nothing) { say('Nothing new: you have all of these rules already. Nothing changed.', 'warn'); return; }
  pending = { text, kind };
  $('preview-title').textContent = `${describeDiff(diff)}${ignored}`;
  $('preview').hidden = false;
  say('', '');
  $('import-confirm').focus();
}

async function commit() {
  if (!pending) return;
  const { text, kind } = pending;
  pending = null;
  $('preview').hidden = true;
  const r = await ask({ type: UI.IMPORT_RULES, text, kind });
  if (!r.ok) { say(`Import refused, nothing changed: ${r.error}`, 'error'); return; }
  const rep = r.report ? ` (${r.report.hide} hide and ${r.report.keep} never-hide lines)` : '';
  say(`Imported${rep}.${r.note ? ` ${r.note}` : ''}`, 'ok');
  $('import-text').value = '';
  await load();
  $('message').focus?.();
}

$('export').addEventListener('click', async () => {
  const { rules: json } = await ask({ type: UI.GET_RULES });
  download('quietpage-rules.json', json, 'application/json');
});
$('import-file').addEventListener('change', async (e) => {
  const file = e.target.files?.[0];
  if (!file) return;
  if (file.size > 4 * 1024 * 1024) { say('Import refused, nothing changed: the file is larger than 4 MB.', 'error'); return; }
  const text = await file.text();
  e.target.value = '';
  await preview(text);
});
$('import-paste').addEventListener('click', () => preview($('import-text').value));
$('import-confirm').addEventListener('click', commit);
$('import-cancel').addEventListener('click', () => {
  pending = null;
  $('preview').hidden = true;
  say('Import cancelled, nothing changed.', 'warn');
  $('import-paste').focus();
});

(async () => {
  await load();
  const info = await ask({ type: UI.ENGINE_INFO });
  $('engine').textContent = `${Number(info.phrases).toLocaleString('en')} nag phrases built in; the engine started in ${Math.round(info.timings.initMs)} ms.`;
})();
