//! The classifier's heuristics as named tables, in the manner of
//! Readability.js: every threshold the decision depends on is here, with
//! the reason it has the value it has.

use crate::category::Category;

/// Elements whose text a reader never sees as page text.
pub const INVISIBLE_TAGS: &[&str] = &[
    "head", "script", "style", "template", "noscript", "title", "meta", "link", "iframe", "object",
    "embed", "svg", "canvas", "video", "audio", "select", "datalist",
];

/// Inline elements: their text joins the surrounding block's text as
/// `textContent` would join it, and phrases may run across them. (Buttons
/// are not here: "No thanks" and "Allow" side by side are two labels.)
pub const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "img", "input", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong",
    "sub", "sup", "time", "u", "var", "wbr", "textarea", "output", "picture", "source", "nobr",
    "tt", "big", "strike",
];

/// Elements never hidden as a whole: they hold the page, not a block of it.
pub const NEVER_HIDE_TAGS: &[&str] = &["html", "body", "main", "head"];

/// An inline element alone on its line among blocks is a block of its own
/// (`index::lines_of_their_own`) when it holds at least this many words:
/// a line ("Subscribe to the Money newsletter!"), not a button's word.
pub const OWN_LINE_MIN_WORDS: usize = 3;
/// Nodes read to count those words: a line is small.
pub const OWN_LINE_MAX_NODES: u32 = 256;

/// Tags that mark navigation context: a lone "Subscribe" or "Log in" link
/// here is a menu item, not a nag.
/// Boxes that a nag hint of their own takes out of navigation when they
/// sit in a header or footer (a list item or a link stays a menu entry):
/// a widget ("footer-newsletter"); in the site's footer a `<div>` too
/// ("tp-patreon"), where widget areas put their boxes. (In a header a
/// `<div class="newsletter">` is mostly one link-button.)
pub const CHROME_BOX_TAGS: &[&str] = &["section", "aside", "form"];

pub const NAV_TAGS: &[&str] = &["nav", "menu"];

/// The site's header and footer are navigation too, but only outside the
/// article: an article's own `<footer>` holds its subscription pitch.
pub const SITE_CHROME_TAGS: &[&str] = &["header", "footer"];

/// Tags that hold the article.
pub const ARTICLE_TAGS: &[&str] = &["article", "main"];

/// Phrase weight classes (patterns/README.md): a phrase of
/// [`WEIGHT_STRONG`] is strong but needs company, one of [`WEIGHT_ALONE`]
/// marks a short block as a nag by itself.
pub const WEIGHT_STRONG: u8 = 2;
pub const WEIGHT_ALONE: u8 = 3;
/// A word that supports only (a deferral's "No thanks", "Later").
pub const WEIGHT_WEAK: u8 = 1;

/// A block mostly of link text (more than this share) is a link, not
/// prose: it neither reads as article text nor counts as narrative.
pub const PROSE_MAX_LINK_SHARE: f32 = 0.5;

/// A block with at least this much of its own text reads as prose.
pub const PROSE_MIN_CHARS: usize = 80;

/// A block's phrase score must reach this to seed a nag by itself.
pub const SEED_SCORE: f32 = 3.0;

/// Short blocks seed at [`SEED_SCORE`]; longer ones need more evidence, one
/// point per [`CHARS_PER_EXTRA_POINT`] beyond [`SHORT_BLOCK_CHARS`]. This
/// is what keeps "the charity's donation drive" in a long article paragraph
/// from hiding the paragraph, while a two-line donation ask is caught.
pub const SHORT_BLOCK_CHARS: usize = 160;
pub const CHARS_PER_EXTRA_POINT: f32 = 110.0;

/// Blocks longer than this never seed from phrases alone: a paragraph this
/// long is article prose whatever it mentions.
pub const MAX_SEED_BLOCK_CHARS: usize = 1500;

/// Outside the article body (and outside site navigation) a block needs
/// less: any strong nag wording (one weight-2 phrase) is enough when the
/// box around it shows a structural cue — a call to action, a form or email
/// field, a button, nag or promo markup, an overlay. Extractors throw all of
/// this away; we only lower the bar for what asks for something.
pub const OUTSIDE_SEED_SCORE: f32 = 2.0;

/// Outside the article, a widget's own text may be this long and still
/// seed: sidebar appeals run to a few paragraphs.
pub const OUTSIDE_MAX_SEED_BLOCK_CHARS: usize = 1500;
/// A paragraph in a wrapper of its own is in the narrative's flow when
/// wrappers of its tag and class hold at least this share of the body's
/// running text besides it (see `choose::wrapped_like_the_narrative`).
pub const FLOW_WRAPPER_MIN_SHARE: f32 = 0.5;
/// A wrapper in the article body holding less than this share of the
/// body's running text is a box set into it (a donation or newsletter box
/// with a line of pitch), not a section of the narrative: a short line
/// beside that pitch is not in the narrative's flow.
pub const BODY_BOX_MAX_PROSE_SHARE: f32 = 0.1;
/// ... and such a box takes in its pitch when it says its ask in this
/// many blocks of its own (a heading or a line, and the payment details).
pub const BODY_BOX_MIN_WORDED_BLOCKS: u16 = 2;

