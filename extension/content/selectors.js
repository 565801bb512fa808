// quietpage content script, part 1b: naming elements, for readers and for
// rules.
//
// A rule saved from a pick, from "Never hide" or exported as a filter line
// must still find its element after the page changes a little, so it names
// the element by what the site wrote on purpose (an id, a distinctive class,
// a meaningful attribute) and falls back to an nth-child path, which breaks
// as soon as a sibling is added, only when nothing else is unique. `how`
// says which, so that the reader can be told.
(() => {
  'use strict';
  const QP = (globalThis.__quietpage ??= {});

  const cssEscape = (s) => (globalThis.CSS?.escape ? CSS.escape(s) : String(s).replace(/[^\w-]/g, (c) => `\\${c}`));

  /** Names that a build tool or a framework makes up, or that change with state: never stable. */
  const UNSTABLE_NAME = [
    /\d{3,}/,                          // long digit runs: build or record ids
    /^(css|sc|jsx|emotion|styled|svelte|astro|ng|v)-[\w-]*$/i, // CSS-in-JS and framework scoping
    /[a-z]+_{1,2}[A-Za-z0-9]{5,}$/,    // CSS modules: name__hash
    /^[A-Za-z0-9]{12,}$/,              // long run without separators: a hash
    /^(is|has)-/,                      // state: is-open, has-focus
    /^(show|shown|open|opened|active|visible|hidden|in|fade|collapse|collapsed|expanded|sticky|fixed|ng-\w+)$/,
  ];
  /** Attributes that name what an element is, in order of preference. */
  const STABLE_ATTRS = ['data-testid', 'data-test', 'data-qa', 'data-component', 'data-module', 'aria-label', 'role', 'name', 'data-name', 'data-type'];
  const MAX_ATTR_VALUE = 60;
  const MAX_CLASSES = 3;

  // styled-components and the like: `kPtrWq`, short, capitals inside.
  const camelHash = (s) => !/[-_]/.test(s) && s.length <= 10 && (s.slice(1).match(/[A-Z]/g)?.length ?? 0) >= 2;
  // A hashed segment: `c-3f9a0b`, `box_a8f2k1`.
  const hashedPart = (s) => s.split(/[-_]/).some((seg) => seg.length >= 5 && (seg.match(/\d/g)?.length ?? 0) >= 2 && /[A-Za-z]/.test(seg));
  const stableName = (s) => !!s && s.length <= 40 && !UNSTABLE_NAME.some((re) => re.test(s)) && !camelHash(s) && !hashedPart(s);

  function rootOf(el) {
    const r = el.getRootNode?.();
    return r && r.querySelectorAll ? r : document;
  }

  /**
   * Whether `sel` matches `el` alone. The first match is asked first: when
   * it is another element the answer is no without listing every match
   * (on the page of 100,000 nags a list of all `div.nl` was 11 ms a call).
   */
  function unique(root, sel, el) {
    try {
      if (root.querySelector(sel) !== el) return false;
      const second = secondByClass(root, sel, el);
      if (second !== undefined) return !second;
      return root.querySelectorAll(sel).length === 1;
    } catch { return false; }
  }

  /**
   * For `tag.class…` (how class names are tried): whether an element other
   * than `el` matches, from the live collection of those classes read one
   * by one (the first 100,000 nags' `div.nl` was a list of 100,000 made to
   * learn there is a second); undefined for any other selector, or when
   * more than COUNT_CAP carry the classes under another tag.
   */
  const TAG_CLASSES = /^([a-z][a-z0-9-]*)((?:\.[A-Za-z_-][\w-]*)+)$/;
  function secondByClass(root, sel, el) {
    const m = TAG_CLASSES.exec(sel);
    if (!m || !root.getElementsByClassName) return undefined;
    const all = root.getElementsByClassName(m[2].slice(1).split('.').join(' '));
    for (let i = 0, e = item.call(all, 0); e; i += 1, e = item.call(all, i)) {
      if (i > COUNT_CAP) return undefined;
      if (e !== el && e.localName === m[1]) return true;
    }
    return false;
  }

  // Classes are ranked by how many elements carry them, counted up to
  // this many: a live collection read to one past it walks no further.
  const COUNT_CAP = 1024;
  const { item } = QP.dom;

  /** How many elements under `root` carry class `c` (COUNT_CAP + 1: more). */
  function classCount(root, c) {
    if (!root.getElementsByClassName) return root.querySelectorAll(`.${cssEscape(c)}`).length;
    const all = root.getElementsByClassName(c);
    return item.call(all, COUNT_CAP) === null ? all.length : COUNT_CAP + 1;
  }

  /** Up to MAX_CLASSES distinctive classes, the rarest on the page first. */
  function goodClasses(root, el) {
    const cls = [...el.classList].filter(stableName);
    const counts = cls.map((c) => { try { return [c, classCount(root, c)]; } catch { return [c, Infinity]; } });
    return counts.sort((a, b) => a[1] - b[1]).slice(0, MAX_CLASSES).map(([c]) => `.${cssEscape(c)}`);
  }

  /** A selector for `el` alone by its own name, or null. */
  function ownName(root, el) {
    const tag = el.localName;
    if (stableName(el.id) && unique(root, `#${cssEscape(el.id)}`, el)) return { selector: `#${cssEscape(el.id)}`, how: 'id' };
    const classes = goodClasses(root, el);
    for (let n = 1; n <= classes.length; n += 1) {
      const sel = tag + classes.slice(0, n).join('');
      if (unique(root, sel, el)) return { selector: sel, how: 'class' };
    }
    for (const a of STABLE_ATTRS) {
      const v = el.getAttribute(a);
      if (!v || v.length > MAX_ATTR_VALUE || /\d{4,}/.test(v)) continue;
      const sel = `${tag}[${a}="${v.replace(/["\\]/g, '\\$&')}"]`;
      if (unique(root, sel, el)) return { selector: sel, how: 'attribute' };
      if (classes.length && unique(root, tag + classes.join('') + sel.slice(tag.length), el)) {
        return { selector: tag + classes.join('') + sel.slice(tag.length), how: 'attribute' };
      }
    }
    return null;
  }

  /**
   * A selector that picks `el` alone: {selector, how}, `how` one of 'id',
   * 'class', 'attribute', 'inside' (a named ancestor plus a distinctive
   * descendant step) or 'path' (nth-child steps: the last resort).
   */
  function stableSelector(el) {
    const root = rootOf(el);
    const own = ownName(root, el);
    if (own) return own;
    // A named ancestor, then this element by tag and classes beneath it.
    const classes = goodClasses(root, el).join('');
    let depth = 0;
    for (let a = el.parentElement; a && a !== document.documentElement && depth < 6; a = a.parentElement, depth += 1) {
      const named = ownName(root, a);
      if (!named) continue;
      for (const step of [`${el.localName}${classes}`, el.localName]) {
        const sel = `${named.selector} ${step}`;
        if (unique(root, sel, el)) return { selector: sel, how: 'inside' };
      }
      break;
    }
    return { selector: nthPath(root, el), how: 'path' };
  }

  /**
   * A class name `el` shares with other elements, when every element it
   * names passes `accept` (remembered selectors: all of them hidden nags).
   * For a block with no name of its own: a site's repeated promo boxes.
   * `{selector, how: 'shared'}` or null.
   */
  function sharedName(el, accept) {
    const root = rootOf(el);
    const classes = goodClasses(root, el);
    for (let n = 1; n <= classes.length; n += 1) {
      const sel = el.localName + classes.slice(0, n).join('');
      let found;
      try { found = root.querySelectorAll(sel); } catch { continue; }
      if ([...found].every(accept)) return { selector: sel, how: 'shared' };
    }
    return null;
  }

  /**
   * Names for a nag block that has no id or class of its own, for the
   * selectors remembered per site (remember.js), which must never be
   * nth-child paths. Each candidate names the block by what the site wrote
   * on purpose: what it says it is (role, aria-*, data-* attributes), where
   * it sends the reader (another host's form, frame or link), or where it
   * sits (a named ancestor and a short chain of tag steps). They are tried
   * from the most to the least specific to the block itself; the caller
   * keeps the first whose every match on the page is a hidden nag block.
   */
  const NAG_ATTR = /^(role|aria-(label|modal|live|roledescription)|data-[a-z][\w-]*|name|type)$/;
  /** Attributes carrying a destination, per tag, for a box's `:has()` signature. */
  const DESTINATION = { form: 'action', iframe: 'src', a: 'href' };
  /** Ancestors climbed for a named anchor (so at most this many steps below it); candidates tried per block. */
  const MAX_CHAIN = 4;
  const MAX_CANDIDATES = 24;

  const cssString = (v) => `"${String(v).replace(/["\\]/g, '\\$&').replace(/\s+/g, ' ')}"`;
  const stableValue = (v) => v.length <= MAX_ATTR_VALUE && !/\d{4,}/.test(v) && !/[{}<>]/.test(v) && !hashedPart(v);

  /** What names a box most narrowly first: its label and data attributes say which box; role, type and name say what kind. */
  const ATTR_RANK = [/^aria-label/, /^data-/, /^aria-/, /./];

  /** `[attr="value"]` steps for what the element says it is, best first (ATTR_RANK). */
  function attrSteps(el) {
    const out = [];
    for (const { name, value } of el.attributes) {
      if (!NAG_ATTR.test(name) || name.startsWith('data-quietpage')) continue;
      const rank = ATTR_RANK.findIndex((re) => re.test(name));
      if (value === '') out.push({ rank, step: `[${name}]` });
      else if (stableValue(value)) out.push({ rank, step: `[${name}=${cssString(value)}]` });
    }
    return out.sort((a, b) => a.rank - b.rank).map((a) => a.step);
  }

  /**
   * Where `el` (a form, frame or link) sends the reader, as attribute
   * steps: another host by its name, and the exact value the site wrote
   * (`a[href="/abo"]`) when it looks stable. Both: a menu's links may all
   * go to one host, and a saved page's links to its own site are to
   * another host once it is served from elsewhere.
   */
  function destinationSteps(el) {
    const attr = DESTINATION[el.localName];
    const v = attr && el.getAttribute(attr);
    if (!v) return [];
    let host;
    try { host = new URL(v, location.href).hostname; } catch { return []; }
    const out = [];
    if (host && host !== location.hostname && /^[\w.-]+$/.test(host)) out.push(`${el.localName}[${attr}*=${cssString(`//${host}`)}]`);
    if (stableValue(v) && !/[?#]/.test(v)) out.push(`${el.localName}[${attr}=${cssString(v)}]`);
    return out;
  }

  /** Text-free signatures of what a box holds, after its destinations (see hasSteps). */
  const HOLDS = ['form', 'iframe', 'input[type="email"]', 'video', 'button', 'img'];

  /**
   * `:has(…)` steps for a box, most telling first: where its first forms,
   * frames and links send the reader, then what kind of thing it holds.
   */
  function hasSteps(el) {
    const out = [];
    for (const d of [...el.querySelectorAll('form[action], iframe[src], a[href]')].slice(0, 3)) {
      for (const step of destinationSteps(d)) if (!out.includes(`:has(${step})`)) out.push(`:has(${step})`);
    }
    for (const h of HOLDS) if (el.querySelector(h)) out.push(`:has(${h})`);
    return out.slice(0, 5);
  }

  /** One step of a chain: the tag, with a stable class if it has one (shared is fine: the chain is checked whole). */
  function chainStep(root, el) {
    const cls = goodClasses(root, el)[0];
    return el.localName + (cls ?? '');
  }

  /** Candidate selectors for `el`, best first (see NAG_ATTR); each still to be checked on the page. */
  function structuralCandidates(el) {
    const root = rootOf(el);
    const tag = el.localName;
    const cls = goodClasses(root, el).slice(0, 2).join('');
    // An id the site repeats (two copies of one box): fine when every copy is a nag.
    const id = stableName(el.id) && /^[A-Za-z][\w-]*$/.test(el.id) ? [`${tag}#${el.id}`] : [];
    const own = [...id, ...attrSteps(el).map((a) => tag + cls + a), ...destinationSteps(el)];
    const has = hasSteps(el).map((h) => tag + cls + h);
    const lasts = [...own, ...has, ...(cls ? [tag + cls] : []), tag];
    // A named ancestor, then child steps of tag names (and stable classes) down to the block.
    const anchored = [];
    const mids = [];
    for (let a = el.parentElement, n = 0; a && a !== document.documentElement && n < MAX_CHAIN; a = a.parentElement, n += 1) {
      const named = a === document.body ? { selector: 'body' } : ownName(root, a);
      if (named) {
        const prefix = [named.selector, ...mids].join(' > ');
        // `body > div` names whatever a page puts there: a bare tag needs a named anchor.
        for (const last of lasts) if (named.selector !== 'body' || last !== tag) anchored.push(`${prefix} > ${last}`);
        break;
      }
      mids.unshift(chainStep(root, a));
    }
    // Unanchored `:has()` last: it also matches every ancestor of what it names.
    return [...own, ...anchored, ...has].slice(0, MAX_CANDIDATES);
  }

  /** nth-child steps up to the nearest ancestor with a unique id. */
  function nthPath(root, el) {
    const steps = [];
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      if (e.id && unique(root, `#${cssEscape(e.id)}`, e)) { steps.push(`#${cssEscape(e.id)}`); break; }
      const parent = e.parentElement;
      if (!parent) { steps.push(e.localName); break; }
      // Counted back along the siblings: listing 100,000 children was
      // 26-264 ms (a wrapper each, the first time).
      let i = 1;
      for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i += 1;
      steps.push(`${e.localName}:nth-child(${i})`);
    }
    if (steps.length && !steps[steps.length - 1].startsWith('#') && el.getRootNode() === document) steps.push('html');
    return steps.reverse().join(' > ');
  }

  /** What a reader would call an element, by its tag. */
  const NOUNS = {
    img: 'image', picture: 'image', svg: 'image', figure: 'figure', video: 'video', audio: 'audio player',
    iframe: 'embedded frame', a: 'link', button: 'button', p: 'paragraph', h1: 'heading', h2: 'heading',
    h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', ul: 'list', ol: 'list', li: 'list item',
    nav: 'navigation', aside: 'side box', form: 'form', header: 'header', footer: 'footer', table: 'table',
    dialog: 'dialog', article: 'article', section: 'section', main: 'main content', input: 'field', span: 'text',
  };

  const shortText = (el, n = 30) => {
    const t = (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t;
  };

  /** A readable label: "image in article", "box: 'Sign up for…'". */
  function describe(el) {
    const role = el.getAttribute?.('role');
    let noun = role === 'dialog' || role === 'alertdialog' ? 'dialog' : NOUNS[el.localName] ?? 'box';
    const text = noun === 'image' ? (el.getAttribute('alt') ?? '').trim().slice(0, 30) : shortText(el);
    let where = '';
    const ctx = el.parentElement?.closest?.('article, main, header, footer, nav, aside, figure');
    if (ctx && ctx !== el) where = ` in ${NOUNS[ctx.localName] ?? ctx.localName}`;
    if (text) noun += `: '${text}'`;
    return noun + where;
  }

  QP.selectors = { stableSelector, sharedName, structuralCandidates, describe, shortText, nthPath };
})();
