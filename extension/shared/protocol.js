// Message names between the three contexts (content script, background,
// popup/options). The content script cannot import modules, so it repeats
// the few names it uses; tests/browser/contract.test.mjs checks they agree.

export const PORT_NAME = 'quietpage';

/** content → background */
export const C2B = Object.freeze({
  HELLO: 'hello',         // {url, top}: a frame is ready; reply RULES
  SNAPSHOT: 'snapshot',   // {seq, html, parts, side, subtree}: classify; reply VERDICT (a page snapshot
                          // overtaken by a newer one of the same frame gets `superseded`);
                          // `parts` SNAPSHOT_PARTs of the same seq came first, html follows them
  SNAPSHOT_PART: 'snapshot-part', // {seq, html}: the next part of a long serialisation
  APPLIED: 'applied',     // {items (the first 500), counts {hidden, shown, categories}, paywall, article}: what this frame hides now
  PICKED: 'picked',       // {selector, how, category}: the reader picked an element to hide
  PAGE: 'page',           // {seq, html, url, label}: the page as rendered and the reader's label, for saving
  REMEMBER: 'remember',   // {url, add: [{selector, category}], confirm: [selector], withdraw: [selector]}:
                          // the site's remembered selectors as the latest verdict judged them
  FRAME_NAG: 'frame-nag', // {url, key, category, reason, excerpt}: this frame's whole document is a nag
                          // (a vendor's dialog in its own frame): the frames around it hide the <iframe>
});

/** background → content */
export const B2C = Object.freeze({
  RULES: 'rules',         // {resolved}: what applies to this site (re-apply)
  VERDICT: 'verdict',     // {seq, verdict, nodes: [[node, tag, path…]], error, subtree, at, superseded}
  SHOW: 'show',           // {key, keep}: show one item again ('*': all) for this page view
  HIDE: 'hide',           // {key}: hide a shown item again ('*': all)
  PEEK: 'peek',           // {on}: show everything hidden while on
  PICK: 'pick',           // start the element picker
  GET_PAGE: 'get-page',   // {seq}: send the page as rendered
  FRAME_NAG: 'frame-nag', // {url, category, reason, excerpt}: a frame of this tab at `url` is a nag (C2B.FRAME_NAG)
});

/** popup/options → background (runtime.sendMessage) */
export const UI = Object.freeze({
  TAB_STATE: 'tab-state',       // {tabId} → {url, site, resolved, items, counts, paywall}
  SET_SITE: 'set-site',         // {site, enabled}
  SET_CATEGORY: 'set-category', // {site, category, enabled}
  SHOW_ITEM: 'show-item',       // {tabId, frameId, key} (key '*', no frameId: every item)
  HIDE_ITEM: 'hide-item',       // {tabId, frameId, key} (key '*', no frameId: every item)
  KEEP_ITEM: 'keep-item',       // {tabId, frameId, key, selector, site}
  PEEK: 'peek',                 // {tabId, on}
  PICK: 'pick',                 // {tabId}
  UNDO_PICK: 'undo-pick',       // {site, selector}
  SAVE_PAGE: 'save-page',       // {tabId} → {html, url, label}
  GET_RULES: 'get-rules',       // → {rules, storage, note}
  IMPORT_RULES: 'import-rules', // {text, kind:'json'|'filters', dryRun} → {ok, error, report, rules}
  SET_RULES: 'set-rules',       // {rules} (whole rule set, validated)
  ENGINE_INFO: 'engine-info',   // → {phrases, wasmBytes}
  REMEMBERED: 'remembered',     // → {sites: [{site, selectors: [{selector, category}], withdrawn, used}]}
  FORGET_REMEMBERED: 'forget-remembered', // {site} (none: every site)
});

export const CATEGORIES = Object.freeze([
  ['donation', 'Donation asks'],
  ['notification', 'Notification prompts'],
  ['login', 'Login and registration prompts'],
  ['paywall', 'Subscription prompts'],
  ['newsletter', 'Newsletter boxes'],
  ['cookie', 'Cookie banners'],
  ['app-banner', 'Open-in-app banners'],
  ['adblock-wall', 'Ad-blocker walls'],
]);