/// An article's address (`evidence::article_address`): a slug of this
/// many words, or a story id of this many digits after a slug. A link
/// block that leads there is a headline: its words name a topic ("a new
/// app lets you give a fixed monthly donation"), they do not ask.
pub const ARTICLE_SLUG_MIN_WORDS: usize = 4;
pub const ARTICLE_ID_MIN_DIGITS: usize = 6;
/// A control that closes its box: a link or button of at most this many
/// characters marked as closing (`[@dismiss]` hints, its aria-label), or
/// one of these crosses alone.
pub const DISMISS_MAX_CHARS: usize = 12;
pub const DISMISS_GLYPHS: &[&str] = &["×", "✕", "✖", "✗", "╳", "⨯", "x", "X", "🗙"];
/// An offer strip: a line of at most this much text above the article,
/// with a price or discount beside a subscription word and its link (and
/// a close button): the strip above a masthead, "Black Week: 3 months for
/// €3".
pub const OFFER_STRIP_MAX_CHARS: usize = 120;
pub const OFFER_STRIP_CLICKABLES: std::ops::RangeInclusive<u32> = 1..=2;

/// How far up (levels, and at most how much text) the structural cue of an
/// outside block is looked for: the widget around the block, not the page
/// region around the widget.
pub const CUE_LEVELS: usize = 3;
/// A consent bar's shape (`choose::box_cue`): one button that acknowledges
/// ("OK", "Got it"), at most this many links and buttons in all (its
/// policy link), and a sentence's worth of text.
pub const ACK_BAR_CLICKABLES: u32 = 2;
pub const ACK_BAR_MAX_CHARS: usize = 240;
/// How far up a seed looks for the data table it is a cell or caption of
/// (`choose::in_data_table`): table, body, row, cell and a little markup.
pub const DATA_TABLE_MAX_LEVELS: usize = 6;
/// A reader poll (`choose::in_poll`): radio buttons, a widget's worth of text.
pub const POLL_MIN_RADIOS: u32 = 2;
pub const POLL_MAX_CHARS: usize = 600;
pub const CUE_BOX_MAX_CHARS: usize = 1200;

/// Link text share above which a block counts as a link (menu item,
/// footer link), and may not seed a nag on its own.
pub const LINK_BLOCK_DENSITY: f32 = 0.8;

/// A block whose parent holds this much running text besides it sits in
/// the flow of an article: there it seeds only as a call to action (its
/// wording in a link or button) or with nag markup, because a sentence of
/// an article that mentions logging in or registering is still article.
pub const PROSE_CONTEXT_CHARS: usize = 300;

/// How many wrappers holding nothing but a block are looked through for a
/// `<blockquote>` around it: a quotation sits in the running text.
pub const FLOW_WRAPPER_MAX_LEVELS: usize = 4;

/// A block that is all link seeds only outside navigation; in a list of
/// links (headlines) it needs this many points above its threshold.
pub const LINK_BLOCK_EXTRA_SCORE: f32 = 1.0;

/// A widget with at most this many links and buttons is a promo, not a
/// menu, however much of its text is link text.
pub const PROMO_MAX_CLICKABLES: u32 = 3;

/// In the flow of an article, a call to action seeds only if its block
/// is at most this long: "Sign up for our newsletter here." is a line, a
/// paragraph with a link that mentions donating is article.
pub const PROSE_FLOW_CTA_MAX_CHARS: usize = 300;
/// An appeal in emphasis after the article body (`choose::raw_seeds`
/// `tail_appeal`) is at most this long: a paragraph, not an epilogue;
/// and its words of one category score at least this (two weight-2
/// phrases, where an editor's note names a funder once).
pub const TAIL_APPEAL_MAX_CHARS: usize = 600;
pub const TAIL_APPEAL_SCORE: f32 = 4.0;

/// In the flow of an article a short line (at most [`SHORT_BLOCK_CHARS`],
/// one sentence break) without a link still seeds when its wording is
/// twice the seed score: "Para comentar debes registrarte" is two strong
/// phrases, a sentence of narrative rarely holds one.
pub const IN_FLOW_STRONG_SCORE: f32 = 6.0;

