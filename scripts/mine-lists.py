#!/usr/bin/env python3
"""Mine the annoyance filter lists for attribute hints and phrases.

    python3 scripts/mine-lists.py            # writes patterns/generated/*
    python3 scripts/mine-lists.py --check    # exits 1 if they are stale
    python3 scripts/mine-lists.py --report   # also prints what it dropped

Input: the element-hiding rules of the filter lists in ../shared/lists
(beside the checkout; see its README for the lists and their licences).
Output, checked in:

  patterns/generated/hints.txt    class/id tokens per category, hint format
  patterns/generated/phrases.txt  :has-text()/:contains() texts, phrase format

What is counted. Every `##` and `#?#` rule (`#$#` CSS injection, `#%#`
scriptlets, `##+js(...)`, `##^` HTML filters and `:style()` rules are
ignored) is split into its complex selectors. From each one's *subject*
(the last compound: the element the rule hides, not its ancestors such as
`.entry-content >`) come the class and id names and the values of
`[class=..]`, `[class^=..]`, `[class*=..]`, `[id^=..]` etc. (not `$=`: a
suffix may start inside a word, and a hint only matches where a token
starts); from its `:has()` / `:-abp-has()` arguments, every name (they are
parts of the hidden element). A subject picked by a filter (`:has()`,
`:has-text()`) gives only its arguments' names: `div.factbox:has-text(..)`
says nothing about `factbox`. A compound of more than MAX_COMPOUND_NAMES
names (`.fixed.rounded-lg.bg-gray-100`) is utility styling and gives none.
`:not()` arguments are skipped. Only names and prefixes cut at a separator
(`[class^="newsletter-"]`) can become hints; other `^=`/`*=` values
(`[class*="ewslett"]`) count as evidence for the hints that match them.

Each occurrence gets a category: the token's own wording if it names
exactly one (WORDING: `donat`, `paywall`, `regwall`, `adblock`,
`app-banner`, `newsletter`, `push`...; OTHER wording such as `telegram`,
`google-news`, `chat` makes it "other" whatever else it says), else the
list's category (cookies, newsletters, notifications, mobile-app banners),
else the category of the `!` section it stands in (SECTION_CATEGORY:
AdGuard's "Anti-adblock", "Push notifications", "Subscriptions"; uBlock's
"START: Anti-adblock"), else "other": an annoyance that is none of ours
(chat widgets, social bars, "related posts"). "other" takes part in the
dominance test, so a token that hides unrelated annoyances as often as
nags of one category is not evidence.

Counting over DISTINCT SITES (`www.` stripped). A hint matches where a
token starts and may run on, so the count of a candidate is over every
selector token it would match (`mailpoet_form` counts the sites of
`mailpoet_form_popup` too) that the hand-written hints do not already
give a category (there they decide, and a generated hint adds nothing).
A rule naming many domains (one publisher's network of local papers, one
CMS) contributes at most RULE_SITE_CAP of them: it is one maintainer's
observation, not fifty. A generic rule (`##.x`, `*##.x`) is a vendor rule
maintained for every site, but the cookie lists make thousands of them
from one site each: it counts as GENERIC_SITES sites. Every exception
(`site#@#.x`) for a site that is not itself in the token's rules subtracts
one: a site where the generic rule misfired is evidence against it.

Filters (in this order; --report counts each): tokens shorter than
MIN_TOKEN_CHARS; not plain `[a-z_-]` (escapes, non-ASCII); with digits
(`block-34`, `sc-1x2y3z`, `jsx-123`); hashed (css-modules and
styled-components prefixes, vowel-less pieces); stop words: one stop word
however written (`sub-scribe`, `suscribe`), or made only of stop words
and pieces shorter than MIN_PIECE_CHARS (`entry-content`,
`privacypolicy`, `wp-block-group`), unless its wording names a category
(`mobile-app`); naming article markup (a hand-written @content hint);
covered by a hand-written hint (patterns/hints.txt gives it a category
where one of its tokens starts: hand-written wins, same category or not);
a hand-written token cut short (`cooki`: the same word, matching
`cooking` too); no clear category (the best category needs DOMINANCE
times the site count of all others, "other" included); too few sites:
MIN_SITES_NAMED when its wording names the category, MIN_SITES_UNNAMED
when not (a UI word such as `ng-scope` or `offcanvas` gathers a few cookie
sites only because the cookie lists are the largest); and finally covered
by a shorter generated token of the same category and weight.

Weights: 2 (HINT_SUPPORT: structure for the category, never a nag by
itself) from the minimum; 3 from STRONG_SITES sites (weighs more in the
choice of category). Never 4 (HINT_SEED: hidden alone with text): with the
strong tokens at 4, the corpus lost no article line but "Get App", "Mobile
Apps" and "Suscríbete" menu links were hidden and a paywall box became a
newsletter one; seeding stays with vendor markup checked by hand.

Phrases: the plain texts of `:has-text()`, `:contains()` and
`:-abp-contains()` (regular expressions skipped), normalised like page
text, at least MIN_PHRASE_CHARS long, not already in a hand-written phrase
file, categorised and counted like tokens (TEXT_WORDING, then list, then
section), on at least MIN_PHRASE_SITES distinct sites unless the text's
own words name its category ("BT in your inbox" is one site's wording).
Weight 2; 3 when long and distinctive (LONG_PHRASE_WORDS words,
LONG_PHRASE_CHARS characters, STRONG_PHRASE_SITES sites). A text holding a
hand-written phrase is kept only if every such phrase is of its category
and weaker: the automaton takes the longest match, so it would take the
hand-written phrase's place. Within a category, phrases are grouped by a
language guessed from their script or their sites' country domains (a
comment; the engine loads the file as language "lists").

Standard library only; output is sorted, so a re-run gives the same bytes.
"""

import argparse
import difflib
import functools
import hashlib
import os
import re
import signal
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LISTS = os.path.join(ROOT, "..", "shared", "lists")
OUT_DIR = os.path.join(ROOT, "patterns", "generated")
COMMAND = "python3 scripts/mine-lists.py"

CATEGORIES = [
    "donation", "notification", "login", "paywall",
    "newsletter", "cookie", "app-banner", "adblock-wall",
]
OTHER = "other"

# --- Thresholds (see the docstring) ------------------------------------------

MIN_TOKEN_CHARS = 5
GENERIC_SITES = 2
RULE_SITE_CAP = 2
MAX_COMPOUND_NAMES = 2
MIN_SITES_NAMED = 3
STRONG_SITES = 10
MIN_SITES_UNNAMED = STRONG_SITES
DOMINANCE = 2.0

