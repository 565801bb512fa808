//! Evidence: what each block says (phrase hits), what each element is
//! marked as (attribute hints), and subtree sums of both, computed bottom-up
//! over the arena in one reverse pass (children follow their parents in
//! pre-order, so iterating backwards visits every child before its parent).

use super::index::{Segment, TextIndex};
use super::tables::*;
use super::words::Words;
use crate::category::Category;
use crate::matcher::{HintSet, Hit, Matcher};
use crate::page::{Flags, NO_PARENT, NodeId, Page, link_destination, link_host, same_site};
use crate::text::word_count;

/// Per-category scores.
pub type Scores = [f32; Category::COUNT];

/// Every category, for [`strongest`] where none is switched off.
pub const ALL_CATEGORIES: [bool; Category::COUNT] = [true; Category::COUNT];

/// The one argmax of the classifier: the strongest of the `enabled`
/// categories in `scores`, if any scores above zero. On a tie the later
/// category in [`Category::ALL`] wins.
pub fn strongest(scores: &Scores, enabled: &[bool; Category::COUNT]) -> Option<(Category, f32)> {
    Category::ALL
        .iter()
        .filter(|c| enabled[c.index()])
        .map(|&c| (c, scores[c.index()]))
        .filter(|&(_, s)| s > 0.0)
        .max_by(|x, y| x.1.total_cmp(&y.1))
}

/// The highest score of any category (0 when none scores).
pub fn max_score(scores: &Scores) -> f32 {
    strongest(scores, &ALL_CATEGORIES).map_or(0.0, |x| x.1)
}

/// What one block's own text says.
#[derive(Clone, Debug, Default)]
pub struct BlockEvidence {
    /// Phrase hits whose start lies in this block's own text.
    pub hits: Vec<Hit>,
    /// Sum of weights of distinct phrases, per category.
    pub score: Scores,
    pub own_chars: usize,
    pub own_link_chars: usize,
    /// A phrase hit touches a link or button: a call to action.
    pub cta: bool,
    /// A phrase hit in a link of the site's header or footer that is a
    /// sentence, not a menu's entry (see `in_menu_link`).
    pub chrome_sentence: bool,
    /// Heaviest phrase per category in the own text.
    pub top_weight: [u8; Category::COUNT],
    /// Score of the hits that lie in link or button text.
    pub link_score: Scores,
    /// Per category: the heaviest link destination among the block's links
    /// (`patterns/links.txt`), and which entry it is.
    pub links: [u8; Category::COUNT],
    pub link_best: [Option<u32>; Category::COUNT],
    /// Links to an app store among the block's links (outside navigation).
    pub store_links: u8,
    /// Per category: the block ends with an exclamation whose last sentence
    /// holds a phrase of the category ("… Deshalb freuen wir uns über jede
    /// Spende!"): a pitch's closing ask (see `closing_asks`).
    pub closing_ask: [bool; Category::COUNT],
    /// Links to a privacy or cookie page (`[privacy-link]` in
    /// patterns/words.txt).
    pub privacy_links: u8,
    /// Links to a log-in or registration page ([`account_link`]).
    pub account_links: u8,
    /// Links to a privacy, cookie, terms or data-protection page
    /// (`[privacy-link]`, `[terms-link]` in patterns/words.txt).
    pub legal_links: u8,
    /// The own text names a price per period ("12€ / mois"): a
    /// subscription offer in any language (see `price`).
    pub price_per_period: bool,
    /// The own text holds a fundraiser's progress, the sum raised and its
    /// goal (`price::progress`).
    pub progress: bool,
    /// The own text names a price or a discount ("1€ le premier mois",
    /// "35 % sparen"): beside subscription wording, an offer (see
    /// `price::offers`).
    pub offer: bool,
    /// A price per period, or an offer beside a subscription ask: the
    /// block names what a subscription costs.
    pub priced: bool,
    /// The own text prints a bank account number or a payment handle (see
    /// `price::account_numbers`, `price::payment_handles`).
    pub account: bool,
    /// The block sits in running text (its parent holds much other prose)
    /// and has no nag markup of its own.
    pub in_flow: bool,
    /// The block reads as article prose: long, and either its wording is
    /// too thin to seed a nag or it sits in running text without a call to
    /// action. Counted as clean prose; never seeded.
    pub prose: bool,
    /// Commas in the own text: a prose signal, as in Readability.
    pub commas: usize,
    /// Per category: a phrase of weight 2 or more that is more than one
    /// word (or a run of an unspaced script), not a lone "email" or
    /// "privacy" that any footer prints.
    pub phrase_wording: [bool; Category::COUNT],
    /// Per category: distinct phrases of weight 3 or more in the own text,
    /// outside quotation marks.
    pub strong_phrases: [u8; Category::COUNT],
    /// Per hit in `hits`: it lies inside quotation marks, a phrase
    /// *mentioned*, as an article quotes a banner ("a pop-up reading
    /// “Subscribe now”"), not *used*. Still evidence for a box, not in the
    /// article's flow.
    pub quoted: Vec<bool>,
    /// Distinct score of the hits outside quotation marks, per category.
    pub used_score: Scores,
    /// A phrase outside quotation marks touches a link or button.
    pub used_cta: bool,
    /// The own text carries a copyright sign: the site's imprint line.
    pub site_info: bool,
    /// Sentence ends inside the own text (a stop followed by a space).
    pub sentence_breaks: usize,
    /// The own text, outside links, asks a question (`text::Punctuation`).
    pub question: bool,
    /// A link or button of the own text starts with a word that accepts
    /// (`[yes]` in patterns/words.txt): a prompt's answer.
    pub yes_answer: bool,
    /// Own characters set in `<em>`, `<i>`, `<strong>` or `<b>`: a line
    /// set apart from the narrative ("*Sign up for our weekly newsletter*").
    pub emphasis_chars: usize,
    /// Running text precedes the block under its parent: a line set apart
    /// there is an editor's note, not the article's lead.
    pub after_prose: bool,
    /// The own text ends in an address written out as the link's text
    /// ("… hier: https://apolut.net/unterstuetzen/"): printed, as an
    /// editor prints a pointer, not a link set in a sentence.
    pub ends_in_address: bool,
    /// The own text's last words are a link's, and no sentence ends
    /// before it ("Abonnieren Sie unseren Newsletter *hier*."): the
    /// sentence points at where it sends the reader.
    pub ends_in_link: bool,
    /// The own text's last sentence is a short link of its own after a
    /// sentence of pitch ("Dankzij 2.400 coöperanten. *Word ook
    /// coöperant*"): a button written as a link. A source link sits inside
    /// a sentence ("…, says the *council*."), not after its stop.
    pub ends_in_link_sentence: bool,
    /// The own text opens with a short label in emphasis, outside a link
    /// ("**Morgenbrief Unterland:** …"): see [`Self::labelled_line`].
    pub lead_label: bool,
    lead_seen: bool,
    /// The block wears a class that none of the narrative's paragraphs
    /// before it wears ("p.inline-cta" among plain `<p>`s): a template
    /// set it there. See [`Self::classed_line`].
    pub classed_apart: bool,
    /// A link to a mailing list or a messaging channel whose words name
    /// the account it goes to ("@didbannews" to t.me/didbannews): a follow
    /// button, worded in any language.
    pub names_account: bool,
    /// Per category: a link here goes to a page named for the ask by a
    /// whole path segment ("/prenumerera"), counted as evidence or not.
    pub ask_paths: [u8; Category::COUNT],
    /// Scratch for `ends_in_link_sentence`: the text so far ends in a
    /// sentence stop, and the characters of the trailing link sentence.
    after_stop: bool,
    /// An aside after the closing link was read (one is allowed).
    tail_seen: bool,
    link_sentence_chars: usize,
    /// Letters of the own text outside links: a row of links has only
    /// separators between them, a sentence with links has words.
    pub plain_letters: usize,
    /// Separators outside links ('|', '·', '•'): what a row of links puts
    /// between its entries.
    pub separators: usize,
    /// The last link of the block (document order, outside navigation)
    /// stays on the page's site (`page::same_site`).
    pub last_link_own: bool,
    /// Links of the block to an article's address ([`article_address`])
    /// that name no nag's page: a headline's.
    pub article_links: u8,
    /// Links of the block counted here (visible, outside menus), and those
    /// of them whose destination names an ask (`patterns/links.txt`).
    pub dest_links: u8,
    pub nag_links: u8,
}