/// ... and a paragraph of any length seeds when it holds this many distinct
/// weight-3 phrases of one category: "we will never sell your e-mail
/// address", "you can unsubscribe at any time" and "sign up for our
/// newsletter" in one paragraph is a pitch, not narrative (an article about
/// a charity drive holds one such phrase, perhaps two).
pub const IN_FLOW_STRONG_PHRASES: u8 = 3;

/// A call-to-action line has at most this many sentence breaks inside
/// ("Fight disinformation. Get the facts. Sign up here." has two); a
/// paragraph with a link in its fourth sentence is narrative.
pub const CTA_MAX_SENTENCE_BREAKS: usize = 2;
/// A line that ends in its link is a call to action when it is one short
/// sentence (its closing stop counts as a break; at most
/// [`SHORT_BLOCK_CHARS`]): "Abonnieren Sie unseren Newsletter *hier*."; a
/// paragraph of sentences, or a long one, that ends in a source link is
/// narrative.
pub const LINKED_ASK_MAX_SENTENCE_BREAKS: usize = 1;
/// ... or whose last sentence is a link of its own of at most this many
/// characters ("Přidejte se →", "Word ook coöperant"), after at most
/// [`CTA_MAX_SENTENCE_BREAKS`] sentences of pitch.
pub const LINK_SENTENCE_MAX_CHARS: usize = 40;

/// An aside after a line's closing link, set off by a dash or a
/// parenthesis (" – it's free.", " (no spam)"), leaves the line ending on
/// its link: at most this many characters, opening with one of
/// [`LINK_TAIL_OPENERS`].
pub const LINK_TAIL_MAX_CHARS: usize = 24;
pub const LINK_TAIL_OPENERS: &[char] = &['-', '(', '\u{00B7}', '|', '\u{2192}'];

/// A block counts as emphasised (an editor's line set apart from the
/// narrative) when this share of its own text is in `<em>`/`<i>`/
/// `<strong>`/`<b>`, found within this many levels under the block.
pub const EMPHASIS_SHARE: f32 = 0.9;
/// A line at least this much link text is set apart like an emphasised one.
pub const SET_APART_LINK_SHARE: f32 = 0.6;
pub const EMPHASIS_MAX_DEPTH: usize = 4;
/// A label in emphasis that opens a line ("**Morgenbrief Unterland:**"):
/// at most this long; a longer emphasised opening is a lead sentence.
pub const LEAD_LABEL_MAX_CHARS: usize = 40;
/// A line that is all one link is a sentence from this length on; a
/// shorter one is a button ("Subscribe", "Jetzt bestellen").
pub const LINKED_LINE_MIN_CHARS: usize = 40;
/// ... and a pointer of at most this many sentence breaks ("→ A Ventania
/// não aceita dinheiro de anunciantes. Esta investigação foi paga por
/// 3.100 leitores. Entre para essa lista.").
pub const LINKED_LINE_MAX_SENTENCE_BREAKS: usize = 3;
/// A line's wrappers of the same text climbed to find its paragraph.
pub const LINE_WRAPPERS_MAX: usize = 3;
/// ... and it counts as a call to action only after running text (the
/// article's lead is often emphasised too), looked for among this many
/// earlier siblings.
pub const EMPHASIS_SIBLINGS_MAX: usize = 64;

/// Amount labels of donation forms: at most this long, and made of digits
/// and one of these marks (currency signs and codes, lower case as the
/// text index has them).
pub const AMOUNT_MAX_CHARS: usize = 12;
/// ... and a label of more bytes than this is no amount even with its
/// period ("€10 for the first month"): looked at before anything else.
pub const AMOUNT_LABEL_MAX_BYTES: usize = 96;
pub const CURRENCY_MARKS: &[&str] = &[
    "r$", "€", "$", "£", "¥", "₹", "₽", "₺", "₴", "₩", "zł", "kč", "kr", "chf", "eur", "usd",
    "lei", "ft", "₱", "฿", "₫", "₪", "₦", "৳", "₸", "₾", "원", "đ", "円", "元", "ksh", "kes", "rs",
    "rp", "rm", "r", "kn", "din", "дин", "лв", "грн", "руб", "tl", "tk", "sek", "nok", "dkk",
    "pln", "czk", "huf", "ron", "uah", "inr", "zar", "aud", "cad", "nzd",
];

/// A fundraiser's progress line joins the sum raised and its goal by a
/// word of `[progress-connector]` in patterns/words.txt (and perhaps one
/// more, "of our"), or a slash, at most this many bytes apart: "€12,400 of
/// €20,000", "12.480 € von 20.000 €", "184 300 ₴ із 250 000 ₴". Counted as
/// donation wording of weight [`PROGRESS_WEIGHT`] in a short block.
pub const PROGRESS_GAP_MAX: usize = 16;
pub const PROGRESS_WEIGHT: u8 = 2;
/// ... and in a block at most this long: a progress line, not a story
/// about a fundraiser.
pub const PROGRESS_MAX_BLOCK_CHARS: usize = 160;