MIN_PHRASE_CHARS = 8
MIN_PHRASE_SITES = 3
LONG_PHRASE_WORDS = 4
LONG_PHRASE_CHARS = 24
STRONG_PHRASE_SITES = 3

# --- Categories of the lists and of their sections ------------------------

# Lists of one category, by a word of the file name.
LIST_CATEGORY = [
    ("cookies", "cookie"),
    ("newsletters", "newsletter"),
    ("notifications", "notification"),
    ("mobile-app-banners", "app-banner"),
]

# Section comments of the mixed lists (popups, others, annoyances,
# widgets): AdGuard's `! SECTION: Name - part`, uBlock's `! START: Name`.
# Matched against the lower-cased section name; the first match wins;
# sections not listed are mixed ("Popups - Regular rules", "Self-promo",
# "Widgets"), where only a token's own wording gives its category.
SECTION_CATEGORY = [
    ("anti-adblock", "adblock-wall"),
    ("push notifications", "notification"),
    # AdGuard's "Subscriptions": email sign-up boxes and pop-ups.
    ("subscriptions", "newsletter"),
]

# A token's or text's own wording: a category whose words it contains
# (WORDING: anywhere, lower case; WORDING_PIECES: as a whole piece between
# '-' and '_'). A token naming two categories falls back to the list's or
# section's category if that is one of them, else it is "other". A token
# that names its category this way needs MIN_SITES_NAMED sites; one that
# does not, MIN_SITES_UNNAMED: a generic UI word (`ng-scope`, `flash`,
# `offcanvas`) gathers a few cookie sites only because the cookie lists
# are the largest.
WORDING = {
    "donation": ["donat", "donor", "fundrais", "crowdfund", "patreon", "ko-fi",
                 "buymeacoffee", "spende", "spenden", "doacao"],
    # Push-permission prompts; "notification" alone is any site message.
    "notification": ["push", "onesignal", "notification-prompt", "notifications-prompt",
                     "notification-permission", "notify-prompt", "browser-notif",
                     "desktop-notif", "bildirim", "powiadom"],
    "login": ["regwall", "reg-wall", "registration-wall", "loginwall", "login-wall",
              "signin-wall", "login-modal", "loginmodal", "login-popup",
              "register-modal", "signin-modal", "signup-wall", "auth-wall",
              "login-prompt", "signin-prompt"],
    "paywall": ["paywall", "pay-wall", "metered", "meter-wall", "meterwall",
                "premium-wall", "subscription-wall", "subscribe-wall"],
    "newsletter": ["newsletter", "news-letter", "newslet", "nieuwsbrief", "infolettre",
                   "mailchimp", "mc4wp", "mailpoet", "mailerlite", "mailmunch",
                   "mailing", "mail-maga", "mailmaga", "sendinblue", "omnisend",
                   "beehiiv", "substack", "formkit", "convertkit", "klaviyo",
                   "sailthru", "optinmonster", "optin", "opt-in", "subscri",
                   "suscri", "subcri", "subscibe", "signup", "sign-up", "email-sub",
                   "emailsub", "email-capture", "emailcapture", "boletin", "bulten"],
    "cookie": ["cookie", "cooki", "cokie", "coki", "coock", "kooki", "consent",
               "gdpr", "rgpd", "dsgvo", "dsvgo", "lgpd", "ccpa", "cnil", "cerez",
               "ciast", "ciach", "koekje", "keks", "kolac", "biscuit",
               "onetrust", "cookiebot", "didomi", "usercentrics", "trustarc",
               "cmplz", "tarteaucitron", "axeptio", "cmpbox", "quantcast"],
    "app-banner": ["app-banner", "appbanner", "smartbanner", "smart-banner",
                   "smart-app", "smartapp", "open-in-app", "openinapp",
                   "app-promo", "apppromo", "download-app", "downloadapp",
                   "app-download", "appdownload", "get-app", "getapp", "install-app",
                   "app-install", "installapp", "appinstall", "google-play",
                   "googleplay", "play-store", "playstore", "app-store", "appstore",
                   "mobileapp", "mobile-app", "openapp", "open-app"],
    "adblock-wall": ["adblock", "ad-block", "adblk", "anti-adb", "antiadb",
                     "blockadblock", "adsblock", "adblocker", "ad-blocker"],
    # Annoyances that are none of ours, whatever list or section they are
    # in: AdGuard's "Subscriptions" also holds "follow us on Telegram /
    # Google News"; chat, feedback and recommendation widgets.
    OTHER: ["telegram", "teleg", "whatsapp", "facebook", "twitter", "instagram",
            "youtube", "tiktok", "pinterest", "linkedin", "viber", "vkontakte",
            "google-news", "googlenews", "google_news", "gnews", "preferred-source",
            "google-preferred", "feedly", "follow",
            "social", "chat", "messenger", "intercom", "zendesk", "tawk", "jivo",
            "feedback", "survey", "rating", "review", "poll", "recommend",
            "related", "outbrain", "taboola", "roadblock"],
}
WORDING_PIECES = {
    "newsletter": {"nl", "nws"},
    "cookie": {"cmp", "rodo", "cky"},
    "app-banner": {"pwa"},
    "adblock-wall": {"adb", "abp"},
}

# The same for texts (normalised text; a phrase is words, so fewer forms).
TEXT_WORDING = {
    "donation": ["donat", "spende", "spenden", "patreon", "contribute"],
    "notification": ["notification", "benachrichtigung", "powiadomien",
                     "уведомлен"],
    "paywall": ["paywall"],
    "newsletter": ["newsletter", "nieuwsbrief", "infolettre", "inbox",
                   "mailing list", "рассылк", "розсилк"],
    "app-banner": ["the app", "our app", "open app", "in app", "get app",
                   "app store", "google play", "приложени", "アプリ"],
    "cookie": ["cookie", "consent", "gdpr"],
    "adblock-wall": ["adblock", "ad blocker", "ad-blocker", "ad block",
                     "werbeblocker", "bloqueur de pub"],
    OTHER: ["telegram", "whatsapp", "google news", "facebook", "twitter",
            "instagram", "youtube", "follow us", "viber"],
}

# --- The stop lists -------------------------------------------------------