/// Subtree sums for one element.
#[derive(Clone, Copy, Debug, Default)]
pub struct Agg {
    pub chars: usize,
    pub link_chars: usize,
    /// Prose blocks (>= PROSE_MIN_CHARS of own text) with no nag wording.
    pub clean_prose: usize,
    /// Prose blocks without a single strong nag word (weight >= 2): what
    /// an article paragraph looks like. A widget mostly made of this is
    /// not a nag cluster.
    pub plain_prose: usize,
    /// All long, mostly unlinked blocks, nag wording or not: how much the
    /// surroundings read like running text. (An article about a charity
    /// drive is strongly worded in every paragraph and still narrative.)
    pub long_prose: usize,
    /// Blocks whose own wording is strong (a weight-3 phrase or more).
    pub strong_blocks: u32,
    /// Heaviest link destination per category in the subtree.
    pub links: [u8; Category::COUNT],
    /// Per category: a link in the subtree goes to a page named for the
    /// ask by its path (`BlockEvidence::ask_paths`).
    pub ask_paths: [u8; Category::COUNT],
    /// Per category: blocks whose own wording has a phrase of weight 2 or
    /// more of it (the same ask said in a heading, a text and a button).
    pub worded: [u16; Category::COUNT],
    /// Blocks with a call to action (nag wording in a link or button).
    pub ctas: u32,
    /// Blocks with any nag wording.
    pub hit_blocks: u32,
    /// `<h1>`s: the page's headline is in the article, never in a nag.
    pub h1s: u32,
    /// `<figcaption>`s: a figure with its caption is the article's (or a
    /// teaser's) picture, never part of a nag box.
    pub captions: u32,
    /// Bylines and datelines (`[@byline]` markup, `<time>`): the
    /// article's, never part of a nag box.
    pub bylines: u32,
    /// Heaviest single phrase per category.
    pub top_weight: [u8; Category::COUNT],
    pub score: Scores,
    pub forms: u32,
    pub email_inputs: u32,
    pub password_inputs: u32,
    pub buttons: u32,
    /// Links and buttons: a menu has many, a promo one or two.
    pub clickables: u32,
    /// Controls that close their box: a link or button of a word or less
    /// ([`DISMISS_MAX_CHARS`]) marked as closing it, or a cross alone
    /// ([`DISMISS_GLYPHS`]).
    pub dismissers: u32,
    /// Those with text of their own: a row of app-store badges beside one
    /// worded link is not a menu.
    pub worded_clickables: u32,
    /// Elements marked as readers' comments (a comment list, one comment):
    /// a nag box never grows over them.
    pub comment_marks: u32,
    /// Link or button labels that are a sum of money ("€5", "10 €",
    /// "$25"): the amount picker of a donation form, in any language.
    pub amounts: u32,
    /// `<textarea>`s: a form with one is a comment or contact form, not a
    /// sign-up box.
    pub textareas: u32,
    /// Links to an app store (outside navigation).
    pub store_links: u32,
    /// Links to a privacy or cookie page (outside navigation).
    pub privacy_links: u32,
    pub account_links: u32,
    /// Links to a privacy, cookie, terms or data-protection page (outside navigation).
    pub legal_links: u32,
    /// Text fields with a placeholder (fields, not buttons or `clickables`).
    pub fields: u32,
    /// Radio buttons: a poll's choices (or a plan or amount picker's).
    pub radios: u32,
    /// Blocks that name a price or an offer (`BlockEvidence::priced`).
    pub priced: u32,
    /// Blocks that print an account number or a payment handle.
    pub accounts: u32,
    /// Links to articles' addresses that name no nag's page
    /// (`BlockEvidence::article_links`): headlines.
    pub article_links: u32,
    /// Blocks that ask a question (`BlockEvidence::question`), and
    /// blocks with a link or button that answers it yes
    /// (`BlockEvidence::yes_answer`).
    pub questions: u32,
    pub yes_answers: u32,
    /// Texts that are a sum of money, in a link or not ("35€" beside a radio).
    pub money: u32,
}

/// Inherited context, top-down.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// Inside nav/header/footer/menu markup.
    pub nav: bool,
    /// Inside nav/menu markup itself (not only the site's header/footer).
    pub menu: bool,
    /// Inside an overlay (dialog, aria-modal, fixed, overlay hint).
    pub overlay: bool,
    /// Inside (or at) an element a keep rule protects.
    pub keep: bool,
    /// Inside `<article>`, `<main>` or the marked article body: a `<header>`
    /// or `<footer>` there is the article's, not the site's navigation.
    pub in_article: bool,
    /// Inside a sidebar (`<aside>`, role=complementary) of `<main>`, not of
    /// an `<article>` or the marked body: the page's column beside the
    /// article, not the article's own fact box.
    pub sidebar: bool,
    /// Inside an `<article>` or the marked article body.
    pub article_tag: bool,
    /// Inside the site's `<footer>` (not an article's).
    pub site_footer: bool,
    /// Inside a byline or an author box (`[@byline]` markup): it describes
    /// the author ("refuses cookies on principle"); only strong wording
    /// asks there.
    pub byline: bool,
    /// Inside a `<figcaption>` or caption markup (`[@caption]`,
    /// WordPress's `p.wp-caption-text`): a caption describes its picture,
    /// whatever words it uses ("Volunteers sort donated cans").
    pub caption: bool,
    /// Inside a comment section (markup hint).
    pub comments: bool,
    /// Inside the list of readers' comments, or one comment.
    pub comment_item: bool,
    /// Nearest enclosing `<form>`, if any.
    pub form: Option<NodeId>,
}

/// All evidence for a page.
pub struct Evidence {
    pub blocks: Vec<Option<Box<BlockEvidence>>>,
    pub agg: Vec<Agg>,
    pub hints: Vec<Option<Box<HintSet>>>,
    pub ctx: Vec<Context>,
}

impl Evidence {
    /// The evidence of a page, in named passes over the arena (each a loop
    /// over a range, none recursive): own text, context and hints, phrases,
    /// link destinations and prices, block scores, bottom-up sums, prose,
    /// prose sums. `w` holds the word lists of patterns/words.txt.
    pub fn build(page: &Page, ix: &TextIndex, m: &Matcher, w: &Words) -> Evidence {
        let lang = crate::lang::detect(&page.lang, &ix.doc);
        let lang = lang.as_str();
        let mut blocks: Blocks = vec![None; page.len()];
        let text = own_text(page, ix, w, &mut blocks);
        let (hints, ctx) = context_and_hints(page, ix, m);
        phrases(page, ix, m, w, lang, &ctx, &mut blocks);
        closing_asks(ix, m, lang, &mut blocks);
        link_destinations(page, ix, m, w, &ctx, &mut blocks);
        prices(page, ix, w, &ctx, &mut blocks);
        score_blocks(m, lang, &mut blocks);
        let mut agg = sums(page, ix, &blocks, &hints, &ctx, &text);
        prose(page, &hints, &ctx, &agg, &mut blocks);
        prose_sums(page, ix, &blocks, &mut agg);
        Evidence {
            blocks,
            agg,
            hints,
            ctx,
        }
    }

    /// Inside a form with a free-text field: a comment, contact or
    /// share-by-email form. Its "your email address" is not a sign-up.
    pub fn in_text_form(&self, id: NodeId) -> bool {
        self.ctx[id as usize]
            .form
            .is_some_and(|f| self.agg[f as usize].textareas > 0)
    }

    #[inline]
    pub fn hint(&self, id: NodeId, c: Category) -> u8 {
        self.hints[id as usize]
            .as_ref()
            .map_or(0, |h| h.nag[c.index()])
    }

    #[inline]
    pub fn hint_set(&self, id: NodeId) -> Option<&HintSet> {
        self.hints[id as usize].as_deref()
    }
}

/// Per-block facts of the text index; a box per block with text.
type Blocks = Vec<Option<Box<BlockEvidence>>>;

/// Per node: its own text's characters, those in links, and whether it is
/// an amount label (a donation form's "€10").
struct NodeText {
    chars: Vec<usize>,
    links: Vec<usize>,
    amount: Vec<bool>,
    /// A sum of money as the whole text, link or not (a radio's label "35€").
    money: Vec<bool>,
}

