// quietpage content script, part 2: applying a verdict.
//
// Hidden blocks get one marker attribute; one injected style rule hides
// every marked element (in the document and in each open shadow root that
// holds one). Everything is reversible at once: switching the site off
// removes the markers; "peek" disables the rule. When a hidden block was a
// modal, scrolling locked by it comes back (html/body overflow, fixed body,
// lock classes), generically, by one more rule.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});

  const ATTR = 'data-quietpage-hidden';
  const UNLOCK_ATTR = 'data-quietpage-unlock';
  const STYLE_ID = 'quietpage-style';
  const RULES = `[${ATTR}]{display:none!important}
html[${UNLOCK_ATTR}],html[${UNLOCK_ATTR}] body{overflow:auto!important;overflow-y:auto!important;position:static!important;height:auto!important;max-height:none!important;touch-action:auto!important}`;

  // Hidden blocks whose style is read to tell whether one was an overlay.
  const FLOAT_PROBES = 24;
  // Markers set per slice before yielding to the page.
  const APPLY_CHUNK = 2000;
  // Saved references (content/dom.js): a page may overwrite prototype methods.
  const { getAttr, setAttr, removeAttr, computed, yieldToPage } = QP.dom;

  /** key → {el, item}; keys are stable for the life of the page. */
  const hidden = new Map();
  const byElement = new WeakMap();
  const shown = new WeakSet(); // "show it": never hide again on this page
  const styled = new Set();    // roots holding our style element
  let nextKey = 1;
  let peeking = false;

  function ensureStyle(root) {
    // root: a Document or a ShadowRoot.
    const existing = root.getElementById ? root.getElementById(STYLE_ID) : root.querySelector?.(`#${STYLE_ID}`);
    if (existing && existing.isConnected) { existing.disabled = peeking; return; }
    const doc = root.ownerDocument ?? root;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = RULES;
    const parent = root.head ?? root.documentElement ?? root;
    parent.appendChild(style);
    style.disabled = peeking;
    styled.add(root);
  }

  function rootOf(el) {
    const r = el.getRootNode();
    return r instanceof ShadowRoot ? r : el.ownerDocument;
  }

  /** Is the element drawn over the page (a modal, a backdrop)? */
  function floats(el) {
    try {
      const cs = computed(el);
      return cs.position === 'fixed' || cs.position === 'sticky' || getAttr.call(el, 'aria-modal') === 'true' || getAttr.call(el, 'role') === 'dialog';
    } catch { return false; }
  }

  function scrollLocked(doc) {
    try {
      const h = computed(doc.documentElement);
      const b = doc.body ? computed(doc.body) : null;
      return h.overflow === 'hidden' || h.overflowY === 'hidden' || (b && (b.overflow === 'hidden' || b.overflowY === 'hidden' || b.position === 'fixed'));
    } catch { return false; }
  }

  /** A visible overlay still covering most of the viewport (a gate we keep). */
  function visibleOverlayRemains(doc) {
    const w = doc.defaultView;
    if (!w) return false;
    const probe = doc.elementFromPoint?.(w.innerWidth / 2, w.innerHeight / 2);
    for (let e = probe; e && e !== doc.body && e !== doc.documentElement; e = e.parentElement) {
      if (floats(e)) {
        const r = e.getBoundingClientRect();
        if (r.width * r.height > 0.5 * w.innerWidth * w.innerHeight) return true;
      }
    }
    return false;
  }

  /**
   * Applies a verdict: elements[i] is the element of snapshot node i. With
   * `replace` (a verdict on the whole page), blocks hidden before that the
   * verdict no longer names are shown again, so that what is hidden is
   * what the engine says about the page now. Resolves to {added: the items
   * newly hidden, removed: how many came back, busyMs, maxSliceMs}.
   */
  async function apply(verdict, elements, { replace = false } = {}) {
    const added = [];
    let busyMs = 0;
    let maxSliceMs = 0;
    let t0 = performance.now();
    const todo = (verdict.hidden ?? []).filter((h) => {
      const el = elements[h.node];
      return el && el.isConnected && !shown.has(el);
    });
    // All reads before any write: reading computed style after each
    // attribute change would recompute the page's style once per block
    // (quadratic on a page of 100,000 nags). A few blocks tell whether an
    // overlay is among them.
    let floated = false;
    for (const h of todo.slice(0, FLOAT_PROBES)) {
      if (h.source === 'backdrop' || floats(elements[h.node])) { floated = true; break; }
    }
    const ensured = new Set();
    for (let i = 0; i < todo.length; i += 1) {
      const h = todo[i];
      const el = elements[h.node];
      let key = byElement.get(el);
      if (key === undefined) {
        key = nextKey++;
        byElement.set(el, key);
      }
      const item = {
        key,
        category: h.category ?? 'rule',
        text: h.excerpt,
        reason: h.evidence?.[0] ?? '',
        evidence: h.evidence ?? [],
        selector: h.selector,
        source: h.source,
        score: h.score,
      };
      const root = rootOf(el);
      if (!ensured.has(root)) {
        ensureStyle(root);
        ensured.add(root);
      }
      // A block the last verdict hid already is left alone: a rewrite of the
      // same marker is still a mutation the page's own observers see.
      if (getAttr.call(el, ATTR) !== item.category) setAttr.call(el, ATTR, item.category);
      if (!hidden.has(key)) added.push(item);
      hidden.set(key, { el, item });
      // A verdict of thousands of blocks is applied in slices.
      if ((i + 1) % APPLY_CHUNK === 0) {
        const d = performance.now() - t0;
        busyMs += d;
        maxSliceMs = Math.max(maxSliceMs, d);
        await yieldToPage();
        t0 = performance.now();
      }
    }
    // Shown again after the blocks are marked, so that nothing the two
    // verdicts agree on flickers between slices.
    let removed = 0;
    if (replace) {
      const named = new Set(todo.map((h) => elements[h.node]));
      for (const [key, { el }] of hidden) {
        if (named.has(el)) continue;
        removeAttr.call(el, ATTR);
        hidden.delete(key);
        removed += 1;
      }
      if (!hidden.size && document.documentElement) removeAttr.call(document.documentElement, UNLOCK_ATTR);
    }
    const doc = document;
    if (floated && scrollLocked(doc) && !visibleOverlayRemains(doc)) {
      ensureStyle(doc);
      setAttr.call(doc.documentElement, UNLOCK_ATTR, '');
    }
    const d = performance.now() - t0;
    busyMs += d;
    maxSliceMs = Math.max(maxSliceMs, d);
    return { added, removed, busyMs, maxSliceMs };
  }

  /** Re-marks hidden elements whose marker the page removed. */
  function repair() {
    let fixed = 0;
    for (const [key, { el }] of hidden) {
      if (!el.isConnected) { hidden.delete(key); continue; }
      if (getAttr.call(el, ATTR) === null) { setAttr.call(el, ATTR, hidden.get(key).item.category); fixed += 1; }
    }
    for (const root of styled) {
      if (root instanceof ShadowRoot ? !root.host.isConnected : false) { styled.delete(root); continue; }
      const s = root.getElementById ? root.getElementById(STYLE_ID) : root.querySelector(`#${STYLE_ID}`);
      if (!s || s.textContent !== RULES) { s?.remove(); ensureStyle(root); fixed += 1; }
    }
    return fixed;
  }

  function show(key) {
    const entry = hidden.get(key);
    if (!entry) return false;
    removeAttr.call(entry.el, ATTR);
    shown.add(entry.el);
    hidden.delete(key);
    return true;
  }

  /** Restores everything (site switched off, or rules changed). */
  function restoreAll() {
    for (const { el } of hidden.values()) removeAttr.call(el, ATTR);
    hidden.clear();
    // (At document_start there may be no <html> element yet.)
    if (document.documentElement) removeAttr.call(document.documentElement, UNLOCK_ATTR);
  }

  function setPeek(on) {
    peeking = !!on;
    for (const root of styled) {
      const s = root.getElementById ? root.getElementById(STYLE_ID) : root.querySelector(`#${STYLE_ID}`);
      if (s) s.disabled = peeking;
    }
  }

  function items() {
    return [...hidden.values()].map((h) => h.item);
  }

  function elementOf(key) {
    return hidden.get(key)?.el ?? null;
  }

  QP.apply = { ATTR, UNLOCK_ATTR, STYLE_ID, apply, repair, show, restoreAll, setPeek, items, elementOf, isOurs: (n) => n.id === STYLE_ID };
})();