# A token is split into pieces at '-' and '_'; a token whose pieces are all
# stop words (or shorter than MIN_PIECE_CHARS) names where or how something
# is shown, not what it asks for, and is dropped, unless its wording names a
# category (WORDING: "mobile-app", "email-sub" are made of broad words). As hints such tokens would
# mark article containers ("entry-content", "post-body") or every pop-up of
# a page as one category. (A token with one real word among them stays:
# "mailpoet_form_popup" is about mailpoet.)

# Generic words of page layout.
LAYOUT_WORDS = """
    content contents article articles post posts main header footer sidebar
    widget widgets container wrapper wrap wrp inner outer holder section
    sections panel panels page pages layout column columns row rows grid
    body area areas region zone frame card cards module modules component
    components element elements entry entries story stories single home
    front part parts site sites web template theme unit units slot slots
    block blocks box boxes bar bars strip rail right-rail left right top
    bottom center centre middle side aside inset global general common
    default custom main-content page-content wrapper-inner container-fluid
    position fixed sticky absolute relative floating float full wide small
    large narrow mobile desktop tablet phone screen view views
    bandeau barra baner banniere leiste kasten caja cuadro
""".split()

# Generic UI: kinds of widget, their parts and their states. The nags use
# them, and so does everything else.
UI_WORDS = """
    modal modals popup popups pop pop-up overlay overlays banner banners
    dialog dialogs lightbox backdrop background mask shade shadow darken
    dim dimmer curtain layer layers toast toasts snack snackbar snackbars
    alert alerts alerta alerte notice notices message messages msg note
    notes info infos information inform warning warnings hint hints tip
    tips tooltip bubble popover flyout drawer slide slider slidein slide-in
    sliding tab tabs accordion collapse carousel reveal
    close closer closed open opened opening show shown showing hide hidden
    visible invisible active inactive enabled disabled enter entering exit
    exiting leave done appear fade fading in out on off
    button buttons btn link links list item items form forms input inputs
    field fields submit label title text texts heading subtitle caption
    image images img icon icons logo picture photo media video
    cta call-to-action action actions call callout promo promos teaser
    teasers ad ads advert adverts advertisement sponsor sponsored embed
    inline flex loader loading spinner glass important attention
    aviso hinweis melding meldung avviso uwaga
    flash growl growls toastify offcanvas
    dismissible dismiss notifier notify group quote brand primary
    secondary scroll scrollable moved inserted applied focus node trigger
    badge badges gradient hat nav inside col cols view
    cdk mui mat mfp swal noty tingle remodal modaal fancybox featherlight
    colorbox magnific bootstrap foundation uk wp wpb vc td tdb et elementor
    divi avada fusion astra kadence gutenberg jet shopify shopify-section
    wix squarespace sqs webflow hubspot hs ng vue react
""".split()

# Parts of an article: a nag may sit in one, and so does the article.
ARTICLE_WORDS = """
    fact facts factbox infobox info-box pullquote blockquote quote summary
    keypoints highlights timeline gallery caption byline author authors
    dateline date tags tag breadcrumb breadcrumbs comments comment table
    toc related-posts after-post article-after before-post in-article
    inarticle storyelement paragraph paragraphs separator divider spacer
    copyright prefooter subfooter blog blogs index anchor shortcode ticker
""".split()

# Utility CSS (Tailwind, Bootstrap, WordPress block styles): how a box
# looks, on any box.
CSS_WORDS = """
    has is rounded round border borders bg background color colour colors
    dark light gray grey white black blue red green yellow orange pink
    purple flow constrained style styles styled flex gap padding margin
    justify align aligned items center text-center lg md sm xs xl xxl
    width height max min auto fit cover contain relative static transition
    transform animate animated animation ease duration opacity clearfix
""".split()

# Words too broad on their own, though nags use them: the topics and verbs
# of everything on a page.
BROAD_WORDS = """
    news feed feeds recent related latest popular trending more read
    share social follow email emails mail e-mail privacy policy policies
    terms legal rules data personal protection compliance tracking
    analytics settings preferences options choices manage management
    notification notifications subscribe subscription subscriptions
    signup sign-up login register account user users member members
    offer offers download install app apps store shop cart checkout product
    accept agree confirm allow deny decline reject ok yes no thanks
    channel channels contract smart android ios google apple whitelist
    letter bell free premium plus pro agreement disclaimer application
    connect connected stay qrcode qr-code sub subs
    subscriber subscribers suscribe suscribete suscripcion suscripciones
    suscription subcribe subscibe abonnement abonnieren abonner abonnez
    abonnes iscriviti abbonamento abbonati assinatura assine inscreva
    inscription inscrivez anmelden registrieren connexion
    politica politika polityka politique richtlinie datenschutz privacidad
    privacidade confidentialite prywatnosc privacybeleid integritet
""".split()

STOP_WORDS = (set(LAYOUT_WORDS) | set(UI_WORDS) | set(ARTICLE_WORDS) | set(CSS_WORDS)
              | set(BROAD_WORDS))
MIN_PIECE_CHARS = 4
# Stop words a glued piece may be made of ("privacypolicy", "topinfo").
GLUE_WORDS = sorted(w for w in STOP_WORDS if len(w) >= 3 and "-" not in w)

# Prefixes of generated class names (css-modules, styled-components, JSX
# scopes): what follows is a build hash, not a word.
HASH_PREFIXES = ("sc-", "css-", "jsx-", "svelte-", "emotion-", "styled-",
                 "chakra-", "makestyles-", "jss")

VOWELS = set("aeiouy")

# --- Reading the lists ----------------------------------------------------

SEPARATOR = re.compile(r"#(@?)(\?|\$\??|%)?#")
DOMAIN_OK = re.compile(r"^[^/|^$\s\"'#]*$")
TEXT_PSEUDOS = ("has-text", "contains", "-abp-contains")
SELECTOR_PSEUDOS = ("has", "-abp-has", "is", "where", "matches", "if")
SKIP_PSEUDOS = ("style", "remove-attr", "remove-class", "matches-css",
                "matches-css-before", "matches-css-after", "matches-media")


def list_category(name):
    for word, cat in LIST_CATEGORY:
        if word in name:
            return cat
    return None


