// Options, "Remembered selectors": what background/remembered.js keeps per
// site to hide known nags before a page's first paint, each site with a
// clear button, and one button that forgets them all. A record of visited
// sites, so the reader sees it and can wipe it.
import { UI } from '../shared/protocol.js';
import { $, ask, el } from '../shared/ui.js';

const days = (ms) => Math.max(0, Math.floor((Date.now() - ms) / 86400000));
const when = (ms) => (days(ms) === 0 ? 'today' : days(ms) === 1 ? 'yesterday' : `${days(ms)} days ago`);

function siteEntry({ site, selectors, withdrawn, used }) {
  const clear = el('button', { type: 'button', className: 'danger', textContent: 'Clear' });
  clear.setAttribute('aria-label', `Clear remembered selectors for ${site}`);
  clear.dataset.site = site;
  clear.addEventListener('click', async () => {
    await ask({ type: UI.FORGET_REMEMBERED, site });
    await render(`Forgot the remembered selectors for ${site}.`);
    $('h-remembered').focus();
  });
  const dropped = withdrawn ? `; ${withdrawn} withdrawn (they covered text the page kept) and never used again` : '';
  // Text fingerprints (content/fingerprint.js): a tag and a hash of the block's first words.
  const isText = (s) => s.selector.startsWith('text:');
  const texts = selectors.filter(isText).length;
  const names = selectors.length - texts;
  const counts = `${names} selector${names === 1 ? '' : 's'}${texts ? `, ${texts} text fingerprint${texts === 1 ? '' : 's'}` : ''}`;
  const shown = (s) => (isText(s) ? `<${s.selector.split(':')[1]}> by a hash of its first words (${s.selector})` : s.selector);
  const entry = el('div', { className: 'site' },
    el('div', { className: 'site-head' },
      el('h3', { textContent: site }),
      clear),
    el('p', { className: 'muted', textContent: `${counts}, last used ${when(used)}${dropped}.` }),
    selectors.length ? el('ul', {}, ...selectors.map((s) => el('li', {}, el('code', { textContent: shown(s) }), ` (${s.category})`))) : null);
  entry.dataset.site = site;
  return entry;
}

async function render(message = '') {
  const { sites = [] } = await ask({ type: UI.REMEMBERED }) ?? {};
  $('remembered').replaceChildren(...sites.map(siteEntry));
  $('no-remembered').hidden = sites.length > 0;
  $('forget-remembered').disabled = sites.length === 0;
  $('remembered-message').textContent = message;
}

$('forget-remembered').addEventListener('click', async () => {
  await ask({ type: UI.FORGET_REMEMBERED });
  await render('Forgot every remembered selector.');
});

render();