/// An amount's label may give its period before the sum ("월 5,000원":
/// `[period-before]` in patterns/words.txt), after it in words ("$10 a
/// month": `[period-after]`), or after a slash ("5 € / Monat", "$5/mo"):
/// the word after the slash has at most this many letters.
pub const AMOUNT_PERIOD_MAX_CHARS: usize = 8;

/// A bank account number (IBAN) printed in text has at least this many
/// digits after its country code and check digits (the shortest IBANs,
/// Norway's, have 11 more characters, most of them digits).
pub const IBAN_MIN_DIGITS: usize = 10;

/// A payment handle (`price::payment_handles`): a name of `[payment]` in
/// patterns/words.txt (a payment service, or "account" in a language whose
/// sites print local account numbers), then within this many characters a
/// number of at least [`PAYMENT_HANDLE_MIN_DIGITS`] digits. "MobilePay
/// 284491", "bKash (মার্চেন্ট): ০১৭১১-৪৪২২৯০", "계좌 : 농협
/// 351-1187-4420-63": a number to pay to, asked for as a link to a payment
/// page asks. News names these services beside years and sums, not beside
/// six digits.
pub const PAYMENT_HANDLE_GAP: usize = 24;
pub const PAYMENT_HANDLE_MIN_DIGITS: usize = 6;
/// Long numbers looked at for a payment name before them, per page: a
/// page asks to be paid in a handful; a table of figures has thousands.
pub const PAYMENT_HANDLE_MAX_NUMBERS: usize = 2_000;

/// A price per period ("12€ / mois", "$4.99/mo") is paywall wording of
/// this weight: strong, but it needs company (a gift shop's "€5/month"
/// plan page is not a nag on its own).
pub const PRICE_PER_PERIOD_WEIGHT: u8 = 2;

/// A box with at least this many amount labels is a donation form.
pub const DONATION_AMOUNTS: u32 = 2;

/// Shapes that need no language: outside the article and the site's
/// navigation, a small box (at most [`SHAPE_MAX_CHARS`] of text) that
/// links to at least [`SHAPE_STORE_LINKS`] app stores is an app banner, and
/// one whose only field to fill in is an email address (no password, no
/// free-text field) beside a button is a mailing-list sign-up. A reader
/// of a language without a phrase file still meets these two, and their
/// shape says what they are: a page's own tools (search, comments, log-in)
/// ask for other fields.
pub const SHAPE_STORE_LINKS: u32 = 2;
pub const SHAPE_MAX_CHARS: usize = 400;
/// A box of numbers to pay to (`choose::shape`) says something of its own
/// besides its links: at least this many characters.
pub const PAY_TO_MIN_OWN_CHARS: usize = 40;

/// A smart app banner (`choose::shape`): a bar laid over the page, stuck
/// to it, with a close control, or before the article body outside
/// navigation (a nudge above the site's header), of at most this much
/// text, whose links
/// (at most [`APP_BAR_MAX_LINKS`] besides the close control) open or
/// install the app: one store or deep link is enough, in any language
/// ("Ranný denník v mobile" · "Otvoriť" · ×).
pub const APP_BAR_MAX_CHARS: usize = 160;
pub const APP_BAR_MAX_LINKS: u32 = 2;
/// ... and a line of at least this many characters outside its links.
pub const APP_BAR_MIN_LINE_CHARS: usize = 12;

/// A store link in the site's header or footer is a badge when its words
/// are at most this many characters and name the store ("Descarcă din App
/// Store", "Get it on Google Play"), as badges do in every language.
pub const STORE_BADGE_MAX_CHARS: usize = 32;