/// Pass 1: each block's own text (length, commas, sentence breaks,
/// emphasis, link text), and each node's text sums. Subtree character
/// counts start at the text node itself so that inline elements count
/// their text too.
fn own_text(page: &Page, ix: &TextIndex, w: &Words, blocks: &mut Blocks) -> NodeText {
    let n = page.len();
    let mut seg_chars = vec![0usize; n];
    let mut amount_at = vec![false; n];
    let mut money_at = vec![false; n];
    let mut seg_links = vec![0usize; n];
    for s in &ix.segments {
        let chars = ix.seg_chars(s);
        seg_chars[s.node as usize] += chars;
        if s.in_link {
            seg_links[s.node as usize] += chars;
        }
        let b = blocks[s.block as usize].get_or_insert_with(Default::default);
        b.own_chars += chars;
        let seg_text = &ix.doc[s.start as usize..(s.start + s.len) as usize];
        let marks = crate::text::punctuation(seg_text);
        b.commas += marks.commas;
        b.site_info |= marks.copyright;
        let emphasis = emphasised(page, s.node, s.block);
        if emphasis {
            b.emphasis_chars += chars;
        }
        if is_amount(seg_text, w) {
            money_at[s.node as usize] = true;
            amount_at[s.node as usize] |= s.in_link;
        }
        b.sentence_breaks += marks.sentence_breaks;
        b.question |= marks.question && !s.in_link;
        b.yes_answer |= s.in_link && w.starts_with_yes(seg_text);
        if s.in_link {
            b.own_link_chars += chars;
        } else {
            b.plain_letters += seg_text.chars().filter(|c| c.is_alphabetic()).count();
            b.separators += seg_text
                .chars()
                .filter(|c| LINK_ROW_SEPARATORS.contains(c))
                .count();
        }
        // Closing punctuation after a link does not end the line, nor an
        // aside set off after it (" – it's free.").
        let aside = !s.in_link
            && !b.tail_seen
            && (b.ends_in_link || b.ends_in_link_sentence)
            && chars <= LINK_TAIL_MAX_CHARS
            && seg_text.trim_start().starts_with(LINK_TAIL_OPENERS);
        b.tail_seen |= aside;
        if seg_text.chars().any(char::is_alphanumeric) && !aside {
            if !b.lead_seen {
                b.lead_seen = true;
                b.lead_label = emphasis && !s.in_link && chars <= LEAD_LABEL_MAX_CHARS;
            }
            b.ends_in_address = s.in_link && looks_like_address(seg_text);
            // (A footnote's "[1]" is a source, not where a line sends the
            // reader; and only a line that is one sentence up to its link.)
            b.ends_in_link = s.in_link
                && seg_text.chars().any(char::is_alphabetic)
                && b.sentence_breaks == marks.sentence_breaks;
            let continues = s.in_link && (b.after_stop || b.ends_in_link_sentence);
            b.link_sentence_chars = if continues {
                b.link_sentence_chars + chars
            } else {
                0
            };
            b.ends_in_link_sentence = continues
                && b.link_sentence_chars <= LINK_SENTENCE_MAX_CHARS
                && seg_text.chars().any(char::is_alphabetic);
            b.after_stop = seg_text
                .trim_end()
                .ends_with(['.', '!', '?', '\u{3002}', '\u{ff01}', '\u{ff1f}']);
        }
    }
    NodeText {
        chars: seg_chars,
        links: seg_links,
        amount: amount_at,
        money: money_at,
    }
}

/// Pass 2, top-down: attribute hints per element and the context each
/// node inherits (navigation, article, overlay, form, comments, keep).
fn context_and_hints(
    page: &Page,
    ix: &TextIndex,
    m: &Matcher,
) -> (Vec<Option<Box<HintSet>>>, Vec<Context>) {
    let n = page.len();
    let mut hints: Vec<Option<Box<HintSet>>> = vec![None; n];
    let mut ctx = vec![Context::default(); n];
    // Elements marked as one comment, counted per parent: an element so
    // marked whose children are comments so marked is their list or
    // section (Drupal's `section.field--type-comment`), not one comment.
    let mut comment_children = vec![0u32; n];
    for (i, (node, slot)) in page.nodes.iter().zip(hints.iter_mut()).enumerate() {
        if !ix.visible[i] || node.is_text() {
            continue;
        }
        let mut attrs =
            String::with_capacity(node.id.len() + node.class.len() + node.hints.len() + 2);
        for part in [&node.id, &node.class, &node.hints] {
            if !part.is_empty() {
                // As written: camelCase humps start hint tokens.
                attrs.push_str(part);
                attrs.push(' ');
            }
        }
        let hs = m.find_hints(&attrs);
        if comment_item_markup(&hs) && node.parent != NO_PARENT {
            comment_children[node.parent as usize] += 1;
        }
        if !hs.is_empty() {
            *slot = Some(Box::new(hs));
        }
    }
    let none = HintSet::default();
    for i in 0..n {
        let node = &page.nodes[i];
        if !ix.visible[i] || node.is_text() {
            if node.parent != NO_PARENT {
                ctx[i] = ctx[node.parent as usize];
            }
            continue;
        }
        let hs = hints[i].as_deref().unwrap_or(&none);
        let mut c = if node.parent == NO_PARENT {
            Context::default()
        } else {
            ctx[node.parent as usize]
        };
        // Tags and roles only: a class such as "page-header" often wraps the
        // whole page, and would make every link on it navigation.
        let site_chrome = is_in(SITE_CHROME_TAGS, &node.tag) && !c.in_article;
        c.menu |= is_in(NAV_TAGS, &node.tag) || node.role == "navigation" || node.role == "menu";
        c.site_footer |= site_chrome && node.tag == "footer";
        c.nav |= site_chrome || c.menu;
        // A box in the site's header or footer named for a nag ("bottom-
        // banner-subscriber offer", "footer-newsletter") is a promo set
        // there, not a menu: its links are its own asks.
        if c.nav
            && !c.menu
            && !site_chrome
            && (is_in(CHROME_BOX_TAGS, &node.tag) || (c.site_footer && node.tag == "div"))
            && hs.nav == 0
            && hs.nag.iter().any(|&w| w >= WEIGHT_ALONE)
        {
            c.nav = false;
        }
        c.in_article |= is_in(ARTICLE_TAGS, &node.tag) || node.flags.has(Flags::ARTICLE_BODY);
        c.article_tag |= node.tag == "article" || node.flags.has(Flags::ARTICLE_BODY);
        c.sidebar |= !c.article_tag && (node.tag == "aside" || node.role == "complementary");
        if node.tag == "form" {
            c.form = Some(i as NodeId);
        }
        c.caption |= node.tag == "figcaption" || hs.caption > 0;
        c.byline |= hs.byline > 0;
        c.overlay |= is_overlay(node, hs);
        c.comments |= hs.comments > 0;
        c.comment_item |= comment_item_markup(hs) && comment_children[i] < COMMENT_LIST_MIN_MARKED;
        c.keep |= node.flags.has(Flags::RULE_KEEP);
        ctx[i] = c;
    }
    (hints, ctx)
}

/// Pass 3: one automaton pass over the whole page text; each hit goes to
/// its block (menu links and addresses skipped, quotes and links noted).
fn phrases(
    page: &Page,
    ix: &TextIndex,
    m: &Matcher,
    w: &Words,
    lang: &str,
    ctx: &[Context],
    blocks: &mut Blocks,
) {
    let mut hits = Vec::new();
    m.find_phrases_on(&ix.doc, lang, &mut hits);
    crate::sort::sort_by_key(&mut hits, |h| h.start);
    let mut quotes = QuoteCursor::default();
    for h in hits {
        let quoted = quotes.inside(&ix.doc, h.start);
        if let Some(seg) = ix.segment_at(h.start) {
            if in_menu_link(seg, ctx, page, &ix.doc) {
                continue;
            }
            let chrome_sentence = seg.in_link && ctx[seg.block as usize].nav;
            if chrome_sentence
                && m.entry(h.entry)
                    .meanings_on(lang)
                    .all(|(c, _)| CHROME_SENTENCE_SKIPPED.contains(&c))
            {
                continue;
            }
            if negated(&ix.doc[..h.start], m, w, h.entry, lang) {
                continue;
            }
            // An address is contact information, not an ask: "email" in
            // "[email protected]" (a CDN's obfuscated mailto link) or in
            // "news@example.com". A handle is not an address: "Follow
            // @harbournews" asks.
            let seg_text = &ix.doc[seg.start as usize..(seg.start + seg.len) as usize];
            if seg.in_link && (has_email_address(seg_text) || seg_text.contains("email protected"))
            {
                continue;
            }
            // A bare address shown as the link's text says where the link
            // goes, not what it asks: "donate" in "charity.example/donate".
            if seg.in_link && looks_like_address(seg_text) {
                continue;
            }
            let cta = seg.in_link
                || ix
                    .segment_at(h.end.saturating_sub(1))
                    .is_some_and(|s| s.in_link);
            let b = blocks[seg.block as usize].get_or_insert_with(Default::default);
            b.cta |= cta;
            b.chrome_sentence |= chrome_sentence;
            b.used_cta |= cta && !quoted;
            b.quoted.push(quoted);
            if seg.in_link {
                for (c, w) in m.entry(h.entry).meanings_on(lang) {
                    b.link_score[c.index()] += w as f32;
                }
            }
            b.hits.push(h);
        }
    }
}

