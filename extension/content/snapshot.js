// quietpage content script, part 1: the snapshot.
//
// The snapshot is the page's own serialisation (the HTML fragment
// serialisation algorithm: `getHTML` with the open shadow roots, else
// `outerHTML`), which the browser writes in C++ with no wrapper object per
// node; the background tokenises it into the engine's page (src/serial.rs)
// and applies the per-node rules there, in the one Rust place the native
// front end uses too. Beside it goes a small side table of what the markup
// cannot say: the computed style of the few elements that may float over
// the page, the rule marks, and for a subtree the ancestors it hangs under.
// Elements are addressed by path (child-element indices from <html>, an
// open shadow root's children first): the verdict comes back in the same
// terms, and each path is resolved and checked here before anything is
// hidden (content.js).
//
// A huge page is written subtree by subtree, yielding to the page between
// slices; nothing here recurses.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});

  const FLAGS = Object.freeze({
    HIDDEN: 1, ARIA_MODAL: 2, FIXED: 4, STICKY: 8, RULE_HIDE: 16, RULE_KEEP: 32,
    EMAIL_INPUT: 64, PASSWORD_INPUT: 128, ARTICLE_BODY: 256, ARIA_HIDDEN: 512, CONTEXT: 1024,
    SUBFRAME: 2048,
  });
  // A subtree of more elements than this is written in parts (its start
  // tag, each child, its end tag) so that no one call holds the page long:
  // ~30,000 elements serialise in a few milliseconds.
  const SPLIT_ABOVE = 30000;
  // A parent with more element children than this has its children
  // written whole without counting each (counting costs a call each).
  const WIDE = 256;
  const SHARE_SAMPLE = 64;          // of those children, how many are counted
  // Above this many elements, mutation batches send their changed subtrees
  // (with the ancestors they hang under) instead of the whole page again.
  const HUGE_PAGE_ELEMENTS = 250000;
  // Larger pages are cut (and say so): beyond this the engine's work on
  // the page would cost more than any nag (~250,000 nodes, as before).
  const MAX_ELEMENTS = 120000;
  // Computed style is costly: read it only for elements near the top of the
  // tree (where overlays and banners live) and for dialogs, at most this many.
  const STYLE_PROBE_DEPTH = 4;
  const STYLE_PROBE_MAX = 600;
  const SLICE_MS = 8;              // work per slice before yielding
  // The first slice of the page's first snapshot may run longer: most pages
  // fit in it whole, so the nags go before the page's own DOMContentLoaded
  // work gets in between. Still under the 50 ms that makes a long task.
  const FIRST_SLICE_MS = 30;
  const STYLE_AFTER_FRAME = 100000; // elements: above this, style is read after a frame
  // Never probed: not rendered as boxes, or hidden by the browser's own
  // style sheet (the native front end cannot see that either).
  const UNPROBED = new Set(['html', 'head', 'meta', 'title', 'link', 'base', 'script', 'style', 'noscript', 'template']);
  const DIALOGS = 'dialog, [role="dialog" i], [aria-modal="true" i]';
  // What the serialiser writes with no end tag, and unescaped (src/serial.rs).
  const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
  const RAW = new Set(['iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'style', 'xmp']);

  // quietpage's own elements are not the page: the engine drops them
  // (src/node_rules.rs), and paths count without them.
  const OWN_MARK = 'data-quietpage-hidden';
  const OWN_PICKER = 'data-quietpage-picker';
  const OWN_STYLE_ID = 'quietpage-style';

  // Saved references (content/dom.js): a page may overwrite prototype methods.
  const { getAttr, getNames, computed, yieldToPage, item, shadowOf, findShadow } = QP.dom;
  const getHTML = Element.prototype.getHTML;
  const { ELEMENT_NODE: ELEMENT, TEXT_NODE: TEXT, CDATA_SECTION_NODE: CDATA, DOCUMENT_NODE: DOCUMENT } = Node;
  const now = () => performance.now();

  const isOwn = (el) => (el.localName === 'style' ? el.id === OWN_STYLE_ID : getAttr.call(el, OWN_PICKER) !== null);

  /** The element children of `el` as the engine's page has them: an open shadow root's first. */
  function composedChildren(el) {
    const out = [];
    const sr = shadowOf(el);
    if (sr) for (let c = sr.firstElementChild; c; c = c.nextElementSibling) if (!isOwn(c)) out.push(c);
    if (el.localName !== 'template') for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!isOwn(c)) out.push(c);
    return out;
  }

  /** The parent element of `el`, through a shadow root to its host. */
  function parentOf(el) {
    const p = el.parentNode;
    if (!p) return null;
    if (p.nodeType === ELEMENT) return p;
    return p.nodeType === 11 && p.host ? p.host : null;
  }

  /**
   * Paths to elements and back, from the document element. Each parent's
   * children are listed once, so the paths of 100,000 siblings cost one
   * pass over them.
   */
  function paths(top = document.documentElement) {
    const kids = new Map();
    const index = new Map();
    const children = (p) => {
      let k = kids.get(p);
      if (!k) { k = composedChildren(p); kids.set(p, k); }
      return k;
    };
    // The index of `e` among the children of `p`: counted back along its
    // siblings when it is near the front (a probe near the top of a list
    // of 250,000 costs a few steps), else looked up in the parent's list,
    // made once.
    // (The last answer per parent is kept: siblings asked in document
    // order, as the probes are, count back only to the one before.)
    const last = new Map();
    const indexIn = (p, e) => {
      let m = index.get(p);
      if (!m) {
        if (e.parentNode === p || e.parentNode === shadowOf(p)) {
          let i = 0;
          let steps = 0;
          const [lastEl, lastI] = last.get(p) ?? [null, 0];
          // The same element asked again (a probe, then its child's path).
          if (e === lastEl) return lastI;
          let s = e.previousElementSibling;
          for (; s && s !== lastEl && steps < 256; s = s.previousElementSibling, steps += 1) if (!isOwn(s)) i += 1;
          if (s && s === lastEl) {
            i += lastI + (isOwn(s) ? 0 : 1);
            if (!isOwn(e)) last.set(p, [e, i]);
            return isOwn(e) ? -1 : i;
          }
          if (steps < 256) {
            // Light children come after the shadow root's.
            const sr = e.parentNode === p ? shadowOf(p) : null;
            if (sr) for (let c = sr.firstElementChild; c; c = c.nextElementSibling) if (!isOwn(c)) i += 1;
            if (!isOwn(e)) last.set(p, [e, i]);
            return isOwn(e) ? -1 : i;
          }
        }
        m = new Map(children(p).map((c, i) => [c, i]));
        index.set(p, m);
      }
      return m.get(e) ?? -1;
    };
    // The i-th child of `p`, stepped to from the last one asked of `p`
    // when that is close before it (a verdict's paths come in document
    // order): listing all 100,000 children of a parent up front was one
    // long task. A shadow host, or a far jump, uses the parent's list.
    const cursor = new Map();
    const childAt = (p, i) => {
      const k = kids.get(p);
      if (k || shadowOf(p) || p.localName === 'template') return children(p)[i];
      let [j, c] = cursor.get(p) ?? [-1, null];
      if (!c || j > i) {
        j = -1;
        c = null;
      }
      if (i - j > 4096) return children(p)[i];
      while (j < i) {
        c = c ? c.nextElementSibling : p.firstElementChild;
        if (!c) return undefined;
        if (!isOwn(c)) j += 1;
      }
      cursor.set(p, [j, c]);
      return c;
    };
    return {
      /** Child-element indices from the top to `el`, or null (detached, ours). */
      of(el) {
        const steps = [];
        for (let e = el; e !== top;) {
          const p = parentOf(e);
          if (!p) return null;
          const i = indexIn(p, e);
          if (i < 0) return null;
          steps.push(i);
          e = p;
        }
        return steps.reverse();
      },
      /** The element at `path`, or null. */
      at(path) {
        let e = top;
        for (const i of path) {
          if (!e) return null;
          e = childAt(e, i);
        }
        return e ?? null;
      },
      /** Index of `el` among its parent's children. */
      indexOf(el) {
        const p = parentOf(el);
        return p ? indexIn(p, el) : -1;
      },
    };
  }

  const escText = (s) => s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
  const escAttr = (s) => s.replace(/[&"<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));

  /** An element's start tag, as the serialiser writes it. */
  function startTag(el) {
    let s = `<${el.localName}`;
    const names = getNames.call(el);
    for (let i = 0; i < names.length; i += 1) s += ` ${names[i]}="${escAttr(getAttr.call(el, names[i]) ?? '')}"`;
    return `${s}>`;
  }

  // Where shadow roots (open, and closed: dom.js findShadow) are looked for. Reading `.shadowRoot` of every
  // element made a wrapper for each in our world: ~1.4 ms a page, the
  // floor walk's cost again (bench, 40 corpus pages). Instead: (1) every
  // custom element (a name with a hyphen), which is where components keep
  // theirs, found by one native query that names every standard tag, so
  // only the elements it returns are touched (0.5 ms); (2) the standard
  // elements that may host one (attachShadow's list) near the top of the
  // body, where consent and newsletter overlays attach theirs; (3) all of
  // a found shadow root's contents. A standard element deep in the page
  // with a root of its own is not seen: the price of the cut, said here.
  // Most frequent first: a `:not()` list is tried in order.
  const STANDARD_TAGS = [
    'div', 'span', 'a', 'li', 'p', 'path', 'img', 'svg', 'ul', 'g', 'td', 'tr', 'i', 'b', 'strong', 'em',
    'br', 'input', 'option', 'button', 'meta', 'link', 'script', 'source', 'time', 'h2', 'h3', 'section',
    'article', 'figure', 'picture', 'label', 'form', 'nav', 'header', 'footer', 'aside', 'main', 'table',
    'tbody', 'h1', 'h4', 'h5', 'h6', 'abbr', 'address', 'area', 'audio', 'base', 'bdi', 'bdo', 'blockquote',
    'body', 'canvas', 'caption', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd', 'del',
    'details', 'dfn', 'dialog', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'head', 'hgroup', 'hr',
    'html', 'iframe', 'ins', 'kbd', 'legend', 'map', 'mark', 'menu', 'meter', 'noscript', 'object',
    'ol', 'optgroup', 'output', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'search', 'select',
    'slot', 'small', 'style', 'sub', 'summary', 'sup', 'template', 'textarea', 'tfoot', 'th', 'thead',
    'title', 'track', 'u', 'var', 'video', 'wbr', 'center', 'font', 'big', 'tt', 'strike', 'marquee', 'nobr',
    'circle', 'rect', 'line', 'polyline', 'polygon', 'use', 'defs', 'symbol', 'stop', 'mask', 'image',
    'text', 'tspan', 'ellipse', 'filter', 'pattern', 'desc', 'math',
  ];
  const NOT_STANDARD = `:not(${STANDARD_TAGS.join(',')})`;
  // Standard elements attachShadow accepts, looked at in a region like the
  // one the style probes read (so few elements are touched for this alone).
  const HOST_TAGS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
  const HOST_DEPTH = STYLE_PROBE_DEPTH;
  const HOST_PROBE_MAX = STYLE_PROBE_MAX;

  /**
   * The open shadow roots under `top` (and its own), nested ones included:
   * see the table above for where they are looked for.
   */
  async function shadowRootsUnder(top, clock) {
    const found = [];
    const seen = new Set();
    const take = (e) => {
      const sr = findShadow(e);
      if (sr && !seen.has(sr)) { seen.add(sr); found.push(sr); }
    };
    take(top);
    // (2) near the top: a bounded walk of the first levels.
    const stack = [[top, 0]];
    let probed = 0;
    while (stack.length && probed < HOST_PROBE_MAX) {
      const [el, d] = stack.pop();
      const kids = [];
      for (let c = el.firstElementChild; c && probed < HOST_PROBE_MAX; c = c.nextElementSibling) {
        probed += 1;
        const tag = c.localName;
        if (HOST_TAGS.has(tag)) take(c);
        if (d + 1 < HOST_DEPTH && tag !== 'head' && tag !== 'svg') kids.push([c, d + 1]);
      }
      // In document order, as the style probes go.
      for (let i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i]);
    }
    // (1) custom elements anywhere, and (3) inside each root found.
    let scopes = [top];
    let k = 0;
    while (scopes.length) {
      for (const scope of scopes) for (const e of scope.querySelectorAll(NOT_STANDARD)) take(e);
      await clock.tick();
      // Each shadow root is searched whole, once: its contents are small.
      scopes = [];
      for (; k < found.length; k += 1) {
        const sr = found[k];
        for (const e of sr.querySelectorAll('*')) if (HOST_TAGS.has(e.localName)) take(e);
        scopes.push(sr);
      }
    }
    return found;
  }

  /**
   * On a huge page one native query would be one long task: there every
   * element is looked at, in slices, among the first MAX_ELEMENTS (the
   * most that are written).
   */
  async function shadowRootsEverywhere(top, clock) {
    const found = [];
    // The <dialog> elements met on the way, for the style probes: a query
    // for them over half a million elements was one task of ~60 ms.
    const dialogs = [];
    found.dialogs = dialogs;
    const queue = [top];
    let seen = 0;
    while (queue.length && seen < MAX_ELEMENTS) {
      const r = queue.pop();
      const own = r.nodeType === 1 ? findShadow(r) : null;
      if (own) { found.push(own); queue.push(own); }
      // A live collection is read as it goes (no list of a million made
      // up front); a shadow root has only the static query.
      const all = r.getElementsByTagName ? r.getElementsByTagName('*') : r.querySelectorAll('*');
      const at = r.getElementsByTagName ? (i) => item.call(all, i) : (i) => all[i];
      for (let i = 0, e = at(0); e && seen < MAX_ELEMENTS; i += 1, e = at(i), seen += 1) {
        // A closed root is asked for on custom elements only (a call each).
        const sr = e.shadowRoot ?? (e.localName.includes('-') ? findShadow(e) : null);
        if (sr) { found.push(sr); queue.push(sr); }
        if (e.localName === 'dialog' && dialogs.length < STYLE_PROBE_MAX) dialogs.push(e);
        if ((i & 1023) === 1023) await clock.tick();
      }
    }
    return found;
  }

  /**
   * The number of elements under `node`, exact up to SPLIT_ABOVE, else
   * SPLIT_ABOVE + 1: a live collection's item() walks only as far as the
   * index asked (a full count of a million-node page was one 40–60 ms task,
   * done once per level on the way down; `all[i]` counts first: dom.js).
   */
  function sizeOf(node) {
    const all = node.getElementsByTagName('*');
    return item.call(all, SPLIT_ABOVE) === null ? all.length : SPLIT_ABOVE + 1;
  }

  /** `el` whole, its open shadow roots included. */
  function outer(el, roots) {
    if (!roots.length || !getHTML) return el.outerHTML;
    const tag = el.localName;
    return VOID.has(tag) ? startTag(el) : `${startTag(el)}${getHTML.call(el, { shadowRoots: roots })}</${tag}>`;
  }

  /**
   * The serialisation of `top`, written in slices: a subtree of more than
   * SPLIT_ABOVE elements is written as its start tag, its children one by
   * one (their text escaped here as the serialiser escapes it), its end
   * tag. An explicit stack, no recursion.
   */
  async function write(top, roots, clock) {
    const parts = [];
    // Work items: [node, its element count if known (-1: count it), or
    // an estimate] or a string to emit as it is (end tags: always).
    const work = [[top, -1]];
    let left = MAX_ELEMENTS;
    let cut = false;
    while (work.length) {
      const item = work.pop();
      if (typeof item === 'string') { parts.push(item); continue; }
      if (left <= 0) { cut = true; continue; }
      if (!Array.isArray(item)) {
        // A cursor over a parent's children: the next one, then the rest.
        const c = item.next;
        if (!c) continue;
        item.next = c.nextSibling;
        work.push(item);
        const t = c.nodeType;
        if (t === ELEMENT) work.push([c, item.share]);
        else if (t === TEXT || t === CDATA) work.push([c, 0]);
        continue;
      }
      const [node, known] = item;
      if (node.nodeType !== ELEMENT) {
        const p = node.parentNode;
        const raw = p && p.nodeType === ELEMENT && RAW.has(p.localName);
        parts.push(raw ? node.data : escText(node.data));
        continue;
      }
      if (isOwn(node)) continue;
      const tag = node.localName;
      const count = known >= 0 ? known : sizeOf(node);
      if (VOID.has(tag) || tag === 'template' || count <= SPLIT_ABOVE || known >= 0) {
        parts.push(outer(node, roots));
        left -= count + 1;
      } else {
        left -= 1;
        const kids = [startTag(node)];
        const sr = shadowOf(node);
        const n = node.childElementCount + (sr?.childElementCount ?? 0);
        // Many children: written whole, each counted as the mean size of
        // the first few (counting each would cost a call apiece; counting
        // the parent whole, one walk of all it holds in one task).
        let share = -1;
        if (n > WIDE) {
          let sum = 0;
          let k = 0;
          for (let c = node.firstElementChild; c && k < SHARE_SAMPLE; c = c.nextElementSibling, k += 1) sum += sizeOf(c) + 1;
          share = Math.max(0, Math.ceil(sum / Math.max(1, k)) - 1);
        }
        // Children are read one at a time as the writing reaches them (a
        // cursor on the work stack), not listed up front: 250,000 listed
        // children were 250,000 tuples to collect, and the collector's
        // pauses fell in our slices.
        if (sr) {
          kids.push('<template shadowrootmode="open">');
          kids.push({ next: sr.firstChild, share });
          kids.push('</template>');
        }
        kids.push({ next: node.firstChild, share });
        kids.push(`</${tag}>`);
        for (let i = kids.length - 1; i >= 0; i -= 1) work.push(kids[i]);
      }
      await clock.tick();
    }
    return { html: parts.join(''), cut, written: MAX_ELEMENTS - left };
  }

  /**
   * The elements whose computed style is read, each with its path: near
   * the top, and dialogs. The walk near the top carries each element's
   * path down from `rootPath` (a child's index in its parent's composed
   * list is its place in `kids`: that list is cut only at its end), so
   * that only the dialogs found by query are looked up in `where` (one
   * lookup per probe was ~0.5 ms of a first scan, 600 probes).
   * On a page of more than SPLIT_ABOVE elements only the <dialog> elements
   * the sliced shadow-root scan met count (`roots.dialogs`): a query for
   * roles over half a million elements held the page ~0.9 s, one for the
   * tag ~60 ms.
   */
  function probesOf(root, rootPath, roots, baseDepth, huge, where) {
    const out = new Map();
    if (!rootPath) return [];
    const stack = [[root, baseDepth, rootPath]];
    while (stack.length && out.size < STYLE_PROBE_MAX) {
      const [el, d, path] = stack.pop();
      if (!UNPROBED.has(el.localName)) out.set(el, path);
      if (d < STYLE_PROBE_DEPTH && el.localName !== 'head') {
        // Only as many children as there are probes left (a list of
        // 250,000 is not read whole).
        const kids = [];
        const room = STYLE_PROBE_MAX - out.size;
        const sr = shadowOf(el);
        for (const first of [sr?.firstElementChild, el.localName === 'template' ? null : el.firstElementChild]) {
          for (let c = first; c && kids.length < room; c = c.nextElementSibling) if (!isOwn(c)) kids.push(c);
        }
        for (let i = kids.length - 1; i >= 0; i -= 1) stack.push([kids[i], d + 1, [...path, i]]);
      }
    }
    const dialog = (el) => {
      if (out.size >= STYLE_PROBE_MAX || UNPROBED.has(el.localName) || out.has(el)) return;
      const path = where.of(el);
      if (path) out.set(el, path);
    };
    for (const s of huge ? [] : [root, ...roots]) {
      for (const el of s.querySelectorAll(DIALOGS)) {
        if (out.size >= STYLE_PROBE_MAX) break;
        dialog(el);
      }
    }
    for (const el of huge ? roots.dialogs ?? [] : []) dialog(el);
    return [...out];
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
   * Position, z-index and visibility of the probed elements, as side-table
   * facts. A block quietpage hides has display:none by our rule, not the
   * page's: its display is not read.
   */
  function probeStyles(probes, facts) {
    for (const [el, path] of probes) {
      try {
        const cs = computed(el);
        let f = 0;
        const pos = cs.position;
        if (pos === 'fixed') f |= FLAGS.FIXED;
        else if (pos === 'sticky') f |= FLAGS.STICKY;
        // Our remembered sheet (content/remember.js) is ours too, like the marker.
        if ((cs.display === 'none' && getAttr.call(el, OWN_MARK) === null && !QP.remember?.hides(el)) || cs.visibility === 'hidden') f |= FLAGS.HIDDEN;
        const z = parseInt(cs.zIndex, 10);
        const zc = Number.isFinite(z) ? Math.max(-2147483648, Math.min(2147483647, z)) : 0;
        if (f || zc) facts.push(path.length, ...path, f, zc);
      } catch { /* detached or cross-realm: skip */ }
    }
  }

  /**
   * Rule marks (element → flags) as side-table facts: flat numbers, `path
   * length, path…, flags, z` after one another (src/serial.rs Side).
   */
  function markFacts(marks, where, facts) {
    if (!marks?.size) return;
    for (const [el, f] of marks) {
      const path = where.of(el);
      if (path && (!where.within || where.within(el))) facts.push(path.length, ...path, f, 0);
    }
  }

  /**
   * Snapshots `root` (a document or an element). With `context: true`, the
   * ancestors of `root` come first as start tags, and the side table gives
   * the index each one's next element has in the page. Returns
   * {html, side, elements (how many were written), cut (only the first
   * MAX_ELEMENTS were written), huge, maxSliceMs, probeMs}.
   * `budget` ({ms}) accumulates the main-thread time.
   */
  async function snapshot(root, { marks, context = false, url = location.href, budget, first = false } = {}) {
    const doc = root.ownerDocument ?? root;
    const top = doc.documentElement;
    const start = root.nodeType === DOCUMENT ? top : root;
    let t0 = now();
    let maxSliceMs = 0;
    let slice = first ? FIRST_SLICE_MS : SLICE_MS;
    const spent = () => {
      const d = now() - t0;
      if (budget) budget.ms += d;
      if (d > maxSliceMs) maxSliceMs = d;
    };
    const clock = {
      async tick() {
        if (now() - t0 <= slice) return;
        spent();
        await yieldToPage();
        slice = SLICE_MS;
        t0 = now();
      },
    };
    if (!start || !top) return { html: '', side: { url, context: [], facts: [] }, elements: 0, maxSliceMs: 0, probeMs: 0 };
    const where = paths(top);
    let prefix = '';
    const chain = [];
    if (context && start !== top) {
      for (let e = parentOf(start); e; e = parentOf(e)) chain.push(e);
      chain.reverse();
      prefix = chain.map(startTag).join('');
    }
    const large = sizeOf(start) > SPLIT_ABOVE;
    // A large page never fits in the longer first slice: all its slices are
    // short (its first one also meets the collector's pause after the parse).
    if (large) slice = SLICE_MS;
    const ph = { t: now() };
    const roots = await (large ? shadowRootsEverywhere : shadowRootsUnder)(start, clock);
    ph.roots = now() - ph.t;
    const { html: body, cut, written } = await write(start, roots, clock);
    ph.write = now() - ph.t - ph.roots;
    // Written, not counted again: on a huge page, the elements read.
    const elements = written;
    // Paths in the same task as the serialisation's last slice: the page
    // they address is the page written.
    const ctx = chain.map((e, k) => where.indexOf(chain[k + 1] ?? start));
    const probes = probesOf(start, start === top ? [] : where.of(start), roots, chain.length, large, where);
    const facts = [];
    if (context) where.within = (el) => start.contains(el) || el === start;
    markFacts(marks, where, facts);
    // A document in another page's frame says so (the engine then protects
    // no article in a short one: src/classify/guard.rs).
    if (!context && start === top && window !== window.top) facts.push(0, FLAGS.SUBFRAME, 0);
    ph.paths = now() - ph.t - ph.roots - ph.write;
    spent();
    // On a huge page, style is read after its first frame has computed it:
    // reading earlier forces a style pass over the whole document inside
    // our task (200 ms on a page of a million nodes).
    if (elements > STYLE_AFTER_FRAME && document.readyState !== 'complete') await afterFrame();
    const tp = now();
    probeStyles(probes, facts);
    const probeMs = now() - tp;
    if (budget) budget.ms += probeMs;
    maxSliceMs = Math.max(maxSliceMs, probeMs);
    return {
      html: prefix + body,
      side: { url, context: ctx, facts },
      elements,
      huge: !context && (cut || elements > HUGE_PAGE_ELEMENTS),
      cut,
      maxSliceMs,
      probeMs,
      phases: { roots: ph.roots, write: ph.write, paths: ph.paths, probe: probeMs },
      where,
      // The shadow roots written (open, and closed ones found): content.js watches them for changes.
      shadowRoots: roots,
    };
  }

  QP.FLAGS = FLAGS;
  QP.snapshot = snapshot;
  QP.paths = paths;
  QP.markFacts = markFacts;
})();
