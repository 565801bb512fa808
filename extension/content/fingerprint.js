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
// every element it marked. On a hostile page it stops sooner, and no look
// holds the page long: a look that runs out of its slice leaves the rest to
// a task of its own (those elements may be drawn for a frame, as on a first
// visit), and the watcher gives up after MAX_MARKED marks or WATCH_MS of
// main thread (a fingerprint that matches 100,000 elements is not the lone
// nag it was kept for: the verdict hides what is a nag).
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  if (QP.fingerprint) return;
  const { getAttr, setAttr, removeAttr, item } = QP.dom;

  /** Marks an element the watcher hides (remember.js's sheet hides it; the engine drops data-quietpage-*). */
  const ATTR = 'data-quietpage-early';
  const PREFIX = 'text:';
  /**
   * Tuning, with why:
   * LEAD_CHARS: the characters hashed; a nag's first sentence, short enough
   *   that a counter further on ("3 articles left this month") rarely reaches it.
   * MIN_CHARS: below this a text is too common to name anything ("Close", "Menu").
   * RAW_CHARS: the characters of an element's text normalised (indentation
   *   and icons' white space before the first words fit in it).
   * MAX_OPEN: the parser's open elements read (a 10,000-deep page is not
   *   walked to its bottom on each look; deeper ones count as open).
   * MAX_WAITING: open elements without a settled fingerprint kept for the next look.
   * SWEEP_MS: the elements parsed before the fingerprints were read from
   *   storage are checked for this long at most.
   * MAX_INDEX: elements of one tag read to check a proposal on a huge page.
   * LOOK_MS: main thread one look may take; the rest waits for the next
   *   task (a task of ours stays well under the 50 ms of a long task). Not
   *   less: the rest may be drawn for a frame, and on a loaded machine an
   *   ordinary page's look passed 8 ms (remembered-text.test failed once).
   * MAX_MARKED, WATCH_MS: past this many marks, or this much main thread in
   *   all, the watcher stops (second visits of the corpus: a few marks and
   *   8.5 ms median / 75.7 ms max under load, README).
   */
  const LEAD_CHARS = 48;
  const MIN_CHARS = 16;
  const RAW_CHARS = 1024;
  const MAX_OPEN = 256;
  const MAX_WAITING = 512;
  const SWEEP_MS = 8;
  const MAX_INDEX = 20000;
  const LOOK_MS = 16;
  const MAX_MARKED = 256;
  const WATCH_MS = 250;
  /**
   * The element's leading text, normalised: past LEAD_CHARS characters when
   * it has that many; null when its first RAW_CHARS characters are white
   * space and digits that fold to fewer (no fingerprint). textContent is
   * copied out natively in one call, which costs less than visiting text
   * nodes from a content script's world one by one; each element is read
   * once it is settled, so the sum stays near the page's text times its
   * depth. It includes inline script and style text, the same on every
   * visit of a page that writes the same.
   */
  function lead(el) {
    const all = el.textContent ?? '';
    const text = normalise(all.length > RAW_CHARS ? all.slice(0, RAW_CHARS) : all);
    return text.length <= LEAD_CHARS && all.length > RAW_CHARS ? null : text;
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
   * Watches the page being parsed for elements with one of `keys` (key →
   * category) and marks each that `accept(el, key)` allows; `onTask(ms)`
   * hears each look's main-thread time. Returns {marked(), unmark(el),
   * stop(), stats}.
   *
   * The parser appends in document order, so the elements it added since
   * the last look are the tail of each tag's live collection, and the
   * elements still open are the chain of last children from the root (the
   * ancestors of the insertion point); every other element is complete.
   * Each look (a MutationObserver callback: after the parser's batch,
   * before the browser renders) checks the new elements and those still
   * waiting: a prefix match is final at once, a whole-text match once the
   * element is complete, and a complete element that does not match is
   * never looked at again. No mutation record is read.
   */
  function watch(keys, accept, onTask = () => {}) {
    const tags = [...new Set([...keys.keys()].map(tagOf))];
    const settled = new WeakSet();
    const marked = new Map();
    const stats = { ms: 0, checks: 0, matched: 0, callbacks: 0, longest: 0, stopped: null };
    /** Per tag: its live collection and how many of it have been taken. */
    const taken = tags.map((tag) => ({ all: document.getElementsByTagName(tag), n: 0 }));
    /** Checked, neither settled nor complete: looked at again next time. */
    let waiting = [];
    let observer = null;
    let parsed = false;
    /** A look that ran out of its slice: the rest, in a task of its own. */
    let again = 0;

    function mark(el, key) {
      if (!accept(el, key)) return;
      setAttr.call(el, ATTR, '');
      marked.set(el, key);
      stats.matched += 1;
    }

    /** The elements the parser has open: the chain of last children (all of it once the parse is over: none). */
    function openNow() {
      const open = new Set();
      if (parsed || document.readyState !== 'loading') return open;
      let steps = 0;
      for (let e = document.documentElement; e && steps < MAX_OPEN; e = e.lastElementChild, steps += 1) open.add(e);
      return open;
    }

    /** Checks an element; true when it is to be looked at again (open, or a whole-text match not yet complete). */
    function check(el, open) {
      if (settled.has(el) || marked.has(el)) return false;
      stats.checks += 1;
      const complete = !open.has(el) && el.isConnected;
      const { key, settled: fixed } = keyOf(el);
      const matches = !!key && keys.has(key);
      if (matches && (fixed || complete)) { mark(el, key); return false; }
      if (fixed || complete) { settled.add(el); return false; }
      return true;
    }

    /**
     * One look: the waiting elements, then each tag's new ones, for LOOK_MS
     * at most (the clock read every 8 elements: one may hold a deep
     * subtree's text); the rest is left for a task of its own. `sweep`: the
     * elements parsed before the fingerprints were read, looked at for
     * SWEEP_MS and no more (they may have been drawn already).
     */
    function look(sweep = false) {
      if (!observer) return;
      const t = performance.now();
      const over = () => performance.now() - t > (sweep ? SWEEP_MS : LOOK_MS);
      const full = () => marked.size >= MAX_MARKED;
      let rest = false;
      stats.callbacks += 1;
      try {
        const open = openNow();
        const next = [];
        let i = 0;
        for (; i < waiting.length && !rest; i += 1) {
          if (check(waiting[i], open)) next.push(waiting[i]);
          rest = full() || ((i & 7) === 7 && over());
        }
        next.push(...waiting.slice(i));
        // item(), not [], and no length: see dom.js.
        for (const x of taken) {
          for (let el = item.call(x.all, x.n); el && !rest; x.n += 1, el = item.call(x.all, x.n)) {
            if (full()) { rest = true; break; }
            if ((x.n & 7) === 0 && over()) {
              // (Left unchecked: content/remember.js judges them after the verdict.)
              if (sweep) { x.n = x.all.length; stats.unchecked = true; }
              else rest = true;
              break;
            }
            if (check(el, open)) next.push(el);
          }
        }
        waiting = next.length > MAX_WAITING ? next.slice(-MAX_WAITING) : next;
      } catch (e) {
        console.debug('quietpage: fingerprint check failed', e);
      }
      const ms = performance.now() - t;
      stats.ms += ms;
      stats.longest = Math.max(stats.longest, ms);
      onTask(ms);
      if (marked.size >= MAX_MARKED) halt('marks');
      else if (stats.ms >= WATCH_MS) halt('time');
      else if (rest && !again) again = setTimeout(() => { again = 0; look(); }, 0);
    }

    /** Stops watching (the marks stay, for the verdict to judge). */
    function halt(why) {
      stats.stopped ??= why;
      if (why === 'time') stats.unchecked = true;
      observer?.disconnect();
      observer = null;
      clearTimeout(again);
      again = 0;
      waiting = [];
      document.removeEventListener('DOMContentLoaded', done);
    }

    /** The parse is over: every waiting element is complete. */
    function done() {
      parsed = true;
      look();
    }

    if (tags.length) {
      observer = new MutationObserver(() => look());
      observer.observe(document, { childList: true, subtree: true });
      // The elements parsed before the fingerprints were read from storage.
      look(true);
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
      else done();
    }

    return {
      stats,
      marked: () => [...marked],
      unmark(el) {
        if (!marked.delete(el)) return;
        removeAttr.call(el, ATTR);
      },
      stop: () => halt(null),
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
    if (item.call(all, MAX_INDEX) !== null) return null;
    const out = new Map();
    const list = [...all];
    for (let i = 0; i < list.length; i += 1) {
      // Every 8: one element's text may be a deep subtree's (the hostile
      // 'deep' page: 64 of its nested boxes were 40 ms).
      if ((i & 7) === 7) {
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