def section_category(comment):
    """What a `!` comment line does to the section stack: ("start", cat)
    with cat "" for a section of no category of ours, ("end", None), or
    None for any other comment. AdGuard writes `! SECTION: Name - part`
    (also `! SECTION[id=x]: ...`, and once `! ! SECTION: ...`) and ends it
    with `! !SECTION: ...`; uBlock writes `! START: Name` / `! END: Name`."""
    low = comment.lower()
    if re.match(r"^!\s*!section\b", low) or re.match(r"^!\s*end\s*:", low):
        return ("end", None)
    m = (re.match(r"^!\s*(?:!\s+)?section(?:\[[^\]]*\])?\s*:\s*(.*)$", low)
         or re.match(r"^!\s*start\s*:\s*(.*)$", low))
    if m:
        name = m.group(1)
        for word, cat in SECTION_CATEGORY:
            if word in name:
                return ("start", cat)
        return ("start", "")
    return None


def site_name(domain):
    d = domain.strip().lower().rstrip(".")
    if d.startswith("www."):
        d = d[4:]
    return d


def parse_args_at(s, i):
    """`s[i]` is '('; returns (argument, index after ')'), or None."""
    depth = 0
    quote = None
    j = i
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if quote:
            if c == quote:
                quote = None
        elif c in "\"'" and depth == 1 and s[i + 1:j].strip() == "":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
        j += 1
    return None


def scan_selector(sel):
    """Splits a selector list into complex selectors and their compounds.

    Returns (complexes, texts, skip): each complex selector is a list of
    compounds, left to right; a compound is (its text with pseudo-class
    arguments cut out, filtered, [scan of each :has()-like argument]),
    where filtered says that a text or :has() filter picks the element.
    texts are the text arguments anywhere; skip says the rule styles the
    element (`:style()`) rather than hiding it, or does not parse."""
    complexes = []
    texts = []
    skip = False
    current = []       # compounds of the current complex selector
    compound = []      # characters of the current compound
    args = []          # scans of the :has() arguments of the compound
    filtered = False
    i = 0
    bracket = 0
    quote = None

    def end_compound():
        nonlocal compound, args, filtered
        text = "".join(compound)
        if text.strip() or args or filtered:
            current.append((text, filtered, args))
        compound, args, filtered = [], [], False

    def end_complex():
        nonlocal current
        end_compound()
        if current:
            complexes.append(current)
        current = []

    while i < len(sel):
        c = sel[i]
        if quote:
            compound.append(sel[i:i + 2] if c == "\\" else c)
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = None
            i += 1
            continue
        if c == "\\":
            compound.append(sel[i:i + 2])
            i += 2
            continue
        if bracket:
            compound.append(c)
            if c in "\"'":
                quote = c
            elif c == "]":
                bracket -= 1
            i += 1
            continue
        if c == "[":
            bracket += 1
            compound.append(c)
            i += 1
            continue
        if c == ":":
            m = re.match(r":+([-a-zA-Z]+)\(", sel[i:])
            if m:
                name = m.group(1).lower()
                got = parse_args_at(sel, i + m.end() - 1)
                if got is None:
                    return [], [], True
                arg, after = got
                if name in TEXT_PSEUDOS:
                    texts.append(arg)
                    filtered = True
                elif name in SELECTOR_PSEUDOS:
                    inner, inner_texts, inner_skip = scan_selector(arg)
                    args.append(inner)
                    texts.extend(inner_texts)
                    skip |= inner_skip
                    filtered = True
                elif name in SKIP_PSEUDOS:
                    skip = True
                i = after
                continue
            compound.append(c)
            i += 1
            continue
        if c == ",":
            end_complex()
            i += 1
            continue
        if c in " >+~\t":
            # A combinator (or spaces around one, or trailing spaces).
            j = i
            while j < len(sel) and sel[j] in " >+~\t":
                j += 1
            if j < len(sel) and sel[j] != ",":
                end_compound()
            i = j
            continue
        compound.append(c)
        i += 1
    end_complex()
    return complexes, texts, skip


def selector_tokens(complexes):
    """The (token, whole) pairs a rule says about the element it hides:
    the names of each complex selector's subject (its last compound; the
    compounds before it are ancestors and siblings: `.entry-content >`),
    unless a text or :has() filter picks the subject (then the class is a
    container that needs the filter, `div.wp-block-group:has(.x)`), and
    the names in the subject's :has() arguments, which are parts of it. A
    compound of more than MAX_COMPOUND_NAMES names is utility-class
    styling (`.fixed.rounded-lg.bg-gray-100`) and says nothing."""
    out = set()

    def names(text):
        toks = tokens_of(text)
        return toks if len(toks) <= MAX_COMPOUND_NAMES else []

    def all_parts(scan):
        for cx in scan:
            for text, _, args in cx:
                out.update(names(text))
                for a in args:
                    all_parts(a)

    for cx in complexes:
        text, filtered, args = cx[-1]
        if not filtered:
            out.update(names(text))
        for a in args:
            all_parts(a)
    return sorted(out)


ATTR = re.compile(
    r"\[\s*(class|id)\s*([*^~|]?=)\s*(\"[^\"]*\"|'[^']*'|[^\]\s]*)\s*(?:[is]\s*)?\]",
    re.I)
NAME = re.compile(r"(?<!\\)([.#])(-?[A-Za-z_][\w-]*)")


def tokens_of(source):
    """Class and id names and [class/id] attribute values in a selector
    fragment: (lower-case token, whole) pairs. A value is whole when it is
    a name (`.x`, `#x`, `[class=x]`, `[class~=x]`) or a prefix cut at a
    separator (`[class^="newsletter-"]`); other prefixes and substrings
    (`[class*="ewslett"]`) are fragments: evidence for the hints that would
    match them, never a hint themselves."""
    out = []
    for m in ATTR.finditer(source):
        op, v = m.group(2), m.group(3).strip("\"'")
        whole = op in ("=", "~=") or v.endswith(("-", "_"))
        for part in v.split():
            out.append((part, whole))
    plain = ATTR.sub(" ", source)
    plain = re.sub(r"\[[^\]]*\]", " ", plain)
    for m in NAME.finditer(plain):
        out.append((m.group(2), True))
    return [(t.lower().strip("-_ "), whole) for t, whole in out if t.strip("-_ ")]


def parse_text(arg):
    a = arg.strip()
    if len(a) >= 2 and a[0] == a[-1] and a[0] in "\"'":
        a = a[1:-1]
    if re.match(r"^/.*/[a-z]*$", a, re.S):
        return None
    a = re.sub(r"\\(.)", r"\1", a)
    return a


