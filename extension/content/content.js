// quietpage content script, part 4: the conversation with the background.
//
// At document_start: say hello and receive the rules for this site; at
// DOMContentLoaded: snapshot the page (time-sliced), send it, apply the
// verdict. Then watch for changes (inserted, removed or changed nodes) and,
// batched, snapshot the page again: the engine judges a block by the page
// around it (the article it must not touch, the box it may grow to, an
// overlay's backdrop, selectors by position), so a nag inserted by script
// is judged exactly as if it had been there from the start, and the latest
// page verdict replaces the earlier ones. A page that mutates forever gets
// a growing delay between batches, so that quietpage's share of the main
// thread stays bounded. Only a huge page (over 250,000 elements) has its
// changed subtrees sent alone, as additions. No classification happens
// here: the snapshot is the page's own serialisation (snapshot.js), and the
// verdict names elements by path, each resolved and checked (its tag, still
// in the page) before it is hidden.
(() => {
  'use strict';
  const QP = globalThis.__quietpage;
  if (!QP || QP.started) return;
  QP.started = true;
  const { api } = QP;
  // quietpage's measurements of itself (shared/metrics.js).
  const metrics = QP.metrics.frame();
  const { mark } = QP.metrics;

  // Message names: extension/shared/protocol.js (checked by a test).
  const PORT_NAME = 'quietpage';
  const C2B = { HELLO: 'hello', SNAPSHOT: 'snapshot', SNAPSHOT_PART: 'snapshot-part', APPLIED: 'applied', PICKED: 'picked', PAGE: 'page', REMEMBER: 'remember', FRAME_NAG: 'frame-nag' };
  const B2C = { RULES: 'rules', VERDICT: 'verdict', SHOW: 'show', HIDE: 'hide', PEEK: 'peek', PICK: 'pick', GET_PAGE: 'get-page', FRAME_NAG: 'frame-nag' };

  // Batching of mutations: first delay, growth when the page keeps
  // mutating, and the share of main-thread time we allow ourselves.
  const BATCH_DELAY_MS = 120;
  const MAX_DELAY_MS = 8000;
  const MAX_SHARE = 0.1;            // of wall time, over WINDOW_MS
  const WINDOW_MS = 2000;
  const MAX_ROOTS_PER_BATCH = 60;   // a cut page: more than this, one whole-page pass
  const RESOLVE_SLICE_MS = 8;       // resolving a verdict's paths, per slice
  const PART_CHARS = 1 << 18;       // a snapshot message's serialisation, at most (UTF-16 units)

  const ATTR = QP.apply.ATTR;
  // Main-thread time quietpage has taken on this page: what the batching
  // holds to its share.
  const budget = { ms: 0 };
  let port = null;
  let resolved = null;
  let seq = 0;
  const pending = new Set();        // seqs of the snapshots whose verdicts are owed
  let appliedSeq = 0;               // seq of the latest page verdict applied
  let pageCut = false;              // the latest page snapshot was of a huge page
  let batchRunning = false;
  let firstSnapshot = null;        // taken when the page is parsed before the rules came
  let ready = false;                // onReady has run: the page is parsed and observed
  let paywall = null;
  let article = null;
  let notes = [];
  let dirty = new Set();
  let timer = 0;
  let delay = BATCH_DELAY_MS;
  const recent = [];                // [time, ms] of recent batches
  let lastUrl = location.href;
  let lastRepair = 0;
  const kept = new Set();           // item keys the reader said never to hide
  const picks = [];                 // {el, category}: nags the reader picked
  const SNIPPET_CHARS = 80;         // label snippets: long enough to be unique

  // Nothing is ever thrown into the page: a failure is logged at debug
  // level and, for a scan, named in the popup's notes.
  const logged = (e) => { console.debug('quietpage:', e); };
  const safe = (fn) => (...args) => {
    try { return fn(...args); } catch (e) { logged(e); return undefined; }
  };
  const scanFailed = (e) => {
    logged(e);
    if (notes.length < 20) notes.push(`a scan failed: ${e?.message ?? e}`);
  };

  function connect() {
    try {
      port = api.runtime.connect({ name: PORT_NAME });
    } catch { port = null; return; }
    port.onMessage.addListener(safe(onMessage));
    // The verdicts still owed on a closed port never come.
    port.onDisconnect.addListener(() => { port = null; pending.clear(); });
  }

  function send(msg) {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (!port) connect();
      if (!port) return;
      try { port.postMessage(msg); metrics.message(); return; } catch { port = null; }
    }
  }

  function hello() {
    send({ type: C2B.HELLO, url: location.href, top: window === window.top });
  }

  /** Rule selectors → flags per element; bad selectors are skipped with a note. */
  function ruleMarks() {
    const marks = new Map();
    notes = [];
    const mark = (list, flag) => {
      for (const sel of list ?? []) {
        let found;
        try { found = document.querySelectorAll(sel); } catch { notes.push(`skipped selector ${JSON.stringify(sel)}: the browser rejects it`); continue; }
        for (const el of found) marks.set(el, (marks.get(el) ?? 0) | flag);
      }
    };
    mark(resolved?.hide, QP.FLAGS.RULE_HIDE);
    mark(resolved?.keep, QP.FLAGS.RULE_KEEP);
    return marks;
  }

  /**
   * Snapshot of a root, rule marks included (when the rules are known).
   * `marks`: rule marks already found for this batch of roots.
   */
  async function take(root, context, marks = resolved ? ruleMarks() : null) {
    const before = budget.ms;
    const first = !context && metrics.firstScan();
    seq += 1;
    const mySeq = seq;
    mark('quietpage:scan', mySeq);
    const taken = await QP.snapshot(root, { marks, context, budget, first });
    metrics.snapshot(budget.ms - before, taken);
    watchShadowRoots(taken.shadowRoots);
    return { ...taken, seq: mySeq };
  }

  /**
   * Adds rule flags to a snapshot taken before the rules arrived (the first
   * one is taken while the background answers the hello, to save a round
   * trip before the nags go).
   */
  function markLate({ side, where }) {
    QP.markFacts(ruleMarks(), where, side.facts);
  }

  async function scan(root, context, early = null, marks = undefined) {
    if (!resolved?.enabled) return;
    const t = performance.now();
    // An early snapshot that failed is simply taken again below.
    let taken = early ? await early.catch(() => null) : null;
    if (taken && taken.url === location.href) markLate(taken);
    else taken = await take(root, context, marks);
    const { seq: mySeq } = taken;
    if (!context) pageCut = !!taken.huge;
    if (taken.cut && !notes.some((n) => n.startsWith('page cut'))) notes.push('page cut: only its first 120,000 elements were read');
    pending.add(mySeq);
    if (pending.size > 32) pending.delete(pending.values().next().value);
    await post(mySeq, taken, !!context);
    if (!context) metrics.pageSent();
    metrics.span(t);
  }

  /**
   * Posts a snapshot. Posting serialises the message in our task (JSON,
   * UTF-8, a copy: ~1 ms per 100 KB at rest, twice a JSON.stringify), so
   * it is our main-thread time too, counted apart as well (jsonMs); a
   * serialisation longer than PART_CHARS goes in parts, each posted in a
   * task of its own (one post of a megabyte was one long task), the last
   * with the side table and the number of parts before it.
   */
  async function post(mySeq, { html, side }, subtree) {
    let at = 0;
    let parts = 0;
    let t = performance.now();
    const spent = () => {
      const d = performance.now() - t;
      budget.ms += d;
      metrics.json(d);
    };
    while (html.length - at > PART_CHARS) {
      // Not between the two halves of a surrogate pair.
      let end = at + PART_CHARS;
      const c = html.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end -= 1;
      send({ type: C2B.SNAPSHOT_PART, seq: mySeq, html: html.slice(at, end) });
      at = end;
      parts += 1;
      spent();
      await QP.dom.yieldToPage();
      t = performance.now();
    }
    send({ type: C2B.SNAPSHOT, seq: mySeq, html: at ? html.slice(at) : html, parts, side, subtree });
    spent();
  }

  /**
   * Tells the background what is hidden here: the listed items, the
   * counts, the figures. Its task is ours and counted (copying and posting
   * every item of the page of 100,000 nags was a task of 50-370 ms, and
   * not in the figures). While listed items are left to name (8 ms of
   * naming a report, apply.js), or this report was our longest task and
   * a long one (the figures it carried did not have it), one more follows
   * in a task of its own, at most MORE_REPORTS in a row.
   */
  const MORE_REPORTS = 3;
  const LONG_REPORT_MS = 4;
  let moreLeft = 0;
  let moreDue = false;
  function report(more = false) {
    if (!more) moreLeft = MORE_REPORTS;
    const t = performance.now();
    const longest = metrics.stats.longestTaskMs;
    const { items, counts, unnamed } = QP.apply.listing();
    send({ type: C2B.APPLIED, items, counts, paywall, article, notes, url: location.href, stats: metrics.report(budget.ms + performance.now() - t) });
    const d = performance.now() - t;
    budget.ms += d;
    metrics.reported(d);
    if ((unnamed || (d > longest && d > LONG_REPORT_MS)) && moreLeft > 0 && !moreDue) {
      moreLeft -= 1;
      moreDue = true;
      QP.dom.yieldToPage().then(safe(() => { moreDue = false; report(true); }));
    }
  }

  async function applyVerdict(m) {
    // Nothing changed since this page snapshot began (no batch due, none
    // running, it is the latest scan): once applied, the page is judged as
    // it stands. The tests wait for this mark, not for a time.
    const current = !m.subtree && m.seq === seq && !timer && !batchRunning && !dirty.size;
    const owed = pending.delete(m.seq);
    // A page snapshot taken later has been answered already: this verdict
    // judged an older page.
    if (m.seq < appliedSeq) return;
    if (!owed || !resolved?.enabled || !m.verdict) {
      if (m.error) notes.push(m.error);
      return;
    }
    const elements = await resolveNodes(m.nodes);
    // A page verdict is the whole truth about the page as it was when
    // snapshotted: what it no longer hides comes back. A subtree verdict,
    // and any verdict on a cut page, only adds.
    const whole = !m.subtree;
    const replace = whole && !pageCut;
    if (replace) appliedSeq = m.seq;
    // A page verdict also hides the <iframe>s whose whole document is a nag (frames.js).
    const verdict = whole ? QP.frames.extend(m.verdict, elements) : m.verdict;
    const { added, busyMs, maxSliceMs } = await QP.apply.apply(verdict, elements, { replace });
    budget.ms += busyMs;
    metrics.applied({ busyMs, maxSliceMs, whole, added: added.length > 0, mainThreadMs: budget.ms, seq: m.seq });
    if (current) mark('quietpage:current', m.seq);
    if (whole) {
      paywall = m.verdict.paywall?.gate ? m.verdict.paywall : null;
      article = m.verdict.article ?? null;
    } else if (m.verdict.paywall?.gate) paywall = m.verdict.paywall;
    report();
    // In a frame: every line of it hidden, the frames around it hide it.
    if (whole) {
      // (The items are read only in a frame: on a top page of 100,000 nags
      // listing them all is a long task.)
      const nag = QP.frames.afterVerdict(() => QP.apply.items());
      if (nag) send({ type: C2B.FRAME_NAG, ...nag });
    }
    // The site's remembered selectors, judged by this verdict (content/remember.js).
    if (whole || m.subtree) {
      // Judged in a task of its own, not the report's.
      await QP.dom.yieldToPage();
      const longest = metrics.stats.longestTaskMs;
      const judged = await QP.remember.afterVerdict({ current, whole: replace, items: QP.apply.items() });
      if (judged) send({ type: C2B.REMEMBER, url: location.href, ...judged });
      // Its tasks are ours too: a longer one is reported.
      if (metrics.stats.longestTaskMs > longest) report();
    }
  }

  /**
   * The elements a verdict names, by node: each path resolved in the page
   * as it is now and kept only when it still leads to an element of the
   * verdict's tag that is in the document (else that block is left alone).
   */
  async function resolveNodes(nodes) {
    const elements = [];
    const where = QP.paths();
    // 100,000 nags are 100,000 paths: resolved in slices, on our budget.
    let t0 = performance.now();
    const list = nodes ?? [];
    for (let i = 0; i < list.length; i += 1) {
      const [node, tag, ...path] = list[i];
      const el = where.at(path);
      if (el && el.isConnected && el.localName.toLowerCase() === tag) elements[node] = el;
      if ((i & 255) === 255 && performance.now() - t0 > RESOLVE_SLICE_MS) {
        const d = performance.now() - t0;
        budget.ms += d;
        metrics.task(d, 'resolve');
        metrics.add('resolveMs', d);
        await QP.dom.yieldToPage();
        t0 = performance.now();
      }
    }
    const d = performance.now() - t0;
    budget.ms += d;
    metrics.task(d, 'resolve');
    metrics.add('resolveMs', d);
    return elements;
  }

  function onMessage(m) {
    switch (m?.type) {
      case B2C.RULES: {
        // (Whether the site is on: what a test of the site switch checks.)
        mark('quietpage:rules', { enabled: !!m.resolved?.enabled });
        resolved = m.resolved;
        QP.remember.onRules(resolved);
        QP.apply.restoreAll();
        pending.clear();
        appliedSeq = 0;
        const early = firstSnapshot;
        firstSnapshot = null;
        // Before onReady has run, it scans; after it, scan now (and then
        // once more if the page changed while the rules were coming). Not
        // readyState: Firefox delivers a message between readyState
        // 'interactive' and DOMContentLoaded, and the page was then scanned
        // twice at once, its first verdict never `current` (its fingerprint
        // marks judged by it without effect: remember.js).
        if (resolved?.enabled && ready) scan(document, false, early).catch(scanFailed);
        if (dirty.size) schedule();
        report();
        break;
      }
      case B2C.VERDICT:
        metrics.verdict(m);
        applyVerdict(m).catch(scanFailed);
        break;
      case B2C.SHOW: {
        if (m.keep) kept.add(m.key);
        const withdrawn = QP.remember.onShow(QP.apply.partsOf(m.key), m.keep ? QP.apply.elementOf(m.key) : null);
        if (withdrawn) send({ type: C2B.REMEMBER, url: location.href, ...withdrawn });
        QP.apply.show(m.key);
        report();
        break;
      }
      case B2C.HIDE:
        kept.delete(m.key);
        QP.apply.hideAgain(m.key);
        report();
        break;
      case B2C.PEEK:
        QP.apply.setPeek(m.on);
        QP.remember.onPeek(m.on);
        break;
      case B2C.PICK:
        if (window === window.top) {
          QP.picker.start({
            onCreate: ({ el, selector, how, category }) => {
              if (category) picks.push({ el, category });
              send({ type: C2B.PICKED, selector, how, category });
            },
          });
        }
        break;
      case B2C.GET_PAGE:
        send({ type: C2B.PAGE, seq: m.seq, url: location.href, html: serialize(), label: labelOf() });
        break;
      case B2C.FRAME_NAG:
        // This document holds that frame: a page verdict hides it from now on.
        if (QP.frames.onFrameNag(m) && document.documentElement) {
          dirty.add(document.documentElement);
          schedule();
        }
        break;
      default:
        break;
    }
  }

  /** A block's first words, as `quietpage eval` looks them up in a page's text. */
  function snippet(el) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length <= SNIPPET_CHARS) return t;
    const cut = t.slice(0, SNIPPET_CHARS);
    return cut.slice(0, Math.max(cut.lastIndexOf(' '), SNIPPET_CHARS / 2)).trim();
  }

  /**
   * The reader's view of this page in the label format `quietpage eval`
   * reads: what is hidden (with its category), what the reader picked as
   * a missed nag (with the category the picker asked for), and what the
   * reader said must never be hidden ("keep").
   */
  function labelOf() {
    const hide = [];
    const keep = [];
    // The reader's picks first: the category the reader gave wins over the
    // one a rule-hidden block gets from its wording.
    for (const p of picks) {
      const text = p.el.isConnected ? snippet(p.el) : '';
      if (text && !hide.some((h) => h.text === text)) hide.push({ category: p.category, text });
    }
    for (const it of QP.apply.items()) {
      const el = QP.apply.elementOf(it.key);
      const text = el ? snippet(el) : '';
      if (!text) continue;
      if (it.state === 'shown') {
        if (kept.has(it.key)) keep.push(text);
      } else if (it.category !== 'rule' && !hide.some((h) => h.text === text)) hide.push({ category: it.category, text });
    }
    return { hide, keep };
  }

  /** The page as rendered, without quietpage's own marks, for `quietpage scan`. */
  function serialize() {
    const clone = document.documentElement.cloneNode(true);
    for (const el of clone.querySelectorAll(`[${ATTR}]`)) el.removeAttribute(ATTR);
    clone.removeAttribute(QP.apply.UNLOCK_ATTR);
    for (const el of clone.querySelectorAll(`#${QP.apply.STYLE_ID}, [data-quietpage-picker]`)) el.remove();
    const url = location.href.replace(/--/g, '%2D%2D');
    return `<!DOCTYPE html>\n<!-- saved by quietpage from ${url} -->\n${clone.outerHTML}\n`;
  }

  // ---- dynamic pages ----------------------------------------------------

  function isOurs(node) {
    return node.nodeType === Node.ELEMENT_NODE && (QP.apply.isOurs(node) || node.hasAttribute?.('data-quietpage-picker'));
  }

  /**
   * A change inside a shadow root is the change of its host, in the
   * document (a huge page's subtree batches sort and nest their roots by
   * document position, which shadow trees have none of).
   */
  function inDocument(node) {
    let n = node;
    for (let r = n?.getRootNode?.(); r instanceof ShadowRoot; r = n.getRootNode()) n = r.host;
    return n;
  }
  const OBSERVED = {
    childList: true, subtree: true, characterData: true,
    attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-modal', 'aria-hidden', ATTR],
  };
  /**
   * Shadow roots met by a snapshot (open ones, and closed ones its search
   * found: dom.js findShadow) are watched as the document is: a
   * document's observer does not see into them, and consent platforms
   * attach one to an empty host and fill it once their settings arrive.
   * Bounded: a page of 100,000 shadow hosts gets its first MAX_WATCHED_ROOTS.
   */
  const MAX_WATCHED_ROOTS = 512;
  const watchedRoots = new WeakSet();
  let watchedCount = 0;
  function watchShadowRoots(roots) {
    for (const r of roots ?? []) {
      if (watchedCount >= MAX_WATCHED_ROOTS) return;
      if (watchedRoots.has(r)) continue;
      watchedRoots.add(r);
      watchedCount += 1;
      try { observer.observe(r, OBSERVED); } catch { /* not observable */ }
    }
  }

  const observer = new MutationObserver(safe((records) => {
    const t0 = performance.now();
    let markerRemoved = false;
    // (A text node's parent may be a shadow root: its host is dirty.)
    const touch = (n) => { const el = n && inDocument(n); if (el?.nodeType === Node.ELEMENT_NODE) dirty.add(el); };
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n.nodeType === Node.ELEMENT_NODE && !isOurs(n)) touch(n);
          else if (n.nodeType === Node.TEXT_NODE) touch(n.parentNode);
        }
        for (const n of r.removedNodes) {
          if (isOurs(n)) markerRemoved = true;
          else if (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE) touch(r.target instanceof ShadowRoot ? r.target.host : r.target);
        }
      } else if (r.type === 'attributes') {
        if (r.attributeName === ATTR) { if (r.target.getAttribute(ATTR) === null) markerRemoved = true; }
        else if (!isOurs(r.target)) touch(r.target);
      } else if (r.type === 'characterData') {
        touch(r.target.parentNode);
      }
    }
    if (markerRemoved && performance.now() - lastRepair > 50) {
      lastRepair = performance.now();
      QP.apply.repair();
    }
    if (dirty.size) schedule();
    metrics.add('observerMs', performance.now() - t0);
  }));

  function schedule() {
    if (timer) return;
    timer = setTimeout(safe(runBatch), delay);
  }

  function shareOfRecent() {
    const t = performance.now();
    while (recent.length && t - recent[0][0] > WINDOW_MS) recent.shift();
    return recent.reduce((s, [, ms]) => s + ms, 0) / WINDOW_MS;
  }

  async function runBatch() {
    timer = 0;
    // Changes before the rules came wait for them (the rules' handler
    // schedules a batch): dropped, a nag inserted then would never be seen.
    if (!resolved) return;
    if (!resolved.enabled) { dirty.clear(); return; }
    if (location.href !== lastUrl) {
      // Same-document navigation: the rules may differ for the new URL.
      lastUrl = location.href;
      dirty.clear();
      hello();
      return;
    }
    // One batch at a time: changes made meanwhile wait for the next.
    if (batchRunning) { schedule(); return; }
    batchRunning = true;
    const before = budget.ms;
    const started = performance.now();
    try {
      if (pageCut) await sendSubtrees();
      else {
        dirty = new Set();
        await scan(document, false);
      }
    } finally {
      batchRunning = false;
    }
    QP.apply.repair();
    const ms = budget.ms - before + 0.001;
    metrics.batch(ms, started);
    recent.push([performance.now(), ms]);
    // Back off while the page keeps us busy; come back down when it calms.
    delay = shareOfRecent() > MAX_SHARE ? Math.min(MAX_DELAY_MS, delay * 2) : Math.max(BATCH_DELAY_MS, delay / 2);
  }

  /**
   * A huge page: its changed subtrees go alone, each with its ancestors as
   * context, and their verdicts add to the page's.
   */
  async function sendSubtrees() {
    // Topmost connected roots only.
    const roots = [];
    for (const el of dirty) {
      if (!el.isConnected) continue;
      roots.push(el);
      if (roots.length > MAX_ROOTS_PER_BATCH * 4) break;
    }
    dirty = new Set();
    roots.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const top = [];
    for (const el of roots) if (!top.length || !top[top.length - 1].contains(el)) top.push(el);
    if (top.length > MAX_ROOTS_PER_BATCH) {
      await scan(document, false);
    } else {
      // The rules' selectors are matched once for the whole batch (each is
      // a query over the whole document), not once per root.
      const marks = ruleMarks();
      for (const el of top) await scan(el, true, null, marks);
    }
  }

  // ---- start ------------------------------------------------------------
  // Injected at document_start: the port opens and the rules arrive while
  // the page is still parsing, so that at DOMContentLoaded the only work
  // left before the nags go is one snapshot and one classification.
  function onReady() {
    const rootEl = document.documentElement;
    if (!rootEl) return;
    ready = true;
    if (resolved) {
      if (resolved.enabled) scan(document, false).catch(scanFailed);
    } else {
      // The rules are still on their way: snapshot meanwhile.
      firstSnapshot = take(document, false).then((t) => ({ ...t, url: location.href }));
    }
    observer.observe(rootEl, OBSERVED);
  }
  mark('quietpage:start');
  // A site seen before: its remembered selectors, before the first paint.
  QP.remember.start((judged) => send({ type: C2B.REMEMBER, url: location.href, ...judged }), (ms) => { metrics.task(ms, 'remember'); metrics.add('rememberMs', ms); });
  connect();
  hello();
  // Back from the back/forward cache: Chromium closed our port when the
  // page went in, without telling this side (messages on it are dropped),
  // and the background forgot this frame. A new port, and the background
  // is told again what is hidden here (for the badge and the popup).
  addEventListener('pageshow', safe((e) => {
    if (!e.persisted) return;
    try { port?.disconnect(); } catch { /* already closed */ }
    port = null;
    pending.clear();
    report();
  }));
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', safe(onReady), { once: true });
  } else {
    onReady();
  }
})();
