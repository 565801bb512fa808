// quietpage content script, part 3c: nags that are a whole frame.
//
// Consent platforms and paywall vendors often draw their dialog in an
// <iframe> from their own origin, inside a fixed box of the page. The
// content script runs in that frame too, and the engine judges the frame's
// document as a frame (a short one protects no article: src/classify/
// guard.rs), so it hides the dialog there. But the <iframe> and its box
// stay in the page around it, a blank panel over the article that still
// catches clicks, and a frame cannot reach its parent's document. So a
// frame whose verdict leaves none of its text visible tells the background
// (FRAME_NAG), which tells the other frames of the tab; the one holding an
// <iframe> of that address hides it, with the wrapper that holds nothing
// else, as one item of the verdicts it applies from then on (listed in the
// popup with the frame's wording, and undone like any other).
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  if (QP.frames) return;

  /** A frame still showing more text than this is not all nag. */
  const FRAME_LEFT_CHARS = 8;
  /** Frames of one page told to be nags (a page of many frames is bounded). */
  const MAX_FRAME_NAGS = 16;
  /** Wrappers climbed from an <iframe>: a box of the page, not the page. */
  const MAX_WRAPPER_STEPS = 4;
  /** A frame of more elements is no dialog (and its text is not read). */
  const MAX_DIALOG_ELEMENTS = 2000;

  const inFrame = window !== window.top;
  /** This frame said it is a nag (once a page view). */
  let told = false;
  /** documentKey → {url, category, reason, excerpt}: frames of this tab that are nags. */
  const nags = new Map();

  /**
   * What names a frame's document for the frames around it and for the
   * background, which pair a frame with the <iframe> box hiding it by this
   * key alone: origin and path (a redirect may change the query), or null.
   */
  function documentKey(url) {
    try {
      const u = new URL(url, location.href);
      return u.origin + u.pathname;
    } catch { return null; }
  }

  /**
   * In a frame, after a whole verdict: a message for the background when
   * the verdict hid every line of the frame (its category and wording are
   * those of its largest hidden block), else null. `listItems()` gives
   * apply.items(), read only in a frame.
   */
  function afterVerdict(listItems) {
    if (!inFrame || told || !document.body) return null;
    const hidden = listItems().filter((it) => it.state === 'hidden' && it.category && it.category !== 'rule');
    if (!hidden.length) return null;
    if (QP.dom.item.call(document.getElementsByTagName('*'), MAX_DIALOG_ELEMENTS) !== null) return null;
    let left;
    try { left = (document.body.innerText ?? '').replace(/\s+/g, '').length; } catch { return null; }
    if (left > FRAME_LEFT_CHARS) return null;
    const main = hidden.reduce((a, b) => ((b.text?.length ?? 0) > (a.text?.length ?? 0) ? b : a));
    told = true;
    return { url: location.href, key: documentKey(location.href), category: main.category, reason: main.reason ?? '', excerpt: main.text ?? '' };
  }

  /** Another frame of the tab is a nag: true when this document has it to hide. */
  function onFrameNag(m) {
    if (typeof m?.url !== 'string' || !m.category) return false;
    const key = documentKey(m.url);
    if (!key || (!nags.has(key) && nags.size >= MAX_FRAME_NAGS)) return false;
    nags.set(key, { url: m.url, category: String(m.category), reason: m.reason, excerpt: m.excerpt });
    return framesOf(key).length > 0;
  }

  /** The <iframe>s of this document showing the document of `key`. */
  function framesOf(key) {
    const out = [];
    for (const f of document.querySelectorAll('iframe, frame')) {
      if (f.src && documentKey(f.src) === key) out.push(f);
    }
    return out;
  }

  /**
   * The box an <iframe> sits in: its ancestors up to MAX_WRAPPER_STEPS
   * while they hold no text and no other frame, image or video of their
   * own (the vendor's fixed container), never <body>.
   */
  function boxOf(frame) {
    let box = frame;
    for (let k = 0; k < MAX_WRAPPER_STEPS; k += 1) {
      const p = box.parentElement;
      if (!p || p === document.body || p === document.documentElement) break;
      if ((p.textContent ?? '').trim() !== '') break;
      if (p.querySelectorAll('iframe, frame, img, video, canvas, svg').length > 1) break;
      box = p;
    }
    return box;
  }

  /**
   * A verdict for this document with the nag frames' boxes added (after
   * its own blocks, as nodes past the snapshot's): `elements` gets them.
   * Returns the verdict to apply.
   */
  function extend(verdict, elements) {
    if (!nags.size || !verdict) return verdict;
    const hidden = [...(verdict.hidden ?? [])];
    const taken = new Set(elements.filter(Boolean));
    // Past every node the verdict names (resolved in the page or not).
    let next = elements.length;
    for (const h of hidden) if (h.node >= next) next = h.node + 1;
    for (const [key, nag] of nags) {
      for (const f of framesOf(key)) {
        const box = boxOf(f);
        if (taken.has(box) || [...taken].some((el) => el.contains?.(box))) continue;
        taken.add(box);
        elements[next] = box;
        let host = nag.url;
        try { host = new URL(nag.url).host; } catch { /* as given */ }
        hidden.push({
          node: next++,
          category: nag.category,
          excerpt: nag.excerpt ?? '',
          evidence: [`a frame from ${host} whose whole content is hidden${nag.reason ? `: ${nag.reason}` : ''}`],
          selector: '',
          source: 'frame',
          score: 0,
          // The frame's document: the background pairs this item with the
          // frame's own (listed once; shown and hidden together).
          frameKey: key,
        });
      }
    }
    return { ...verdict, hidden };
  }

  QP.frames = Object.freeze({ afterVerdict, onFrameNag, extend });
})();