def read_lists(lists_dir):
    """All hide and exception occurrences.

    Returns (files, occurrences, exceptions): occurrences is a list of
    (kind, value, rule_category, sites, whole, (file, line)) with kind "token" or
    "text", whole as in tokens_of (always True for texts), sites a tuple of site names or ("*",) for a generic rule;
    exceptions maps a token to the set of sites with a `#@#` rule for it."""
    files = sorted(f for f in os.listdir(lists_dir) if f.endswith(".txt"))
    occurrences = []
    exceptions = defaultdict(set)
    for f in files:
        fcat = list_category(f)
        stack = []  # categories of the open sections, outermost first
        with open(os.path.join(lists_dir, f), encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, 1):
                line = raw.strip()
                if not line or line.startswith("["):
                    continue
                if line.startswith("!"):
                    sc = section_category(line)
                    if sc and sc[0] == "start":
                        stack.append(sc[1])
                    elif sc and stack:
                        stack.pop()
                    continue
                # The innermost open section that has a category of ours.
                section = next((c for c in reversed(stack) if c), None)
                m = SEPARATOR.search(line)
                if not m:
                    continue
                domains, sel = line[:m.start()], line[m.end():]
                exception, kind = m.group(1) == "@", m.group(2) or ""
                if kind.startswith("$") or kind == "%":
                    continue
                if sel.startswith(("+js(", "^", "%")) or not sel.strip():
                    continue
                domains = re.sub(r"^\[\$[^\]]*\]", "", domains)
                if not DOMAIN_OK.match(domains):
                    continue
                sites = sorted({site_name(d) for d in domains.split(",")
                                if d.strip() and not d.strip().startswith("~")})
                sites = [s for s in sites if s and s != "*"]
                generic = not sites
                complexes, texts, skip = scan_selector(sel)
                if skip:
                    continue
                toks = selector_tokens(complexes)
                if exception:
                    for t, _ in toks:
                        exceptions[t].update(sites or ["*"])
                    continue
                rule_cat = fcat or section
                site_key = ("*",) if generic else tuple(sites[:RULE_SITE_CAP])
                for t, whole in toks:
                    occurrences.append(("token", t, rule_cat, site_key, whole, (f, lineno)))
                for a in texts:
                    t = parse_text(a)
                    if t is not None:
                        occurrences.append(("text", t, rule_cat, site_key, True, (f, lineno)))
    return files, occurrences, exceptions


# --- Normalisation, like src/text.rs --------------------------------------

FOLD = {}
for ch in "\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\uff07\u02bc":
    FOLD[ch] = "'"
for ch in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02\u300c\u300d\u300e\u300f":
    FOLD[ch] = '"'
for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
    FOLD[ch] = "-"
FOLD["\u2026"] = "."
for ch in "\u00ad\u200b\u200c\u200d\u2060\ufeff":
    FOLD[ch] = ""


def fold(c):
    if c in FOLD:
        return FOLD[c]
    if "\uff01" <= c <= "\uff5e":
        return chr(ord(c) - 0xFEE0)
    return c


def normalize(text):
    out = []
    for c in text:
        if c.isspace():
            out.append(" ")
            continue
        f = fold(c)
        for lc in f.lower():
            out.append(fold(lc))
    return " ".join("".join(out).split())


# --- The hand-written patterns --------------------------------------------

def read_pattern_file(path):
    """(section, weight, text) of a pattern file, trailing comments cut."""
    out = []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line.strip("[]").strip()
                continue
            w, _, text = line.partition(" ")
            text = text.split("  #", 1)[0].strip()
            out.append((section, int(w), text))
    return out


def token_starts(s):
    """Positions where a hint may match: the start, or after a character
    that is not an ASCII letter (src/matcher.rs find_hints)."""
    return [i for i in range(len(s)) if i == 0 or not s[i - 1].isalpha()
            or not s[i - 1].isascii()]


def hint_matches(hints, s):
    """{section: strongest weight} of the hints matching in `s`."""
    found = {}
    for i in token_starts(s):
        for (sec, w, tok) in hints.get(s[i], ()):
            if s.startswith(tok, i) and w > found.get(sec, 0):
                found[sec] = w
    return found


def index_hints(entries):
    idx = defaultdict(list)
    for sec, w, tok in entries:
        idx[tok[0]].append((sec, w, tok))
    return idx


# --- Mining ----------------------------------------------------------------

def wording(value, table, pieces=None):
    """Categories whose words `value` contains."""
    cats = {c for c, words in table.items() if any(w in value for w in words)}
    if pieces:
        parts = set(re.split(r"[-_]+", value))
        cats |= {c for c, words in pieces.items() if parts & words}
    return sorted(cats)


def category_of(value, rule_cat, table, pieces=None):
    cats = wording(value, table, pieces)
    if len(cats) == 1:
        return cats[0]
    if OTHER in cats:
        # "newsletter-telegram", "google-news": about the other thing.
        return OTHER
    if len(cats) > 1:
        return rule_cat if rule_cat in cats else OTHER
    return rule_cat or OTHER



def dominant(counts):
    """The category that clearly dominates a token's or text's site counts:
    (sites, category, None), or (0, None, reason) when there is none."""
    nag = [(n, c) for c, n in counts.items() if c != OTHER and n > 0]
    if not nag:
        return 0, None, "no-category"
    n, cat = max(nag, key=lambda x: (x[0], x[1]))
    rest = sum(v for c, v in counts.items() if c != cat)
    if n < DOMINANCE * rest:
        return 0, None, "no-clear-category"
    return n, cat, None

def site_score(sites, excepted):
    """Evidence of a set of sites: distinct real sites, GENERIC_SITES for a
    generic rule, minus one per exception site outside the set when the
    rule is generic (the rule misfired there)."""
    real = {s for s in sites if s != "*"}
    score = len(real - excepted)
    if "*" in sites:
        score += GENERIC_SITES - len(excepted - real - {"*"})
    return max(score, 0)


@functools.lru_cache(maxsize=None)
def is_stop_piece(piece):
    """A piece that names no nag: short, a stop word, the start of one cut
    short (`discl`, `appli`), or stop words glued together
    (`privacypolicy`, `infobar`)."""
    if len(piece) < MIN_PIECE_CHARS or piece in STOP_WORDS:
        return True
    if piece.endswith("s") and piece[:-1] in STOP_WORDS:
        return True
    if len(piece) >= MIN_TOKEN_CHARS and any(w.startswith(piece) for w in GLUE_WORDS):
        return True
    # Word break over the glue words.
    ok = [True] + [False] * len(piece)
    for i in range(1, len(piece) + 1):
        ok[i] = any(ok[i - len(w)] and piece.endswith(w, 0, i)
                    for w in GLUE_WORDS if len(w) <= i)
    return ok[-1]


