// What the popup and the options page share: the extension API, messages
// to the background, and building elements. (Both pages used to carry
// their own copies.)
import './api.js';

/** The extension API (shared/api.js: `browser ?? chrome` once). */
export const { api } = globalThis.__quietpage;

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** A message to the background (background.js handleUi). */
export const ask = (msg) => api.runtime.sendMessage(msg);

/** An element with properties and children. */
export function el(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** A labelled on/off switch: a checkbox with role=switch and a visible track. */
export function toggle({ id, label, checked, disabled = false, onchange, dataset = {} }) {
  const input = el('input', { type: 'checkbox', id, checked, disabled });
  input.setAttribute('role', 'switch');
  Object.assign(input.dataset, dataset);
  if (onchange) input.addEventListener('change', () => onchange(input.checked, input));
  return el('label', { className: 'switch-row' },
    el('span', { className: 'switch-label', textContent: label }),
    el('span', { className: 'switch' }, input, el('span', { className: 'track', ariaHidden: 'true' })));
}

/** Downloads text as a file (no permission needed: an <a download>). */
export function download(name, text, type) {
  const a = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

/**
 * Re-renders without losing the reader's place: the focused control is
 * found again by its id (or `fallback`) after `render` replaced it.
 */
export function keepingFocus(render, fallback = null) {
  const id = document.activeElement?.id;
  render();
  const back = (id && document.getElementById(id)) || (id && fallback && document.getElementById(fallback));
  if (back && back !== document.activeElement) back.focus();
}