/// A link to a page named for an ask by its path ("/nyhetsbrev") counts
/// only in a block with at least this many letters outside links: a line
/// that points there, not a menu's or a header's link ...
pub const PATH_LINK_MIN_LETTERS: usize = 20;
/// ... and at most this many characters: a line, not a paragraph.
pub const PATH_LINK_MAX_CHARS: usize = 160;
/// A block that is one link counts it when the link's text is a sentence of
/// at least this many words ("→ Esta investigação foi paga por 3.100
/// leitores. Entre para essa lista."), and the block is no list's entry
/// (a list of headlines).
pub const PATH_LINK_SENTENCE_MIN_WORDS: usize = 6;
/// In the site's header or footer (not in nav or menu markup), a link
/// whose text is a sentence of at least this many words ("Suscribite y
/// recibí cada día las noticias más importantes.") is a widget's pitch, not
/// a menu's entry ("Newsletter", "Abo ab 1 €/Monat"): its words are read,
/// unless it is a list's entry (a footer's list of headlines).
pub const CHROME_LINK_SENTENCE_MIN_WORDS: usize = 6;
/// Except consent: a consent link there is a legal one ("Do Not Sell My
/// Personal Information"), whatever its length.
pub const CHROME_SENTENCE_SKIPPED: &[Category] = &[Category::Cookie];
/// A link's words name its account by at least this much of the handle,
/// in a link text of at most [`ACCOUNT_MAX_TEXT_CHARS`] (a button).
pub const ACCOUNT_MIN_CHARS: usize = 4;
pub const ACCOUNT_MAX_TEXT_CHARS: usize = 120;
pub const PATH_LINK_LIST_TAGS: &[&str] = &["li", "dt", "dd", "td", "th"];
pub const STORE_NAMES: &[&str] = &[
    "app store",
    "appstore",
    "google play",
    "play store",
    "appgallery",
    "galaxy store",
    "microsoft store",
];
/// A third shape: a box that floats over the page by its own position or
/// role (fixed, a dialog; not a class name, not sticky: sticky sidebars
/// and headers hold the site's links), with at least two
/// links or buttons, no field to fill in, a sentence or two of text
/// or only its answers' ([`CONSENT_SHAPE_MIN_CHARS`]..=
/// [`CONSENT_SHAPE_MAX_CHARS`]: "Accepto Rebutjo Més opcions") and a link
/// to the site's privacy or cookie page is a consent box: an accept/decline
/// pair and its policy link, in any language.
pub const CONSENT_SHAPE_MIN_CHARS: usize = 20;
pub const CONSENT_SHAPE_MAX_CHARS: usize = 800;
/// A floating prompt: a box over the page by its own position or role
/// with a question's worth of text (less is an ad's label, "Close ·
/// Advertisement"), this many buttons (an answer pair, a close button)
/// and no field; a word of a category plus the box's markup seed it (see
/// `choose::floating_prompt`).
pub const PROMPT_CHARS: std::ops::RangeInclusive<usize> = 40..=200;
pub const PROMPT_CLICKABLES: std::ops::RangeInclusive<u32> = 2..=3;
/// A push pre-prompt's controls: "later" and "allow", two buttons.
pub const PUSH_PROMPT_BUTTONS: u32 = 2;
/// A fourth shape: an amount picker, the row of a donation form's amount
/// labels ("10 €", "30 €", "50 €", "Other amount") as links, buttons or
/// radio choices: at least [`PICKER_AMOUNTS`] of them, most of the row's
/// controls, and little other text (at most [`PICKER_MAX_OTHER_CHARS`]
/// beside the amounts' [`AMOUNT_MAX_CHARS`] each). A shop prints prices
/// beside product names and a plan its period; a row of bare sums asks
/// for a gift, in any language. Set into the article body as an inset
/// box it may go too: a box of buttons, not narrative.
pub const PICKER_AMOUNTS: u32 = 3;
pub const PICKER_MAX_OTHER_CHARS: usize = 30;

/// A cluster (several small hits spread over one widget) seeds when its
/// summed phrase score reaches this and the widget shows structure
/// (a form, an email field, a hint, an overlay).
pub const CLUSTER_SCORE: f32 = 4.0;
/// ... or this, in a widget whose markup names the category with a hint
/// of at least [`MARKED_CLUSTER_HINT`] (`div.spc-donate`): the markup
/// stands for the phrase the widget's words do not hold.
pub const MARKED_CLUSTER_SCORE: f32 = 3.0;
pub const MARKED_CLUSTER_HINT: u8 = 3;

/// A comment gate ("log in to comment" with its links, in a comment
/// section, outside the comments) holds at most this much text: a line
/// and its buttons, not a thread.
pub const COMMENT_GATE_MAX_CHARS: usize = 300;
/// An element marked as one comment with at least this many children so
/// marked is their list (a comment's replies hang one level lower, in a
/// list of their own).
pub const COMMENT_LIST_MIN_MARKED: u32 = 2;
/// ... and, when its links lead to the site's log-in or registration pages
/// (`[account-link]` in patterns/words.txt) whatever its words, at least
/// this much text of its own beside them: the gate's sentence, not a lone
/// "Log in" link. (So too for a login cluster anywhere that counts such a
/// link as its ask's: "Sign in to listen to this article" · "Log in".)
pub const COMMENT_GATE_MIN_OWN_CHARS: usize = 20;
/// Links to log-in or registration pages (`[account-link]` and
/// `[account-link-pair]` in patterns/words.txt) that make a gate without
/// log-in markup: log in, and register.
pub const GATE_ACCOUNT_LINKS: u32 = 2;

