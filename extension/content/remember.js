// quietpage content script, part 3b: no flash of nags on a site already seen.
//
// The engine can only judge a page once it is parsed, so a nag in the
// page's HTML is painted first and vanishes ~70 ms after DOMContentLoaded.
// On a site seen before, the background has kept stable selectors (ids,
// class names, attributes, or a named ancestor with tag steps; never
// nth-child paths: see selectors.js) for what it hid there, as one entry
// per host in storage.local. This part reads that entry at document_start
// straight from storage (no round trip through the background, which may
// be asleep) and injects it as one style sheet, so that those nags are
// hidden from their first frame. The engine's verdict then judges every
// remembered selector: one that matches a block the verdict does not hide
// is withdrawn (at once here, and for good on the site); one whose blocks
// the verdict hides is confirmed. Hidden blocks with a stable name that the
// site does not have yet are offered to the background.
//
// Nags no selector can name without naming article text have a text
// fingerprint instead (fingerprint.js): its watcher marks them as the parser
// inserts them, the same sheet hides the marks, and the first verdict judges
// each as it judges a selector (confirmed, or withdrawn for good), after
// which the verdict's own marks hide them.
//
// Confirmed selectors stay in the sheet for the page's life (a nag the
// page inserts later is hidden at once too, and judged by the next verdict),
// but never against the reader's wishes: the site switched off, a category
// off, a never-hide rule or "show it" remove the selectors concerned from
// this page's sheet.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  if (QP.remember) return;
  const { api } = QP;
  const { mark } = QP.metrics;

  /** storage.local key of a host's sheet (written by background/remembered.js). */
  const KEY_PREFIX = 'remembered:';
  const HIDDEN_ATTR = 'data-quietpage-hidden';
  /** Unused for this long, a sheet is not applied (the background also deletes it). */
  const EXPIRY_MS = 30 * 24 * 3600 * 1000;
  /** Selector kinds from selectors.js that survive a page change (not 'path'). */
  const STABLE_HOW = new Set(['id', 'class', 'attribute', 'inside']);
  /**
   * Bounds (a page of 100,000 nags): items looked at per page view, items
   * given a shared class or structural name per verdict (each costs a few
   * queries over the page), and selectors proposed per verdict.
   */
  const MAX_EXAMINED = 128;
  const MAX_SHARED = 16;
  const MAX_PROPOSED = 32;
  /**
   * Blocks of more elements than this get no searched name: the structural
   * candidates' `:has()` looks through every subtree a candidate's subject
   * may be, and over a box holding 10,000 nested levels one query held the
   * page for a second (the hostile 'deep' page). A nag box is far smaller.
   */
  const MAX_SEARCHED_ELEMENTS = 1000;
  /** Blocks checked with our sheet off per verdict (each forces a style update). */
  const MAX_RENDER_CHECKS = 8;
  /** Main-thread work per slice before yielding, as the snapshot's. */
  const SLICE_MS = 8;

  /** selector → category, as read from storage (the site's remembered selectors). */
  let remembered = new Map();
  /** Text fingerprint → category (fingerprint.js): nags no selector names. */
  let fingerprints = new Map();
  /** The fingerprint watcher, from document_start to the first whole verdict. */
  let watcher = null;
  const FP = QP.fingerprint;
  /** Main-thread ms spent proposing fingerprints on this page view (a bench figure, marked after each verdict). */
  const fpCost = { ms: 0 };
  /** Elements marked by fingerprint checked with our sheet off per verdict. */
  const MAX_FP_RENDER_CHECKS = 16;
  /** Selectors hidden by the sheet on this page view. */
  const active = new Set();
  /** Hidden items whose names were looked for on this page view (each once). */
  const examined = new Set();
  /** Selectors already reported withdrawn or confirmed on this page view. */
  const judged = new Set();
  let sheet = null;
  let rules = null;
  /** A whole-page verdict has been seen: a sheet read later is judged at once (judgeLate). */
  let verdictSeen = false;
  /** The last whole verdict saw the page as it was when applied (afterVerdict's `current`). */
  let lastCurrent = false;
  const top = window === window.top;
  /** Hears the main-thread ms of each task of ours here (content.js: the frame's longest task). */
  let onTask = () => {};

  /** Selectors the current rules allow (site on, category on, not a never-hide rule). */
  function allowed(sel) {
    if (!rules) return true;
    if (!rules.enabled) return false;
    if (rules.categories && rules.categories[remembered.get(sel)] === false) return false;
    return !(rules.keep ?? []).includes(sel);
  }

  /** A fingerprint the current rules allow on `el` (site on, category on, no never-hide rule over it). */
  function allowedFp(el, key) {
    if (!rules) return true;
    if (!rules.enabled || (rules.categories && rules.categories[fingerprints.get(key)] === false)) return false;
    return !(rules.keep ?? []).some((sel) => safeMatches(el, sel));
  }

  /** One rule per selector: a selector the browser rejects costs only its own rule. */
  function sheetText() {
    const lines = [...active].map((s) => `${s}{display:none!important}`);
    if (watcher) lines.push(`[${FP.ATTR}]{display:none!important}`);
    return lines.join('\n');
  }

  /**
   * The sheet is adopted by the document (a constructed style sheet), not a
   * <style> element: no node is added to the page, so its serialisation,
   * the engine's node paths and the page's own scripts see the DOM as the
   * site wrote it, and it applies before <html> even exists.
   */
  function render() {
    try {
      if (!sheet) {
        if (!active.size && !watcher) return;
        sheet = new CSSStyleSheet();
        sheet.replaceSync(sheetText());
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      } else {
        sheet.replaceSync(sheetText());
      }
    } catch (e) {
      console.debug('quietpage: remembered sheet not applied', e);
      sheet = null;
      active.clear();
    }
  }

  /**
   * At document_start: read this host's sheet and inject it. `report`
   * sends what a late read's judging found ({add, confirm, withdraw}) to
   * the background, as a verdict's judging is sent; `task(ms)`: see onTask.
   */
  function start(report = () => {}, task = null) {
    if (task) onTask = task;
    if (!top || !/^https?:$/.test(location.protocol)) return;
    const key = KEY_PREFIX + location.hostname;
    let got;
    try { got = api.storage.local.get(key); } catch { return; }
    Promise.resolve(got).then(async (r) => {
      const entry = r?.[key];
      const stored = Array.isArray(entry?.selectors) ? entry.selectors.filter((s) => typeof s?.selector === 'string') : [];
      // When the read answered, whether a verdict came first, and how many
      // names and fingerprints it found. For tests (in Firefox, the only
      // view a test has of what the background has stored).
      const prints = stored.filter((s) => FP.isKey(s.selector)).length;
      mark('quietpage:remembered-read', { late: verdictSeen, found: !!entry, names: stored.length - prints, fingerprints: prints });
      if (!entry || !Array.isArray(entry.selectors) || Date.now() - (entry.used ?? 0) > EXPIRY_MS) return;
      const late = verdictSeen;
      remembered = new Map(stored.filter((s) => !FP.isKey(s.selector)).map((s) => [s.selector, s.category]));
      fingerprints = new Map(stored.filter((s) => FP.isKey(s.selector)).map((s) => [s.selector, s.category]));
      for (const sel of remembered.keys()) if (allowed(sel)) active.add(sel);
      // Firefox may answer after the first verdict (its storage is a round
      // trip to the parent process): the page is parsed, so no watcher, and
      // the sheet keeps only selectors that cover nothing the verdict left
      // visible. They still hide at once what the page inserts later. The
      // fingerprints are judged too: one that names a block the verdict
      // left visible is withdrawn, or a site whose reads always come late
      // would keep it, and hide article text on a slow page.
      if (late) {
        const judged = await judgeLate();
        if (judged) report(judged);
      }
      else if (fingerprints.size && (!rules || rules.enabled)) watcher = FP.watch(fingerprints, allowedFp, onTask);
      if (!active.size && !watcher) return;
      render();
      if (sheet) mark('quietpage:remembered', active.size);
    }).catch((e) => console.debug('quietpage: remembered selectors unreadable', e));
  }

  /**
   * A sheet read after a verdict: each selector judged against the page as
   * that verdict left it (withdrawn or confirmed for good only if that
   * verdict saw the page as it is).
   */
  async function judgeLate() {
    const budget = { checks: 0, t0: performance.now() };
    const confirm = [];
    const withdraw = [];
    await judgeSelectors({ current: lastCurrent, isShown: () => false, budget, confirm, withdraw });
    if (lastCurrent) await judgeLateFingerprints(budget, confirm, withdraw);
    onTask(performance.now() - budget.t0);
    // What the late judging found. For tests.
    mark('quietpage:remembered-late', { confirmed: confirm.length, withdrawn: withdraw.length });
    return confirm.length || withdraw.length ? { add: [], confirm, withdraw } : null;
  }

  /**
   * A late read's fingerprints (or those a watcher left unchecked) against
   * the page as the last (current) verdict left it, as judgeFingerprints
   * judges the watcher's marks: every element of the page with the
   * fingerprint inside a hidden block (or not drawn by the page) confirms
   * it; one the page draws outside them withdraws it. A fingerprint matching nothing waits for a later visit.
   * Each tag's elements are read once (fingerprint.js index: none on a
   * page with too many of them).
   */
  async function judgeLateFingerprints(budget, confirm, withdraw) {
    const indexes = new Map();
    for (const key of [...fingerprints.keys()]) {
      if (judged.has(key)) continue;
      const tag = FP.tagOf(key);
      if (!tag) continue;
      if (!indexes.has(tag)) indexes.set(tag, await FP.index(tag, () => slice(budget), fpCost));
      const same = indexes.get(tag)?.get(key);
      if (!same?.length) continue;
      // Out of style checks: left unjudged (withdrawing is for good).
      let shown = false;
      let unknown = false;
      for (const el of same) {
        if (shown || unknown) break;
        if (el.closest(`[${HIDDEN_ATTR}]`)) continue;
        if (budget.checks >= MAX_RENDER_CHECKS) unknown = true;
        else shown = renderedByPage(el, budget);
      }
      if (unknown) continue;
      judged.add(key);
      if (shown) { withdraw.push(key); fingerprints.delete(key); } else confirm.push(key);
    }
  }

  /**
   * The site's remembered selectors against the page as the last verdict
   * left it: one that covers something the verdict leaves visible leaves
   * the sheet (and, on a `current` verdict, is withdrawn for good); one
   * whose matches are all hidden is confirmed (on a `current` verdict).
   * A selector matching nothing is left for a later verdict.
   */
  async function judgeSelectors({ current, isShown, budget, confirm, withdraw }) {
    for (const sel of [...remembered.keys()]) {
      await slice(budget);
      let found;
      try { found = document.querySelectorAll(sel); } catch { withdraw.push(sel); active.delete(sel); continue; }
      if (!found.length) continue;
      // Covers something the verdict leaves visible: article text, or at
      // least not a nag. Shown by the reader: still a nag, but not hidden here.
      // A block the page itself keeps hidden (a closed dialog) covers nothing.
      // Read in slices: a selector may match 100,000 nags.
      let uncovered = false;
      for (let i = 0; i < found.length && !uncovered; i += 1) {
        const el = found[i];
        uncovered = !el.closest(`[${HIDDEN_ATTR}]`) && !isShown(el) && renderedByPage(el, budget);
        if ((i & 255) === 255) await slice(budget);
      }
      if (uncovered) {
        active.delete(sel);
        if (current && !judged.has(sel)) { withdraw.push(sel); judged.add(sel); }
      } else if (current && !judged.has(sel)) {
        confirm.push(sel);
        judged.add(sel);
      }
    }
  }

  /** The site's rules arrived (or changed): drop what they forbid. */
  function onRules(resolved) {
    rules = resolved;
    let changed = false;
    for (const sel of [...active]) if (!allowed(sel)) { active.delete(sel); changed = true; }
    if (watcher) for (const [el, key] of watcher.marked()) if (!allowedFp(el, key)) watcher.unmark(el);
    if (changed) render();
  }

  /** Peek: everything shown while held, remembered blocks too. */
  let peeking = false;
  function onPeek(on) {
    peeking = !!on;
    if (sheet) sheet.disabled = peeking;
  }

  /** The sheet off for one synchronous read (no frame is drawn in between). */
  function suspend() {
    if (!sheet || sheet.disabled) return () => {};
    sheet.disabled = true;
    return () => { if (sheet) sheet.disabled = peeking; };
  }

  /**
   * Does our sheet hide this element? The snapshot's style probe asks, so
   * that the engine does not take a block only our sheet hides for one the
   * page keeps hidden (which it leaves alone), as it does for its markers.
   */
  function hides(el) {
    if (watcher && el.hasAttribute(FP.ATTR)) return true;
    for (const sel of active) {
      try { if (el.matches(sel)) return true; } catch { /* rejected selector */ }
    }
    return false;
  }

  /**
   * "Show it" on an element: the reader wins over every selector and
   * fingerprint mark that hides it, on this page view. `kept` ("never hide" on this element, hidden or shown already): its
   * fingerprint is withdrawn too, so that no later page of the site hides
   * it before the rules arrive. Returns a report for the background, or null.
   */
  function onShow(elements, kept = null) {
    let changed = false;
    if (watcher) {
      for (const [el] of watcher.marked()) if (elements.some((x) => x?.isConnected && (x.contains(el) || el.contains(x)))) watcher.unmark(el);
    }
    for (const sel of [...active]) {
      if (elements.some((el) => el?.isConnected && safeMatches(el, sel))) { active.delete(sel); changed = true; }
    }
    if (changed) render();
    const key = top && kept?.isConnected ? FP.keyOf(kept).key : null;
    if (!key) return null;
    fingerprints.delete(key);
    judged.add(key);
    return { add: [], confirm: [], withdraw: [key] };
  }

  function safeMatches(el, sel) {
    try { return !!el.closest(sel); } catch { return false; }
  }

  /**
   * Is the element drawn when our sheet is not applied? One forced style
   * update each, so at most MAX_RENDER_CHECKS a verdict; past that, assume
   * it is drawn (the safe side: the selector stops hiding it).
   */
  function renderedByPage(el, budget) {
    if (budget.checks >= MAX_RENDER_CHECKS) return true;
    budget.checks += 1;
    const resume = suspend();
    try { return el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0; } finally { resume(); }
  }

  function all(sel) {
    try { return [...document.querySelectorAll(sel)]; } catch { return null; }
  }

  /**
   * After a verdict is applied: a whole-page one (`whole`), or a huge
   * page's subtree verdict, whose new nags may be named but which judges
   * nothing (it has not seen the rest of the page). `current`: the page did not
   * change since its snapshot, so every element the verdict left visible
   * was judged by it (else a nag inserted after the snapshot would withdraw
   * its selector). `items`: apply.items(), with stable names. Each selector
   * is a query over the whole page: time-sliced like the snapshot.
   * Resolves to {add, confirm, withdraw} for the background, or null.
   */
  async function afterVerdict({ current, whole = true, items }) {
    if (!top) return null;
    verdictSeen = true;
    if (whole) lastCurrent = current;
    if (!remembered.size && !items.length && !watcher) return null;
    const budget = { checks: 0, t0: performance.now() };
    // A huge page's subtree verdict (content.js sends changed subtrees
    // alone over 250,000 elements): its new nags may be named; judging
    // waits for a whole verdict.
    const shown = items.filter((it) => it.state === 'shown').map((it) => QP.apply.elementOf(it.key)).filter(Boolean);
    const isShown = (el) => shown.some((s) => s.contains(el));
    const confirm = [];
    const withdraw = [];
    // The fingerprints' marks: judged by a whole verdict of an uncut page
    // (a cut page's only releases them), then the verdict's own marks hide.
    // A watcher that left elements unchecked (its sweep of what was parsed
    // before a slow read ran out of time, or it stopped on time) did not
    // meet every block its fingerprints name: those are judged below, as a
    // late read's are, or one naming article text here would stay.
    const unchecked = !!watcher?.stats.unchecked;
    if (watcher) judgeFingerprints({ current: current && whole, judge: whole, isShown, confirm, withdraw });
    if (!whole) {
      const add = await proposals(items, budget, false);
      remember(add);
      onTask(performance.now() - budget.t0);
      return add.length || withdraw.length || confirm.length ? { add, confirm, withdraw } : null;
    }
    await judgeSelectors({ current, isShown, budget, confirm, withdraw });
    if (unchecked && current) {
      const [c, w] = [confirm.length, withdraw.length];
      await judgeLateFingerprints(budget, confirm, withdraw);
      // What that judging found. For tests.
      mark('quietpage:remembered-unchecked', { confirmed: confirm.length - c, withdrawn: withdraw.length - w });
    }
    render();
    // Proposals need no `current` verdict: a name is kept only if all it
    // matches in the page as it is now is hidden, so a block the page added
    // since (judged or not) can only keep a name out.
    const add = await proposals(items, budget, true);
    remember(add);
    onTask(performance.now() - budget.t0);
    mark('quietpage:fingerprint-proposals', Math.round(fpCost.ms * 100) / 100);
    if (!add.length && !confirm.length && !withdraw.length) return null;
    return { add, confirm, withdraw };
  }

  /** Names and fingerprints proposed on this page view are not proposed again. */
  function remember(add) {
    for (const a of add) (FP.isKey(a.selector) ? fingerprints : remembered).set(a.selector, a.category);
  }

  /**
   * The first verdict judges every element a fingerprint marked while the
   * page was parsed: one the verdict hides (or the reader showed) confirms
   * it; one the verdict leaves visible, and the page itself draws, withdraws
   * it for good (`current` only: else it may be a block the verdict never
   * saw, and is only shown). Then the watcher stops and its marks go: the
   * verdict's own marks hide what it hides.
   */
  function judgeFingerprints({ current, judge, isShown, confirm, withdraw }) {
    const w = watcher;
    watcher = null;
    w.stop();
    const verdicts = new Map();
    // Out of style checks: left unjudged, as judgeLateFingerprints leaves
    // them (withdrawing is for good).
    const unknown = new Set();
    let checks = 0;
    for (const [el, key] of w.marked()) {
      if (!judge || !el.isConnected) continue;
      let covered = !!el.closest(`[${HIDDEN_ATTR}]`) || isShown(el);
      if (!covered) {
        if (checks >= MAX_FP_RENDER_CHECKS) { unknown.add(key); continue; }
        checks += 1;
        // Not drawn by the page itself (a closed dialog): covers nothing.
        covered = !renderedByPage(el, { checks: 0 });
      }
      verdicts.set(key, (verdicts.get(key) ?? true) && covered);
    }
    for (const [el] of w.marked()) w.unmark(el);
    for (const [key, ok] of verdicts) {
      if (!current || judged.has(key) || (ok && unknown.has(key))) continue;
      judged.add(key);
      (ok ? confirm : withdraw).push(key);
      if (!ok) fingerprints.delete(key);
    }
    mark('quietpage:fingerprints', { ...w.stats, ms: Math.round(w.stats.ms * 100) / 100, confirmed: [...verdicts.values()].filter(Boolean).length, withdrawn: [...verdicts.values()].filter((v) => !v).length });
    render();
  }

  /** Hands the main thread back once a slice's worth of queries has run. */
  async function slice(budget) {
    const ms = performance.now() - budget.t0;
    if (ms < SLICE_MS) return;
    onTask(ms);
    await QP.dom.yieldToPage();
    budget.t0 = performance.now();
  }

  /**
   * A selector without nth-child steps. selectors.js calls a
   * unique id that its heuristics find generated-looking (`#cookie_overlay`)
   * a 'path' when no nth-child step is needed: that one is fine here.
   */
  const stable = (name) => !!name && (STABLE_HOW.has(name.how) || (name.how === 'path' && !name.selector.includes(':nth-child(')));

  /**
   * Names for a hidden item: its stable names, else (`budget.searched`) a class it shares only
   * with hidden blocks, else a structural name (selectors.js
   * structuralCandidates: its attributes, where it sends the reader, a
   * named ancestor and tag steps), the first that matches hidden blocks
   * alone. Each candidate is a query over the page: time-sliced.
   */
  async function namesOf(it, budget) {
    const names = [it.stable, ...(it.alsoStable ?? [])].filter(stable);
    if (names.length || !budget.searched) return names;
    // Out of budget on this verdict: not looked at (the next verdict may).
    if (budget.shared >= MAX_SHARED) return null;
    budget.shared += 1;
    const hiddenBlock = (el) => el.hasAttribute(HIDDEN_ATTR);
    const out = [];
    // A page so big that a few queries take a slice: this block is the
    // last named by structure on this verdict.
    const overran = (t) => { if (performance.now() - t > SLICE_MS) budget.shared = MAX_SHARED; };
    for (const el of QP.apply.partsOf(it.key)) {
      // (item(): walks only as far as the index asked, see dom.js.)
      if (!el.isConnected || QP.dom.item.call(el.getElementsByTagName('*'), MAX_SEARCHED_ELEMENTS) !== null) continue;
      let t = performance.now();
      const shared = QP.selectors.sharedName(el, hiddenBlock);
      overran(t);
      if (shared) { out.push(shared); continue; }
      await slice(budget);
      t = performance.now();
      let candidates = [];
      try { candidates = QP.selectors.structuralCandidates(el); } catch { /* a page that broke the DOM API */ }
      overran(t);
      for (const sel of candidates) {
        await slice(budget);
        const found = all(sel);
        if (found?.includes(el) && found.every(hiddenBlock)) { out.push({ selector: sel, how: 'structure' }); break; }
      }
    }
    return out;
  }

  /**
   * Fingerprints of a hidden item's parts that no selector in the sheet
   * (or proposed with it) covers: kept only if every element of the page with the same tag and
   * fingerprint is inside a hidden block (a wrapper that begins with the
   * nag's words keeps it out). `indexes`: tag → fingerprint → elements,
   * read once per proposal run.
   */
  async function fingerprintsOf(it, budget, out, indexes) {
    // The selectors in the sheet and those proposed in this run (in the
    // sheet on the next visit): an element they cover needs no fingerprint.
    const named = [...active, ...out.filter((o) => !FP.isKey(o.selector)).map((o) => o.selector)];
    for (const el of QP.apply.partsOf(it.key)) {
      if (out.length >= MAX_PROPOSED) return;
      if (!el.isConnected || el.getRootNode() !== document || named.some((sel) => safeMatches(el, sel))) continue;
      await slice(budget);
      const t = performance.now();
      const { key } = FP.keyOf(el);
      fpCost.ms += performance.now() - t;
      if (!key || fingerprints.has(key) || out.some((o) => o.selector === key)) continue;
      const tag = el.localName;
      if (!indexes.has(tag)) indexes.set(tag, await FP.index(tag, () => slice(budget), fpCost));
      const same = indexes.get(tag)?.get(key);
      if (!same?.includes(el) || !same.every((x) => x.closest(`[${HIDDEN_ATTR}]`))) continue;
      out.push({ selector: key, category: it.category });
    }
  }

  /**
   * Does `sel` match something in the page, and hidden blocks alone? The
   * matches are read in slices from the query's static list: on a page of
   * 100,000 nags, making an array of them all and reading each in one go
   * was one long task.
   */
  async function onlyHidden(sel, budget) {
    let found;
    try { found = document.querySelectorAll(sel); } catch { return false; }
    if (!found.length) return false;
    for (let i = 0; i < found.length; i += 1) {
      if (!found[i].hasAttribute(HIDDEN_ATTR)) return false;
      if ((i & 255) === 255) await slice(budget);
    }
    return true;
  }

  /**
   * Stable names of hidden blocks that match hidden blocks and nothing
   * else, and fingerprints. `searched`: names are also searched for (a
   * shared class, a structural name). Not on a page too big for one
   * snapshot (a cut page's verdicts, a huge page's subtrees): there each
   * candidate is a query over half a million elements, and one with
   * `:has()` held the page for hundreds of ms; its blocks get the names
   * apply.js found and fingerprints.
   */
  async function proposals(items, budget, searched) {
    const out = [];
    const indexes = new Map();
    budget.shared = 0;
    budget.searched = searched;
    for (const it of items) {
      if (out.length >= MAX_PROPOSED || examined.size >= MAX_EXAMINED) break;
      if (it.state !== 'hidden' || !it.category || it.category === 'rule' || examined.has(it.key)) continue;
      // Marked before the await: an overlapping verdict's run skips it.
      examined.add(it.key);
      await slice(budget);
      const names = await namesOf(it, budget);
      if (!names) {
        // Out of naming budget: the rest waits for the next verdict (a
        // static page has none), but this block's fingerprints cost no
        // query over the page: proposed now.
        examined.delete(it.key);
        await fingerprintsOf(it, budget, out, indexes);
        break;
      }
      for (const name of names) {
        if (remembered.has(name.selector) || out.some((o) => o.selector === name.selector)) continue;
        await slice(budget);
        if (!(await onlyHidden(name.selector, budget))) continue;
        out.push({ selector: name.selector, category: it.category });
      }
      await fingerprintsOf(it, budget, out, indexes);
    }
    return out;
  }

  QP.remember = Object.freeze({ start, onRules, onShow, onPeek, hides, afterVerdict, active: () => [...active] });
})();
