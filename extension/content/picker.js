// quietpage content script, part 3: the "hide something else" picker.
// Highlights the element under the pointer; a click turns it into a CSS
// selector for a per-site hide rule; Escape cancels.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  let active = null;

  const cssEscape = (s) => (globalThis.CSS?.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, (c) => `\\${c}`));

  function unique(sel, el) {
    try {
      const found = document.querySelectorAll(sel);
      return found.length === 1 && found[0] === el;
    } catch { return false; }
  }

  /** A short selector that picks `el` alone: id, classes, or a path. */
  function selectorFor(el) {
    if (el.id && unique(`#${cssEscape(el.id)}`, el)) return `#${cssEscape(el.id)}`;
    const tag = el.localName;
    // Class names with long digit runs are usually generated per build.
    const classes = [...el.classList].filter((c) => !/\d{3,}/.test(c)).slice(0, 3).map((c) => `.${cssEscape(c)}`).join('');
    if (classes && unique(tag + classes, el)) return tag + classes;
    const steps = [];
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      if (e.id && unique(`#${cssEscape(e.id)}`, e)) { steps.push(`#${cssEscape(e.id)}`); break; }
      const parent = e.parentElement;
      const nth = parent ? [...parent.children].indexOf(e) + 1 : 1;
      steps.push(`${e.localName}:nth-child(${nth})`);
    }
    return steps.reverse().join(' > ');
  }

  function start(onPick) {
    stop();
    const box = document.createElement('div');
    box.setAttribute('data-quietpage-picker', '');
    box.style.cssText = 'position:fixed;z-index:2147483647;pointer-events:none;outline:3px solid #d33;background:rgba(221,51,51,.15);transition:all 60ms';
    document.documentElement.appendChild(box);
    let target = null;
    const move = (ev) => {
      const el = ev.target;
      if (!(el instanceof Element) || el === box) return;
      target = el;
      const r = el.getBoundingClientRect();
      Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    };
    const click = (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      const el = target ?? ev.target;
      stop();
      if (el instanceof Element) onPick(selectorFor(el));
    };
    const key = (ev) => { if (ev.key === 'Escape') stop(); };
    document.addEventListener('mousemove', move, true);
    document.addEventListener('click', click, true);
    document.addEventListener('keydown', key, true);
    active = () => {
      document.removeEventListener('mousemove', move, true);
      document.removeEventListener('click', click, true);
      document.removeEventListener('keydown', key, true);
      box.remove();
    };
  }

  function stop() {
    if (active) { active(); active = null; }
  }

  QP.picker = { start, stop, selectorFor };
})();