/// A box set into the article body: editors set support appeals, app tips
/// and newsletter boxes into the text as a container among the narrative's
/// paragraphs, often with a paragraph of pitch that reads like prose. Such a
/// box may hold more plain prose than other clusters when it is small (at
/// most this much text and this share of the body), sits beside at least
/// this much running text under the same parent, and has a link or button.
pub const INSET_TAGS: &[&str] = &["div", "aside", "section"];
pub const INSET_MAX_CHARS: usize = 1200;
pub const INSET_MAX_BODY_SHARE: f32 = 0.25;
pub const INSET_CONTEXT_PROSE_CHARS: usize = 300;
/// ... and at most this share of its text is plain prose.
pub const INSET_MAX_PLAIN_SHARE: f32 = 0.8;

/// A nag often comes as a run of lines: "Diese Arbeit ist nur mit Ihrer
/// Unterstützung möglich!", the bank details, then the chosen "Jetzt
/// spenden" button; or a row of "+++ our app / our newsletter / support
/// us" lines under the article. A sibling of a chosen nag joins it when it
/// is a short line (at most this long, this many sentence breaks) with
/// nag wording of its own (one weight-2 phrase, not in quotation marks);
/// the run stops at the first line without.
pub const BESIDE_MAX_CHARS: usize = 300;
pub const BESIDE_MAX_SENTENCE_BREAKS: usize = 3;
/// A run looks at most this many siblings on each side (empty ones
/// included), so that a page of many nags stays linear.
pub const BESIDE_MAX_STEPS: usize = 8;

/// A cluster needs wording in at least this many blocks, and may be at most
/// this share plain prose (an inset box: [`INSET_MAX_PLAIN_SHARE`]).
pub const CLUSTER_MIN_HIT_BLOCKS: u32 = 2;
/// Or, for a box set into the article body, without one heavy phrase: it
/// says its ask in this many blocks of its own (heading, text, button: "Die
/// Sport-App", "in einer App", "Die BILD-App jetzt kostenlos"), each with a
/// phrase of weight 2. Not elsewhere: a list of headlines or of comments
/// says "privacy" or "Facebook" in as many blocks.
pub const CLUSTER_MIN_WORDED_BLOCKS: u16 = 3;
pub const CLUSTER_MAX_PLAIN_SHARE: f32 = 0.5;
/// A cluster with more than [`PROMO_MAX_CLICKABLES`] links is a promo only
/// while less than this share of its text is link text (else a menu).
pub const PROMO_MAX_LINK_SHARE: f32 = 0.6;

/// A block with at least this many links or buttons, half or more of its
/// text linked, is a link row: only its unlinked words count.
pub const LINK_ROW_MIN_CLICKABLES: u32 = 2;
pub const LINK_ROW_LINK_SHARE: f32 = 0.5;
/// ... and at most this many letters outside its links ("Home  News"), or
/// separators between them ("© 2022 Harbour Times | Terms | Privacy"); a
/// sentence with links in it ("*Log in* or *create a free account* to save
/// this article") is a line, not a row.
pub const LINK_ROW_MAX_PLAIN_LETTERS: usize = 12;
pub const LINK_ROW_SEPARATORS: &[char] = &['|', '·', '•', '∙', '⋅', '¦'];

/// Growth: a parent that adds text without prose is accepted when it adds
/// a point of nag score per this many characters, or structure (a hint, a
/// form, an overlay) with at most [`GROW_STRUCTURE_MAX_CHARS`]; link text
/// may be at most [`GROW_MAX_LINK_SHARE`] of what it adds (a nag box's:
/// [`NAG_BOX_MAX_LINK_SHARE`]).
pub const GROW_CHARS_PER_POINT: f32 = 100.0;
pub const GROW_STRUCTURE_MAX_CHARS: usize = 300;
pub const GROW_MAX_LINK_SHARE: f32 = 0.5;
pub const NAG_BOX_MAX_LINK_SHARE: f32 = 0.3;

/// A merged container takes the category of everything inside it when that
/// category's score is more than this many times the seed's.
pub const RECATEGORISE_RATIO: f32 = 1.5;

/// Compound walls (`parts`): a column of a hidden box is a part of its own
/// category when it has at least this many worded blocks (a heading and a
/// line, a line and a button: a box, not a sign-in line) ...
pub const PART_MIN_HIT_BLOCKS: u32 = 2;
/// ... its category leads every other in it by this factor ...
pub const PART_LEAD_RATIO: f32 = 2.0;
/// ... and it is at most this many levels below the box.
pub const PART_MAX_DEPTH: usize = 4;

/// Categories whose asks share one box: a paywall with a sign-in line, a
/// donation appeal with a newsletter form, a registration wall offering a
/// trial, news alerts to "subscribe" to. A box grows on the wording of its
/// own category and of these; a cookie notice or an ad-blocker notice
/// beside a newsletter form is another box, whose words do not pay for the
/// growth.
pub const SHARED_BOX_CATEGORIES: &[Category] = &[
    Category::Notification,
    Category::Donation,
    Category::Login,
    Category::Paywall,
    Category::Newsletter,
];

