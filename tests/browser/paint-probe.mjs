// Was a nag ever painted? Evaluated in the page's own world before any of
// its markup is parsed (Playwright's addInitScript), for the remembered-
// selector test and the benchmark's second visits. For each selector (the
// blocks hidden on a first visit), the element is noticed when it enters
// the DOM (a MutationObserver, which also sees the parser's insertions),
// and from the first animation frame after that until `stop()` every frame
// asks whether it is rendered (checkVisibility: itself or an ancestor
// display:none counts as not rendered). Frames, not times: the check holds
// on a loaded machine as on an idle one.
//
// Two readings per block:
// - `firstFrameVisible` / `visibleInAnyFrame`: rendered in the first frame
//   after it entered, or in any frame (the strictest reading);
// - `painted`: rendered in a frame the browser presented. Chromium runs
//   animation frames before the first paint that it never presents (seen
//   here: a frame at 110 ms, first paint at 156 ms); the presented frames
//   are the one that made the first paint (the last frame starting at or
//   before the `first-paint` entry) and every later one.
//
// window.__qpPaintStop() → {[selector]: {entered, frames, firstFrameVisible, visibleInAnyFrame, hiddenInAnyFrame, painted}}

/** The probe's source, for addInitScript. */
export function paintProbe(selectors) {
  return `(() => {
  const WATCH = ${JSON.stringify(selectors)};
  const MAX_FRAMES = 2000;
  const state = {};
  const frameTimes = [];
  let running = true;
  let frameAsked = false;
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const frame = (ts) => {
    frameAsked = false;
    if (!running || frameTimes.length >= MAX_FRAMES) return;
    frameTimes.push(ts);
    for (const r of Object.values(state)) {
      const v = r.el.isConnected && visible(r.el);
      if (r.frames === 0) r.firstFrameVisible = v;
      r.frames += 1;
      if (v) r.visibleAt.push(ts); else r.hiddenFrames += 1;
    }
    ask();
  };
  const ask = () => { if (!frameAsked) { frameAsked = true; requestAnimationFrame(frame); } };
  const look = () => {
    for (const s of WATCH) {
      if (state[s]) continue;
      let el = null;
      try { el = document.querySelector(s); } catch { /* not a selector here */ }
      if (el) { state[s] = { el, entered: performance.now(), frames: 0, firstFrameVisible: null, visibleAt: [], hiddenFrames: 0 }; ask(); }
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  window.__qpPaintStop = () => {
    running = false;
    const fp = (performance.getEntriesByName('first-paint')[0] ?? performance.getEntriesByName('first-contentful-paint')[0])?.startTime ?? Infinity;
    const before = frameTimes.filter((t) => t <= fp);
    const presentedFrom = before.length ? before[before.length - 1] : fp;
    const out = {};
    for (const [s, r] of Object.entries(state)) {
      out[s] = {
        entered: r.entered, frames: r.frames, firstFrameVisible: r.firstFrameVisible,
        visibleInAnyFrame: r.visibleAt.length > 0,
        hiddenInAnyFrame: r.hiddenFrames > 0,
        painted: r.visibleAt.some((t) => t >= presentedFrom),
        visibleAt: r.visibleAt.slice(0, 4).map((t) => Math.round(t)),
      };
    }
    return { firstPaint: Number.isFinite(fp) ? fp : null, blocks: out };
  };
})();`;
}