def drop_reason_shape(tok):
    """Why a token is no candidate by its shape alone, or None."""
    if len(tok) < MIN_TOKEN_CHARS:
        return "short"
    if not re.fullmatch(r"[a-z0-9_-]+", tok):
        return "not-plain"
    if re.search(r"\d", tok):
        return "digits"
    if tok.startswith(HASH_PREFIXES):
        return "hashed"
    pieces = [p for p in re.split(r"[-_]+", tok) if p]
    if any(len(p) >= 4 and not (set(p) & VOWELS) for p in pieces):
        return "hashed"
    # One stop word, however it is written ("sub-scribe", "suscribe").
    compact = tok.replace("-", "").replace("_", "")
    if compact in STOP_WORDS or (compact.endswith("s") and compact[:-1] in STOP_WORDS):
        return "stop-words"
    named = [c for c in wording(tok, WORDING, WORDING_PIECES) if c != OTHER]
    if not named and all(is_stop_piece(p) for p in pieces):
        return "stop-words"
    return None


def mine_tokens(occurrences, exceptions, hand):
    """Returns (kept, dropped): kept is a list of (category, weight, token,
    sites); dropped maps a reason to a count."""
    hand_idx = index_hints(hand)
    hand_tokens = [tok for sec, _, tok in hand if sec in CATEGORIES]
    # sites per (token, category), with the generic marker.
    per = defaultdict(lambda: defaultdict(set))
    whole = set()
    for kind, tok, rule_cat, sites, is_whole, _ in occurrences:
        if kind != "token":
            continue
        cat = category_of(tok, rule_cat, WORDING, WORDING_PIECES)
        per[tok][cat].update(sites)
        if is_whole:
            whole.add(tok)
    all_tokens = sorted(per)
    dropped = defaultdict(int)
    candidates = set()
    for tok in sorted(whole):
        why = drop_reason_shape(tok)
        if why:
            dropped[why] += 1
        else:
            candidates.add(tok)
    # Aggregate over the tokens each candidate would match as a hint, but
    # only those the hand-written hints say nothing about: where they name a
    # category, they decide, and a generated hint adds nothing there
    # (`cooki` matches thousands of `cookie-...` tokens, all covered).
    lengths = sorted({len(c) for c in candidates})
    agg = defaultdict(lambda: defaultdict(set))
    agg_exc = defaultdict(set)
    for tok in all_tokens:
        found = hint_matches(hand_idx, tok)
        if any(found.get(c, 0) for c in CATEGORIES):
            continue
        for i in token_starts(tok):
            for n in lengths:
                if i + n > len(tok):
                    break
                cand = tok[i:i + n]
                if cand in candidates:
                    for cat, sites in per[tok].items():
                        agg[cand][cat] |= sites
                    agg_exc[cand] |= exceptions.get(tok, set())
    scored = []
    for tok in sorted(candidates):
        found = hint_matches(hand_idx, tok)
        if found.get("@content"):
            dropped["article-markup"] += 1
            continue
        if any(found.get(c, 0) for c in CATEGORIES):
            # Covered: the hand-written hints already give it a category.
            dropped["covered-by-hand"] += 1
            continue
        if any(h.startswith(tok) for h in hand_tokens):
            # A hand-written token cut short (`cooki`, `newslette`): the same
            # word, matching more (`cooking`).
            dropped["truncated-hand-written"] += 1
            continue
        counts = {cat: site_score(sites, agg_exc[tok]) for cat, sites in agg[tok].items()}
        n, cat, why = dominant(counts)
        if why:
            dropped[why] += 1
            continue
        named = cat in wording(tok, WORDING, WORDING_PIECES)
        if n < (MIN_SITES_NAMED if named else MIN_SITES_UNNAMED):
            dropped["too-few-sites"] += 1
            continue
        weight = 3 if n >= STRONG_SITES else 2
        scored.append((tok, cat, weight, n))
    # Keep the shortest: a generated token that another one (same category,
    # at least its weight) already matches adds nothing.
    kept = []
    kept_idx = defaultdict(list)
    for tok, cat, weight, n in sorted(scored, key=lambda x: (len(x[0]), x[0])):
        found = hint_matches(kept_idx, tok)
        if found.get(cat, 0) >= weight:
            dropped["covered-by-generated"] += 1
            continue
        kept.append((cat, weight, tok, n))
        kept_idx[tok[0]].append((cat, weight, tok))
    return kept, dropped


# Country domains -> language, for the phrase groups' comments.
TLD_LANG = {
    "de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr", "es": "es",
    "mx": "es", "ar": "es", "cl": "es", "co": "es", "pe": "es", "it": "it",
    "pt": "pt", "br": "pt", "nl": "nl", "pl": "pl", "se": "sv", "dk": "da",
    "no": "no", "fi": "fi", "cz": "cs", "sk": "sk", "hu": "hu", "ro": "ro",
    "gr": "el", "tr": "tr", "ru": "ru", "ua": "uk", "jp": "ja", "cn": "zh",
    "tw": "zh", "kr": "ko", "uk": "en", "us": "en", "au": "en", "ie": "en",
    "ca": "en", "nz": "en", "in": "en", "lt": "lt", "lv": "lv", "ee": "et",
    "hr": "hr", "si": "sl", "rs": "sr", "bg": "bg", "il": "he",
}


def guess_lang(text, sites):
    for lo, hi, lang in [("\u0400", "\u04ff", "ru"), ("\u0600", "\u06ff", "ar"),
                         ("\u3040", "\u30ff", "ja"), ("\uac00", "\ud7af", "ko"),
                         ("\u4e00", "\u9fff", "zh"), ("\u0370", "\u03ff", "el"),
                         ("\u0590", "\u05ff", "he"), ("\u0e00", "\u0e7f", "th")]:
        if any(lo <= c <= hi for c in text):
            return lang
    votes = defaultdict(int)
    for s in sites:
        tld = s.rsplit(".", 1)[-1]
        votes[TLD_LANG.get(tld, "en" if tld in ("com", "org", "net") else "und")] += 1
    if not votes:
        return "und"
    return max(sorted(votes), key=lambda k: votes[k])


def is_word_char(c):
    """src/text.rs is_word_char: alphanumeric, not a script without spaces."""
    o = ord(c)
    unspaced = (0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x3040 <= o <= 0x30FF
                or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
                or 0xFF66 <= o <= 0xFF9F or 0x20000 <= o <= 0x2FFFF)
    return c.isalnum() and not unspaced


