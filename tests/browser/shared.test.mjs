// The popup's and options page's pure helpers (no browser): plain reasons
// from engine evidence, filter lines from items, and the import preview's
// diff of two rule sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainEvidence, plainReason, plainPaywall, categoryName } from '../../extension/shared/words.js';
import { filterLines } from '../../extension/shared/filters.js';
import { diffRules, describeDiff, siteLabel } from '../../extension/shared/rules-diff.js';

test('evidence in plain words: the page\'s own wording, vendors named, internals dropped', () => {
  const item = { category: 'donation', text: 'Your support helps us to tell the story. Join 40,000 readers.' };
  assert.equal(plainEvidence('phrase "your support helps us" (en)', item), 'matched “Your support helps us”');
  assert.equal(plainEvidence('phrase "join # readers" (en)', item), 'matched “Join 40,000 readers”');
  assert.equal(plainEvidence('hint "onetrust"', { category: 'cookie' }), 'cookie-consent box (OneTrust)');
  assert.equal(plainEvidence('hint "newsletter-box"', { category: 'newsletter' }), 'the site calls it “newsletter-box”');
  assert.equal(plainEvidence('backdrop of hidden overlay node 221'), 'the dark layer behind a hidden pop-up');
  assert.equal(plainEvidence('seeds at 3.0'), '');
  assert.equal(plainReason({ ...item, evidence: ['phrase "your support helps us" (en)', 'seeds at 3.0', 'overlay'], parts: 2 }),
    'matched “Your support helps us”; drawn over the page; with the dark layer behind it');
  assert.deepEqual(plainPaywall(['JSON-LD isAccessibleForFree=false', 'JSON-LD isAccessibleForFree=false on .paywall', 'subscription prompt says "articles left"']),
    ['the page tells search engines the article is for subscribers', 'a subscription prompt says “articles left”']);
  assert.equal(categoryName('app-banner'), 'Open-in-app banners');
  assert.equal(categoryName('rule'), 'Hidden by your rules');
});

test('filter lines: stable selector first, backdrops after, duplicates once, fragile ones marked', () => {
  const text = filterLines('example.com', [
    { category: 'login', selector: 'html > body > div:nth-child(5)', stable: { selector: 'div.modal', how: 'class' }, also: ['html > body > div:nth-child(4)'], alsoStable: [{ selector: 'div.modal-backdrop', how: 'class' }] },
    { category: 'donation', selector: 'html > body > div:nth-child(2)', stable: { selector: 'html > body > div:nth-child(2)', how: 'path' } },
    { category: 'login', selector: 'x', stable: { selector: 'div.modal', how: 'class' } },
  ], 'https://example.com/a');
  assert.equal(text, [
    '! quietpage findings for https://example.com/a',
    '! login', 'example.com##div.modal', 'example.com##div.modal-backdrop',
    '! donation (by position: may break when the page changes)', 'example.com##html > body > div:nth-child(2)',
    '',
  ].join('\n'));
});

test('import diff: added rules, sites, what is replaced, nothing new', () => {
  const before = { version: 1, sites: { 'a.com': { hide: ['.old'] }, 'c.com': { keep: ['.k'] } } };
  const filters = { version: 1, sites: { 'a.com': { hide: ['.old', '.new'] }, 'b.com': { hide: ['.x', '.y'], keep: ['.z'] }, 'c.com': { keep: ['.k'] } } };
  const d = diffRules(before, filters);
  assert.deepEqual([d.hide, d.keep, d.sites, d.replaced, d.nothing], [3, 1, ['a.com', 'b.com'], [], false]);
  assert.equal(describeDiff(d), 'Adds 3 hide rules and 1 never-hide rule for 2 sites (a.com, b.com); replaces nothing.');
  const json = { version: 1, sites: { 'a.com': { hide: ['.other'] }, 'c.com': { keep: ['.k'] } } };
  assert.equal(describeDiff(diffRules(before, json)), 'Adds 1 hide rule for 1 site (a.com); replaces the rules of a.com.');
  assert.equal(diffRules(before, before).nothing, true);
  const pause = diffRules(before, { ...before, sites: { ...before.sites, '*': { enabled: false } } });
  assert.equal(describeDiff(pause), 'Changes settings for 1 site (All sites); replaces nothing.');
  assert.equal(siteLabel('*'), 'All sites');
});