/// Markup of a comment itself ("comment-body", WordPress's "comment"),
/// unless it also names a sign-in: "wpd-login-to-comment" is the gate
/// where the comment form would be, not a comment.
fn comment_item_markup(hs: &HintSet) -> bool {
    hs.comments >= COMMENT_ITEM_HINT && hs.nag[Category::Login.index()] < HINT_SUPPORT
}

/// Whether `text` holds an e-mail address: an `@` between a word's letters
/// ("news@example.com"), not a handle's ("@harbournews").
fn has_email_address(text: &str) -> bool {
    text.match_indices('@').any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// A cookie or ad-blocker phrase that the word before it denies ("keine
/// Cookies", "sans publicité"): see `[negator]` in patterns/words.txt and
/// [`NEGATION_WORDS_BEFORE`]. `before` is the page text up to the hit; a
/// block or a sentence ends the look back.
fn negated(before: &str, m: &Matcher, words: &Words, entry: u32, lang: &str) -> bool {
    // Words apart from the phrase by a space: "non-necessary" is one word.
    if !before.ends_with(' ') {
        return false;
    }
    let mut meanings = m.entry(entry).meanings_on(lang).peekable();
    if meanings.peek().is_none() || !meanings.all(|(c, _)| NEGATED_CATEGORIES.contains(&c)) {
        return false;
    }
    let start = before
        .rfind(['\n', '.', '!', '?', ':', ';'])
        .map_or(0, |i| i + 1);
    before[start..]
        .split(' ')
        .filter(|w| !w.is_empty())
        .rev()
        .take(NEGATION_WORDS_BEFORE)
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            words.negator.iter().any(|n| n == w)
        })
}

/// Pass 3b: which blocks close on an ask. A pitch beside a nag often
/// ends its paragraph of reasons with the ask itself, as an exclamation
/// ("Weniger Anzeigen, weniger Heftseiten. Deshalb freuen wir uns über jede
/// Spende!"): narrative does not end that way. A phrase (not quoted, of
/// weight [`WEIGHT_STRONG`] or more) in the last sentence of a block whose
/// own text ends with '!' marks its categories.
fn closing_asks(ix: &TextIndex, m: &Matcher, lang: &str, blocks: &mut Blocks) {
    // The end of each block's own text, and what follows each hit in it,
    // read from its segments (a block's text may be interleaved with its
    // children's).
    let mut ranges: Vec<Vec<(usize, usize)>> = vec![Vec::new(); blocks.len()];
    for seg in &ix.segments {
        if blocks[seg.block as usize]
            .as_ref()
            .is_some_and(|b| !b.hits.is_empty())
        {
            ranges[seg.block as usize].push((seg.start as usize, (seg.start + seg.len) as usize));
        }
    }
    let doc = ix.doc.as_str();
    for (r, b) in ranges.iter().zip(blocks.iter_mut()) {
        let Some(b) = b.as_mut() else {
            continue;
        };
        if r.is_empty() {
            continue;
        }
        let own: String = r.iter().map(|&(a, z)| &doc[a..z]).collect();
        if !own.trim_end().ends_with('!') {
            continue;
        }
        for (h, &quoted) in b.hits.iter().zip(&b.quoted) {
            if quoted {
                continue;
            }
            // What follows the hit in the block: no sentence ends before the '!'.
            let tail: String = r
                .iter()
                .filter(|&&(_, z)| z > h.end)
                .map(|&(a, z)| &doc[a.max(h.end)..z])
                .collect();
            let tail = tail.trim_end();
            if tail[..tail.len().saturating_sub(1)].contains(['.', '!', '?']) {
                continue;
            }
            for (c, w) in m.entry(h.entry).meanings_on(lang) {
                if w >= WEIGHT_STRONG {
                    b.closing_ask[c.index()] = true;
                }
            }
        }
    }
}

/// Menu items and footer links ("Subscribe", "Log in", "Newsletters",
/// "Abo ab 1 €/Monat") are navigation, not nags: text there is not read as
/// wording.
fn in_menu_link(seg: &Segment, ctx: &[Context], page: &Page, doc: &str) -> bool {
    let c = &ctx[seg.block as usize];
    if !seg.in_link || !c.nav {
        return false;
    }
    c.menu
        || is_in(PATH_LINK_LIST_TAGS, &page.nodes[seg.block as usize].tag)
        || word_count(&doc[seg.start as usize..(seg.start + seg.len) as usize])
            < CHROME_LINK_SENTENCE_MIN_WORDS
}

/// Pass 4b: prices per period and offers (see `price`), outside menu
/// links.
fn prices(page: &Page, ix: &TextIndex, w: &Words, ctx: &[Context], blocks: &mut Blocks) {
    for at in super::price::prices_per_period(&ix.doc, w) {
        if let Some(seg) = ix.segment_at(at)
            && !in_menu_link(seg, ctx, page, &ix.doc)
        {
            blocks[seg.block as usize]
                .get_or_insert_with(Default::default)
                .price_per_period = true;
        }
    }
    // A payment handle ("MobilePay 284491") is a number to pay to, as an
    // account number is.
    let handles = super::price::payment_handles(&ix.doc, w);
    for at in super::price::account_numbers(&ix.doc)
        .into_iter()
        .chain(handles)
    {
        if let Some(seg) = ix.segment_at(at)
            && let Some(b) = blocks[seg.block as usize].as_mut()
        {
            b.account = true;
        }
    }
    for at in super::price::progress(&ix.doc, w) {
        if let Some(seg) = ix.segment_at(at)
            && !in_menu_link(seg, ctx, page, &ix.doc)
            && let Some(b) = blocks[seg.block as usize].as_mut()
        {
            b.progress = true;
        }
    }
    for at in super::price::offers(&ix.doc) {
        if let Some(seg) = ix.segment_at(at)
            && !in_menu_link(seg, ctx, page, &ix.doc)
            && let Some(b) = blocks[seg.block as usize].as_mut()
        {
            b.offer = true;
        }
    }
}

/// Pass 5: each block's scores from its hits (distinct phrases, those
/// outside quotation marks, heaviest and strong phrases), then its link
/// destinations and prices.
fn score_blocks(m: &Matcher, lang: &str, blocks: &mut Blocks) {
    for b in blocks.iter_mut().flatten() {
        b.score = distinct_score(&b.hits, m, lang);
        b.used_score = b.score;
        if b.quoted.contains(&true) {
            let used: Vec<Hit> = b
                .hits
                .iter()
                .zip(&b.quoted)
                .filter(|(_, q)| !**q)
                .map(|(h, _)| *h)
                .collect();
            b.used_score = distinct_score(&used, m, lang);
        }
        // Distinct entries seen so far (bounded by the phrase count, not
        // by the hits: a block may repeat one phrase 100,000 times).
        let mut seen: Vec<u32> = Vec::new();
        for (h, &quoted) in b.hits.iter().zip(&b.quoted) {
            let e = m.entry(h.entry);
            let first = !seen.contains(&h.entry) && !quoted;
            if !seen.contains(&h.entry) {
                seen.push(h.entry);
            }
            for (c, w) in e.meanings_on(lang) {
                b.top_weight[c.index()] = b.top_weight[c.index()].max(w);
                b.phrase_wording[c.index()] |= e.phrase && w >= WEIGHT_STRONG;
                if first && w >= WEIGHT_ALONE {
                    b.strong_phrases[c.index()] = b.strong_phrases[c.index()].saturating_add(1);
                }
            }
        }
        b.add_link_evidence();
        // Once per block: a price per period, or an offer beside an ask.
        if b.price_per_period || (b.offer && offer_wording(b, m, lang)) {
            b.priced = true;
            b.add_price_per_period();
        }
        if b.progress && b.own_chars <= PROGRESS_MAX_BLOCK_CHARS {
            let k = Category::Donation.index();
            b.score[k] += f32::from(PROGRESS_WEIGHT);
            b.used_score[k] += f32::from(PROGRESS_WEIGHT);
            b.top_weight[k] = b.top_weight[k].max(PROGRESS_WEIGHT);
        }
    }
}

/// A price or discount is an offer only beside a subscription ask that
/// stands alone (weight [`WEIGHT_ALONE`], "abonnez-vous"), not beside
/// shop wording ("offer", "only $"), which the price itself may be.
fn offer_wording(b: &BlockEvidence, m: &Matcher, lang: &str) -> bool {
    b.hits.iter().any(|h| {
        let e = m.entry(h.entry);
        !e.text
            .contains(|c: char| c.is_ascii_digit() || "$€£¥#%".contains(c))
            && e.meanings_on(lang)
                .any(|(c, w)| c == Category::Paywall && w >= WEIGHT_ALONE)
    })
}