def phrase_in(phrase, text):
    """Whether a hand-written phrase (stars for open ends) matches in text
    as the engine would match it (word boundaries; `#` phrases skipped)."""
    body = phrase.strip("*")
    if not body or "#" in body:
        return False
    start_open, end_open = phrase.startswith("*"), phrase.endswith("*")
    i = text.find(body)
    while i >= 0:
        j = i + len(body)
        ok_start = (start_open or i == 0 or not is_word_char(body[0])
                    or not is_word_char(text[i - 1]))
        ok_end = (end_open or j == len(text) or not is_word_char(body[-1])
                  or not is_word_char(text[j]))
        if ok_start and ok_end:
            return True
        i = text.find(body, i + 1)
    return False


def mine_phrases(occurrences, hand_phrases):
    """Returns (kept, dropped): kept is a list of (category, weight, text,
    sites, language); hand_phrases is a list of (category, weight, phrase)
    of the hand-written files."""
    per = defaultdict(lambda: defaultdict(set))
    for kind, raw, rule_cat, sites, _, _ in occurrences:
        if kind != "text":
            continue
        text = normalize(raw)
        cat = category_of(text, rule_cat, TEXT_WORDING)
        per[text][cat].update(sites)
    hand_texts = {normalize(p.strip("*")) for _, _, p in hand_phrases}
    hand_norm = [(cat, w, ("*" if p.startswith("*") else "") + normalize(p.strip("*"))
                  + ("*" if p.endswith("*") else "")) for cat, w, p in hand_phrases]
    dropped = defaultdict(int)
    kept = []
    for text in sorted(per):
        if len(text) < MIN_PHRASE_CHARS:
            dropped["short"] += 1
            continue
        if "#" in text or "*" in text:
            dropped["special-characters"] += 1
            continue
        if text in hand_texts:
            dropped["in-hand-written"] += 1
            continue
        counts = {c: site_score(s, set()) for c, s in per[text].items()}
        n, cat, why = dominant(counts)
        if why:
            dropped[why] += 1
            continue
        # A text on one site is that site's wording ("BT in your inbox",
        # "Fake news"), unless its own words name the category.
        says_so = cat in wording(text, TEXT_WORDING)
        if n < MIN_PHRASE_SITES and not says_so:
            dropped["too-few-sites"] += 1
            continue
        long = (len(text.split()) >= LONG_PHRASE_WORDS and len(text) >= LONG_PHRASE_CHARS
                and n >= STRONG_PHRASE_SITES)
        weight = 3 if long else 2
        # The automaton takes the longest match: a generated phrase holding
        # a hand-written one would take its place there. Keep it only where
        # that loses nothing: every hand-written phrase inside it is of its
        # category and weaker.
        inside = [(c, w) for c, w, p in hand_norm if phrase_in(p, text)]
        if any(c != cat or w >= weight for c, w in inside):
            dropped["holds-hand-written"] += 1
            continue
        sites = sorted(set().union(*per[text].values()) - {"*"})
        kept.append((cat, weight, text, n, guess_lang(text, sites)))
    return kept, dropped


# --- Output ------------------------------------------------------------------

def list_header(lists_dir, files):
    lines = []
    for f in files:
        with open(os.path.join(lists_dir, f), "rb") as fh:
            data = fh.read()
        digest = hashlib.sha256(data).hexdigest()[:16]
        version = ""
        for raw in data.decode("utf-8", "replace").splitlines()[:12]:
            m = re.match(r"!\s*(Version|Last modified):\s*(.*)", raw)
            if m:
                version = f"{m.group(1).lower()} {m.group(2).strip()}"
                break
        lines.append(f"#   {f}  ({version}; sha256 {digest})")
    return lines


def sites_note(n):
    return f"{n} site" if n == 1 else f"{n} sites"


def render_hints(kept, header):
    out = [
        "# GENERATED by `" + COMMAND + "`: do not edit by hand.",
        "# Class and id tokens of element-hiding rules, per category, mined from",
        "# the annoyance filter lists in ../shared/lists:",
        *header,
        "# Each line is followed by the number of distinct sites whose rules it",
        f"# would match (a generic rule counts as {GENERIC_SITES}). Weight 3 from "
        f"{STRONG_SITES} sites, 2 from {MIN_SITES_NAMED};",
        "# the script's docstring explains the counting and the filters.",
        "# patterns/hints.txt (hand-written) wins where both name a token.",
    ]
    for cat in CATEGORIES:
        rows = sorted((t for t in kept if t[0] == cat), key=lambda t: (-t[1], t[2]))
        if not rows:
            continue
        out += ["", f"[{cat}]"]
        for _, w, tok, n in rows:
            out.append(f"{w} {tok}  # {sites_note(n)}")
    return "\n".join(out) + "\n"


def render_phrases(kept, header):
    out = [
        "# GENERATED by `" + COMMAND + "`: do not edit by hand.",
        "# Texts of :has-text(), :contains() and :-abp-contains() rules, per",
        "# category, mined from the annoyance filter lists in ../shared/lists:",
        *header,
        "# Each phrase is followed by the number of distinct sites with a rule",
        f"# for it; weight 3 for texts of {LONG_PHRASE_WORDS}+ words on "
        f"{STRONG_PHRASE_SITES}+ sites, else 2. Groups",
        "# are by a language guessed from script and country domains; the",
        "# engine loads the file as language \"lists\". Hand-written phrases win.",
    ]
    for cat in CATEGORIES:
        rows = [t for t in kept if t[0] == cat]
        if not rows:
            continue
        out += ["", f"[{cat}]"]
        for lang in sorted({t[4] for t in rows}):
            group = sorted((t for t in rows if t[4] == lang), key=lambda t: (-t[1], t[2]))
            out.append(f"# {lang}")
            for _, w, text, n, _ in group:
                out.append(f"{w} {text}  # {sites_note(n)}")
    return "\n".join(out) + "\n"


