// Findings as filter-list lines (`example.com##selector`), the element-
// hiding syntax uBlock Origin and AdGuard read, so that what quietpage
// finds can be offered to the lists everyone uses. The CLI writes the same
// lines (`quietpage scan --format filters`, src/native/filters.rs).

/** The stable selector of an item, else the engine's path. */
export function selectorOf(item) {
  return item.stable?.selector || item.selector;
}

/**
 * Lines for the items hidden on `site` (a host, `www.` dropped): one per
 * item, its backdrops' lines after it, a `!` comment with the category
 * before each, duplicates once.
 */
export function filterLines(site, items, url = '') {
  const lines = [`! quietpage findings${url ? ` for ${url}` : ''}`];
  const seen = new Set();
  for (const it of items) {
    // The item, then the backdrops hidden with it.
    const parts = [it.stable ?? { selector: it.selector, how: 'path' }, ...(it.alsoStable ?? (it.also ?? []).map((s) => ({ selector: s, how: 'path' })))];
    const sels = parts.map((p) => p.selector).filter((s) => s && !seen.has(s));
    if (!sels.length) continue;
    lines.push(`! ${it.category}${parts.some((p) => p.how === 'path') ? ' (by position: may break when the page changes)' : ''}`);
    for (const s of sels) {
      seen.add(s);
      lines.push(`${site}##${s}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
