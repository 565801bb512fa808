// Words for readers: category names, and the engine's evidence put
// plainly. The engine's evidence strings (src/classify/mod.rs evidence_of)
// are for `quietpage explain`; the popup says the same in a sentence and
// keeps the raw strings behind "Advanced". Pure functions (no DOM), so
// that node tests can check them.
import { CATEGORIES } from './protocol.js';

const NAMES = new Map(CATEGORIES);

/** Friendly category name ("rule": a block only the reader's rule hides). */
export function categoryName(key) {
  return NAMES.get(key) ?? (key === 'rule' ? 'Hidden by your rules' : 'Other');
}

/** Vendor widgets a hint names, by the token the engine matched. */
const VENDORS = [
  [/onetrust|optanon/, 'OneTrust'], [/cookiebot|cybot/, 'Cookiebot'], [/didomi/, 'Didomi'],
  [/quantcast|qc-cmp/, 'Quantcast'], [/sourcepoint|sp_message/, 'Sourcepoint'], [/usercentrics/, 'Usercentrics'],
  [/trustarc|truste/, 'TrustArc'], [/cookielaw/, 'OneTrust'], [/iubenda/, 'iubenda'], [/onesignal/, 'OneSignal'],
  [/pushcrew|webpush|push-notification/, 'web push'], [/smartbanner|smart-app-banner/, 'Smart App Banner'],
  [/piano|tinypass/, 'Piano'], [/admiral/, 'Admiral'], [/blockthrough|pagefair/, 'an ad-blocker detector'],
];

/** What a box of each category is called in a sentence. */
const BOX = {
  donation: 'donation box', notification: 'notification prompt', login: 'sign-in prompt', paywall: 'subscription box',
  newsletter: 'newsletter sign-up box', cookie: 'cookie-consent box', 'app-banner': 'app banner', 'adblock-wall': 'ad-blocker wall',
};

/** The words of `phrase` (engine form: lower case, `#` for a number) as the page writes them. */
function asWritten(phrase, text) {
  const esc = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/#/g, '\\d[\\d.,]*').replace(/'/g, "['’]").replace(/\s+/g, '\\s+');
  try {
    const m = new RegExp(esc, 'iu').exec(text ?? '');
    if (m) return m[0];
  } catch { /* fall through */ }
  return phrase.replace(/#/g, 'N');
}

/** One evidence string in plain words ('' when it says nothing to a reader). */
export function plainEvidence(e, item = {}) {
  let m;
  if ((m = /^phrase "(.*)" \([\w-]+\)$/.exec(e))) return `matched “${asWritten(m[1], item.text)}”`;
  if ((m = /^hint "(.*)"$/.exec(e)) || (m = /^hint \.?(\S+)$/.exec(e))) {
    const vendor = VENDORS.find(([re]) => re.test(m[1]));
    const box = BOX[item.category] ?? 'box';
    return vendor ? `${box} (${vendor[1]})` : `the site calls it “${m[1]}”`;
  }
  if (/^backdrop of hidden overlay/.test(e)) return 'the dark layer behind a hidden pop-up';
  if (e === 'overlay') return 'drawn over the page';
  if (e === 'email field' || e === 'form with email field') return 'asks for your email address';
  if (e === 'per-site hide rule') return 'your rule for this site';
  if (/^wording spread/.test(e)) return 'its wording across the whole box';
  if ((m = /^subscription prompt says "(.*)"$/.exec(e))) return `a subscription prompt says “${m[1]}”`;
  if (/^JSON-LD isAccessibleForFree=false/.test(e)) return 'the page tells search engines the article is for subscribers';
  if (/^(score|seeds? at|\+h\d|Block@)/.test(e)) return '';
  return e;
}

/** The first two plain reasons of an item, as one sentence. */
export function plainReason(item) {
  const out = [];
  for (const e of item.evidence ?? []) {
    const p = plainEvidence(e, item);
    if (p && !out.includes(p)) out.push(p);
    if (out.length === 2) break;
  }
  if (item.parts > 1) out.push('with the dark layer behind it');
  return out.join('; ');
}

/** The paywall finding in plain words, each reason once. */
export function plainPaywall(evidence) {
  return [...new Set((evidence ?? []).map((e) => plainEvidence(e)).filter(Boolean))];
}

/** How a rule's selector names its element, for the reader. */
export const HOW = {
  id: 'by its id',
  class: 'by its class names',
  attribute: 'by its attributes',
  inside: 'by its place inside a named box',
  path: 'by its position only: it may break when the page changes',
};
