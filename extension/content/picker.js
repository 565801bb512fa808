// quietpage content script, part 3: the "hide something else" picker.
//
// A small toolbar on the page, in its own shadow root so that the page's
// CSS cannot restyle or hide it, says what to do; the element under the
// pointer is outlined with a readable label. A click chooses (it does not
// commit); Wider / Narrower (also ↑ / ↓) move to the parent or back to the
// child; Preview hides, for a moment, what the rule would hide; Create
// makes the rule, Cancel or Esc leaves without one. The rule names the
// element by a stable selector (content/selectors.js) and says when it
// could only use its position.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  const MARK = 'data-quietpage-picker';
  const PREVIEW = 'data-quietpage-preview';

  /** The categories a pick can be filed under (shared/protocol.js CATEGORIES). */
  const CATEGORIES = [
    ['', 'Just hide it'],
    ['donation', 'Donation ask'], ['notification', 'Notification prompt'], ['login', 'Login or registration prompt'],
    ['paywall', 'Subscription prompt'], ['newsletter', 'Newsletter box'], ['cookie', 'Cookie banner'],
    ['app-banner', 'Open-in-app banner'], ['adblock-wall', 'Ad-blocker wall'],
  ];
  /** How a selector names its element, for the reader. */
  const HOW = {
    id: 'by its id (stable)',
    class: 'by its class names (stable)',
    attribute: 'by its attributes (stable)',
    inside: 'by its place inside a named box (fairly stable)',
    path: 'by its position only: the rule may break when the page changes',
  };

  const STYLE = `
:host { all: initial; }
.outline { position: fixed; pointer-events: none; outline: 3px solid #c2185b; background: rgba(194,24,91,.12); border-radius: 2px; display: none; }
.also { position: fixed; pointer-events: none; outline: 2px dashed #c2185b; }
.tag { position: fixed; pointer-events: none; font: 600 12px/1.3 system-ui, sans-serif; color: #fff; background: #c2185b; padding: 2px 6px; border-radius: 3px; max-width: 60vw; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; display: none; }
.bar { position: fixed; right: 16px; bottom: 16px; width: 340px; pointer-events: auto; font: 13px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fff; border: 1px solid #bbb; border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.25); padding: 10px 12px; }
.bar h2 { font-size: 14px; margin: 0 0 4px; }
.bar p { margin: 4px 0; }
.muted { color: #555; }
.target { font-weight: 600; min-height: 1.4em; }
code { display: block; font: 11px ui-monospace, monospace; background: #f3f3f5; padding: 3px 5px; border-radius: 3px; word-break: break-all; }
.warn { color: #8a4b00; }
.row { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; align-items: center; }
button, select { font: inherit; padding: 4px 10px; border-radius: 5px; border: 1px solid #888; background: #f6f6f8; color: #1d1d1f; cursor: pointer; }
button.primary { background: #2f6f4f; border-color: #2f6f4f; color: #fff; }
button[aria-pressed="true"] { background: #1d1d1f; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible, select:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
kbd { font: 11px ui-monospace, monospace; border: 1px solid #aaa; border-radius: 3px; padding: 0 3px; }`;

  let session = null;

  /** A handler that never throws into the page's event dispatch. */
  const guard = (fn) => (...args) => {
    try { return fn(...args); } catch (e) { console.debug('quietpage picker:', e); return undefined; }
  };

  /** Builds an element in the picker's shadow root. */
  function h(tag, props = {}, ...children) {
    const e = Object.assign(document.createElement(tag), props);
    for (const c of children) e.append(c);
    return e;
  }

  function start({ onCreate, onCancel } = {}) {
    stop();
    const sel = QP.selectors;
    const host = document.createElement('div');
    host.setAttribute(MARK, '');
    host.style.cssText = 'all:initial;position:fixed;inset:0;z-index:2147483647;pointer-events:none';
    const shadow = host.attachShadow({ mode: 'open' });
    const outline = h('div', { className: 'outline' });
    const tag = h('div', { className: 'tag' });
    const alsoBoxes = h('div');
    const target = h('p', { className: 'target', id: 'qp-target' });
    const code = h('code', { id: 'qp-selector' });
    const how = h('p', { className: 'muted', id: 'qp-how' });
    const count = h('p', { className: 'muted', id: 'qp-count' });
    const wider = h('button', { type: 'button', id: 'qp-wider', textContent: 'Wider ↑' });
    const narrower = h('button', { type: 'button', id: 'qp-narrower', textContent: 'Narrower ↓' });
    const preview = h('button', { type: 'button', id: 'qp-preview', textContent: 'Preview' });
    preview.setAttribute('aria-pressed', 'false');
    const category = h('select', { id: 'qp-category' }, ...CATEGORIES.map(([v, l]) => h('option', { value: v, textContent: l })));
    const create = h('button', { type: 'button', id: 'qp-create', className: 'primary', textContent: 'Create rule' });
    const cancel = h('button', { type: 'button', id: 'qp-cancel', textContent: 'Cancel' });
    const bar = h('div', { className: 'bar', role: 'dialog' },
      h('h2', { id: 'qp-title', textContent: 'quietpage: hide something' }),
      h('p', { className: 'muted', id: 'qp-help' }, 'Point at it and click to choose. ', h('kbd', { textContent: '↑' }), ' wider, ',
        h('kbd', { textContent: '↓' }), ' narrower, ', h('kbd', { textContent: 'Enter' }), ' creates the rule, ', h('kbd', { textContent: 'Esc' }), ' cancels.'),
      target, code, how, count,
      h('div', { className: 'row' }, wider, narrower, preview),
      h('div', { className: 'row' }, h('label', { htmlFor: 'qp-category', textContent: 'What is it?' }), category),
      h('div', { className: 'row' }, create, cancel));
    bar.setAttribute('aria-labelledby', 'qp-title');
    bar.setAttribute('aria-describedby', 'qp-help');
    target.setAttribute('aria-live', 'polite');
    shadow.append(h('style', { textContent: STYLE }), outline, alsoBoxes, tag, bar);
    document.documentElement.appendChild(host);
    const previewStyle = document.createElement('style');
    previewStyle.setAttribute(MARK, '');
    previewStyle.textContent = `[${PREVIEW}]{display:none!important}`;

    const s = { el: null, trail: [], locked: false, previewing: false, found: [], choice: null };
    const ours = (ev) => ev.composedPath().includes(host);

    function clearPreview() {
      for (const e of document.querySelectorAll(`[${PREVIEW}]`)) e.removeAttribute(PREVIEW);
      previewStyle.remove();
    }

    function draw() {
      const el = s.el;
      if (!el || s.previewing) { outline.style.display = 'none'; tag.style.display = 'none'; alsoBoxes.replaceChildren(); return; }
      const r = el.getBoundingClientRect();
      Object.assign(outline.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
      tag.textContent = sel.describe(el);
      Object.assign(tag.style, { display: 'block', left: `${Math.max(0, r.left)}px`, top: `${r.top > 24 ? r.top - 22 : Math.max(0, r.bottom + 2)}px` });
      alsoBoxes.replaceChildren(...s.found.filter((e) => e !== el).slice(0, 50).map((e) => {
        const b = e.getBoundingClientRect();
        const box = h('div', { className: 'also' });
        Object.assign(box.style, { left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` });
        return box;
      }));
    }

    /** Chooses `el` (null: nothing); `keepTrail`: moving up or down, not a new choice. */
    function setTarget(el, keepTrail = false) {
      if (!keepTrail) s.trail = [];
      s.el = el;
      if (el) {
        s.choice = sel.stableSelector(el);
        try { s.found = [...(el.getRootNode().querySelectorAll?.(s.choice.selector) ?? [el])]; } catch { s.found = [el]; }
        target.textContent = sel.describe(el);
        code.textContent = s.choice.selector;
        how.textContent = `Named ${HOW[s.choice.how]}.`;
        how.className = s.choice.how === 'path' ? 'warn' : 'muted';
        count.textContent = s.found.length === 1 ? 'Hides this one element.' : `Hides ${s.found.length} elements (outlined).`;
      } else {
        s.choice = null;
        s.found = [];
        target.textContent = 'Nothing chosen yet.';
        code.textContent = '';
        how.textContent = '';
        count.textContent = '';
      }
      wider.disabled = !el || !parentOf(el);
      narrower.disabled = !el || (!s.trail.length && !el.firstElementChild);
      create.disabled = !el;
      preview.disabled = !el;
      if (s.previewing) applyPreview();
      draw();
    }

    function parentOf(el) {
      const p = el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
      return p && p !== document.body && p !== document.documentElement ? p : null;
    }

    function widen() {
      const p = s.el && parentOf(s.el);
      if (!p) return;
      const trail = [...s.trail, s.el];
      s.locked = true;
      setTarget(p, true);
      s.trail = trail;
      narrower.disabled = false;
    }

    function narrow() {
      if (!s.el) return;
      const back = s.trail.pop();
      const child = back ?? [...s.el.children].find((c) => c.getBoundingClientRect().width > 0) ?? s.el.firstElementChild;
      if (!child) return;
      const trail = s.trail;
      s.locked = true;
      setTarget(child, true);
      s.trail = trail;
      narrower.disabled = !trail.length && !child.firstElementChild;
    }

    function applyPreview() {
      for (const e of document.querySelectorAll(`[${PREVIEW}]`)) if (!s.found.includes(e)) e.removeAttribute(PREVIEW);
      if (!previewStyle.isConnected) (document.head ?? document.documentElement).appendChild(previewStyle);
      for (const e of s.found) e.setAttribute(PREVIEW, '');
    }

    function togglePreview() {
      if (!s.el) return;
      s.previewing = !s.previewing;
      preview.setAttribute('aria-pressed', String(s.previewing));
      if (s.previewing) { s.locked = true; applyPreview(); } else clearPreview();
      draw();
    }

    function finish(commit) {
      const pick = commit && s.el && s.choice ? { el: s.el, selector: s.choice.selector, how: s.choice.how, category: category.value || null } : null;
      stop();
      try {
        if (pick) onCreate?.(pick); else onCancel?.();
      } catch (e) { console.debug('quietpage picker:', e); }
    }

    const onMove = guard((ev) => {
      if (s.locked || ours(ev) || !(ev.target instanceof Element)) return;
      const el = ev.composedPath()[0];
      if (el instanceof Element && el !== s.el && el !== document.documentElement && el !== document.body) setTarget(el);
    });
    const swallow = guard((ev) => {
      if (ours(ev)) return;
      ev.preventDefault();
      ev.stopPropagation();
    });
    const onClick = guard((ev) => {
      if (ours(ev)) return;
      swallow(ev);
      const el = ev.composedPath()[0];
      if (!(el instanceof Element) || el === document.documentElement || el === document.body) return;
      if (s.previewing) togglePreview();
      s.locked = true;
      setTarget(el);
    });
    const onKey = guard((ev) => {
      const inner = ev.composedPath()[0];
      const inBar = ours(ev);
      let done = true;
      if (ev.key === 'Escape') finish(false);
      else if (ev.key === 'ArrowUp' && inner !== category) widen();
      else if (ev.key === 'ArrowDown' && inner !== category) narrow();
      else if (ev.key === 'Enter' && !(inBar && (inner instanceof HTMLButtonElement || inner === category))) finish(true);
      else done = false;
      if (done) { ev.preventDefault(); ev.stopPropagation(); }
    });
    const onScroll = guard(() => draw());

    wider.addEventListener('click', guard(widen));
    narrower.addEventListener('click', guard(narrow));
    preview.addEventListener('click', guard(togglePreview));
    create.addEventListener('click', () => finish(true));
    cancel.addEventListener('click', () => finish(false));
    // Every listener the session holds, as [target, type, handler, capture]:
    // added here and removed by the same list when the session ends.
    const listeners = [
      [document, 'mousemove', onMove, true],
      ...['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick']
        .map((t) => [document, t, swallow, true]),
      [document, 'click', onClick, true],
      [window, 'keydown', onKey, true],
      [window, 'scroll', onScroll, true],
      [window, 'resize', onScroll, false],
    ];
    for (const [target, type, handler, capture] of listeners) target.addEventListener(type, handler, capture);

    // Keyboard readers start from the element in the middle of the view.
    const mid = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    setTarget(mid && mid !== document.body && mid !== document.documentElement && !host.contains(mid) ? mid : null);
    wider.focus();

    session = () => {
      for (const [target, type, handler, capture] of listeners) target.removeEventListener(type, handler, capture);
      clearPreview();
      host.remove();
    };
  }

  function stop() {
    if (session) { const end = session; session = null; end(); }
  }

  QP.picker = { start, stop, active: () => session !== null };
})();
