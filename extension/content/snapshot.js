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
  const BLANK = /^[ \t\n\f\r]+$/;
  // Lengths are counted in characters (code points), as src/snapshot.rs
  // counts them: not UTF-16 units (an emoji is two) nor bytes.
  const MAX_TEXT = 20000;          // src/snapshot.rs MAX_TEXT_PER_NODE
  const MAX_HINT_VALUE = 64;       // src/snapshot.rs MAX_HINT_VALUE
  const MAX_HINTS = 1024;          // src/snapshot.rs MAX_HINTS
  const MAX_JSON_LD = 1 << 20;     // src/snapshot.rs MAX_JSON_LD
  const MAX_LINK = 128;            // src/page.rs MAX_LINK_CHARS
  // Larger pages are cut (and say so): beyond this the message itself would
  // cost the page more than any nag.
  const MAX_NODES = 250000;
  // Computed style is costly: read it only for elements near the top of the
  // tree (where overlays and banners live) and for dialogs, at most this many.
  const STYLE_PROBE_DEPTH = 4;
  const STYLE_PROBE_MAX = 600;
  const SLICE_MS = 8;              // work per slice before yielding
  const JSON_CHUNK = 20000;        // nodes per step of a huge page's message
  // The first slice of the page's first snapshot may run longer: most pages
  // fit in it whole, so the nags go before the page's own DOMContentLoaded
  // work gets in between (a yield there cost ~20 ms of latency). Still under
  // the 50 ms that makes a long task.
  const FIRST_SLICE_MS = 30;
  const HUGE_PAGE_NODES = 100000;  // above this, style is read after a frame
  // Never probed: not rendered as boxes, or hidden by the browser's own
  // style sheet (the native front end cannot see that either).
  const UNPROBED = new Set(['html', 'head', 'meta', 'title', 'link', 'base', 'script', 'style', 'noscript', 'template']);

  // quietpage's own marks on the page (extension/content/apply.js,
  // picker.js) are not the page: a marked block is snapshotted as the page
  // made it, and our style element and the picker's box are left out.
  const OWN_MARK = 'data-quietpage-hidden';
  const OWN_UNLOCK = 'data-quietpage-unlock';
  const OWN_PICKER = 'data-quietpage-picker';
  const OWN_STYLE_ID = 'quietpage-style';

  // Saved references (content/dom.js): a page may overwrite prototype methods.
  const { getAttr, getNames, computed, yieldToPage } = QP.dom;
  // A private bit while reading a dialog's attributes (not sent).
  const OPEN_DIALOG = 1 << 30;
  const { ELEMENT_NODE: ELEMENT, TEXT_NODE: TEXT, CDATA_SECTION_NODE: CDATA } = Node;
  const now = () => performance.now();

  /** The UTF-16 index after the first `max` code points of `s`, or -1 when it has no more. */
  function codePointEnd(s, max) {
    // A string of at most `max` UTF-16 units has at most `max` code points.
    if (s.length <= max) return -1;
    let i = 0;
    for (let n = 0; n < max; n += 1) {
      if (i >= s.length) return -1;
      const c = s.charCodeAt(i);
      // A surrogate pair is one code point; a lone surrogate counts as one.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    return i < s.length ? i : -1;
  }
  /** `s` cut to its first `max` code points. */
  function cut(s, max = MAX_TEXT) {
    const end = codePointEnd(s, max);
    return end < 0 ? s : s.slice(0, end);
  }
  /** True when `s` has at most `max` code points. */
  const fits = (s, max) => codePointEnd(s, max) < 0;

  /**
   * A link's destination as `link_destination` in src/page.rs writes it:
   * an absolute http(s) or scheme-relative URL without scheme, `www.` and
   * fragment, ASCII lower case, cut at the first blank or non-ASCII
   * character; "" for anything else.
   */
  function linkDestination(raw) {
    const t = raw.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
    const m = /^(?:https?:)?\/\//i.exec(t);
    if (!m) return '';
    const rest = /^[!-~]*/.exec(t.slice(m[0].length))[0];
    let out = rest.split('#', 1)[0].slice(0, MAX_LINK).replace(/[A-Z]+/g, (x) => x.toLowerCase());
    if (out.startsWith('www.')) out = out.slice(4);
    return out;
  }

  /**
   * The per-element facts. One pass over the element's attribute names,
   * reading only the values the engine uses: each DOM call costs ~0.3 µs in
   * a content script's world, and walking `attributes` (an Attr object per
   * attribute, href and src included) cost three times as much. Null for an
   * element of quietpage's own.
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
    const names = getNames.call(el);
    for (let i = 0; i < names.length; i += 1) {
      const k = names[i];
      switch (k) {
        case 'id': { const v = getAttr.call(el, k); if (v) n.i = v; break; }
        case 'class': { const v = getAttr.call(el, k); if (v) n.c = v; break; }
        case 'role': role = getAttr.call(el, k).toLowerCase(); break;
        case 'style': style = getAttr.call(el, k); break;
        case 'hidden': f |= FLAGS.HIDDEN; break;
        case 'aria-modal': if (getAttr.call(el, k).toLowerCase() === 'true') f |= FLAGS.ARIA_MODAL; break;
        case 'aria-hidden': if (getAttr.call(el, k).toLowerCase() === 'true') f |= FLAGS.ARIA_HIDDEN; break;
        case 'aria-label': label = getAttr.call(el, k); break;
        case 'itemprop': if (getAttr.call(el, k).split(/\s+/).some((p) => p.toLowerCase() === 'articlebody')) f |= FLAGS.ARTICLE_BODY; break;
        case 'type': type = getAttr.call(el, k).toLowerCase(); break;
        case 'name': name = getAttr.call(el, k); break;
        case 'value': value = getAttr.call(el, k); break;
        case 'placeholder': placeholder = getAttr.call(el, k); break;
        case 'href': if (tag === 'a' || tag === 'area') { const u = linkDestination(getAttr.call(el, k)); if (u) n.u = u; } break;
        case 'action': if (tag === 'form') { const u = linkDestination(getAttr.call(el, k)); if (u) n.u = u; } break;
        case 'open': if (tag === 'dialog') f |= OPEN_DIALOG; break;
        case OWN_MARK: state.marked = true; break;
        case OWN_UNLOCK: break;
        case OWN_PICKER: return null;
        default:
          if (k.startsWith('data-')) (data ??= []).push([k, getAttr.call(el, k)]);
      }
    }
    if (tag === 'style' && n.i === OWN_STYLE_ID) return null;
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
        if (WIDGET_DATA.has(dn) && fits(v, MAX_HINT_VALUE)) hints += v + ' ';
        if (!fits(hints, MAX_HINTS)) break;
      }
    }
    if (label && fits(label, MAX_HINT_VALUE)) hints += label + ' ';
    if (hints) n.h = hints;
    // The few elements that may float over the page get their computed
    // style read after the walk (see `probeStyles`).
    if (state.probes.length < STYLE_PROBE_MAX && !UNPROBED.has(tag) && (depth <= STYLE_PROBE_DEPTH || role === 'dialog' || (f & FLAGS.ARIA_MODAL) || tag === 'dialog')) {
      state.probe = true;
    }
    if (state.marks?.size) f |= state.marks.get(el) ?? 0;
    if (f) n.f = f;
    return n;
  }

  /** Resolves after the page's next frame (or 50 ms in a hidden tab). */
  const afterFrame = () => new Promise((resolve) => {
    let t = 0;
    const done = () => { clearTimeout(t); resolve(); };
    // A hidden tab draws no frames: there, a timeout stands in.
    if (document.visibilityState !== 'visible') t = setTimeout(done, 50);
    try { requestAnimationFrame(() => setTimeout(done, 0)); } catch { done(); }
  });

  /**
   * Position, z-index and visibility of the probed elements. On a huge page
   * they are read after its first frame has computed its style: reading
   * earlier forces a style pass over the whole document inside our task
   * (200 ms on a page of a million nodes). A block quietpage hides has
   * display:none by our rule, not the page's: its display is not read.
   */
  async function probeStyles(state, nodes) {
    if (!state.probes.length) return 0;
    // Waiting for a frame costs a normal page a frame of latency; only a
    // huge page pays more for forcing the style pass itself.
    if (nodes.length > HUGE_PAGE_NODES && document.readyState !== 'complete') await afterFrame();
    const t = now();
    for (const [i, el, marked] of state.probes) {
      try {
        const cs = computed(el);
        const n = nodes[i];
        let f = n.f ?? 0;
        const pos = cs.position;
        if (pos === 'fixed') f |= FLAGS.FIXED;
        else if (pos === 'sticky') f |= FLAGS.STICKY;
        // Our remembered sheet (content/remember.js) is ours too, like the marker.
        if ((cs.display === 'none' && !marked && !QP.remember?.hides(el)) || cs.visibility === 'hidden') f |= FLAGS.HIDDEN;
        if (f) n.f = f;
        const z = parseInt(cs.zIndex, 10);
        if (Number.isFinite(z) && z !== 0) n.z = Math.max(-2147483648, Math.min(2147483647, z));
      } catch { /* detached or cross-realm: skip */ }
    }
    return now() - t;
  }

  /**
   * Snapshots `root` (a document or an element). With `context: true`, the
   * ancestors of `root` come first, flagged CONTEXT. Returns
   * {snapshot, elements} where elements[i] is the node of snapshot.nodes[i]
   * (null for text). `budget` ({ms}) accumulates the main-thread time.
   */
  async function snapshot(root, { marks, context = false, url = location.href, budget, first = false } = {}) {
    const doc = root.ownerDocument ?? root;
    const nodes = [];
    const elements = [];
    const state = { marks, probes: [], probe: false };
    let t0 = now();
    let maxSliceMs = 0;
    let slice = first ? FIRST_SLICE_MS : SLICE_MS;
    const spent = () => {
      const d = now() - t0;
      if (budget) budget.ms += d;
      if (d > maxSliceMs) maxSliceMs = d;
    };
    let baseDepth = 0;
    if (context && root.parentElement) {
      const chain = [];
      for (let e = root.parentElement; e; e = e.parentElement) chain.push(e);
      chain.reverse();
      for (const e of chain) {
        const n = elementFacts(e, baseDepth, state) ?? { t: e.localName.toLowerCase() };
        n.f = (n.f ?? 0) | FLAGS.CONTEXT;
        n.p = nodes.length - 1;
        nodes.push(n);
        elements.push(e);
        baseDepth += 1;
      }
    }
    const start = root.nodeType === Node.DOCUMENT_NODE ? root.documentElement : root;
    // Pre-order walk by sibling pointers, with a stack of the open elements
    // only: a node with 250,000 children costs nothing up front, and every
    // slice stays short. Each open entry: [element, its index, its parent's
    // index, its depth, in its shadow root (light children still to come)].
    const open = [];
    let node = start;
    let parent = nodes.length - 1;
    let depth = baseDepth;
    let sinceYield = 0;
    while (node && nodes.length < MAX_NODES) {
      let descend = null;
      let index = -1;
      const type = node.nodeType;
      if (type === TEXT || type === CDATA) {
        const pt = parent >= 0 ? nodes[parent].t : '';
        if (!TEXTLESS.has(pt)) {
          const d = node.data;
          // Indentation travels as one space (src/snapshot.rs is_blank).
          const t = { p: parent, t: '#', x: BLANK.test(d) ? ' ' : cut(d) };
          nodes.push(t);
          elements.push(null);
        }
      } else if (type === ELEMENT) {
        state.probe = false;
        state.marked = false;
        const n = elementFacts(node, depth, state);
        // (Null: an element of our own, left out with what it holds.)
        if (n) {
          n.p = parent;
          index = nodes.length;
          if (state.probe) state.probes.push([index, node, state.marked]);
          nodes.push(n);
          elements.push(node);
          // Same as the native front end: a template's contents are not its
          // children, and nothing in <head> is page text. Open shadow roots
          // render in place of the light children; their nodes come first.
          if (n.t !== 'template' && n.t !== 'head') {
            const sr = node.shadowRoot;
            if (sr?.firstChild) {
              open.push([node, index, parent, depth, true]);
              descend = sr.firstChild;
            } else if (node.firstChild) {
              open.push([node, index, parent, depth, false]);
              descend = node.firstChild;
            }
          }
        }
      }
      if (descend) {
        node = descend;
        parent = index;
        depth += 1;
      } else {
        // Next sibling, or climb until an open element has one (never past
        // the root of a subtree snapshot).
        let next = node === start ? null : node.nextSibling;
        while (!next && open.length) {
          const [el, elIndex, elParent, elDepth, inShadow] = open.pop();
          if (inShadow && el.firstChild) {
            open.push([el, elIndex, elParent, elDepth, false]);
            next = el.firstChild;
            parent = elIndex;
            depth = elDepth + 1;
            break;
          }
          next = el === start ? null : el.nextSibling;
          parent = elParent;
          depth = elDepth;
          if (el === start) break;
        }
        node = next;
      }
      if (++sinceYield >= 1000) {
        sinceYield = 0;
        if (now() - t0 > slice) {
          spent();
          await yieldToPage();
          slice = SLICE_MS;
          t0 = now();
        }
      }
    }
    spent();
    const probeMs = await probeStyles(state, nodes);
    if (budget) budget.ms += probeMs;
    maxSliceMs = Math.max(maxSliceMs, probeMs);
    t0 = now();
    const jsonld = [];
    if (!context) {
      for (const s of doc.querySelectorAll('script[type]')) {
        if ((getAttr.call(s, 'type') ?? '').trim().toLowerCase() === 'application/ld+json') jsonld.push(cut(s.textContent, MAX_JSON_LD));
      }
    }
    const lang = (doc.documentElement && getAttr.call(doc.documentElement, 'lang') || '').trim().toLowerCase();
    spent();
    return { snapshot: { v: 1, url, lang, jsonld, nodes }, elements, cut: nodes.length >= MAX_NODES, maxSliceMs, probeMs };
  }

  /**
   * The message text of a snapshot. One stringify for a normal page (faster
   * than one per node); a huge page is written JSON_CHUNK nodes at a time
   * with a yield between, so that no single step holds the page long (one
   * stringify of 100,000 nags took 210 ms). `onSlice(ms)` gets each step's
   * main-thread time.
   */
  async function toJson({ snapshot }, onSlice = () => {}) {
    const { v, url, lang, jsonld, nodes } = snapshot;
    let t = now();
    if (nodes.length <= JSON_CHUNK) {
      const out = JSON.stringify(snapshot);
      onSlice(now() - t);
      return out;
    }
    const head = JSON.stringify({ v, url, lang, jsonld });
    const parts = [`${head.slice(0, -1)},"nodes":[`];
    for (let i = 0; i < nodes.length; i += JSON_CHUNK) {
      const chunk = JSON.stringify(nodes.slice(i, i + JSON_CHUNK));
      parts.push(i ? `,${chunk.slice(1, -1)}` : chunk.slice(1, -1));
      onSlice(now() - t);
      await yieldToPage();
      t = now();
    }
    parts.push(']}');
    const out = parts.join('');
    onSlice(now() - t);
    return out;
  }

  QP.FLAGS = FLAGS;
  QP.toJson = toJson;
  QP.snapshot = snapshot;
})();