/// Pass 6, bottom-up: subtree sums of text, wording, forms and controls.
fn sums(
    page: &Page,
    ix: &TextIndex,
    blocks: &Blocks,
    hints: &[Option<Box<HintSet>>],
    ctx: &[Context],
    text: &NodeText,
) -> Vec<Agg> {
    let n = page.len();
    let (seg_chars, seg_links, amount_at) = (&text.chars, &text.links, &text.amount);
    let money_at = &text.money;
    let mut agg = vec![Agg::default(); n];
    for i in (0..n).rev() {
        if !ix.visible[i] {
            continue;
        }
        let node = &page.nodes[i];
        // A list in a comment section whose items hold sentences is its
        // readers' comments, in any language's markup
        // ("eg-iruzkinak__zerrenda"); a login form's tabs are not. (The
        // items' sums are done: children come after their parent.)
        let comment_list = ctx[i].comments
            && !ctx[i].comment_item
            && matches!(node.tag.as_str(), "ul" | "ol")
            && page
                .children(i as NodeId)
                .filter(|&c| {
                    page.node(c).tag == "li" && agg[c as usize].chars >= COMMENT_LIST_ITEM_MIN_CHARS
                })
                .nth(COMMENT_LIST_MIN_ITEMS - 1)
                .is_some();
        let a = &mut agg[i];
        a.comment_marks += u32::from(comment_list);
        a.chars += seg_chars[i];
        if amount_at[i] {
            a.amounts += 1;
        }
        if money_at[i] {
            a.money += 1;
        }
        // (WordPress's comment field is `#comment`: the form, not a comment.)
        if hints[i].as_ref().is_some_and(|h| comment_item_markup(h)) && node.tag != "textarea" {
            a.comment_marks += 1;
        }
        if node.tag == "time" || hints[i].as_ref().is_some_and(|h| h.byline > 0) {
            a.bylines += 1;
        }
        a.link_chars += seg_links[i];
        if let Some(b) = &blocks[i] {
            // A box's wording only: link destinations make a block a
            // seed, not its surroundings weigh more (a sidebar's
            // mailing-list form would grow over the sidebar's other
            // boxes).
            for ((s, o), l) in a.score.iter_mut().zip(b.score).zip(b.links) {
                *s += o - f32::from(l);
            }
            let best = max_score(&b.score);
            if b.is_long() {
                a.long_prose += b.own_chars;
            }
            if best >= SEED_SCORE {
                a.strong_blocks += 1;
            }
            if b.cta {
                a.ctas += 1;
            }
            if !b.hits.is_empty() || b.links.iter().any(|&w| w > 0) {
                a.hit_blocks += 1;
            }
            max_each(&mut a.top_weight, &b.top_weight);
            max_each(&mut a.links, &b.links);
            max_each(&mut a.ask_paths, &b.ask_paths);
            a.store_links += u32::from(b.store_links);
            a.privacy_links += u32::from(b.privacy_links);
            a.account_links += u32::from(b.account_links);
            a.legal_links += u32::from(b.legal_links);
            a.priced += u32::from(b.priced);
            a.accounts += u32::from(b.account);
            a.questions += u32::from(b.question);
            a.article_links += u32::from(b.article_links);
            a.yes_answers += u32::from(b.yes_answer);
            for (t, o) in a.worded.iter_mut().zip(b.top_weight) {
                *t += u16::from(o >= WEIGHT_STRONG);
            }
        }
        match node.tag.as_str() {
            "h1" => a.h1s += 1,
            "figcaption" => a.captions += 1,
            "form" => a.forms += 1,
            "textarea" => a.textareas += 1,
            "button" => a.buttons += 1,
            // A field's label is its placeholder: a field, not a button.
            "input"
                if node.text.is_empty()
                    || node.flags.has(Flags::EMAIL_INPUT)
                    || node.flags.has(Flags::TEXT_FIELD) => {}
            "input" => a.buttons += 1,
            _ => {}
        }
        if node.flags.has(Flags::EMAIL_INPUT) {
            a.email_inputs += 1;
        }
        if node.flags.has(Flags::TEXT_FIELD) && !node.text.is_empty() {
            a.fields += 1;
        }
        if node.flags.has(Flags::RADIO) {
            a.radios += 1;
        }
        if node.flags.has(Flags::PASSWORD_INPUT) {
            a.password_inputs += 1;
        }
        if node.role == "button" {
            a.buttons += 1;
        }
        if super::index::is_clickable(node) {
            a.clickables += 1;
            let marked = hints[i].as_ref().is_some_and(|h| h.dismiss > 0);
            if a.chars <= DISMISS_MAX_CHARS && (marked || is_cross(page, i as NodeId)) {
                a.dismissers += 1;
            } else {
                // A close control's cross is no word of a link row.
                a.worded_clickables += u32::from(a.chars > 0);
            }
        }
        if node.parent != NO_PARENT {
            let a = agg[i];
            agg[node.parent as usize].add_child(&a);
        }
    }
    agg
}

/// A control whose text is a cross alone ("×", "✕"): it closes its box.
fn is_cross(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    let mut text = node.text.trim().to_string();
    for k in page.children(id) {
        let kn = page.node(k);
        if kn.is_text() {
            text.push_str(kn.text.trim());
        }
    }
    DISMISS_GLYPHS.contains(&text.as_str())
}

/// Pass 7: which blocks read as article prose. It needs the running-text
/// sums of pass 6.
fn prose(
    page: &Page,
    hints: &[Option<Box<HintSet>>],
    ctx: &[Context],
    agg: &[Agg],
    blocks: &mut Blocks,
) {
    let n = page.len();
    for i in 0..n {
        let Some(b) = blocks[i].as_deref_mut() else {
            continue;
        };
        let (c, best) = strongest(&b.score, &ALL_CATEGORIES).unwrap_or((Category::Donation, 0.0));
        let hinted = |id: usize| {
            hints[id]
                .as_ref()
                .is_some_and(|h| h.nag[c.index()] >= HINT_SUPPORT)
        };
        // A quotation holding nothing but the block (`<blockquote>`, maybe
        // with a `<div>` between, maybe in a pull-quote `<figure>`) sits in
        // the article's running text as the paragraphs beside it do: the
        // outermost wrapper of the same text is its box. (Not in a comment
        // section: there the running text is readers', and `comment_prose`
        // below decides.)
        let mut top = i;
        let mut wrapped_hint = false;
        if !ctx[i].comments {
            let (mut up, mut hint, mut quote) = (i, false, false);
            for _ in 0..FLOW_WRAPPER_MAX_LEVELS {
                let p = page.nodes[up].parent;
                if p == NO_PARENT || agg[p as usize].chars != agg[i].chars {
                    break;
                }
                up = p as usize;
                hint |= hinted(up);
                quote |= page.nodes[up].tag == "blockquote";
            }
            if quote {
                (top, wrapped_hint) = (up, hint);
            }
        }
        let outer = page.nodes[top].parent;
        // Readers' comments are running text too: a comment that says "I
        // agree" and "cookie" is a reader's opinion, not a banner. (The
        // comment gate is a line, or asks in words of its own, "log in to
        // comment", or links where to.)
        let comment_prose = ctx[i].comments
            && b.is_long()
            && !ctx[i].overlay
            && !hinted(i)
            && b.own_link_chars == 0
            && b.top_weight.iter().all(|&w| w < WEIGHT_ALONE);
        b.in_flow = (outer != NO_PARENT
            && agg[outer as usize].long_prose - agg[i].long_prose >= PROSE_CONTEXT_CHARS
            && !hinted(i)
            && !wrapped_hint
            && !hinted(outer as usize)
            && !ctx[i].overlay)
            || comment_prose;
        let long = b.is_long();
        // A paragraph in running text that prints an account number beside
        // donation wording says how to pay: a call to action, as a donate
        // link is, so not prose. (A short line needs no help, and making it
        // a seed of its own would split the box around it.)
        if b.in_flow
            && long
            && b.account
            && b.top_weight[Category::Donation.index()] >= WEIGHT_STRONG
        {
            b.cta = true;
            b.used_cta = true;
        }
        // (A line that is all one link is its paragraph: its wrappers, of
        // the same text, stand among the narrative's paragraphs.)
        let mut line = i as NodeId;
        if b.linked_line() {
            for _ in 0..LINE_WRAPPERS_MAX {
                let up = page.node(line).parent;
                if up == NO_PARENT || agg[up as usize].chars != agg[i].chars {
                    break;
                }
                line = up;
            }
        }
        let line_parent = page.node(line).parent;
        let tag_class = |x: NodeId| (&page.node(x).tag, &page.node(x).class);
        if !page.node(line).class.is_empty() && line_parent != NO_PARENT {
            let prose_before = || {
                page.children(line_parent)
                    .take(EMPHASIS_SIBLINGS_MAX)
                    .take_while(|&s| s != line)
                    .filter(|&s| agg[s as usize].long_prose > 0)
            };
            b.classed_apart = prose_before().next().is_some()
                && prose_before().all(|s| tag_class(s) != tag_class(line));
        }
        if (b.set_apart() || b.promo_line()) && line_parent != NO_PARENT {
            b.after_prose = page
                .children(line_parent)
                .take(EMPHASIS_SIBLINGS_MAX)
                .take_while(|&s| s != line)
                .any(|s| agg[s as usize].long_prose > 0);
        }
        let cta_line = b.cta_line();
        let best = if b.in_flow {
            max_score(&b.used_score)
        } else {
            best
        };
        // (An editor's promo line is the template's, not the story's.)
        let labelled = b.after_prose && b.promo_line();
        b.prose =
            long && !labelled && (best < seed_threshold(b.own_chars) || (b.in_flow && !cta_line));
    }
}