def generate(lists_dir):
    files, occurrences, exceptions = read_lists(lists_dir)
    hand = read_pattern_file(os.path.join(ROOT, "patterns", "hints.txt"))
    hand_hints = [(sec, w, tok.lower()) for sec, w, tok in hand]
    hand_phrases = []
    pdir = os.path.join(ROOT, "patterns")
    for f in sorted(os.listdir(pdir)):
        if f.endswith(".txt") and f not in ("hints.txt", "purpose.txt", "words.txt"):
            for sec, w, text in read_pattern_file(os.path.join(pdir, f)):
                hand_phrases.append((sec, w, text))
    tokens, tdrop = mine_tokens(occurrences, exceptions, hand_hints)
    phrases, pdrop = mine_phrases(occurrences, hand_phrases)
    header = list_header(lists_dir, files)
    return ({"hints.txt": render_hints(tokens, header),
             "phrases.txt": render_phrases(phrases, header)},
            tokens, phrases, tdrop, pdrop)


def self_test():
    """Checks of the parsing and filtering rules on hand-made input (no
    lists needed); run by tests/generated_patterns.rs."""
    def toks(sel):
        cx, texts, skip = scan_selector(sel)
        return sorted(t for t, _ in selector_tokens(cx)), texts, skip

    assert toks(".entry-content > .newsletter-box") == (["newsletter-box"], [], False)
    assert toks("div.factbox:has-text(Newsletter)") == ([], ["Newsletter"], False)
    assert toks(".wp-block-group.x:has(.mc4wp-form, #sib)") == (["mc4wp-form", "sib"], [], False)
    assert toks(".fixed.rounded-lg.bg-gray-100")[0] == []
    assert toks("#cookie-bar:not(.foo)")[0] == ["cookie-bar"]
    assert toks(".a:has(> p:has-text(Sign up (free))) + .b") == (["b"], ["Sign up (free)"], False)
    assert toks(".x:style(display: none)")[2]
    cx, _, _ = scan_selector('[class^="Newsletter_"], [class*="ewslett"], [id$="tail"]')
    assert selector_tokens(cx) == [("ewslett", False), ("newsletter", True)]
    assert parse_text("/sign up/i") is None
    assert parse_text('"Sign up"') == "Sign up"
    assert drop_reason_shape("sc-bdfbwx") == "hashed"
    assert drop_reason_shape("block-34") == "digits"
    assert drop_reason_shape("entry-content") == "stop-words"
    assert drop_reason_shape("privacypolicy") == "stop-words"
    assert drop_reason_shape("suscribe") == "stop-words"
    assert drop_reason_shape("mobile-app") is None
    assert drop_reason_shape("mailpoet_form") is None
    assert category_of("app-banner-x", "cookie", WORDING, WORDING_PIECES) == "app-banner"
    assert category_of("google-news-box", "newsletter", WORDING, WORDING_PIECES) == OTHER
    assert category_of("xyz", None, WORDING, WORDING_PIECES) == OTHER
    assert site_score({"a.com", "b.com"}, set()) == 2
    assert site_score({"*"}, {"c.com"}) == GENERIC_SITES - 1
    assert section_category("! SECTION: Push notifications - Generic rules") == (
        "start", "notification")
    assert section_category("!   SECTION: Popups - Regular rules") == ("start", "")
    assert section_category("! !SECTION: Push notifications - Generic rules") == ("end", None)
    assert section_category("! ! SECTION: Anti-adblock - Admiral") == ("start", "adblock-wall")
    assert section_category("! SECTION[id=general]: Anti-adblock - x") == (
        "start", "adblock-wall")
    assert section_category("! END: Anti-adblock") == ("end", None)
    assert section_category("! some comment") is None
    assert phrase_in("newsletter*", "our newsletters")
    assert not phrase_in("ad block", "road blocks")
    assert normalize("  Sign\u00a0UP \u2014 Now ") == "sign up - now"
    print("mine-lists self-test: ok")
    return 0


def explain(lists_dir, query):
    """Prints every occurrence a hint `query` would match (as a token) or a
    phrase equal to it, with the category each was given."""
    _, occurrences, exceptions = read_lists(lists_dir)
    rows = set()
    for kind, value, rule_cat, sites, _, (f, line) in occurrences:
        if kind == "token":
            hit = any(value.startswith(query, i) for i in token_starts(value))
            cat = category_of(value, rule_cat, WORDING, WORDING_PIECES)
        else:
            value = normalize(value)
            hit = value == query
            cat = category_of(value, rule_cat, TEXT_WORDING)
        if hit:
            rows.add((f, line, kind, value, cat, ",".join(sites)))
    for r in sorted(rows):
        print("%s:%d  %s %r -> %s  [%s]" % r)
    exc = sorted({s for t, e in exceptions.items() if query in t for s in e})
    if exc:
        print("exceptions at:", ", ".join(exc))
    return 0


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lists", default=DEFAULT_LISTS, help="directory of the filter lists")
    ap.add_argument("--check", action="store_true",
                    help="compare with the checked-in files instead of writing them")
    ap.add_argument("--report", action="store_true", help="print counts per category and filter")
    ap.add_argument("--self-test", action="store_true",
                    help="check the parsing and filtering rules (no lists needed)")
    ap.add_argument("--explain", metavar="TOKEN",
                    help="print the rules whose tokens or texts a hint or phrase would match")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if not os.path.isdir(args.lists):
        print(f"mine-lists: no lists at {args.lists}", file=sys.stderr)
        return 2
    if args.explain:
        return explain(args.lists, args.explain.lower())
    outputs, tokens, phrases, tdrop, pdrop = generate(args.lists)
    if args.report:
        for cat in CATEGORIES:
            t = [x for x in tokens if x[0] == cat]
            p = [x for x in phrases if x[0] == cat]
            print(f"{cat:13} tokens {len(t):4} (w3 {sum(1 for x in t if x[1] == 3):3})"
                  f"  phrases {len(p):4} (w3 {sum(1 for x in p if x[1] == 3):3})")
        print("tokens dropped:", dict(sorted(tdrop.items())))
        print("phrases dropped:", dict(sorted(pdrop.items())))
    stale = []
    for name, text in sorted(outputs.items()):
        path = os.path.join(OUT_DIR, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as fh:
                    old = fh.read()
            except FileNotFoundError:
                old = ""
            if old != text:
                diff = list(difflib.unified_diff(old.splitlines(), text.splitlines(),
                                                 f"checked-in {name}", f"fresh {name}",
                                                 lineterm="", n=0))
                added = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
                removed = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
                stale.append(name)
                print(f"patterns/generated/{name} is stale: {removed} lines differ "
                      f"from a fresh run, {added} new", file=sys.stderr)
                for d in diff[:40]:
                    print("    " + d, file=sys.stderr)
        else:
            os.makedirs(OUT_DIR, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
    if stale:
        print(f"regenerate with `{COMMAND}` and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
