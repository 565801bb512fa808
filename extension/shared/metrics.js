// quietpage's measurements of itself, for the benchmark (bench/browser.mjs)
// and the tests: one frame's counters of main-thread time in the content
// script, timing marks in the page's performance timeline, the epoch clock
// both sides share to split a verdict's trip, and the background's classify
// times. Kept here so that the content script's and the background's logic
// only report events. Nothing leaves the browser: the figures reach the
// background in the frame's `applied` message and stay there.
//
// A plain script, like shared/api.js: the content scripts load it from the
// manifest, the background imports it; both find it at
// globalThis.__quietpage.metrics.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  if (QP.metrics) return;

  // Milliseconds on a clock shared by the page and the background.
  const epochNow = () => performance.timeOrigin + performance.now();
  const round = (ms, digits = 1) => Math.round(ms * 10 ** digits) / 10 ** digits;

  /**
   * Timing marks in the page's performance timeline (`quietpage:scan`,
   * `:sent`, `:verdict` carry the scan's seq, read by the tests). A page
   * that broke `performance.mark` loses its marks, nothing else.
   */
  function mark(name, seq) {
    try { performance.mark(name, seq === undefined ? undefined : { detail: seq }); } catch { /* marks are optional */ }
  }

  /** The counters of one frame's content script. */
  function frame() {
    // longestTaskMs: the longest stretch quietpage held the main thread
    // (one snapshot slice, one message step, one apply slice); longestMs:
    // the longest scan from start to send, yields included.
    const stats = { messages: 0, batches: 0, longestMs: 0, longestTaskMs: 0, firstHiddenAt: null, snapshotMs: 0, jsonMs: 0, applyMs: 0, reportMs: 0 };
    let firstSentAt = null;
    // longestTaskWhat: which of ours it was (snapshot, post, resolve, apply, report, remember).
    const task = (ms, what = '') => { if (ms > stats.longestTaskMs) { stats.longestTaskMs = round(ms); stats.longestTaskWhat = what; } };
    return {
      stats,
      task,
      message() { stats.messages += 1; },
      /** A snapshot took `ms` of main thread. */
      snapshot(ms, taken) {
        stats.snapshotMs += ms;
        task(taken.maxSliceMs ?? 0, 'snapshot');
        stats.probeMs = Math.max(stats.probeMs ?? 0, taken.probeMs ?? 0);
        // Where the snapshots' time went (snapshot.js phases), summed.
        if (taken.phases) {
          stats.phases ??= {};
          for (const [k, v] of Object.entries(taken.phases)) stats.phases[k] = (stats.phases[k] ?? 0) + v;
        }
      },
      /**
       * Main-thread ms summed apart, for the bench's breakdown: `resolveMs`
       * (a verdict's paths, in mainThreadMs), `rememberMs` (judging and
       * proposing remembered names after verdicts) and `observerMs` (the
       * mutation observer's callbacks): those two are not in mainThreadMs.
       */
      add(name, ms) { stats[name] = (stats[name] ?? 0) + ms; },
      /** One step of writing a message. */
      json(ms) { stats.jsonMs += ms; task(ms, 'post'); },
      /** One report to the background (its items named and posted). */
      reported(ms) { stats.reportMs += ms; task(ms, 'report'); },
      /** A page snapshot left for the background. */
      pageSent() { firstSentAt ??= epochNow(); mark('quietpage:sent'); },
      /** The first page verdict's trip, on one clock: up, in the background, down. */
      verdict(m) {
        if (m.subtree || !m.at || stats.trip !== undefined || firstSentAt === null) return;
        const arrived = epochNow();
        stats.trip = { up: m.at.got - firstSentAt, background: m.at.sent - m.at.got, down: arrived - m.at.sent };
      },
      /** A verdict was applied; `mainThreadMs`: quietpage's total so far. */
      applied({ busyMs, maxSliceMs, whole, added, mainThreadMs, seq }) {
        stats.applyMs += busyMs;
        task(maxSliceMs, 'apply');
        if (stats.firstScanMs === undefined && whole) stats.firstScanMs = round(mainThreadMs, 2);
        if (added && stats.firstHiddenAt === null) {
          stats.firstHiddenAt = performance.now();
          mark('quietpage:hidden');
        }
        mark('quietpage:verdict', seq);
      },
      /** True until the first page verdict has been applied. */
      firstScan: () => stats.firstScanMs === undefined,
      /** A scan or a batch ran from `startedAt` (performance.now()). */
      span(startedAt) { stats.longestMs = Math.max(stats.longestMs, performance.now() - startedAt); },
      batch(ms, startedAt) {
        stats.batches += 1;
        stats.batchMs = (stats.batchMs ?? 0) + ms;
        this.span(startedAt);
      },
      /** What the frame reports to the background. */
      report: (mainThreadMs) => ({ ...stats, mainThreadMs: round(mainThreadMs) }),
    };
  }

  // The background's classify times: the last RECENT, for medians.
  const RECENT = 1000;
  const timings = { initMs: 0, classifyCount: 0, classifyMsTotal: 0, recentMs: [] };
  function classified(ms) {
    timings.classifyCount += 1;
    timings.classifyMsTotal += ms;
    if (timings.recentMs.push(ms) > RECENT) timings.recentMs.shift();
  }

  QP.metrics = Object.freeze({ epochNow, mark, frame, timings, classified });
})();