/// Pass 8, bottom-up: clean and plain prose per subtree.
fn prose_sums(page: &Page, ix: &TextIndex, blocks: &Blocks, agg: &mut [Agg]) {
    let n = page.len();
    for i in (0..n).rev() {
        if !ix.visible[i] {
            continue;
        }
        if let Some(b) = blocks[i].as_deref().filter(|b| b.prose) {
            let best = max_score(&b.score);
            agg[i].clean_prose += b.own_chars;
            if best < f32::from(WEIGHT_STRONG) {
                agg[i].plain_prose += b.own_chars;
            }
        }
        let parent = page.nodes[i].parent;
        if parent != NO_PARENT {
            let (c, p) = (agg[i].clean_prose, agg[i].plain_prose);
            agg[parent as usize].clean_prose += c;
            agg[parent as usize].plain_prose += p;
        }
    }
}

/// Pass 4a, link destinations: a link to an app store, a payment page or
/// a mailing-list service is evidence in its block, in any language. Not in
/// navigation: a site's menu and footer link its apps and its donation
/// page as they link everything else (as phrases in menu links are
/// skipped).
fn link_destinations(
    page: &Page,
    ix: &TextIndex,
    m: &Matcher,
    w: &Words,
    ctx: &[Context],
    blocks: &mut [Option<Box<BlockEvidence>>],
) {
    let page_host = link_destination(&page.url);
    let page_host = link_host(&page_host);
    for (i, node) in page.nodes.iter().enumerate() {
        if node.link.is_empty() || !ix.visible[i] || ix.block_of[i] == NO_PARENT || ctx[i].menu {
            continue;
        }
        // In the site's header or footer a link is evidence only as a
        // store badge (a store link without words, or a badge's few that
        // name the store: "Descarcă din App Store"), for the shape of a
        // box of badges ("Hafen gibt es auch als App!" above two badges):
        // a footer list or a menu that names its apps among its other
        // links ("iPhone / iPad") is no such box. A link there that is a
        // sentence is a widget's pitch, as its words are (`in_menu_link`).
        if ctx[i].nav && !linked_sentence(page, ix, i, CHROME_LINK_SENTENCE_MIN_WORDS) {
            let mut words = String::new();
            for k in i + 1..node.end as usize {
                if words.len() > 4 * STORE_BADGE_MAX_CHARS {
                    break;
                }
                if page.nodes[k].is_text() {
                    words.push_str(page.nodes[k].text.trim());
                    words.push(' ');
                }
            }
            let words = crate::text::lower(words.trim());
            let badge = words.is_empty()
                || (words.chars().count() <= STORE_BADGE_MAX_CHARS
                    && STORE_NAMES.iter().any(|s| words.contains(s)));
            if badge && m.find_links(&node.link).nag[Category::AppBanner.index()] > 0 {
                let b = blocks[ix.block_of[i] as usize].get_or_insert_with(Default::default);
                b.store_links = b.store_links.saturating_add(1);
            }
            continue;
        }
        // In document order: the last link's answer stands.
        let b = blocks[ix.block_of[i] as usize].get_or_insert_with(Default::default);
        b.last_link_own = same_site(&node.link, page_host);
        let privacy = w
            .privacy_link
            .iter()
            .any(|x| node.link.contains(x.as_str()));
        if privacy {
            b.privacy_links = b.privacy_links.saturating_add(1);
        }
        if account_link(&node.link, w) {
            b.account_links = b.account_links.saturating_add(1);
        }
        if privacy || w.terms_link.iter().any(|x| node.link.contains(x.as_str())) {
            b.legal_links = b.legal_links.saturating_add(1);
        }
        let mut found = m.find_links(&node.link);
        b.dest_links = b.dest_links.saturating_add(1);
        if found.nag.iter().any(|&w| w > 0) {
            b.nag_links = b.nag_links.saturating_add(1);
        }
        if found.nag.iter().all(|&w| w == 0) && article_address(&node.link) {
            b.article_links = b.article_links.saturating_add(1);
        }
        // A page named by its path ("/newsletter") tells what a line's
        // link asks for, or a link that is a sentence on its own line
        // ("Sign up for our newsletter here"); a link alone to it is a
        // menu's entry, a list's a headline, a
        // paragraph that links it is narrative, and an address printed as
        // the link's text is a pointer (see `looks_like_address`).
        let line = b.plain_letters >= PATH_LINK_MIN_LETTERS
            || (b.link_only() && linked_sentence(page, ix, i, PATH_LINK_SENTENCE_MIN_WORDS));
        let counted = line && b.own_chars <= PATH_LINK_MAX_CHARS && !b.ends_in_address;
        for k in 0..Category::COUNT {
            if found.best[k].is_some_and(|e| m.links[e as usize].token.starts_with('/')) {
                b.ask_paths[k] = b.ask_paths[k].max(found.nag[k]);
                if !counted {
                    found.nag[k] = 0;
                }
            }
        }
        if found.nag.iter().all(|&w| w == 0) {
            continue;
        }
        if found.nag[Category::Newsletter.index()] > 0 && names_its_account(page, i) {
            b.names_account = true;
        }
        if found.nag[Category::AppBanner.index()] > 0 {
            b.store_links = b.store_links.saturating_add(1);
        }
        for c in Category::ALL {
            let k = c.index();
            if found.nag[k] > b.links[k] {
                b.links[k] = found.nag[k];
                b.link_best[k] = found.best[k];
            }
        }
    }
}

/// Whether a link destination is a log-in or registration page's: a word
/// of `[account-link]` in patterns/words.txt between its punctuation, or
/// one of `[account-link-pair]`. The host is left out ("theregister.com").
pub fn account_link(link: &str, words: &Words) -> bool {
    let path = link.find(['/', '?']).map_or("", |i| &link[i..]);
    path.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| words.account_link.iter().any(|a| a == w))
        || words
            .account_link_pair
            .iter()
            .any(|p| path.contains(p.as_str()))
}

/// Whether a link destination is an article's address: its last path
/// segment (before the query, without a file extension) is a slug of at
/// least [`ARTICLE_SLUG_MIN_WORDS`] words ("/economy/eid-zakat-app-monthly/"),
/// ends in a story id of at least [`ARTICLE_ID_MIN_DIGITS`] digits after
/// a slug ("/news/fuel-prices-20250412"; an id after one letter,
/// "/a-15718229", names no topic), is a story id of its own ("/7712311"),
/// or the path holds a year and a month ("/2025/03/..."). CMSs write headlines' links so in every language;
/// a nag's link goes to a page named for its ask ("/donate", "/abo").
pub fn article_address(dest: &str) -> bool {
    let path = dest.split(['?', '#']).next().unwrap_or("");
    let Some(slash) = path.find('/') else {
        return false;
    };
    let segments: Vec<&str> = path[slash..].split('/').filter(|s| !s.is_empty()).collect();
    let dated = segments.windows(2).any(|w| {
        w[0].len() == 4
            && (w[0].starts_with("19") || w[0].starts_with("20"))
            && w[0].bytes().all(|c| c.is_ascii_digit())
            && (1..=2).contains(&w[1].len())
            && w[1].bytes().all(|c| c.is_ascii_digit())
    });
    let Some(last) = segments.last() else {
        return false;
    };
    let last = last.split('.').next().unwrap_or(last);
    let words = last
        .split(['-', '_'])
        .filter(|w| w.bytes().any(|c| c.is_ascii_alphabetic()))
        .count();
    let id = last.bytes().rev().take_while(u8::is_ascii_digit).count();
    // A story id as the whole segment: "/7712311", "/DGXMZO31958560Z10C18A6MM8000".
    let bare_id = !last.contains(['-', '_'])
        && last.bytes().filter(u8::is_ascii_digit).count() >= ARTICLE_ID_MIN_DIGITS;
    dated
        || bare_id
        || words >= ARTICLE_SLUG_MIN_WORDS
        || (id >= ARTICLE_ID_MIN_DIGITS && words >= 2)
}

