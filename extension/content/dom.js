// quietpage content script, part 0: what the other parts share.
//
// The DOM methods the content script calls are saved here, before the page
// can run, and called as `getAttr.call(el, name)`: a page may overwrite
// prototype methods (the hostile tests do). And `yieldToPage`, which hands
// the main thread back between slices of a snapshot or of an apply.
//
// A live collection is read by `item.call(all, i)`, never `all[i]`: in
// Chromium the indexed getter checks the index against the collection's
// length, so its first use after any change to the page counts the whole
// collection (a million-node page: 20-40 ms for `all[30000]` against ~1 ms
// for `item(30000)`, which walks only as far as the index).
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  if (QP.dom) return;
  // A closed shadow root, which the page hides from its own scripts but
  // not from an extension's (Firefox: the element's openOrClosedShadowRoot;
  // Chromium: chrome.dom.openOrClosedShadowRoot). Vendors' consent banners
  // use them too.
  const chromeDom = globalThis.chrome?.dom?.openOrClosedShadowRoot;
  // Only the closed roots the snapshot's search found count (shadowOf), so
  // that the paths read the page as it was written; each costs a call
  // into the extension API, so the search asks where roots are kept.
  const closedRoot = (el) => {
    try { return el.openOrClosedShadowRoot ?? (chromeDom ? chromeDom(el) : null) ?? null; } catch { return null; }
  };
  const closedFound = new WeakMap();
  QP.dom = Object.freeze({
    /** The element's open shadow root, or a closed one findShadow() found, or null. */
    shadowOf: (el) => el.shadowRoot ?? closedFound.get(el) ?? null,
    /** The element's shadow root, open or closed (a closed one is kept for shadowOf). */
    findShadow: (el) => {
      if (el.shadowRoot) return el.shadowRoot;
      const r = closedRoot(el);
      if (r) closedFound.set(el, r);
      return r;
    },
    getAttr: Element.prototype.getAttribute,
    getNames: Element.prototype.getAttributeNames,
    setAttr: Element.prototype.setAttribute,
    removeAttr: Element.prototype.removeAttribute,
    item: HTMLCollection.prototype.item,
    computed: globalThis.getComputedStyle,
    /** Resolves once the page has had the main thread. */
    yieldToPage: () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((r) => setTimeout(r, 0))),
  });
})();
