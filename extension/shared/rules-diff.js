// What an import would change, said before anything is written: the
// options page shows it and asks to confirm. Pure (no DOM), node-tested.

export const ALL_SITES = '*';

/** A site key as readers see it: "*" is "All sites". */
export const siteLabel = (key) => (key === ALL_SITES ? 'All sites' : key);

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Compares rules JSON objects `before` and `after` (both normalized):
 * {hide, keep, sites: [added or changed site keys], replaced: [sites
 * whose rules an import overwrote, losing something], defaults: changed
 * default categories, nothing: true when the import changes nothing}.
 */
export function diffRules(before, after) {
  const b = before.sites ?? {};
  const a = after.sites ?? {};
  let hide = 0;
  let keep = 0;
  const sites = [];
  const replaced = [];
  for (const [site, rule] of Object.entries(a)) {
    const old = b[site] ?? {};
    const newHide = (rule.hide ?? []).filter((s) => !(old.hide ?? []).includes(s)).length;
    const newKeep = (rule.keep ?? []).filter((s) => !(old.keep ?? []).includes(s)).length;
    const lost = (old.hide ?? []).some((s) => !(rule.hide ?? []).includes(s))
      || (old.keep ?? []).some((s) => !(rule.keep ?? []).includes(s))
      || (old.enabled ?? true) !== (rule.enabled ?? true)
      || JSON.stringify(old.categories ?? {}) !== JSON.stringify(rule.categories ?? {})
      || JSON.stringify(old.phrases ?? []) !== JSON.stringify(rule.phrases ?? []);
    hide += newHide;
    keep += newKeep;
    if (newHide || newKeep || lost) sites.push(site);
    if (site in b && lost) replaced.push(site);
  }
  for (const site of Object.keys(b)) if (!(site in a)) replaced.push(site);
  const defaults = Object.keys({ ...before.defaults, ...after.defaults })
    .filter((k) => (before.defaults?.[k] ?? true) !== (after.defaults?.[k] ?? true));
  return { hide, keep, sites, replaced, defaults, nothing: !sites.length && !replaced.length && !defaults.length };
}

/** "Adds 3 hide rules for 2 sites; replaces nothing." */
export function describeDiff(d) {
  const parts = [];
  if (d.hide || d.keep || d.sites.length) {
    const what = [d.hide ? plural(d.hide, 'hide rule') : '', d.keep ? plural(d.keep, 'never-hide rule') : ''].filter(Boolean).join(' and ');
    parts.push(`${what ? `Adds ${what}` : 'Changes settings'} for ${plural(d.sites.length, 'site')} (${d.sites.map(siteLabel).join(', ')})`);
  }
  if (d.defaults.length) parts.push(`changes the default for ${plural(d.defaults.length, 'category', 'categories')}`);
  parts.push(d.replaced.length ? `replaces the rules of ${d.replaced.map(siteLabel).join(', ')}` : 'replaces nothing');
  return `${parts.join('; ')}.`;
}