/// Whether link `i`'s own words name the account at the end of its path
/// (`@siangprachachon` to line.me/R/ti/p/@siangprachachon, `t.me/kongsum`
/// to t.me/kongsum): a handle of at least [`ACCOUNT_MIN_CHARS`].
fn names_its_account(page: &Page, i: usize) -> bool {
    let dest = &page.nodes[i].link;
    let path = dest.split(['?', '#']).next().unwrap_or("");
    let handle = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let handle = crate::text::lower(handle.trim_start_matches('@'));
    if handle.chars().count() < ACCOUNT_MIN_CHARS || !path.contains('/') {
        return false;
    }
    let mut words = String::new();
    for k in i + 1..page.nodes[i].end as usize {
        if words.len() > ACCOUNT_MAX_TEXT_CHARS {
            return false;
        }
        if page.nodes[k].is_text() {
            words.push_str(&crate::text::lower(&page.nodes[k].text));
        }
    }
    // Written as a handle or as the address: "Subscribe" to
    // list-manage.com/subscribe names no account.
    words.contains(&format!("@{handle}")) || words.contains(&format!("/{handle}"))
}

/// Whether link `i` is a sentence of at least `min_words` words and its
/// block no list's entry (a list of headlines): a line of its own.
fn linked_sentence(page: &Page, ix: &TextIndex, i: usize, min_words: usize) -> bool {
    !is_in(
        PATH_LINK_LIST_TAGS,
        &page.nodes[ix.block_of[i] as usize].tag,
    ) && node_words(page, i, min_words) >= min_words
}

/// Words in the text under element `i` ([`word_count`]), counted up to
/// `enough`: only a threshold matters.
fn node_words(page: &Page, i: usize, enough: usize) -> usize {
    let end = page.nodes[i].end as usize;
    let mut words = 0;
    for k in i + 1..end {
        if page.nodes[k].is_text() {
            words += word_count(&page.nodes[k].text);
            if words >= enough {
                break;
            }
        }
    }
    words
}

impl BlockEvidence {
    /// Adds the block's link destinations to its scores as phrases in a
    /// link: once per category, whatever the number of links. Only a
    /// destination that asks on its own ([`WEIGHT_ALONE`]) counts as
    /// wording and as a call to action; a supporting one needs wording of
    /// its category in the block's box (see `choose::raw_seeds`).
    fn add_link_evidence(&mut self) {
        for c in Category::ALL {
            let k = c.index();
            let w = self.links[k];
            if w == 0 {
                continue;
            }
            let wf = f32::from(w);
            self.score[k] += wf;
            self.used_score[k] += wf;
            self.link_score[k] += wf;
            if w >= WEIGHT_ALONE {
                self.top_weight[k] = self.top_weight[k].max(w);
                self.phrase_wording[k] = true;
                self.strong_phrases[k] = self.strong_phrases[k].saturating_add(1);
                self.cta = true;
                self.used_cta = true;
            }
        }
    }

    /// A price per period weighs as a paywall phrase of weight
    /// [`PRICE_PER_PERIOD_WEIGHT`], once per block.
    fn add_price_per_period(&mut self) {
        let k = Category::Paywall.index();
        let w = PRICE_PER_PERIOD_WEIGHT;
        self.score[k] += f32::from(w);
        self.used_score[k] += f32::from(w);
        self.top_weight[k] = self.top_weight[k].max(w);
    }

    /// Long enough to read as prose, and mostly not link text.
    pub fn is_long(&self) -> bool {
        self.own_chars >= PROSE_MIN_CHARS
            && (self.own_link_chars as f32) < PROSE_MAX_LINK_SHARE * self.own_chars as f32
    }

    /// Nearly all of the own text is emphasised.
    pub fn emphasised(&self) -> bool {
        self.own_chars > 0 && self.emphasis_chars as f32 >= EMPHASIS_SHARE * self.own_chars as f32
    }

    /// Set apart from the narrative: emphasised, or mostly a link of its
    /// own ("DHB jetzt auch digital! *Einfach hier klicken und
    /// registrieren*"), as an editor sets a pointer between paragraphs.
    /// A line that is all link is a menu item or a button, judged by the
    /// link rules ([`LINK_BLOCK_DENSITY`]); a lead-in and a link is a pointer.
    pub fn set_apart(&self) -> bool {
        self.emphasised()
            || (self.own_chars > 0
                && self.own_link_chars as f32 >= SET_APART_LINK_SHARE * self.own_chars as f32
                && !self.link_only())
    }

    /// All, or nearly all, link ([`LINK_BLOCK_DENSITY`]): a menu item or a
    /// button, not a line of its own words.
    pub fn link_only(&self) -> bool {
        self.own_chars > 0
            && self.own_link_chars as f32 >= LINK_BLOCK_DENSITY * self.own_chars as f32
    }

    /// A line that leads in to the site's own address, printed as the
    /// link it ends with ("Ihnen gefällt unser Programm? Informationen
    /// finden Sie hier: https://apolut.net/unterstuetzen/"), short as a
    /// call to action: an editor's pointer to the site's own ask. A link
    /// set in a sentence ("our earlier report") or an address on another
    /// site ("charity.example/donate", an Instagram profile) is not.
    pub fn pointer_line(&self) -> bool {
        self.ends_in_address && self.last_link_own && !self.link_only() && self.line_sized()
    }

    /// An editor's labelled line: a label in emphasis, a sentence, and a
    /// link of the site's own to end on ("**Poranny Kurier** — o 6:30
    /// najważniejsze sprawy z Podhala. *Dopisz się do listy »*"), as a
    /// template sets a promo between paragraphs. A headline's link
    /// ("**Lesen Sie auch:** *the council's budget row*") is no promo.
    pub fn labelled_line(&self) -> bool {
        self.lead_label && !self.emphasised() && self.ends_on_own_link()
    }

    /// A sentence that is all one link, not to an article ("„Kauno
    /// rytas“ – vienas laiškas 7.15 val. … *Užsisakykite čia.*" to
    /// /naujienlaiskiai): an editor's pointer written as its link.
    pub fn linked_line(&self) -> bool {
        self.link_only()
            && self.article_links == 0
            && self.own_chars >= LINKED_LINE_MIN_CHARS
            && self.own_chars <= PROSE_FLOW_CTA_MAX_CHARS
            && self.sentence_breaks <= LINKED_LINE_MAX_SENTENCE_BREAKS
    }

    /// A line in markup of its own among the narrative's paragraphs, ending
    /// on a link of the site's own ("Vrijplaats is gratis en reclamevrij.
    /// Dat kan alleen dankzij 2.400 coöperanten. *Word ook coöperant*" in
    /// `p.vp-inline-steun`): a template's promo, not the story's.
    pub fn classed_line(&self) -> bool {
        self.classed_apart && !self.link_only() && self.ends_on_own_link()
    }

    /// A line that ends on a link of the site's own, not to an article,
    /// short enough to be a line: what labelled and classed lines share.
    fn ends_on_own_link(&self) -> bool {
        (self.ends_in_link || self.ends_in_link_sentence)
            && self.last_link_own
            && self.article_links == 0
            && self.line_sized()
    }

    /// An editor's promo line between paragraphs: labelled, all link, or
    /// in markup of its own. Where it sends the reader names its ask.
    pub fn promo_line(&self) -> bool {
        self.labelled_line()
            || self.linked_line()
            || self.classed_line()
            || self.classed_ask()
            || self.emphasised_line()
    }

    /// A line all in emphasis among the narrative's paragraphs, ending on
    /// a link of the site's own ("*Jeden Morgen um sechs sortiert der
    /// „Weserblick“, was in Bremen wichtig wird. Kostenlos eintragen*" to
    /// /newsletter/weserblick/): the editor's italic plug, not the story.
    pub fn emphasised_line(&self) -> bool {
        self.emphasised() && !self.link_only() && self.ends_on_own_link()
    }

    /// A line in markup of its own among the narrative's paragraphs whose
    /// link goes to a donation page ("/donate/", "/styrkja"), wherever in
    /// the line the link sits and however long its words run in their
    /// script ("ഒരാളുടെ ഒരു ദിവസം നിങ്ങൾക്ക് ഏറ്റെടുക്കാമോ?" to /donate/):
    /// a site's appeal in its own voice. (Lines to a newsletter's page
    /// are worded and caught by their words; counted by path they split
    /// sign-up boxes.)
    pub fn classed_ask(&self) -> bool {
        self.classed_apart
            && !self.link_only()
            && self.line_sized()
            && self.article_links == 0
            && self.ask_paths[Category::Donation.index()] >= WEIGHT_STRONG
    }