/// A nag box holds wording in at least this many strong blocks.
pub const NAG_BOX_MIN_STRONG_BLOCKS: u32 = 2;

/// Content guard: blocks shorter than this do not vote for the article
/// body; a block votes 1 + its commas + one point per
/// [`GUARD_CHARS_PER_POINT`] (at most [`GUARD_MAX_LENGTH_POINTS`]) for its
/// container, and [`GUARD_GRANDPARENT_SHARE`] of that for the next one up.
pub const GUARD_MIN_BLOCK_CHARS: usize = 25;
pub const GUARD_CHARS_PER_POINT: f32 = 100.0;
pub const GUARD_MAX_LENGTH_POINTS: f32 = 3.0;
pub const GUARD_GRANDPARENT_SHARE: f32 = 0.5;

/// A page shown in another page's frame with at most this much visible
/// text has no article to protect: a consent or offer dialog served from
/// its vendor's origin is the whole document, and the article guard would
/// take its notice for the article (and hide only its buttons). Embedded
/// articles, comment threads and long documents are longer.
pub const FRAME_ARTICLE_MIN_CHARS: usize = 1500;

/// Largest text a cluster or a grown container may hold: beyond this it is
/// a page region, not a widget.
pub const WIDGET_MAX_CHARS: usize = 2500;

/// Growing a container up one level may add this much text that is not
/// nag wording (close buttons, "No thanks", a logo's alt text).
pub const GROW_SLACK_CHARS: usize = 60;
/// ... unless it is a row of more than this many links (not buttons, not
/// amounts), mostly link text: "About · Help · Legal" or a box's social
/// links beside it are the page's, a close link and "No thanks" the box's.
pub const GROW_SLACK_LINKS: u32 = 2;

/// A comment gate's box (its line and its sign-in buttons) holds at most
/// this much text: a reader's comment beside a "log in to reply" link is
/// longer, or marked as a comment.
pub const GATE_BOX_MAX_CHARS: usize = 300;
/// ... and it offers at least this many ways in (Google, Facebook, e-mail).
pub const GATE_MIN_BUTTONS: u32 = 2;

/// Ask boxes (`choose::ask_box`): at most this much text, this many links
/// or buttons, and at least this many characters outside links (a pitch,
/// not a menu entry or a headline; a sidebar's heading of a few words
/// above its donate link is one: "Somos financiados por quem nos lê").
pub const ASK_BOX_MAX_CHARS: usize = 400;
pub const ASK_BOX_MAX_CLICKABLES: u32 = 2;
pub const ASK_BOX_MIN_PITCH_CHARS: usize = 24;

/// Growth outside the article: a parent that adds only a heading above the
/// box and short unlinked lines ("Lieber einmalig überweisen?" over a bank
/// line, "Danke." under it) is the widget the box is set in, whatever its
/// words: a nag goes with its heading. Each added line at most
/// [`TITLED_LINE_MAX_CHARS`], all of them at most [`TITLED_STEP_MAX_CHARS`].
pub const HEADING_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
pub const TITLED_LINE_MAX_CHARS: usize = 160;
pub const TITLED_STEP_MAX_CHARS: usize = 240;
/// A sentence linked in the site's header or footer seeds only under a
/// heading of its own widget, found at most this many levels up: a lone
/// footer link is a footer link, whatever it says.
pub const TITLED_SEED_MAX_LEVELS: usize = 3;

/// A box with a form or nag markup may take in one short blurb of plain
/// prose this long when growing.
pub const BLURB_MAX_CHARS: usize = 250;
/// ... while all that growth step adds (the blurb and the wrapper's other
/// lines) is at most this much.
pub const BLURB_STEP_MAX_CHARS: usize = 2 * BLURB_MAX_CHARS;

/// A seed's box is the box floating over the page around it (`grow`'s
/// `floating_box_around`) when that box is at most this many levels up and
/// at most this many characters: a pop-up, not a page in a fixed frame.
pub const FLOATING_BOX_MAX_LEVELS: usize = 4;
pub const FLOATING_BOX_MAX_CHARS: usize = 600;

/// A grown container may take in clean prose only if its nag evidence is at
/// least this strong and the prose is at most this much and this share.
pub const ABSORB_SCORE: f32 = 7.0;
pub const ABSORB_MAX_PROSE_CHARS: usize = 1000;
/// Share of plain prose (no nag wording at all) a nag box may hold: an
/// appeal interleaves its paragraphs with asks; an article column with a
/// sign-up form in it is mostly plain prose.
pub const ABSORB_MAX_PLAIN_SHARE: f32 = 0.5;

