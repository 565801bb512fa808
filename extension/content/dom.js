// quietpage content script, part 0: what the other parts share.
//
// The DOM methods the content script calls are saved here, before the page
// can run, and called as `getAttr.call(el, name)`: a page may overwrite
// prototype methods (the hostile tests do). And `yieldToPage`, which hands
// the main thread back between slices of a snapshot or of an apply.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});
  if (QP.dom) return;
  QP.dom = Object.freeze({
    getAttr: Element.prototype.getAttribute,
    getNames: Element.prototype.getAttributeNames,
    setAttr: Element.prototype.setAttribute,
    removeAttr: Element.prototype.removeAttribute,
    computed: globalThis.getComputedStyle,
    /** Resolves once the page has had the main thread. */
    yieldToPage: () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((r) => setTimeout(r, 0))),
  });
})();
