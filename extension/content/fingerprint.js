// quietpage content script, part 3a: text fingerprints, for nags with no
// stable name.
//
// Some nags are told apart from the blocks a verdict keeps only by what they
// say: a menu's <li> among its siblings, a bare <div> in the article's
// column. No selector names them without also naming the article, so the
// remembered sheet (remember.js) cannot hide them before the first paint.
// A fingerprint can: the element's tag plus a hash of its leading text
// (lower case, digits folded, spaces collapsed), e.g. `text:div:48+:k3x9q1`
// (the first 48 characters) or `text:p:23:0fz1ab` (the whole text, 23
// characters). Only the hash is kept, never the text.
//
// The watcher checks elements as the parser inserts and closes them, from a
// MutationObserver started at document_start: its callbacks run before the
// browser renders, so an element marked there is never painted. Cost is
// bounded: only the fingerprints' tags are looked at, each element's leading
// text is read once it is settled (a prefix of 48 characters never changes
// while the parser appends; a whole-text match waits until the element is
// closed), and the watcher stops at the page's first verdict, which judges
// every element it marked.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  if (QP.fingerprint) return;
  const { getAttr, setAttr, removeAttr } = QP.dom;

  /** Marks an element the watcher hides (remember.js's sheet hides it; the engine drops data-quietpage-*). */
  const ATTR = 'data-quietpage-early';
  const PREFIX = 'text:';
  /**
   * Tuning, with why:
   * LEAD_CHARS: the characters hashed; a nag's first sentence, short enough
   *   that a counter further on ("3 articles left this month") rarely reaches it.
   * MIN_CHARS: below this a text is too common to name anything ("Close", "Menu").
   * MAX_NODES: nodes read for one element's leading text (a wrapper of images
   *   has none within reach): past it the element has no fingerprint.
   * MAX_DESCENDANTS: a subtree a script inserts whole, elements checked in it.
   * MAX_UP: ancestors checked above a change (a nag's words are a few levels
   *   below its box; a 10,000-deep page is not walked to its root each time).
   * SWEEP_MS: the elements parsed before the fingerprints were read from
   *   storage are checked for this long at most.
   * MAX_INDEX: elements of one tag read to check a proposal on a huge page.
   */
  const LEAD_CHARS = 48;
  const MIN_CHARS = 16;
  const MAX_NODES = 256;
  const MAX_DESCENDANTS = 2000;
  const MAX_UP = 32;
  const SWEEP_MS = 8;
  const MAX_INDEX = 20000;
  /** Text under these is not read by the reader. */
  const SKIP = new Set(['script', 'style', 'noscript', 'template']);

  const filter = { acceptNode: (n) => (n.nodeType === 1 && SKIP.has(n.localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) };

  /**
   * The element's leading text, normalised, up to LEAD_CHARS + 1
   * characters; null when MAX_NODES nodes give no such text.
   */
  function lead(el) {
    const w = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
    let raw = '';
    let nodes = 0;
    let text = '';
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (++nodes > MAX_NODES) return null;
      if (n.nodeType !== 3) continue;
      // A 5 MB text node: its first stretch is all that can count.
      raw += n.data.length > 4 * LEAD_CHARS ? n.data.slice(0, 4 * LEAD_CHARS) : n.data;
      text = normalise(raw);
      if (text.length > LEAD_CHARS) break;
    }
    return text;
  }

  const normalise = (s) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trimStart();

  /** cyrb53: a 53-bit string hash, short in base 36. Not for secrecy: to match, and to not keep the text. */
  function hash(s) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < s.length; i += 1) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }

  /**
   * {key, settled}: `key` the element's fingerprint as it stands (null: none),
   * `settled` when it can no longer change while the parser appends (a
   * prefix of LEAD_CHARS, or no text within MAX_NODES). A whole-text key is
   * final only once the element is closed.
   */
  function keyOf(el) {
    const t = lead(el);
    if (t === null) return { key: null, settled: true };
    const tag = el.localName;
    if (t.length > LEAD_CHARS) return { key: `${PREFIX}${tag}:${LEAD_CHARS}+:${hash(t.slice(0, LEAD_CHARS))}`, settled: true };
    const whole = t.trimEnd();
    return { key: whole.length >= MIN_CHARS ? `${PREFIX}${tag}:${whole.length}:${hash(whole)}` : null, settled: false };
  }

  const isKey = (s) => typeof s === 'string' && s.startsWith(PREFIX);
  const tagOf = (key) => key.slice(PREFIX.length, key.indexOf(':', PREFIX.length));

  /**
   * Parsed past: something follows it in the document (the parser inserts in
   * document order), or the parse is over.
   */
  function closed(el) {
    if (document.readyState !== 'loading') return true;
    for (let e = el; e && e !== document.documentElement; e = e.parentNode) if (e.nextSibling) return true;
    return false;
  }

  /**
   * Watches the page being parsed for elements with one of `keys` (key →
   * category) and marks each that `accept(el, key)` allows. Returns
   * {marked(), unmark(el), stop(), stats}.
   */
  function watch(keys, accept) {
    const tags = new Set([...keys.keys()].map(tagOf));
    const settled = new WeakSet();
    const marked = new Map();
    const pending = new Set();
    const stats = { ms: 0, checks: 0, matched: 0, callbacks: 0 };
    let observer = null;

    function mark(el, key) {
      if (!accept(el, key)) return;
      setAttr.call(el, ATTR, '');
      marked.set(el, key);
      stats.matched += 1;
    }

    function check(el) {
      if (!tags.has(el.localName) || settled.has(el) || marked.has(el)) return;
      stats.checks += 1;
      const { key, settled: done } = keyOf(el);
      if (done) settled.add(el);
      if (!key || !keys.has(key)) { pending.delete(el); return; }
      // A whole-text match: only once nothing more can be appended to it.
      if (!done && !closed(el)) { pending.add(el); return; }
      pending.delete(el);
      mark(el, key);
    }

    /** `el` and its ancestors, up to one settled before this walk (all above it are settled and were checked). */
    function up(el, seen) {
      let steps = 0;
      for (let e = el; e && e.nodeType === 1 && steps < MAX_UP; e = e.parentElement, steps += 1) {
        if (seen.has(e)) return;
        seen.add(e);
        if (settled.has(e)) return;
        check(e);
      }
    }

    /** An element the parser just left: it and its last descendants. */
    function closing(el, seen) {
      for (let e = el; e; e = e.lastElementChild) up(e, seen);
    }

    function onRecords(records) {
      const t = performance.now();
      stats.callbacks += 1;
      const seen = new Set();
      try {
        for (const r of records) {
          if (r.type === 'childList') {
            for (const n of r.addedNodes) {
              // The parser moved past the element before this node: it is closed.
              if (n.previousElementSibling) closing(n.previousElementSibling, seen);
              if (n.nodeType !== 1) continue;
              // A subtree inserted whole (by a script): its elements are complete.
              if (n.firstElementChild) {
                let count = 0;
                for (const tag of tags) {
                  for (const d of n.getElementsByTagName(tag)) {
                    if (++count > MAX_DESCENDANTS) break;
                    check(d);
                  }
                }
              }
              up(n, seen);
            }
            if (r.target.nodeType === 1) up(r.target, seen);
          } else if (r.type === 'characterData' && r.target.parentElement) {
            up(r.target.parentElement, seen);
          }
        }
        for (const el of pending) if (closed(el)) check(el);
      } catch (e) {
        console.debug('quietpage: fingerprint check failed', e);
      }
      stats.ms += performance.now() - t;
    }

    /** Elements already parsed when the fingerprints arrived (for SWEEP_MS at most). */
    function sweep() {
      const t = performance.now();
      try {
        let count = 0;
        for (const tag of tags) {
          for (const el of document.getElementsByTagName(tag)) {
            if ((++count & 63) === 0 && performance.now() - t > SWEEP_MS) return;
            check(el);
          }
        }
      } catch (e) {
        console.debug('quietpage: fingerprint sweep failed', e);
      } finally {
        stats.ms += performance.now() - t;
      }
    }

    /** The parse is over: what it closed last (the document's last descendants) and the elements waiting for that. */
    function parsed() {
      const t = performance.now();
      try {
        closing(document.documentElement, new Set());
        for (const el of pending) check(el);
      } catch (e) {
        console.debug('quietpage: fingerprint check failed', e);
      }
      stats.ms += performance.now() - t;
    }

    if (tags.size) {
      observer = new MutationObserver(onRecords);
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      sweep();
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed, { once: true });
      else parsed();
    }

    return {
      stats,
      marked: () => [...marked],
      unmark(el) {
        if (!marked.delete(el)) return;
        removeAttr.call(el, ATTR);
      },
      stop() {
        observer?.disconnect();
        observer = null;
        pending.clear();
        document.removeEventListener('DOMContentLoaded', parsed);
      },
      isMarked: (el) => marked.has(el) && getAttr.call(el, ATTR) !== null,
    };
  }

  /**
   * The page's elements of `tag` by fingerprint (key → [elements]), for
   * checking a proposal: null when the page has more than MAX_INDEX of them.
   * Time-sliced through `slice()`; its busy time is added to `cost.ms`.
   */
  async function index(tag, slice, cost) {
    let t = performance.now();
    const all = document.getElementsByTagName(tag);
    if (all.length > MAX_INDEX) return null;
    const out = new Map();
    const list = [...all];
    for (let i = 0; i < list.length; i += 1) {
      if ((i & 63) === 63) {
        cost.ms += performance.now() - t;
        await slice();
        t = performance.now();
      }
      const { key } = keyOf(list[i]);
      if (!key) continue;
      if (!out.has(key)) out.set(key, []);
      out.get(key).push(list[i]);
    }
    cost.ms += performance.now() - t;
    return out;
  }

  QP.fingerprint = Object.freeze({ ATTR, keyOf, isKey, tagOf, watch, index });
})();