/// Comment-section markup of this weight marks the comments themselves
/// (list, item, body), not only the area where the form stands.
pub const COMMENT_ITEM_HINT: u8 = 3;

/// A list with at least this many items of text in a comment section is
/// its readers' comments (marked up in the site's language or not).
pub const COMMENT_LIST_MIN_ITEMS: usize = 2;
/// ... of at least this many characters each (a name and a sentence, not
/// a tab's "Anmelden").
pub const COMMENT_LIST_ITEM_MIN_CHARS: usize = 30;

/// Weight of an attribute hint needed to count as structure for the
/// category, and for a hint to seed alone (vendor markup).
pub const HINT_SUPPORT: u8 = 2;
pub const HINT_SEED: u8 = 4;
/// Weight of a hint that seeds an overlay even when none of its words are
/// known (a consent platform's banner in a language without a phrase file).
pub const HINT_ALONE: u8 = 5;

/// For finding the article body, a block this long with this many
/// sentence breaks, a comma and no call to action of its own is narrative
/// even when its words are all about subscriptions or ad blockers (a short
/// article on the subject would otherwise have no body to protect).
pub const NARRATIVE_MIN_CHARS: usize = 150;
pub const NARRATIVE_MIN_SENTENCE_BREAKS: usize = 1;
pub const NARRATIVE_MIN_COMMAS: usize = 1;

/// Element holding this share of the article's clean prose is part of the
/// article, and is never hidden.
pub const GUARD_PROSE_SHARE: f32 = 0.3;

/// Readability's sibling step: a body split into entities of a CMS
/// (Drupal's paragraphs, a page builder's rows) scores one of them best.
/// Up to [`GUARD_CLIMB_MAX_LEVELS`] wrappers up, the container whose other
/// children hold at least [`GUARD_SIBLING_SHARE`] of the root's clean
/// prose, in at least [`GUARD_SIBLING_MIN_BLOCKS`] children of this much
/// prose each ([`GUARD_SIBLING_MIN_PROSE`]), is the body.
pub const GUARD_CLIMB_MAX_LEVELS: usize = 3;
pub const GUARD_SIBLING_SHARE: f32 = 0.5;
pub const GUARD_SIBLING_MIN_BLOCKS: usize = 2;
pub const GUARD_SIBLING_MIN_PROSE: usize = 150;

/// Least clean prose for an `itemprop=articleBody` element to be trusted as
/// the article body outright.
pub const ARTICLE_BODY_MIN_PROSE: usize = 200;

/// Evidence lines in verdicts: the phrases of at least [`WEIGHT_STRONG`]
/// are named, the strongest [`EVIDENCE_MAX_PHRASES`] of them; link
/// destinations are added while there are fewer than
/// [`EVIDENCE_MAX_LINES`] lines (the popup shows a few, not a list).
pub const EVIDENCE_MAX_PHRASES: usize = 5;
pub const EVIDENCE_MAX_LINES: usize = 12;

/// Text excerpt length in verdicts.
pub const EXCERPT_CHARS: usize = 160;

/// A hidden block's whole text in verdicts is cut here: a rule may hide a
/// page region, and the verdict travels to the popup.
pub const BLOCK_TEXT_MAX_CHARS: usize = 10_000;

/// Membership test for the small tag tables. (Length and first byte
/// before the bytes: most entries differ there, and a call to compare the
/// bytes was the index's biggest cost, several per node.)
#[inline]
pub fn is_in(table: &[&str], tag: &str) -> bool {
    let tag = tag.as_bytes();
    table.iter().any(|t| {
        let t = t.as_bytes();
        t.len() == tag.len() && t.first() == tag.first() && t == tag
    })
}

/// The phrase score a block of `chars` characters needs to seed a nag.
#[inline]
pub fn seed_threshold(chars: usize) -> f32 {
    if chars > MAX_SEED_BLOCK_CHARS {
        return f32::INFINITY;
    }
    SEED_SCORE + chars.saturating_sub(SHORT_BLOCK_CHARS) as f32 / CHARS_PER_EXTRA_POINT
}

/// Negation: a cookie or ad-blocker word right after a word of
/// `[negator]` in patterns/words.txt (this many words before it, in the
/// same sentence; two words reach too far: "cookies that may not be
/// particularly necessary" is a consent dialog's own line) says the site
/// does *not* do it ("Dieser Blog verwendet keine Cookies", "sans
/// publicité", "no ads, no trackers"): a statement, not a consent notice
/// or a wall. Paywall words are left out: "Not a subscriber?" and "Noch
/// kein Abonnent?" are the paywall's own lines.
pub const NEGATION_WORDS_BEFORE: usize = 1;
pub const NEGATED_CATEGORIES: &[Category] = &[Category::Cookie, Category::AdblockWall];