    /// Short enough to be a line of its own: at most
    /// [`PROSE_FLOW_CTA_MAX_CHARS`] and [`CTA_MAX_SENTENCE_BREAKS`]
    /// sentence breaks.
    fn line_sized(&self) -> bool {
        self.own_chars <= PROSE_FLOW_CTA_MAX_CHARS
            && self.sentence_breaks <= CTA_MAX_SENTENCE_BREAKS
    }

    /// A call to action short enough to be a line of its own ("Sign up for
    /// our newsletter here."), not a paragraph of narrative that happens to
    /// hold a link: at most [`PROSE_FLOW_CTA_MAX_CHARS`] and
    /// [`CTA_MAX_SENTENCE_BREAKS`] sentence breaks.
    /// A single sentence that ends in its link ("Abonnieren Sie unseren
    /// Newsletter *hier*.") asks by that link, whatever the link says.
    pub fn cta_line(&self) -> bool {
        (self.used_cta
            || (self.emphasised() && self.after_prose)
            || (self.ends_in_link
                && self.sentence_breaks <= LINKED_ASK_MAX_SENTENCE_BREAKS
                && self.own_chars <= SHORT_BLOCK_CHARS)
            || (self.ends_in_link_sentence
                && self.sentence_breaks <= CTA_MAX_SENTENCE_BREAKS
                && self.own_chars <= SHORT_BLOCK_CHARS))
            && self.line_sized()
    }
}

/// A URL written out: no blank inside, and a scheme, a `www.` or a
/// host followed by a path ("apolut.net/newsletter/").
fn looks_like_address(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && (t.contains("://")
            || t.starts_with("www.")
            || t.find('/').is_some_and(|i| t[..i].contains('.')))
}

/// Each `into[k]` raised to `from[k]`.
fn max_each(into: &mut [u8; Category::COUNT], from: &[u8; Category::COUNT]) {
    for (t, &o) in into.iter_mut().zip(from) {
        *t = (*t).max(o);
    }
}

impl Agg {
    /// Adds a child's subtree sums to this element's.
    fn add_child(&mut self, a: &Agg) {
        self.chars += a.chars;
        self.link_chars += a.link_chars;
        self.long_prose += a.long_prose;
        self.strong_blocks += a.strong_blocks;
        self.ctas += a.ctas;
        self.h1s += a.h1s;
        self.captions += a.captions;
        self.bylines += a.bylines;
        self.hit_blocks += a.hit_blocks;
        max_each(&mut self.top_weight, &a.top_weight);
        max_each(&mut self.links, &a.links);
        max_each(&mut self.ask_paths, &a.ask_paths);
        for (t, o) in self.worded.iter_mut().zip(a.worded) {
            *t = t.saturating_add(o);
        }
        for (s, o) in self.score.iter_mut().zip(a.score) {
            *s += o;
        }
        self.forms += a.forms;
        self.email_inputs += a.email_inputs;
        self.password_inputs += a.password_inputs;
        self.buttons += a.buttons;
        self.clickables += a.clickables;
        self.dismissers += a.dismissers;
        self.worded_clickables += a.worded_clickables;
        self.amounts += a.amounts;
        self.comment_marks += a.comment_marks;
        self.textareas += a.textareas;
        self.store_links += a.store_links;
        self.privacy_links += a.privacy_links;
        self.account_links += a.account_links;
        self.legal_links += a.legal_links;
        self.fields += a.fields;
        self.radios += a.radios;
        self.priced += a.priced;
        self.accounts += a.accounts;
        self.questions += a.questions;
        self.article_links += a.article_links;
        self.yes_answers += a.yes_answers;
        self.money += a.money;
    }

    /// Strongest category score.
    pub fn best(&self) -> f32 {
        max_score(&self.score)
    }

    /// A donation form's amounts: its links and buttons that are sums of
    /// money, or, among at least [`PICKER_AMOUNTS`] radio buttons, their
    /// labels that are ("R50", "$100").
    pub fn amount_choices(&self) -> u32 {
        if self.radios >= PICKER_AMOUNTS {
            self.amounts.max(self.money)
        } else {
            self.amounts
        }
    }

    /// A box that is overwhelmingly a nag: strong wording in several of its
    /// blocks, a call to action or a form, and little plain prose. Such a
    /// box may hold long paragraphs of appeal (a donation box) and still be
    /// hidden whole.
    pub fn is_nag_box(&self) -> bool {
        self.h1s == 0
            && self.best() >= ABSORB_SCORE
            && self.strong_blocks >= NAG_BOX_MIN_STRONG_BLOCKS
            && (self.ctas > 0 || self.forms > 0)
            && self.clean_prose <= ABSORB_MAX_PROSE_CHARS
            && (self.plain_prose as f32) <= ABSORB_MAX_PLAIN_SHARE * self.chars as f32
    }
}

/// Whether a text offset lies inside double quotation marks (all kinds
/// fold to `"`), counted from the start of its block (blocks are separated
/// by `\n` in the index). Offsets must be asked in increasing order: one
/// pass over the text for all hits.
#[derive(Default)]
struct QuoteCursor {
    pos: usize,
    open: bool,
}

impl QuoteCursor {
    fn inside(&mut self, doc: &str, offset: usize) -> bool {
        if offset < self.pos {
            return self.open;
        }
        for b in doc.as_bytes()[self.pos..offset].iter() {
            match b {
                b'"' => self.open = !self.open,
                b'\n' => self.open = false,
                _ => {}
            }
        }
        self.pos = offset;
        self.open
    }
}

/// A text node set in emphasis below its block.
fn emphasised(page: &Page, text_node: NodeId, block: NodeId) -> bool {
    let mut x = page.node(text_node).parent;
    for _ in 0..EMPHASIS_MAX_DEPTH {
        if x == NO_PARENT || x == block {
            return false;
        }
        let node = page.node(x);
        if matches!(node.tag.as_str(), "em" | "i" | "strong" | "b") {
            return true;
        }
        x = node.parent;
    }
    false
}

/// A label that is a sum of money: a currency sign or code and digits,
/// nothing else of note ("€5", "10 €", "$ 25", "R$ 50", "100 zł").
pub fn is_amount(label: &str, w: &Words) -> bool {
    let t = label.trim();
    // (A look at the bytes first: most of a page's text is longer, or
    // holds no digit.)
    if t.len() > AMOUNT_LABEL_MAX_BYTES || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let t = without_period(t, w);
    if t.is_empty()
        || t.chars().count() > AMOUNT_MAX_CHARS
        || !t.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    // (A mark of one byte, "$", leaves the length as it was: ask for a
    // mark, not for a shorter rest.)
    let rest: String = CURRENCY_MARKS
        .iter()
        .fold(t.to_string(), |acc, m| acc.replace(m, " "));
    CURRENCY_MARKS.iter().any(|m| t.contains(m))
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '.' | ',' | '-'))
}

/// An amount without the period it is given for: a monthly gift is a sum
/// too ("월 5,000원", "5 € / Monat", "$10 a month"): a period of
/// `[period-before]` or `[period-after]` in patterns/words.txt, or a word
/// after a slash.
fn without_period<'t>(t: &'t str, words: &Words) -> &'t str {
    for p in &words.period_before {
        if let Some(rest) = t.strip_prefix(p.as_str()) {
            return rest.trim_start();
        }
    }
    if let Some((sum, per)) = t.rsplit_once('/') {
        let per = per.trim();
        if !per.is_empty()
            && per.chars().count() <= AMOUNT_PERIOD_MAX_CHARS
            && per.chars().all(char::is_alphabetic)
        {
            return sum.trim_end();
        }
    }
    for w in &words.period_after {
        if let Some(sum) = t.strip_suffix(w.as_str()) {
            return sum.trim_end();
        }
    }
    t
}

/// An element that floats over the page.
pub fn is_overlay(node: &crate::page::Node, hs: &HintSet) -> bool {
    node.tag == "dialog"
        || node.role == "dialog"
        || node.role == "alertdialog"
        || node.role == "tooltip"
        || node.flags.has(Flags::ARIA_MODAL)
        || node.flags.has(Flags::FIXED)
        || hs.overlay > 0
}

/// Sum of the weights of distinct phrases per category: a phrase repeated
/// in one block counts once.
pub fn distinct_score(hits: &[Hit], m: &Matcher, lang: &str) -> Scores {
    let mut seen: Vec<u32> = Vec::with_capacity(hits.len());
    let mut score = [0.0; Category::COUNT];
    for h in hits {
        if seen.contains(&h.entry) {
            continue;
        }
        seen.push(h.entry);
        for (c, w) in m.entry(h.entry).meanings_on(lang) {
            score[c.index()] += w as f32;
        }
    }
    score
}
