// quietpage content script, part 1: the snapshot.
//
// Writes the DOM as the snapshot format of src/snapshot.rs: nodes in
// document order, each with its parent's index; per element the facts the
// engine needs (tag, id, class, role, widget attributes, control labels,
// flags). The same facts, in the same order, as the native front end
// (src/native/html.rs), so that a saved page and a live page get the same
// verdict; tests/browser/contract.test.mjs holds the two to it.
//
// The walk is iterative (an explicit stack: no recursion, whatever the
// nesting) and time-sliced: it yields to the page every SLICE_MS.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});

  const FLAGS = Object.freeze({
    HIDDEN: 1, ARIA_MODAL: 2, FIXED: 4, STICKY: 8, RULE_HIDE: 16, RULE_KEEP: 32,
    EMAIL_INPUT: 64, PASSWORD_INPUT: 128, ARTICLE_BODY: 256, ARIA_HIDDEN: 512, CONTEXT: 1024,
  });
  // Same lists as src/native/html.rs.
  const TEXTLESS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
  const WIDGET_DATA = new Set(['component', 'module', 'widget', 'testid', 'test-id', 'qa', 'type', 'block', 'name', 'role', 'element', 'layout']);
  const MAX_TEXT = 20000;          // src/snapshot.rs MAX_TEXT_PER_NODE
  // Larger pages are cut (and say so): beyond this the message itself would
  // cost the page more than any nag.
  const MAX_NODES = 400000;
  // Computed style is costly: read it only for elements near the top of the
  // tree (where overlays and banners live) and for dialogs, at most this many.
  const STYLE_PROBE_DEPTH = 4;
  const STYLE_PROBE_MAX = 600;
  const SLICE_MS = 8;              // work per slice before yielding
  // Never probed: not rendered as boxes, or hidden by the browser's own
  // style sheet (the native front end cannot see that either).
  const UNPROBED = new Set(['html', 'head', 'meta', 'title', 'link', 'base', 'script', 'style', 'noscript', 'template']);

  // Saved references: a page may overwrite prototype methods.
  const getAttr = Element.prototype.getAttribute;
  const attributes = Object.getOwnPropertyDescriptor(Element.prototype, 'attributes').get;
  // A private bit while reading a dialog's attributes (not sent).
  const OPEN_DIALOG = 1 << 30;
  const computed = globalThis.getComputedStyle;
  const now = () => performance.now();

  const yieldToPage = () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((r) => setTimeout(r, 0)));

  function cut(s) {
    if (s.length <= MAX_TEXT) return s;
    // Keep to a UTF-16 boundary that is also a char boundary.
    let end = MAX_TEXT;
    const c = s.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end -= 1;
    return s.slice(0, end);
  }

  /**
   * The per-element facts. One pass over the element's attributes (most
   * elements have none or one), rather than a lookup per fact.
   */
  function elementFacts(el, depth, state) {
    const tag = el.localName.toLowerCase();
    const n = { p: -1, t: tag };
    let f = 0;
    let style = '';
    let role = '';
    let type = '';
    let name = '';
    let value = '';
    let placeholder = '';
    let label = '';
    let data = null;
    const attrs = attributes.call(el);
    for (let i = 0; i < attrs.length; i += 1) {
      const a = attrs[i];
      const k = a.name;
      const v = a.value;
      switch (k) {
        case 'id': if (v) n.i = v; break;
        case 'class': if (v) n.c = v; break;
        case 'role': role = v.toLowerCase(); break;
        case 'style': style = v; break;
        case 'hidden': f |= FLAGS.HIDDEN; break;
        case 'aria-modal': if (v.toLowerCase() === 'true') f |= FLAGS.ARIA_MODAL; break;
        case 'aria-hidden': if (v.toLowerCase() === 'true') f |= FLAGS.ARIA_HIDDEN; break;
        case 'aria-label': label = v; break;
        case 'itemprop': if (v.split(/\s+/).some((p) => p.toLowerCase() === 'articlebody')) f |= FLAGS.ARTICLE_BODY; break;
        case 'type': type = v.toLowerCase(); break;
        case 'name': name = v; break;
        case 'value': value = v; break;
        case 'placeholder': placeholder = v; break;
        case 'open': if (tag === 'dialog') f |= OPEN_DIALOG; break;
        default:
          if (k.startsWith('data-')) (data ??= []).push([k, v]);
      }
    }
    if (role) n.r = role;
    if (tag === 'dialog') f = (f & OPEN_DIALOG) ? f & ~OPEN_DIALOG : f | FLAGS.HIDDEN;
    if (style) {
      const s = style.toLowerCase().replace(/ /g, '');
      if (s.includes('display:none') || s.includes('visibility:hidden')) f |= FLAGS.HIDDEN;
      if (s.includes('position:fixed')) f |= FLAGS.FIXED;
      if (s.includes('position:sticky')) f |= FLAGS.STICKY;
    }
    if (tag === 'input') {
      if (type === 'hidden') f |= FLAGS.HIDDEN;
      const named = `${name} ${n.i ?? ''} ${placeholder}`.toLowerCase();
      if (type === 'email' || ((type === '' || type === 'text') && named.includes('mail'))) f |= FLAGS.EMAIL_INPUT;
      if (type === 'password') f |= FLAGS.PASSWORD_INPUT;
      if (type === 'submit' || type === 'button') { if (value) n.x = value; }
      else if (type !== 'hidden' && type !== 'checkbox' && type !== 'radio') { if (placeholder) n.x = placeholder; }
    }
    // Widget attributes: data-* sorted by name, then aria-label.
    let hints = '';
    if (data) {
      if (data.length > 1) data.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (const [k, v] of data) {
        const dn = k.slice(5);
        hints += dn + ' ';
        if (WIDGET_DATA.has(dn) && v.length <= 64) hints += v + ' ';
        if (hints.length > 1024) break;
      }
    }
    if (label && label.length <= 64) hints += label + ' ';
    if (hints) n.h = hints;
    // Computed style for the few elements that may float over the page.
    if (state.probes < STYLE_PROBE_MAX && !UNPROBED.has(tag) && (depth <= STYLE_PROBE_DEPTH || role === 'dialog' || (f & FLAGS.ARIA_MODAL) || tag === 'dialog')) {
      state.probes += 1;
      try {
        const cs = computed(el);
        const pos = cs.position;
        if (pos === 'fixed') f |= FLAGS.FIXED;
        else if (pos === 'sticky') f |= FLAGS.STICKY;
        if (cs.display === 'none' || cs.visibility === 'hidden') f |= FLAGS.HIDDEN;
        const z = parseInt(cs.zIndex, 10);
        if (Number.isFinite(z) && z !== 0) n.z = Math.max(-2147483648, Math.min(2147483647, z));
      } catch { /* detached or cross-realm: skip */ }
    }
    if (state.marks?.size) f |= state.marks.get(el) ?? 0;
    if (f) n.f = f;
    return n;
  }

  /**
   * Snapshots `root` (a document or an element). With `context: true`, the
   * ancestors of `root` come first, flagged CONTEXT. Returns
   * {snapshot, elements} where elements[i] is the node of snapshot.nodes[i]
   * (null for text). `budget` ({ms}) accumulates the main-thread time.
   */
  async function snapshot(root, { marks, context = false, url = location.href, budget } = {}) {
    const doc = root.ownerDocument ?? root;
    const nodes = [];
    // Each node's JSON is written as it is visited, inside the time slices,
    // so that the message is never one long stringify of a huge page.
    const parts = [];
    const elements = [];
    const state = { marks, probes: 0 };
    let t0 = now();
    const spent = () => { if (budget) budget.ms += now() - t0; };
    const stack = [];
    let baseDepth = 0;
    if (context && root.parentElement) {
      const chain = [];
      for (let e = root.parentElement; e; e = e.parentElement) chain.push(e);
      chain.reverse();
      for (const e of chain) {
        const n = elementFacts(e, baseDepth, state);
        n.f = (n.f ?? 0) | FLAGS.CONTEXT;
        n.p = nodes.length - 1;
        nodes.push(n);
        parts.push(JSON.stringify(n));
        elements.push(e);
        baseDepth += 1;
      }
    }
    const start = root.nodeType === Node.DOCUMENT_NODE ? root.documentElement : root;
    // A flat stack of (node, parent index, depth) triples: no allocation
    // per node.
    if (start) stack.push(start, nodes.length - 1, baseDepth);
    let sinceYield = 0;
    while (stack.length) {
      const depth = stack.pop();
      const parent = stack.pop();
      const node = stack.pop();
      if (nodes.length >= MAX_NODES) break;
      if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
        const pt = parent >= 0 ? nodes[parent].t : '';
        if (TEXTLESS.has(pt)) continue;
        const t = { p: parent, t: '#', x: cut(node.data) };
        nodes.push(t);
        parts.push(JSON.stringify(t));
        elements.push(null);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const n = elementFacts(node, depth, state);
        n.p = parent;
        const index = nodes.length;
        nodes.push(n);
        parts.push(JSON.stringify(n));
        elements.push(node);
        // Same as the native front end: a template's contents are not its
        // children, and nothing in <head> is page text.
        if (n.t === 'template' || n.t === 'head') continue;
        for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c, index, depth + 1);
        // Open shadow roots render in place of the light children; their
        // nodes come first.
        const sr = node.shadowRoot;
        if (sr) for (let c = sr.lastChild; c; c = c.previousSibling) stack.push(c, index, depth + 1);
      }
      if (++sinceYield >= 2000) {
        sinceYield = 0;
        if (now() - t0 > SLICE_MS) {
          spent();
          await yieldToPage();
          t0 = now();
        }
      }
    }
    const jsonld = [];
    if (!context) {
      for (const s of doc.querySelectorAll('script[type]')) {
        if ((getAttr.call(s, 'type') ?? '').trim().toLowerCase() === 'application/ld+json') jsonld.push(s.textContent.slice(0, 1 << 20));
      }
    }
    const lang = (doc.documentElement && getAttr.call(doc.documentElement, 'lang') || '').trim().toLowerCase();
    spent();
    return { snapshot: { v: 1, url, lang, jsonld, nodes }, elements, parts, cut: nodes.length >= MAX_NODES };
  }

  /** The message text of a snapshot (same JSON as JSON.stringify(snapshot)). */
  function toJson({ snapshot: s, parts }) {
    return `{"v":${s.v},"url":${JSON.stringify(s.url)},"lang":${JSON.stringify(s.lang)},"jsonld":${JSON.stringify(s.jsonld)},"nodes":[${parts.join(',')}]}`;
  }

  QP.FLAGS = FLAGS;
  QP.toJson = toJson;
  QP.snapshot = snapshot;
})();
