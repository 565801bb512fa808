// Was a nag ever painted? Evaluated in the page's own world before any of
// its markup is parsed (Playwright's addInitScript), for the remembered-
// selector test and the benchmark's second visits. For each selector (the
// blocks hidden on a first visit), the element is noticed when it enters
// the DOM (a MutationObserver, which also sees the parser's insertions),
// and from the first animation frame after that until `stop()` every frame
// asks whether it is rendered (checkVisibility: itself or an ancestor
// display:none counts as not rendered). A block never rendered in any
// frame was never painted. Frames, not times: the check holds on a loaded
// machine as on an idle one.
//
// window.__qpPaint: {[selector]: {entered: ms, frames: n, firstFrameVisible: bool, painted: bool}}

/** The probe's source, for addInitScript. */
export function paintProbe(selectors) {
  return `(() => {
  const WATCH = ${JSON.stringify(selectors)};
  const state = (window.__qpPaint = {});
  let running = true;
  let frameAsked = false;
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const frame = (ts) => {
    frameAsked = false;
    if (!running) return;
    for (const s of WATCH) {
      const r = state[s];
      if (!r || !r.el) continue;
      const v = r.el.isConnected && visible(r.el);
      if (r.frames === 0) r.firstFrameVisible = v;
      r.frames += 1;
      if (v) { r.painted = true; if (r.visibleAt.length < 8) r.visibleAt.push(Math.round(ts * 10) / 10); }
    }
    ask();
  };
  const ask = () => { if (!frameAsked) { frameAsked = true; requestAnimationFrame(frame); } };
  const look = () => {
    for (const s of WATCH) {
      if (state[s]) continue;
      let el = null;
      try { el = document.querySelector(s); } catch { /* not a selector here */ }
      if (el) { state[s] = { el, entered: performance.now(), frames: 0, firstFrameVisible: null, painted: false, visibleAt: [] }; ask(); }
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  window.__qpPaintStop = () => {
    running = false;
    const out = {};
    for (const [s, r] of Object.entries(state)) out[s] = { entered: r.entered, frames: r.frames, firstFrameVisible: r.firstFrameVisible, painted: r.painted, visibleAt: r.visibleAt };
    return out;
  };
})();`;
}
