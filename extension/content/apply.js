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
  // Work per slice before yielding to the page (as the snapshot's), looked
  // at every CHECK_EVERY blocks: a fixed 2,000 markers a slice was one
  // task of ~150 ms on the page of 100,000 nags.
  const SLICE_MS = 8;
  // 16, not 128: on the page of 100,000 nags 128 marked blocks (each
  // attribute write invalidates style) overran the slice by 4-11 ms.
  const CHECK_EVERY = 16;
  // Saved references (content/dom.js): a page may overwrite prototype methods.
  const { getAttr, setAttr, removeAttr, computed, yieldToPage } = QP.dom;

  /** key → {el, item}; keys are stable for the life of the page. */
  const hidden = new Map();
  const byElement = new WeakMap();
  const shown = new WeakSet(); // "show it": not hidden again on this page view
  const shownItems = new Map(); // key → entry, for "hide again"
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

  /** The overlay a backdrop belongs to: its snapshot node, from the engine's evidence. */
  const BACKDROP_OF = /backdrop of hidden overlay node (\d+)/;

  /**
   * One item per nag: a backdrop joins the overlay it belongs to (one
   * entry, one category, one Show it / Hide again, so that no dark layer
   * is left without its dialog). Returns [{h, el, extra: [el], also: [selector]}].
   */
  async function group(todo, elements, slice) {
    const byNode = new Map();
    const groups = [];
    const backdrops = [];
    for (let i = 0; i < todo.length; i += 1) {
      const h = todo[i];
      if (h.source === 'backdrop') backdrops.push(h);
      else {
        const g = { h, el: elements[h.node], extra: [], also: [] };
        byNode.set(h.node, g);
        groups.push(g);
      }
      if ((i + 1) % CHECK_EVERY === 0) await slice();
    }
    for (let i = 0; i < backdrops.length; i += 1) {
      const h = backdrops[i];
      if ((i + 1) % CHECK_EVERY === 0) await slice();
      const m = BACKDROP_OF.exec((h.evidence ?? []).join(' '));
      const seed = m ? elements[Number(m[1])] : null;
      // Its overlay; else the hidden block holding the overlay (blocks
      // merge outward); else one of the same category; else it stands alone.
      const owner = (m && byNode.get(Number(m[1])))
        ?? (seed && groups.find((g) => g.el.contains(seed)))
        ?? groups.find((g) => g.h.category === h.category);
      if (owner) { owner.extra.push(elements[h.node]); owner.also.push(h.selector); }
      else groups.push({ h, el: elements[h.node], extra: [], also: [] });
    }
    return groups;
  }

  /** What the popup shows of one group. */
  function itemOf(key, g, overlay) {
    const h = g.h;
    const text = h.excerpt || '';
    return {
      key,
      category: h.category ?? 'rule',
      text,
      // Text-less blocks (an image a rule hides) are named by what they
      // are, when listed (items()).
      label: '',
      reason: h.evidence?.[0] ?? '',
      evidence: h.evidence ?? [],
      selector: h.selector,
      // The engine's selectors of the backdrops hidden with it.
      also: g.also,
      source: h.source,
      score: h.score,
      // A whole frame's box (frames.js): the frame's documentKey.
      frameKey: h.frameKey ?? null,
      parts: 1 + g.extra.length,
      overlay,
      // 'hidden' or 'shown' (for this page view): kept by move().
      state: 'hidden',
    };
  }

  function mark(el, category) {
    // A block the last verdict hid already is left alone: a rewrite of the
    // same marker is still a mutation the page's own observers see.
    if (getAttr.call(el, ATTR) !== category) setAttr.call(el, ATTR, category);
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
    let yielded = false;
    const slice = async () => {
      const d = performance.now() - t0;
      if (d <= SLICE_MS) return;
      busyMs += d;
      maxSliceMs = Math.max(maxSliceMs, d);
      yielded = true;
      await yieldToPage();
      t0 = performance.now();
    };
    const todo = [];
    const listed = verdict.hidden ?? [];
    for (let i = 0; i < listed.length; i += 1) {
      const h = listed[i];
      const el = elements[h.node];
      if (el && el.isConnected && !shown.has(el)) todo.push(h);
      if ((i + 1) % CHECK_EVERY === 0) await slice();
    }
    const groups = await group(todo, elements, slice);
    // All reads before any write: reading computed style after each
    // attribute change would recompute the page's style once per block
    // (quadratic on a page of 100,000 nags). A few blocks tell whether an
    // overlay is among them.
    let floated = false;
    const overlays = new Set();
    for (const g of groups.slice(0, FLOAT_PROBES)) {
      if (g.extra.length || floats(g.el)) { floated = true; overlays.add(g); }
    }
    // Whether the page locks scrolling, read here with the style the float
    // probes just computed: read after the markers (and a new style
    // element) it forced a second style pass over the whole page. Our
    // markers do not change it: the page's rules for <html> and <body>
    // do not see our attribute, and display:none changes no selector match.
    // (A verdict applied in slices reads it again at the end: the page ran
    // in between.)
    const locked = floated && scrollLocked(document);
    yielded = false;
    const ensured = new Set();
    for (let i = 0; i < groups.length; i += 1) {
      const g = groups[i];
      const { el } = g;
      let key = byElement.get(el);
      if (key === undefined) {
        key = nextKey++;
        byElement.set(el, key);
      }
      const item = itemOf(key, g, overlays.has(g));
      const root = rootOf(el);
      if (!ensured.has(root)) {
        ensureStyle(root);
        ensured.add(root);
      }
      mark(el, item.category);
      for (const x of g.extra) {
        if (x.isConnected && !shown.has(x)) {
          if (!ensured.has(rootOf(x))) { ensureStyle(rootOf(x)); ensured.add(rootOf(x)); }
          mark(x, item.category);
        }
      }
      const before = hidden.get(key);
      if (!before) added.push(item);
      // The stable name is worked out once per block (it queries the page).
      item.stable = before?.item.stable ?? null;
      item.label = before?.item.label ?? '';
      item.alsoStable = before?.item.alsoStable ?? null;
      hidden.set(key, { el, extra: g.extra, item });
      // A verdict of thousands of blocks is applied in slices.
      if ((i + 1) % CHECK_EVERY === 0) await slice();
    }
    // Shown again after the blocks are marked, so that nothing the two
    // verdicts agree on flickers between slices.
    let removed = 0;
    if (replace) {
      const named = new Set();
      const namedExtra = new Set();
      for (let i = 0; i < groups.length; i += 1) {
        named.add(groups[i].el);
        for (const x of groups[i].extra) namedExtra.add(x);
        if ((i + 1) % CHECK_EVERY === 0) await slice();
      }
      let i = 0;
      // (Keys listed first: the map changes as entries go.)
      for (const key of [...hidden.keys()]) {
        if ((i += 1) % CHECK_EVERY === 0) await slice();
        const entry = hidden.get(key);
        if (!entry || named.has(entry.el)) continue;
        const { el, extra } = entry;
        removeAttr.call(el, ATTR);
        for (const x of extra) if (!namedExtra.has(x)) removeAttr.call(x, ATTR);
        hidden.delete(key);
        removed += 1;
      }
      if (!hidden.size && document.documentElement) removeAttr.call(document.documentElement, UNLOCK_ATTR);
    }
    const doc = document;
    if ((yielded ? floated && scrollLocked(doc) : locked) && !visibleOverlayRemains(doc)) {
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
    for (const [key, { el, extra, item }] of hidden) {
      if (!el.isConnected) { hidden.delete(key); continue; }
      for (const e of [el, ...extra]) {
        if (e.isConnected && getAttr.call(e, ATTR) === null) { setAttr.call(e, ATTR, item.category); fixed += 1; }
      }
    }
    for (const root of styled) {
      if (root instanceof ShadowRoot ? !root.host.isConnected : false) { styled.delete(root); continue; }
      const s = root.getElementById ? root.getElementById(STYLE_ID) : root.querySelector(`#${STYLE_ID}`);
      if (!s || s.textContent !== RULES) { s?.remove(); ensureStyle(root); fixed += 1; }
    }
    return fixed;
  }

  /**
   * "Show it": the whole item (an overlay with its backdrop) comes back for
   * this page view, and stays listed as shown so that it can be hidden
   * again. A page whose scrolling we unlocked gets its own state back when
   * no hidden overlay is left. `key` '*' shows every item.
   */
  function show(key) {
    const any = move(withParts(boxOf(key, hidden), hidden), hidden, shownItems, (entry) => {
      for (const e of [entry.el, ...entry.extra]) {
        removeAttr.call(e, ATTR);
        shown.add(e);
      }
    });
    if (any && document.documentElement && ![...hidden.values()].some((h) => h.item.overlay)) {
      removeAttr.call(document.documentElement, UNLOCK_ATTR);
    }
    return any;
  }

  /** "Hide again": undoes show(); `key` '*' hides every shown item. */
  function hideAgain(key) {
    return move(withParts(key, shownItems), shownItems, hidden, (entry) => {
      if (!entry.el.isConnected) return false;
      for (const e of [entry.el, ...entry.extra]) {
        shown.delete(e);
        if (!e.isConnected) continue;
        ensureStyle(rootOf(e));
        setAttr.call(e, ATTR, entry.item.category);
      }
      if (entry.item.overlay && scrollLocked(document) && !visibleOverlayRemains(document)) {
        ensureStyle(document);
        setAttr.call(document.documentElement, UNLOCK_ATTR, '');
      }
    });
  }

  /**
   * The key of the outermost item of `list` whose element holds `key`'s
   * (`key` itself when none does): a part of a compound box can only be
   * seen with its box.
   */
  function boxOf(key, list) {
    const el = key === '*' ? null : list.get(key)?.el;
    if (!el) return key;
    let out = key;
    let outEl = el;
    for (const [k, entry] of list) if (entry.el !== outEl && entry.el.contains(outEl)) { out = k; outEl = entry.el; }
    return out;
  }

  /**
   * `key` and the keys of the items of `list` inside its element: a part of
   * a compound box (a login column in a paywall) comes and goes with it.
   */
  function withParts(key, list) {
    const el = key === '*' ? null : list.get(key)?.el;
    if (!el) return key;
    const keys = [key];
    for (const [k, entry] of list) if (k !== key && entry.el !== el && el.contains(entry.el)) keys.push(k);
    return keys;
  }

  /**
   * show() and hideAgain() move items between the hidden and the shown
   * list: the items of `key` ('*' every one) in `from` go to `to`, each
   * after `each(entry)` (`key` may be a list of keys); an entry `each` refuses (returns false: its
   * element left the page) is dropped. Returns whether any moved.
   */
  function move(key, from, to, each) {
    const keys = key === '*' ? [...from.keys()] : [key].flat();
    let any = false;
    for (const k of keys) {
      const entry = from.get(k);
      if (!entry) continue;
      from.delete(k);
      if (each(entry) === false) continue;
      entry.item.state = to === hidden ? 'hidden' : 'shown';
      to.set(k, entry);
      any = true;
    }
    return any;
  }

  /** Restores everything (site switched off, or rules changed). */
  function restoreAll() {
    for (const { el, extra } of hidden.values()) {
      removeAttr.call(el, ATTR);
      for (const x of extra) removeAttr.call(x, ATTR);
    }
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

  /**
   * Stable names are worked out for this many items at most per report,
   * for this long per task: each queries the page, and on a page of
   * 100,000 nags one class matches 100,000 elements. Items left without
   * one are named by the next report (content.js sends one more while
   * some are left), or keep the engine's path.
   */
  const MAX_NAMED = 200;
  const NAME_BUDGET_MS = 8;
  // The report lists this many items (hidden first) and counts all of
  // them: the page of 100,000 nags hid ~24,000 blocks, and copying and
  // posting every item was one task of 50-370 ms after each verdict (1,000
  // listed were still 18-22 ms).
  const MAX_LISTED = 500;

  /**
   * Every item, hidden then shown, each with its `state`. The objects
   * themselves, not copies (a copy each was most of a 100-ms task on the
   * page of 100,000 nags): read them, never change them.
   */
  function items() {
    const out = [];
    for (const list of [hidden, shownItems]) for (const h of list.values()) out.push(h.item);
    return out;
  }

  /**
   * What the background is told: the first MAX_LISTED items (each named
   * where the budget allows; posting copies them), how many there are per state and per
   * category, and whether listed items are left to name.
   */
  function listing() {
    const listed = [];
    const counts = { hidden: hidden.size, shown: shownItems.size, categories: {} };
    let named = 0;
    let unnamed = false;
    const t0 = performance.now();
    for (const list of [hidden, shownItems]) {
      for (const h of list.values()) {
        const { item } = h;
        const cat = item.category;
        counts.categories[cat] = (counts.categories[cat] ?? 0) + 1;
        if (listed.length >= MAX_LISTED) continue;
        if (!item.stable && h.el.isConnected) {
          if (named < MAX_NAMED && performance.now() - t0 < NAME_BUDGET_MS) {
            named += 1;
            try {
              item.stable = QP.selectors?.stableSelector(h.el) ?? null;
              item.alsoStable = h.extra.map((x) => (x.isConnected ? QP.selectors.stableSelector(x) : null)).filter(Boolean);
              if (!item.text) item.label = QP.selectors?.describe(h.el) ?? h.el.localName;
            } catch { item.stable = null; }
          } else unnamed = true;
        }
        listed.push(item);
      }
    }
    return { items: listed, counts, unnamed };
  }

  function elementOf(key) {
    return (hidden.get(key) ?? shownItems.get(key))?.el ?? null;
  }

  /** The elements of hidden items (a block and its backdrops); `key` '*': of every item. */
  function partsOf(key) {
    const entries = key === '*' ? [...hidden.values()] : [hidden.get(key)].filter(Boolean);
    return entries.flatMap((e) => [e.el, ...e.extra]);
  }

  QP.apply = { ATTR, UNLOCK_ATTR, STYLE_ID, apply, repair, show, hideAgain, restoreAll, setPeek, items, listing, elementOf, partsOf, isOurs: (n) => n.id === STYLE_ID };
})();
