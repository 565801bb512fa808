//! The container choice: from seeds (blocks whose wording marks a nag) to
//! the largest container that holds the nag and nothing of the article.
//!
//! 1. Seeds: a block whose own phrase score reaches its length-scaled
//!    threshold; a widget whose summed wording is strong and which shows
//!    structure (hint, form, email field, overlay); an element carrying
//!    vendor markup (a CMP's banner id) with text; a per-site hide rule.
//! 2. Growth: climb from the seed while each parent adds only wrapper
//!    chrome or more nag wording, never article prose (unless the whole
//!    box is overwhelmingly a nag, such as a donation box with a long
//!    appeal), never a protected element.
//! 3. Merge nested choices (outermost wins) and take overlay backdrops.

use super::evidence::{ALL_CATEGORIES, Agg, Evidence, is_overlay, strongest};
use super::guard::Guard;
use super::tables::*;
use crate::category::Category;
use crate::page::{Flags, NO_PARENT, NodeId, Page};

/// Why a node was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// Its own wording.
    Block,
    /// Wording spread over a structured widget.
    Cluster,
    /// Vendor markup.
    Vendor,
    /// A hide rule.
    Rule,
    /// The backdrop of a chosen overlay.
    Backdrop,
    /// A short ask line beside a chosen nag.
    Beside,
    /// A shape that needs no language (app-store links, an email-only
    /// form, a floating box with a privacy link and buttons).
    Shape,
    /// A floating prompt: a few words and their answer buttons in a box
    /// of its own position, its words and markup naming the category.
    Prompt,
    /// A column of a compound box (`parts`) that asks for another
    /// category than the box; `seed` is the box.
    Part,
}

/// One chosen container.
#[derive(Clone, Debug)]
pub struct Choice {
    pub node: NodeId,
    pub seed: NodeId,
    pub category: Option<Category>,
    pub score: f32,
    pub why: Why,
}

/// Settings the choice depends on.
pub struct ChooseInput<'a> {
    pub page: &'a Page,
    pub ev: &'a Evidence,
    pub guard: &'a Guard,
    pub visible: &'a [bool],
    pub enabled: [bool; Category::COUNT],
}

/// Best category of an element: summed wording plus its own hints.
pub fn best_category(ev: &Evidence, id: NodeId) -> Option<(Category, f32)> {
    let mut s = ev.agg[id as usize].score;
    for c in Category::ALL {
        s[c.index()] += f32::from(ev.hint(id, c));
    }
    strongest(&s, &ALL_CATEGORIES)
}

fn hideable(inp: &ChooseInput, id: NodeId) -> bool {
    let node = inp.page.node(id);
    node.is_element()
        && inp.visible[id as usize]
        && !inp.guard.protected[id as usize]
        && !is_in(NEVER_HIDE_TAGS, &node.tag)
        && !inp.ev.ctx[id as usize].keep
        && !node.flags.has(Flags::CONTEXT)
}

/// Structure that says "this element is a widget of category `c`".
fn has_structure(inp: &ChooseInput, id: NodeId, c: Category) -> bool {
    let ev = inp.ev;
    let a = &ev.agg[id as usize];
    let node = inp.page.node(id);
    let hs = ev.hint_set(id);
    ev.hint(id, c) >= HINT_SUPPORT
        || hs.is_some_and(|h| h.overlay > 0 || h.promo > 0)
        || is_overlay(node, &crate::matcher::HintSet::default())
        || (a.email_inputs > 0 && a.textareas == 0)
        || a.password_inputs > 0
        || a.ctas > 0
        || (a.dismissers > 0 && c != Category::AdblockWall)
        || (a.forms > 0 && a.textareas == 0 && matches!(c, Category::Newsletter | Category::Login))
}

pub fn seeds(inp: &ChooseInput) -> Vec<Choice> {
    let mut out = raw_seeds(inp);
    // A cluster is the smallest widget holding the wording: drop clusters
    // that hold another seed, or the outermost of them would swallow the
    // bylines and columns around a small form.
    let nodes: Vec<NodeId> = out.iter().map(|c| c.node).collect(); // sorted: built in index order
    out.retain(|c| {
        if c.why != Why::Cluster {
            return true;
        }
        let end = inp.page.node(c.node).end;
        let first_after = nodes.partition_point(|&n| n <= c.node);
        nodes.get(first_after).is_none_or(|&n| n >= end)
    });
    out
}

fn raw_seeds(inp: &ChooseInput) -> Vec<Choice> {
    let page = inp.page;
    let ev = inp.ev;
    let mut out = Vec::new();
    for i in 0..page.len() {
        let id = i as NodeId;
        let node = &page.nodes[i];
        if !inp.visible[i] || node.is_text() {
            continue;
        }
        if node.flags.has(Flags::RULE_HIDE) {
            out.push(Choice {
                node: id,
                seed: id,
                category: best_category(ev, id).map(|x| x.0),
                score: 0.0,
                why: Why::Rule,
            });
            continue;
        }
        // An author's bio describes a person ("refuses cookies on
        // principle"); a promo set in it asks in a phrase that asks on its
        // own (weight 3).
        // (A dialog beside the byline floats over the page: no bio.)
        // (Nor a line there whose link goes to the page of an ask: "1.270
        // leden betalen voor dit soort verhalen … Hoort jouw naam
        // erbij?" to /lid-worden/; a bio links the author.)
        let bio = ev.ctx[i].byline
            && !is_overlay(node, ev.hint_set(id).unwrap_or(&Default::default()))
            && ev.blocks[i].as_ref().is_none_or(|b| {
                b.top_weight.iter().all(|&w| w < WEIGHT_ALONE)
                    && b.ask_paths.iter().all(|&d| d < WEIGHT_STRONG)
            });
        if !hideable(inp, id)
            || in_poll(inp, id)
            || ev.ctx[i].caption
            || bio
            || in_data_table(inp, id)
        {
            continue;
        }
        // Comment, contact and share-by-email forms are not nags, whatever
        // they say about email addresses; only the login prompt that stands
        // where the comment box would be is.
        let text_form = ev.in_text_form(id);
        // Block seed.
        if let Some(b) = &ev.blocks[i] {
            let link_only = b.link_only();
            // A row of links ("Terms · Privacy policy · Cookie settings ·
            // Do not sell my info") is a menu: only its unlinked words count.
            // In the article body a block beside other running text is in
            // the flow of the narrative, however short the article (a
            // teaser of two paragraphs); a box set into the body is not.
            // In the flow, phrases in quotation marks are mentions.
            let parent = node.parent;
            // (Anywhere inside the body the guard keeps; `in_body` below
            // is narrower: in the narrative's flow.)
            let within_body = in_body(inp, id);
            // An editor's promo line after the narrative, in the body
            // (`BlockEvidence::promo_line`).
            let promo = b.promo_line() && b.after_prose && within_body;
            let in_body = inp.guard.root.is_some_and(|r| {
                page.contains(r, id)
                    && parent != NO_PARENT
                    && (parent == r
                        || (ev.agg[parent as usize].long_prose > ev.agg[i].long_prose
                            && !set_into_body(inp, parent, r))
                        || wrapped_like_the_narrative(inp, id))
            });
            let in_flow = b.in_flow || in_body;
            let link_row = ev.agg[i].worded_clickables >= LINK_ROW_MIN_CLICKABLES
                && b.own_link_chars as f32 >= LINK_ROW_LINK_SHARE * b.own_chars as f32
                && (b.plain_letters <= LINK_ROW_MAX_PLAIN_LETTERS || b.separators > 0);
            let mut score = if in_flow { b.used_score } else { b.score };
            // A promo line set apart in markup of its own, whose link goes
            // to an ask's page ("/donate/", `BlockEvidence::classed_ask`),
            // asks for what that page is named for, in any words.
            let by_path = promo && b.classed_ask();
            if by_path {
                for (s, &d) in score.iter_mut().zip(&b.ask_paths) {
                    if d >= WEIGHT_STRONG {
                        *s = s.max(f32::from(d));
                    }
                }
            }
            if link_row {
                // Link destinations stay: a row of links to payment pages
                // asks, a row of links to the site's sections does not.
                // Nor does a priced subscription link ("Abonnez-vous 12€ /
                // mois"): a section is not sold.
                for (k, ((s, l), d)) in score.iter_mut().zip(b.link_score).zip(b.links).enumerate()
                {
                    if b.priced && k == Category::Paywall.index() {
                        continue;
                    }
                    *s = (*s - (l - f32::from(d))).max(0.0);
                }
            }
            // A supporting destination (an app store link) counts only
            // beside wording of its category in the box: "Get our app" and
            // the store badges, not a header's links to the site's apps.
            // Weak words that add up count too ("Available for iPhone,
            // iPad, Android" beside a store badge).
            for c in Category::ALL {
                let d = b.links[c.index()];
                let worded = ev.agg[i].top_weight[c.index()] >= WEIGHT_STRONG
                    || b.score[c.index()] - f32::from(d) >= SEED_SCORE
                    // "Follow @handle": the button names the channel it joins.
                    || (c == Category::Newsletter && b.names_account)
                    // An editor's promo line names its ask where it
                    // sends the reader ("**Morgenbrief:** … *Hier
                    // bestellen*" to /newsletter/morgenbrief).
                    || promo;
                if d > 0 && d < WEIGHT_ALONE && !worded {
                    score[c.index()] = (score[c.index()] - f32::from(d)).max(0.0);
                }
            }
            // In a text form, and in a reader's comment (which asks
            // nothing, whatever it says: "four newsletters to pay for"),
            // only a login gate may seed (where a theme marks the comment
            // form's place as a comment).
            let mut enabled = inp.enabled;
            if text_form || ev.ctx[i].comment_item {
                enabled = [false; Category::COUNT];
                enabled[Category::Login.index()] = inp.enabled[Category::Login.index()];
            }
            let widget = b.chrome_sentence && titled_seed(inp, id);
            if !(link_only && ev.ctx[i].nav && !widget)
                && let Some((c, s)) = strongest(&score, &enabled)
            {
                let mut need = seed_threshold(b.own_chars);
                // An editor's line: set apart (in emphasis or as a link)
                // after the narrative, and asking by a link ("Want
                // updates? *Sign up here*"): one strong phrase is enough.
                // So is a promo line after it in the body (`promo_line`),
                // by its words, or by where it goes.
                // An all-link line asks by its words too when it leads to a
                // page of the site's own that is no article ("📬 *Receba O
                // Despertador do Minho: …*" to /despertador/): a headline's
                // link goes to its story's address.
                let sends = b.links[c.index()] >= WEIGHT_STRONG
                    || (by_path && b.ask_paths[c.index()] >= WEIGHT_STRONG);
                let words = b.top_weight[c.index()] >= WEIGHT_STRONG;
                // A promo line's own words may be two weak ones ("barua
                // pepe" · "jiandikishe hapa": e-mail, sign up here): set
                // apart and sending the reader to the site, that is an ask.
                let weak_words = promo && s >= OUTSIDE_SEED_SCORE;
                let no_story = !link_only || (b.article_links == 0 && b.last_link_own);
                if ((b.set_apart() && b.used_cta && b.after_prose && words)
                    || (promo && (sends || ((words || weak_words) && no_story))))
                    && b.own_chars <= PROSE_FLOW_CTA_MAX_CHARS
                {
                    need = need.min(OUTSIDE_SEED_SCORE);
                }
                // (A block with a line of its own beside its link, a
                // title above a button, is a box, not a list's entry.)
                if link_only
                    && ev.agg[i].chars < ev.agg[i].link_chars + PATH_LINK_MIN_LETTERS
                    && in_link_list(inp, id, b.top_weight[c.index()] >= WEIGHT_ALONE)
                {
                    need += LINK_BLOCK_EXTRA_SCORE;
                    // A headline made of a topic's words ("会员收费再引争议":
                    // membership fees, paid) asks nothing: in a list only a
                    // phrase that asks on its own, or where the link goes
                    // (a store), makes a link an ask; and a sentence of
                    // logging in on a link to the log-in page ("You must log
                    // in or register to reply here."), which no headline is.
                    let account_ask = c == Category::Login && ev.agg[i].account_links > 0;
                    if b.top_weight[c.index()] < WEIGHT_ALONE
                        && b.links[c.index()] == 0
                        && !account_ask
                    {
                        need = f32::INFINITY;
                    }
                }
                // A headline's link to an article of its own asks nothing,
                // whatever its topic's words; a link to the ask's page
                // (`b.links`) still may.
                if link_only && b.article_links > 0 && b.links[c.index()] == 0 {
                    need = f32::INFINITY;
                }
                // Prose that talks about a nag is still prose (see
                // `BlockEvidence::prose`).
                let cta_line = b.cta_line();
                let outside = !link_only
                    && !text_form
                    && b.top_weight[c.index()] >= WEIGHT_STRONG
                    && s >= OUTSIDE_SEED_SCORE
                    && b.own_chars <= OUTSIDE_MAX_SEED_BLOCK_CHARS
                    && (cta_line || !b.in_flow)
                    && !b.site_info
                    && outside_article(inp, id, c)
                    && box_cue(inp, id, c, b.phrase_wording[c.index()]);
                // Anywhere, even in the article: wording of a category in a
                // box marked up as that category ("must-log-in",
                // "newsletter-signup") or holding a donation form's amounts.
                // Markup of a category whose asks share boxes with the
                // wording's names the ask ("اشترك", subscribe, in a
                // `p.inline-newsletter`): it takes a link line in the
                // article body too when the line itself wears it (a menu's
                // `a.newsletter` stays a menu entry).
                let marked_as_cat = if marked_box(inp, id, c) {
                    Some(c)
                } else if SHARED_BOX_CATEGORIES.contains(&c) {
                    SHARED_BOX_CATEGORIES.iter().copied().find(|&k| {
                        k != c
                            && inp.enabled[k.index()]
                            && open_small_box(inp, id).any(|x| ev.hint(x, k) >= WEIGHT_ALONE)
                    })
                } else {
                    None
                };
                let marked = marked_as_cat.filter(|&k| {
                    (!link_only || (ev.hint(id, k) >= WEIGHT_ALONE && in_body))
                        && !text_form
                        && !ev.ctx[i].nav
                        && b.top_weight[c.index()] >= WEIGHT_STRONG
                        && s >= OUTSIDE_SEED_SCORE
                        && b.own_chars <= PROSE_FLOW_CTA_MAX_CHARS
                });
                let strong_line = (b.own_chars <= SHORT_BLOCK_CHARS
                    && b.sentence_breaks <= CTA_MAX_SENTENCE_BREAKS
                    && s >= IN_FLOW_STRONG_SCORE)
                    || b.strong_phrases[c.index()] >= IN_FLOW_STRONG_PHRASES;
                let prose = b.prose || (in_body && b.is_long() && !cta_line);
                // An offer strip: a line and its link above the article naming a
                // price or a discount beside a subscription word ("Cyber
                // Monday: 3 months of the Standard for €1 a month"); a
                // shop's or deal site's offers come in lists and columns.
                let offer_strip = c == Category::Paywall
                    && b.offer
                    && b.top_weight[c.index()] >= WEIGHT_STRONG
                    && b.own_chars <= OFFER_STRIP_MAX_CHARS
                    && OFFER_STRIP_CLICKABLES.contains(&ev.agg[i].clickables)
                    && inp.guard.root.is_some_and(|r| id < r)
                    && outside_article(inp, id, c);
                let by_words = (s >= need
                    && (strong_line || (promo && sends) || (!prose && (cta_line || !in_flow))))
                    || outside;
                // An appeal set after the body in the article's tail: a
                // paragraph all in emphasis, after the narrative has ended
                // (beyond the body the guard keeps), asking in two words of
                // one category ("El periodismo de CONFIDENCIAL no sería
                // posible sin tu apoyo. Con cada membresía o donación…"):
                // an editor's appeal, however long, not the story.
                let tail_appeal = b.emphasised()
                    && ev.ctx[i].in_article
                    && !in_body
                    && inp.guard.root.is_some_and(|r| id >= page.node(r).end)
                    && b.top_weight[c.index()] >= WEIGHT_STRONG
                    && s >= TAIL_APPEAL_SCORE
                    && b.own_chars <= TAIL_APPEAL_MAX_CHARS;
                if by_words || marked.is_some() || offer_strip || tail_appeal {
                    out.push(Choice {
                        node: id,
                        seed: id,
                        // (Markup of a sharing category names the ask
                        // its words leave open: "Abo" in a newsletter's
                        // line.)
                        category: Some(marked.unwrap_or(c)),
                        score: s,
                        why: Why::Block,
                    });
                    continue;
                }
            }
        }
        if text_form {
            continue;
        }
        if let Some(c) = shape(inp, id) {
            out.push(Choice {
                node: id,
                seed: id,
                category: Some(c),
                score: SEED_SCORE,
                why: Why::Shape,
            });
            continue;
        }
        if let Some((c, s)) = floating_prompt(inp, id) {
            out.push(Choice {
                node: id,
                seed: id,
                category: Some(c),
                score: s,
                why: Why::Prompt,
            });
            continue;
        }
        let a = &ev.agg[i];
        // Markup that means one thing (a consent platform's banner) on a
        // box floating over the page, or in a comment section outside the
        // comments (where WordPress prints its "log in to comment" line),
        // seeds whatever its words say: they may be the site's own, or in a
        // language no phrase file covers, and then read as plain prose.
        let ctx = &ev.ctx[i];
        if a.chars > 0
            && a.chars <= WIDGET_MAX_CHARS
            && !ctx.nav
            && ((ctx.comments && !ctx.comment_item)
                || is_overlay(
                    &page.nodes[i],
                    ev.hint_set(id).unwrap_or(&Default::default()),
                ))
            && let Some(c) = Category::ALL
                .into_iter()
                .filter(|c| inp.enabled[c.index()])
                .find(|&c| ev.hint(id, c) >= HINT_ALONE)
        {
            out.push(Choice {
                node: id,
                seed: id,
                category: Some(c),
                score: ev.hint(id, c) as f32 + a.score[c.index()],
                why: Why::Vendor,
            });
            continue;
        }
        // A comment gate: in a comment section, outside the comments, a
        // small box whose links ask for an account ("Zaloguj się" · "Załóż
        // konto") above no comment form. Its sentence may be in words no
        // phrase file holds ("dostępne tylko dla zalogowanych").
        // Or its links lead to the log-in and registration pages beside a
        // sentence of its own ("Τα σχόλια είναι ανοιχτά μόνο για
        // εγγεγραμμένα μέλη" above "?view=login" and "?view=registration"):
        // both of them, or one in a box marked for log-in (a reader's
        // comment has its one "Log in to reply").
        let asks_login = (a.ctas > 0 && a.score[Category::Login.index()] >= CLUSTER_SCORE)
            || ((a.account_links >= GATE_ACCOUNT_LINKS
                || (a.account_links > 0 && ev.hint(id, Category::Login) >= HINT_SUPPORT))
                && a.chars >= a.link_chars + COMMENT_GATE_MIN_OWN_CHARS);
        if (ctx.comments || heads_comments(inp, id))
            && !ctx.comment_item
            && a.comment_marks == 0
            && a.chars <= COMMENT_GATE_MAX_CHARS
            && a.textareas == 0
            && asks_login
            && inp.enabled[Category::Login.index()]
        {
            out.push(Choice {
                node: id,
                seed: id,
                category: Some(Category::Login),
                score: a.score[Category::Login.index()],
                why: Why::Cluster,
            });
            continue;
        }
        let inset = inset_box(inp, id);
        let plain_max = if inset {
            INSET_MAX_PLAIN_SHARE
        } else {
            CLUSTER_MAX_PLAIN_SHARE
        };
        // A vendor's floating box (a push SDK's slide-down with role
        // "dialog") says its ask in the site's own sentence: plain prose
        // there is the prompt's text, not an article's.
        let vendor_float = is_overlay(node, ev.hint_set(id).unwrap_or(&Default::default()))
            && Category::ALL.iter().any(|&c| ev.hint(id, c) >= HINT_SEED);
        if a.chars == 0
            || a.chars > WIDGET_MAX_CHARS
            || (a.plain_prose as f32 > plain_max * a.chars as f32 && !vendor_float)
        {
            continue;
        }
        // Vendor markup with text.
        if let Some(c) = Category::ALL
            .iter()
            .copied()
            .filter(|c| inp.enabled[c.index()])
            .find(|&c| ev.hint(id, c) >= HINT_SEED)
        {
            out.push(Choice {
                node: id,
                seed: id,
                category: Some(c),
                score: ev.hint(id, c) as f32 + a.score[c.index()],
                why: Why::Vendor,
            });
            continue;
        }
        // Cluster: wording spread over a structured widget.
        if let Some((c, s)) = strongest(&a.score, &inp.enabled) {
            let link_share = a.link_chars as f32 / a.chars as f32;
            let promo = link_share < PROMO_MAX_LINK_SHARE || a.clickables <= PROMO_MAX_CLICKABLES;
            // Several blocks, one of them with a full phrase of the
            // category: not a paragraph, not a list of headline words.
            let node = &page.nodes[i];
            let sign_up_popup = a.email_inputs > 0
                && is_overlay(node, ev.hint_set(id).unwrap_or(&Default::default()));
            let spread = a.hit_blocks >= CLUSTER_MIN_HIT_BLOCKS
                && (a.top_weight[c.index()] >= WEIGHT_ALONE
                    || sign_up_popup
                    || ev.hint(id, c) >= HINT_SUPPORT
                    || a.links[c.index()] > 0
                    // A link to the log-in page is the login ask's link,
                    // beside a sentence of the box's own ("Sign in to
                    // listen to this article" · "Sign in"), not a menu's.
                    || (c == Category::Login
                        && a.account_links > 0
                        && a.clickables <= PROMO_MAX_CLICKABLES
                        && a.chars >= a.link_chars + COMMENT_GATE_MIN_OWN_CHARS)
                    || (inset && a.worded[c.index()] >= CLUSTER_MIN_WORDED_BLOCKS));
            // A widget holding a free-text field is a comment or contact
            // form, whatever it says about email addresses; one that is
            // mostly the text of links to stories, with no markup or link
            // of the ask (a store badge, `div.auth-modal`), is a list of
            // headlines, whatever their topics ("How to turn off your ad
            // blocker").
            let text_widget = a.textareas > 0 && c != Category::Login;
            let headlines = 2 * a.article_links > a.clickables
                && 2 * a.link_chars > a.chars
                && a.links[c.index()] == 0
                && ev.hint(id, c) < HINT_SUPPORT;
            // Links to the log-in and registration pages and hardly a word
            // of the box's own ("Menü · Anmelden · Registrieren"): an
            // account menu (a drawer's, a footer's), not an ask.
            let account_menu = c == Category::Login
                && a.account_links > 0
                && a.account_links >= a.clickables
                && a.chars < a.link_chars + COMMENT_GATE_MIN_OWN_CHARS;
            // Nor is a section holding readers' comments: the prompt
            // above them is a widget of its own.
            let need = if ev.hint(id, c) >= MARKED_CLUSTER_HINT {
                MARKED_CLUSTER_SCORE
            } else {
                CLUSTER_SCORE
            };
            if s >= need
                && spread
                && promo
                && !text_widget
                && !account_menu
                && !headlines
                && a.comment_marks == 0
                && !ev.ctx[i].nav
                && (inset || has_structure(inp, id, c))
            {
                out.push(Choice {
                    node: id,
                    seed: id,
                    category: Some(c),
                    score: s,
                    why: Why::Cluster,
                });
            }
        }
    }
    out
}

/// A floating prompt ([`PROMPT_CHARS`], [`PROMPT_CLICKABLES`]): a box
/// over the page by its own position or role, a question and its answer
/// buttons ("Want the biggest stories first?" · "Not now" · "Yes
/// please"). Its few words rarely hold a strong phrase; a word of the
/// category and the box's markup together are enough
/// ([`SEED_SCORE`]), as a permission prompt is all it can be.
fn floating_prompt(inp: &ChooseInput, id: NodeId) -> Option<(Category, f32)> {
    let ev = inp.ev;
    let a = &ev.agg[id as usize];
    // Its links lead to the log-in and registration pages (both, or one
    // beside a word of logging in): an account prompt in any language,
    // however few its controls ("Save it for tonight? You need to be
    // signed in" · "Log in" · "Register").
    let account = a.account_links >= GATE_ACCOUNT_LINKS
        || (a.account_links > 0 && a.score[Category::Login.index()] > 0.0);
    if !PROMPT_CHARS.contains(&a.chars)
        || !(PROMPT_CLICKABLES.contains(&a.clickables) || (account && a.clickables > 0))
        || a.email_inputs + a.password_inputs + a.textareas > 0
        || ev.ctx[id as usize].nav
    {
        return None;
    }
    let two_answers = a.clickables == PUSH_PROMPT_BUTTONS
        && a.buttons == PUSH_PROMPT_BUTTONS
        && a.privacy_links == 0;
    // Its one word of an ask is a notification prompt's: its deferral
    // ("Not now", "Più tardi").
    let n = a.score[Category::Notification.index()];
    let deferral = n > 0.0 && a.score.iter().all(|&s| s <= n);
    if !is_overlay(inp.page.node(id), &crate::matcher::HintSet::default()) {
        // Set in the page (a sidebar's card, an article's slot), the two
        // answers ask for a permission only when one says yes and the
        // other puts it off ("Turn on" · "Not now", "Вклучи" · "Не
        // сега"): a reader poll answers yes and no, never "later".
        let card = two_answers
            && a.yes_answers > 0
            && deferral
            && inp.enabled[Category::Notification.index()]
            && (outside_body(inp, id, Category::Notification) || inset_box(inp, id));
        return card.then_some((Category::Notification, SEED_SCORE));
    }
    let mut with_markup = a.score;
    for c in Category::ALL {
        if a.score[c.index()] > 0.0 {
            with_markup[c.index()] += f32::from(ev.hint(id, c));
        }
    }
    // A push pre-prompt in the site's own words: its only controls are
    // two buttons (they answer in the page, they lead nowhere), and its
    // one word of an ask is its deferral ("Più tardi", "Nie teraz"),
    // which the phrase files count as a notification prompt's.
    let pre_prompt = (two_answers && deferral).then_some((Category::Notification, SEED_SCORE));
    // Or in words no phrase file holds, and none of another ask: a
    // question and its two answers, one of them a yes, and nothing else
    // (no link, no field, no privacy page): "Quand ça bouge dans le
    // Cantal, voulez-vous le savoir dans la minute ?" · "Oui,
    // prévenez-moi" · "Une autre fois". A consent notice states what the
    // site does and links its policy; a language switch answers in
    // languages.
    let question =
        (two_answers && a.questions > 0 && a.yes_answers > 0 && a.score.iter().all(|&s| s == 0.0))
            .then_some((Category::Notification, SEED_SCORE));
    // Or marked up as a push prompt (`div.push-teaser`) and answered yes
    // or no ("Nein, danke" · "Ja, gern"), in the site's own words ("Wenn
    // an der Weser was los ist, sagen wir Bescheid.").
    let marked_prompt =
        (two_answers && a.yes_answers > 0 && ev.hint(id, Category::Notification) >= HINT_SUPPORT)
            .then_some((Category::Notification, SEED_SCORE));
    let login = account.then_some((Category::Login, SEED_SCORE));
    // Two buttons and no field for an address sign nobody up to a
    // newsletter: with a mark of notifications (`div.push-card`) or more
    // of their words than a deferral ("No thanks"), its newsletter words
    // are a permission prompt's reassurance ("you can unsubscribe at any
    // time").
    let notifies = two_answers
        && (a.score[Category::Notification.index()] > f32::from(WEIGHT_WEAK)
            || ev.hint(id, Category::Notification) > 0);
    strongest(&with_markup, &inp.enabled)
        .filter(|&(_, s)| s >= SEED_SCORE)
        .map(|(c, s)| match c {
            Category::Newsletter if notifies => (Category::Notification, s),
            _ => (c, s),
        })
        .or(pre_prompt)
        .or(marked_prompt)
        .or(question)
        .or(login)
        .filter(|&(c, _)| inp.enabled[c.index()] && outside_body(inp, id, c))
}

/// Outside the article body (and navigation and readers' comments), if
/// not outside the article element: a box floating over the page there
/// is no line of the story, even set in the article's header ("Save this
/// article? You need a free account", a dialog beside the byline).
fn outside_body(inp: &ChooseInput, id: NodeId, c: Category) -> bool {
    let Some(root) = inp.guard.root else {
        return false;
    };
    let ctx = &inp.ev.ctx[id as usize];
    !inp.page.contains(root, id)
        && !inp.guard.protected[id as usize]
        && !ctx.nav
        && !ctx.comment_item
        && (!ctx.comments || c == Category::Login)
}

/// A box of a shape that needs no language (see [`SHAPE_MAX_CHARS`] and
/// [`CONSENT_SHAPE_MAX_CHARS`]): a floating consent box, or the smallest
/// box of app-store links, of an email-only sign-up form or of a donation
/// form's amounts ([`PICKER_AMOUNTS`]); outside the article and
/// navigation, or in a box set into the body.
fn shape(inp: &ChooseInput, id: NodeId) -> Option<Category> {
    let ev = inp.ev;
    let a = &ev.agg[id as usize];
    let ctx = &ev.ctx[id as usize];
    // In the site's header or footer only a box of store badges or an
    // email-only sign-up form: the footer's other links are its menu.
    let chrome = ctx.nav;
    if ctx.menu {
        return None;
    }
    // By its own position or role, not a class name (no hints).
    let floats = is_overlay(inp.page.node(id), &crate::matcher::HintSet::default());
    if !chrome
        && floats
        && (CONSENT_SHAPE_MIN_CHARS..=CONSENT_SHAPE_MAX_CHARS).contains(&a.chars)
        && a.privacy_links > 0
        && a.clickables >= 2
        && a.email_inputs + a.password_inputs + a.textareas == 0
        && inp.enabled[Category::Cookie.index()]
        && outside_article(inp, id, Category::Cookie)
    {
        return Some(Category::Cookie);
    }
    let app_bar = |x: NodeId| {
        let a = &ev.agg[x as usize];
        let node = inp.page.node(x);
        let links = a.clickables.saturating_sub(a.dismissers);
        let floats = is_overlay(node, &crate::matcher::HintSet::default());
        // Laid over the page, stuck to it, closable, or a nudge above the
        // article outside navigation.
        let placed = floats
            || node.flags.has(Flags::STICKY)
            || a.dismissers > 0
            || (inp.guard.root.is_some_and(|r| x < r)
                && outside_article(inp, x, Category::AppBanner));
        // In the site's header or footer only a bar that floats or can be
        // closed: a sticky header with a tagline and an "App" link is the
        // header.
        let chrome_ok = !ev.ctx[x as usize].nav || a.dismissers > 0 || floats;
        placed
            && chrome_ok
            && !is_in(SITE_CHROME_TAGS, &node.tag)
            && a.store_links > 0
            && 2 * a.store_links >= links
            && links <= APP_BAR_MAX_LINKS
            && (1..=APP_BAR_MAX_CHARS).contains(&a.chars)
            // A line of its own beside the link: a menu's "Apps" is a link.
            && a.link_chars + APP_BAR_MIN_LINE_CHARS <= a.chars
            && a.email_inputs + a.password_inputs + a.textareas == 0
            && !inp.guard.protected[x as usize]
    };
    if inp.enabled[Category::AppBanner.index()]
        && app_bar(id)
        && !inp.page.children(id).any(app_bar)
    {
        return Some(Category::AppBanner);
    }
    if a.chars > SHAPE_MAX_CHARS {
        return None;
    }
    if !chrome
        && let Some(c) = ask_box(inp, id)
        && ask_box(inp, inp.page.node(id).parent).is_none()
    {
        return Some(c);
    }
    // Store links, and most of the box's links: a footer row of "About ·
    // Help · Get the app" or a follow box with its social links is not.
    let stores = |x: NodeId| {
        let a = &ev.agg[x as usize];
        a.store_links >= SHAPE_STORE_LINKS && 2 * a.store_links > a.clickables
    };
    // One email field and a button, and the form around them (if any) asks
    // for nothing else of note: "send to a friend" has two addresses, a
    // log-in form a password.
    let only_email = |a: &Agg| a.email_inputs == 1 && a.password_inputs == 0 && a.textareas == 0;
    let form_ok = ev.ctx[id as usize]
        .form
        .is_none_or(|f| only_email(&ev.agg[f as usize]));
    let sign_up = |x: NodeId| {
        let a = &ev.agg[x as usize];
        form_ok && a.buttons > 0 && only_email(a)
    };
    let picker = |x: NodeId| {
        let a = &ev.agg[x as usize];
        let choices = a.amount_choices();
        choices >= PICKER_AMOUNTS
            && 2 * choices > a.clickables
            // (Sums a month are priced, and still choices: "5 € / Monat".)
            && a.priced <= choices
            && a.email_inputs + a.password_inputs + a.textareas == 0
            && a.chars <= choices as usize * AMOUNT_MAX_CHARS + PICKER_MAX_OTHER_CHARS
    };
    // The numbers to pay to (an account, a payment handle) under a line
    // of donation wording, in a small box with no form and few links:
    // "GCash: 0917 824 5531", "Maya: 0998 310 7724" below the site's
    // own words about its reporters.
    let pay_to = |x: NodeId| {
        let a = &ev.agg[x as usize];
        a.accounts >= 1
            && a.score[Category::Donation.index()] > 0.0
            && a.clickables <= PROMO_MAX_CLICKABLES
            && a.forms + a.email_inputs + a.password_inputs + a.textareas == 0
            && a.priced == 0
            && a.chars > a.link_chars + PAY_TO_MIN_OWN_CHARS
    };
    let smallest = |f: &dyn Fn(NodeId) -> bool| f(id) && !inp.page.children(id).any(f);
    let c = if smallest(&stores) {
        Category::AppBanner
    } else if smallest(&sign_up) {
        Category::Newsletter
    } else if chrome {
        return None;
    } else if smallest(&picker) || smallest(&pay_to) {
        Category::Donation
    } else {
        return None;
    };
    let inset = || small_box(inp, id).any(|x| inset_box(inp, x));
    let in_chrome = || {
        chrome
            && !ctx.in_article
            && !inp.guard.protected[id as usize]
            && inp.guard.root.is_some_and(|r| !inp.page.contains(r, id))
    };
    (inp.enabled[c.index()]
        && (outside_article(inp, id, c) || inset() || in_chrome() || in_article_tail(inp, id)))
    .then_some(c)
}

/// After the body, in the article's tail (where the share row and the
/// author box stand): a box there is a box of its own.
fn in_article_tail(inp: &ChooseInput, id: NodeId) -> bool {
    let ctx = &inp.ev.ctx[id as usize];
    ctx.in_article
        && !ctx.nav
        && !ctx.comment_item
        && inp.guard.root.is_some_and(|r| id >= inp.page.node(r).end)
}

/// A reader poll around the block: the first box (of the small box around
/// it) with radio buttons has at least [`POLL_MIN_RADIOS`], no more than
/// [`POLL_MAX_CHARS`] of text, and asks for no money and no address. It
/// may ask about push notifications or paying for news ("Would you pay
/// for a subscription?"): a question, not a nag. A donation form's amount
/// picker and a plan picker with prices are not polls.
fn in_poll(inp: &ChooseInput, id: NodeId) -> bool {
    let ev = inp.ev;
    small_box(inp, id)
        .find(|&x| ev.agg[x as usize].radios > 0)
        .is_some_and(|x| {
            let a = &ev.agg[x as usize];
            a.radios >= POLL_MIN_RADIOS
                && a.chars <= POLL_MAX_CHARS
                && a.money == 0
                && a.priced == 0
                && a.email_inputs + a.password_inputs == 0
        })
}

/// Whether `id` is in a data table of the page (a `<table>` with a caption,
/// a head or header cells: "Subscription prices, roubles a month"), not
/// floating over it: figures of the story, whatever they are about. (A
/// layout table has none of these.)
fn in_data_table(inp: &ChooseInput, id: NodeId) -> bool {
    let page = inp.page;
    if inp.ev.ctx[id as usize].overlay {
        return false;
    }
    let Some(table) = std::iter::once(id)
        .chain(page.ancestors(id))
        .take(DATA_TABLE_MAX_LEVELS)
        .find(|&x| page.node(x).tag == "table")
    else {
        return false;
    };
    page.children(table).any(|k| {
        let tag = page.node(k).tag.as_str();
        tag == "caption"
            || tag == "thead"
            || ((tag == "tbody" || tag == "tr")
                && page.children(k).take(2).any(|r| {
                    page.node(r).tag == "th" || page.children(r).any(|c| page.node(c).tag == "th")
                }))
    })
}

/// A box set into the article body among the narrative's paragraphs (see
/// [`INSET_TAGS`]).
fn inset_box(inp: &ChooseInput, id: NodeId) -> bool {
    let Some(root) = inp.guard.root else {
        return false;
    };
    let page = inp.page;
    let node = page.node(id);
    let a = &inp.ev.agg[id as usize];
    id != root
        && node.parent != NO_PARENT
        && page.contains(root, id)
        && is_in(INSET_TAGS, &node.tag)
        && a.clickables >= 1
        && a.chars <= INSET_MAX_CHARS
        && a.chars as f32 <= INSET_MAX_BODY_SHARE * inp.ev.agg[root as usize].chars as f32
        && inp.ev.agg[node.parent as usize].long_prose >= a.long_prose + INSET_CONTEXT_PROSE_CHARS
}

/// Outside the article body, its ancestors and any `<article>`/`<main>`,
/// and outside site navigation and readers' comments (where only a login
/// prompt may go): where the article is not, a nag needs less wording.
/// Without a found article body nothing is "outside".
fn outside_article(inp: &ChooseInput, id: NodeId, c: Category) -> bool {
    let ctx = &inp.ev.ctx[id as usize];
    outside_body(inp, id, c) && (!ctx.in_article || ctx.sidebar)
}

/// A structural cue in the small box around a block (up to
/// [`CUE_LEVELS`] up, while it holds at most [`CUE_BOX_MAX_CHARS`]).
/// Strong cues say "a box of category `c`": the block's own link or
/// button asks in that category (not for cookie or ad-block notices, whose
/// words sit in every footer's "Privacy policy" link and ad label), markup
/// of the category, an overlay or sticky bar, an email form for a
/// newsletter, a password field or sign-in form for a login. A weak cue —
/// any button, promo markup — is enough only for a phrase rather than a
/// lone word (`phrase_wording`).
fn box_cue(inp: &ChooseInput, id: NodeId, c: Category, phrase_wording: bool) -> bool {
    let ev = inp.ev;
    let asks_by_link = !matches!(c, Category::Cookie | Category::AdblockWall);
    if asks_by_link
        && ev.blocks[id as usize]
            .as_ref()
            .is_some_and(|b| b.cta && b.link_score[c.index()] > 0.0)
    {
        return true;
    }
    small_box(inp, id).any(|x| {
        let a = &ev.agg[x as usize];
        let node = inp.page.node(x);
        let hs = ev.hint_set(x);
        let strong = marked_as(inp, x, c)
            || hs.is_some_and(|h| h.overlay > 0)
            || is_overlay(node, &crate::matcher::HintSet::default())
            || node.flags.has(Flags::STICKY)
            // (Ads close too, and carry the ad-block wall's words.)
            || (a.dismissers > 0 && c != Category::AdblockWall)
            || (c == Category::Newsletter && a.email_inputs > 0 && a.textareas == 0)
            // A notice of one sentence and its one acknowledging button
            // ("Tamam", "Got it"): a consent bar's shape, whatever site
            // wrote it.
            || (c == Category::Cookie
                && a.buttons == 1
                && a.clickables <= ACK_BAR_CLICKABLES
                && a.yes_answers > 0
                && a.chars <= ACK_BAR_MAX_CHARS)
            || (c == Category::Login
                && (a.password_inputs > 0 || (a.forms > 0 && a.textareas == 0)));
        let weak = (a.buttons > 0 && a.textareas == 0) || hs.is_some_and(|h| h.promo > 0);
        strong || (weak && phrase_wording)
    })
}

/// Markup of category `c` (a hint of at least [`HINT_SUPPORT`]) on the
/// block or the small box around it, or a donation form's amount labels;
/// never looking into the protected article.
fn marked_box(inp: &ChooseInput, id: NodeId, c: Category) -> bool {
    open_small_box(inp, id).any(|x| marked_as(inp, x, c))
}

/// [`small_box`] up to the protected article, never into it.
fn open_small_box<'a>(inp: &'a ChooseInput, id: NodeId) -> impl Iterator<Item = NodeId> + 'a {
    small_box(inp, id).take_while(|&x| !inp.guard.protected[x as usize])
}

/// `x` is marked up as category `c`, or holds a donation form's amounts.
fn marked_as(inp: &ChooseInput, x: NodeId, c: Category) -> bool {
    inp.ev.hint(x, c) >= HINT_SUPPORT
        || (c == Category::Donation && inp.ev.agg[x as usize].amount_choices() >= DONATION_AMOUNTS)
}

/// The small box around a block: the block and its ancestors, at most
/// [`CUE_LEVELS`] of them, while each holds at most [`CUE_BOX_MAX_CHARS`].
fn small_box<'a>(inp: &'a ChooseInput, id: NodeId) -> impl Iterator<Item = NodeId> + 'a {
    std::iter::successors(Some(id), |&x| {
        Some(inp.page.node(x).parent).filter(|&p| p != NO_PARENT)
    })
    .take(CUE_LEVELS)
    .take_while(|&x| inp.ev.agg[x as usize].chars <= CUE_BOX_MAX_CHARS)
}

/// A box set into the article body: `parent` holds a small share of the
/// body's running text (a donation box's two lines of pitch beside its
/// payment details), so what stands beside it is the box's own text, not
/// the narrative's flow. Sections of the narrative hold more.
fn set_into_body(inp: &ChooseInput, parent: NodeId, root: NodeId) -> bool {
    let agg = &inp.ev.agg;
    (agg[parent as usize].long_prose as f32)
        < BODY_BOX_MAX_PROSE_SHARE * agg[root as usize].long_prose as f32
}

/// Every paragraph of some bodies sits in a wrapper of its own (a CMS's
/// "body component"): a block whose wrappers hold nothing else, the
/// outermost of the same tag and class as the siblings holding most of
/// the narrative ([`FLOW_WRAPPER_MIN_SHARE`]), is in the flow as an
/// unwrapped paragraph is. A box set into the body has markup of its own,
/// and two promos of one kind among plain paragraphs are not the flow.
fn wrapped_like_the_narrative(inp: &ChooseInput, id: NodeId) -> bool {
    let page = inp.page;
    let agg = &inp.ev.agg;
    let chars = agg[id as usize].chars;
    let mut w = id;
    while let Some(p) = Some(page.node(w).parent).filter(|&p| p != NO_PARENT) {
        if agg[p as usize].chars != chars {
            break;
        }
        w = p;
    }
    w != id && dressed_like_the_narrative(inp, w)
}

/// Whether the siblings of `w` of its tag and class hold most of the
/// narrative beside it ([`FLOW_WRAPPER_MIN_SHARE`]): `w` is a paragraph's
/// wrapper, as they are.
fn dressed_like_the_narrative(inp: &ChooseInput, w: NodeId) -> bool {
    let page = inp.page;
    let agg = &inp.ev.agg;
    let wn = page.node(w);
    if wn.parent == NO_PARENT {
        return false;
    }
    let alike: usize = page
        .children(wn.parent)
        .filter(|&s| s != w)
        .filter(|&s| page.node(s).tag == wn.tag && page.node(s).class == wn.class)
        .map(|s| agg[s as usize].long_prose)
        .sum();
    alike > 0 && alike as f32 >= FLOW_WRAPPER_MIN_SHARE * agg[wn.parent as usize].long_prose as f32
}

/// A link among many links (a list of headlines, a link column): there a
/// link needs more than one ask's wording to count as a nag.
fn in_link_list(inp: &ChooseInput, id: NodeId, asks_alone: bool) -> bool {
    let node = inp.page.node(id);
    if node.tag == "li" {
        return true;
    }
    // In running text with links in it (an article's paragraphs, mostly
    // not link text) a link line that asks in a phrase standing alone
    // ("Sign up for the newsletter here") is no list entry; a headline
    // link with a weaker word still is.
    let p = node.parent;
    let running_text = p != NO_PARENT
        && (inp.ev.agg[p as usize].link_chars as f32)
            < LINK_ROW_LINK_SHARE * inp.ev.agg[p as usize].chars as f32;
    p != NO_PARENT
        && inp.ev.agg[p as usize].clickables > PROMO_MAX_CLICKABLES
        && !(running_text && asks_alone)
        && inp.ev.hint_set(p).is_none_or(|h| h.promo == 0)
}

/// Climbs from a seed to the largest acceptable container.
pub fn grow(inp: &ChooseInput, seed: NodeId, c: Category) -> NodeId {
    let page = inp.page;
    let ev = inp.ev;
    let mut cand = seed;
    let mut parent = page.node(seed).parent;
    while parent != NO_PARENT {
        let a_id = parent;
        if !hideable(inp, a_id) {
            break;
        }
        let a = &ev.agg[a_id as usize];
        let cur = &ev.agg[cand as usize];
        if a.chars > WIDGET_MAX_CHARS {
            break;
        }
        // Readers' comments are never part of a nag box, not even of the
        // "log in to comment" prompt beside them.
        if a.comment_marks > cur.comment_marks {
            break;
        }
        // Nor is a list of sentences beside a sign-in gate, marked up or
        // not: the readers' comments under "log in to comment".
        if c == Category::Login && adds_prose_list(inp, a_id, cand) {
            break;
        }
        // A figure with its caption, or a byline or dateline, beside the
        // box: the box has reached the article's layout (its header row,
        // a teaser grid).
        if a.captions > cur.captions || a.bylines > cur.bylines {
            break;
        }
        // The site's header or footer itself is its chrome: a box set in
        // it goes, the address and the menu beside it stay.
        // (A dialog's own header or footer is the dialog's.)
        if is_in(SITE_CHROME_TAGS, &page.node(a_id).tag)
            && !ev.ctx[a_id as usize].in_article
            && !ev.ctx[a_id as usize].overlay
        {
            break;
        }
        // In the site's header, footer or sidebar a box of store badges
        // takes in its heading, never the links beside it: those are the
        // menu, the most-read list.
        if c == Category::AppBanner
            && (ev.ctx[a_id as usize].nav || ev.ctx[a_id as usize].sidebar)
            && cur.store_links >= SHAPE_STORE_LINKS
            && a.clickables - a.store_links > cur.clickables - cur.store_links
        {
            break;
        }
        let extra = a.chars - cur.chars;
        let extra_prose = a.clean_prose - cur.clean_prose;
        // In a comment section, prose the prompt's box would take in is
        // readers' comments, marked up or not; except the gate's own line
        // above its sign-in buttons (a gate offers ways in; a comment has
        // one "log in to reply"): one short line, in a box of its own
        // beside the comments, not in one (no comment marks), with nothing
        // after the buttons (the comments below the gate).
        let gate_line = c == Category::Login
            && a.comment_marks == 0
            && !ev.ctx[a_id as usize].comment_item
            && a.chars <= GATE_BOX_MAX_CHARS
            && extra_prose <= SHORT_BLOCK_CHARS
            && ((cur.clickables >= GATE_MIN_BUTTONS && a.clickables == cur.clickables)
                // Or its buttons come with its line: "Commenting is open
                // to anyone with a free account" · "Make an account" ·
                // "Got one already? Sign in", the box asking for an
                // account as a whole.
                || ((GATE_MIN_BUTTONS..=PROMO_MAX_CLICKABLES).contains(&a.clickables)
                    && a.score[Category::Login.index()] >= CLUSTER_SCORE))
            && nothing_after(inp, a_id, cand);
        if ev.ctx[a_id as usize].comments && extra_prose > 0 && !gate_line {
            break;
        }
        // Inside the article body a box never takes in a paragraph without
        // a word of nag wording (a caption, the narrative around it),
        // unless the box is marked up as one of its category or links to
        // its payment or vendor page (links.txt, weight 3), and the
        // paragraph is a blurb ("Weiterlesen mit kicker+" above its pitch).
        // A box set into the body (a wrapper of its own, named by a class
        // or an id, holding a sliver of the body's running text) may take
        // in its pitch, and says its ask in two blocks of its own.
        // (Not a consent placeholder in place of an embed: its words are all
        // its own, and the line above it introduces the embed.)
        let body_box = c != Category::Cookie
            && inp.guard.root.is_some_and(|r| {
                let n = page.node(a_id);
                (!n.class.is_empty() || !n.id.is_empty())
                    && is_in(INSET_TAGS, &n.tag)
                    && set_into_body(inp, a_id, r)
                    && a.worded[c.index()] >= BODY_BOX_MIN_WORDED_BLOCKS
            });
        if inp.guard.root.is_some_and(|r| page.contains(r, a_id))
            && a.plain_prose > cur.plain_prose
            && !(a_id != inp.guard.root.unwrap_or(NO_PARENT)
                && a.plain_prose - cur.plain_prose <= BLURB_MAX_CHARS
                && (links_to_its_platform(a, c)
                    || open_small_box(inp, a_id).any(|x| ev.hint(x, c) >= WEIGHT_ALONE)
                    || body_box))
        {
            break;
        }
        let extra_links = a.link_chars - cur.link_chars;
        // Wording of asks that share a box with this one: a neighbouring
        // cookie notice's words do not make a newsletter box grow over it.
        let total = |s: &[f32; Category::COUNT]| {
            Category::ALL
                .iter()
                .filter(|&&k| one_box(c, k))
                .map(|k| s[k.index()])
                .sum::<f32>()
        };
        // In a comment section only the prompt's own category pays: readers
        // write "I donated by SMS" under a "log in to comment" gate.
        let extra_score = if ev.ctx[a_id as usize].comments {
            a.score[c.index()] - cur.score[c.index()]
        } else {
            total(&a.score) - total(&cur.score)
        };
        let structure = ev.hint(a_id, c) >= HINT_SUPPORT
            // Or within a small box marked up as the category (Piano's
            // `#piano-inline` around the offer's own wrapper).
            || marked_box(inp, a_id, c)
            || ev.hint_set(a_id).is_some_and(|h| h.promo > 0)
            || is_overlay(
                page.node(a_id),
                ev.hint_set(a_id).unwrap_or(&Default::default()),
            )
            // A form asks for an address or an account: structure of
            // those asks, not of a cookie or app notice beside one.
            || (SHARED_BOX_CATEGORIES.contains(&c)
                && (a.email_inputs > cur.email_inputs || a.forms > cur.forms))
            // A donation form's amounts, an app's store badges: the box
            // around them is theirs, its pitch in any language; not a box
            // of prose beside it (a sidebar's "about us" widget).
            || (c == Category::Donation && a.amount_choices() >= DONATION_AMOUNTS)
            // So are the numbers to pay to (an account, a payment handle),
            // with at most one link beside them ("Other ways to give"): a
            // footer's column of links around its bank details is not.
            || (c == Category::Donation
                && cur.accounts > 0
                && a.clickables <= cur.clickables + 1
                && at_most_a_button_after(inp, a_id, cand)
                && !adds_prose_box(inp, a_id, cand))
            || (c == Category::AppBanner
                && a.store_links >= SHAPE_STORE_LINKS
                && !adds_prose_box(inp, a_id, cand))
            // Links to the category's payment or vendor page (links.txt,
            // weight 3: Steady's plans, PayPal's donate page): likewise.
            // (A plan paid on a membership platform reads as a paywall
            // ask until purpose::refine: asks that share a box count.)
            || (links_to_its_platform(a, c)
                && a.clickables <= cur.clickables
                && !adds_prose_box(inp, a_id, cand));
        // Link text is fine inside a promo (one card wrapped in one link);
        // a parent that adds a column of links is a page region.
        // A sign-up form's consent ticks link the terms and the privacy
        // policy: those are the form's, not a page region's.
        let form_links = structure
            && a.legal_links > cur.legal_links
            && a.clickables.saturating_sub(a.legal_links) <= PROMO_MAX_CLICKABLES;
        let links_ok = (extra_links as f32) < GROW_MAX_LINK_SHARE * extra as f32
            || a.clickables <= PROMO_MAX_CLICKABLES
            || form_links;
        let accept = titled_widget(inp, a_id, cand)
            || if extra_prose == 0 {
                (extra <= GROW_SLACK_CHARS && !adds_link_row(a, cur, extra, extra_links))
                    || (links_ok
                        && (extra_score * GROW_CHARS_PER_POINT >= extra as f32
                            || (structure && extra <= GROW_STRUCTURE_MAX_CHARS)))
            } else {
                // A short blurb next to a sign-up form or inside marked-up
                // nag markup belongs to the box ("A free e-book with 50
                // insights..."); longer prose only to an overwhelming nag box.
                let marked = structure
                || body_box
                || cur.email_inputs + cur.forms > 0
                || ev.hint(cand, c) >= HINT_SUPPORT
                || (a.ctas > 0 && a.score[c.index()] >= CLUSTER_SCORE)
                // The appeal's text in a wrapper of its own, its button
                // one level up: the box is the wrapper's parent.
                || (extra_score > 0.0 && {
                    let up = page.node(a_id).parent;
                    up != NO_PARENT && hideable(inp, up) && {
                        let u = &ev.agg[up as usize];
                        u.ctas > 0 && u.score[c.index()] >= CLUSTER_SCORE && u.chars <= CUE_BOX_MAX_CHARS
                    }
                });
                // A blurb with controls of its own and no word of an ask is
                // another widget (an author box and its "Follow"), unless the
                // parent shows the category's structure (its markup, a form,
                // a donation form's amounts).
                let own_widget = !structure && a.clickables > cur.clickables && extra_score <= 0.0;
                let blurb = extra_prose <= BLURB_MAX_CHARS
                    && extra <= BLURB_STEP_MAX_CHARS
                    && marked
                    && !own_widget;
                (blurb && (extra_links as f32 <= GROW_MAX_LINK_SHARE * extra as f32 || form_links))
                    || (a.is_nag_box()
                        && !own_widget
                        && extra_links as f32 <= NAG_BOX_MAX_LINK_SHARE * extra as f32)
            };
        if !accept {
            break;
        }
        cand = a_id;
        parent = page.node(a_id).parent;
    }
    floating_box_around(inp, cand).unwrap_or(cand)
}

/// The small box floating over the page (a pop-up's `role=dialog`, a
/// fixed slide-in) a few levels around `cand`, if there is one: a box
/// over the page is one box, its title and pitch with its form (issue 8's
/// "whole box or nothing"), however little its other parts say.
fn floating_box_around(inp: &ChooseInput, cand: NodeId) -> Option<NodeId> {
    let page = inp.page;
    let ev = inp.ev;
    let cur = &ev.agg[cand as usize];
    let mut up = page.node(cand).parent;
    for _ in 0..FLOATING_BOX_MAX_LEVELS {
        if up == NO_PARENT || !hideable(inp, up) {
            return None;
        }
        let a = &ev.agg[up as usize];
        if a.chars > FLOATING_BOX_MAX_CHARS
            || a.comment_marks > cur.comment_marks
            || a.captions > cur.captions
            || a.bylines > cur.bylines
            || a.long_prose > cur.long_prose + BLURB_MAX_CHARS
            // A pop-up adds a close link or an answer, not a menu or a
            // share bar's row of links.
            || a.clickables > cur.clickables + PROMO_MAX_CLICKABLES
            || ev.ctx[up as usize].nav
            || inp.guard.root.is_some_and(|r| page.contains(up, r))
        {
            return None;
        }
        let node = page.node(up);
        if is_overlay(node, ev.hint_set(up).unwrap_or(&Default::default())) {
            return Some(up);
        }
        up = node.parent;
    }
    None
}

/// Whether `parent` holds, beside the child holding `cand`, a list of at
/// least [`COMMENT_LIST_MIN_ITEMS`] items of prose
/// ([`COMMENT_LIST_ITEM_MIN_CHARS`] each).
fn adds_prose_list(inp: &ChooseInput, parent: NodeId, cand: NodeId) -> bool {
    let page = inp.page;
    page.children(parent).any(|x| {
        !page.contains(x, cand)
            && matches!(page.node(x).tag.as_str(), "ul" | "ol")
            && page
                .children(x)
                .filter(|&li| {
                    let a = &inp.ev.agg[li as usize];
                    page.node(li).tag == "li"
                        && a.clean_prose > 0
                        && a.chars >= COMMENT_LIST_ITEM_MIN_CHARS
                })
                .nth(COMMENT_LIST_MIN_ITEMS - 1)
                .is_some()
    })
}

/// Whether `parent` holds, beside the child holding `cand`, a box of its
/// own (one of [`INSET_TAGS`]) with prose in it: another widget.
fn adds_prose_box(inp: &ChooseInput, parent: NodeId, cand: NodeId) -> bool {
    inp.page.children(parent).any(|x| {
        !inp.page.contains(x, cand)
            && is_in(INSET_TAGS, &inp.page.node(x).tag)
            && inp.ev.agg[x as usize].clean_prose > 0
    })
}

/// A box outside the article whose one or two links go to a page named for
/// one ask by its path ("/socias/alta", "/prenumerera", "/podporte-nas"),
/// or a box of its own anywhere but in the narrative's flow whose links go
/// to a platform of one ask (a Telegram channel, a mailing list), with a
/// pitch of its own beside them: the site's voice may word the pitch any
/// way, the destination says what it asks (see [`ASK_BOX_MAX_CHARS`]).
/// The largest such box is the seed.
fn ask_box(inp: &ChooseInput, x: NodeId) -> Option<Category> {
    if x == NO_PARENT {
        return None;
    }
    let a = &inp.ev.agg[x as usize];
    if !is_in(INSET_TAGS, &inp.page.node(x).tag)
        || !(1..=ASK_BOX_MAX_CLICKABLES).contains(&a.clickables)
        || a.chars > ASK_BOX_MAX_CHARS
        || a.chars < a.link_chars + ASK_BOX_MIN_PITCH_CHARS
        || a.h1s + a.captions + a.bylines + a.comment_marks > 0
        || a.email_inputs + a.password_inputs + a.textareas > 0
        || inp.ev.ctx[x as usize].menu
    {
        return None;
    }
    // A page of the site named for one ask, or a platform of one
    // (links.txt by host: a messaging channel, a mailing-list or payment
    // service). Not an app store: a site lists its apps beside its
    // "about us", and app bars have shapes of their own (`shape`).
    let by_platform = |k: Category| k != Category::AppBanner && a.links[k.index()] >= WEIGHT_STRONG;
    let asks_by_link = |k: Category| a.ask_paths[k.index()] >= WEIGHT_STRONG || by_platform(k);
    // A subscription offer signs its subscribers in ("Schon dabei? Hier
    // einloggen"): its log-in link and words are the offer's. (In a
    // comment section the gate asks for an account, whatever it sells.)
    let offer = asks_by_link(Category::Paywall) && !inp.ev.ctx[x as usize].comments;
    let own = |k: Category| !(offer && k == Category::Login);
    let mut asks = Category::ALL
        .into_iter()
        .filter(|&k| own(k) && asks_by_link(k));
    let c = asks.next()?;
    // Wording of another ask names the box better than where it links.
    let worded_else = Category::ALL
        .into_iter()
        .any(|k| k != c && own(k) && a.top_weight[k.index()] >= WEIGHT_STRONG);
    // A site links its own pages from the article's text; a platform's
    // page from a box of its own set among the narrative's paragraphs
    // ("Keď sa v Prešove niečo stane, dozviete sa to ako prví" above
    // t.me), or after the article's text.
    let placed = (a.ask_paths[c.index()] >= WEIGHT_STRONG
        && (outside_article(inp, x, c) || in_article_tail(inp, x)))
        || (by_platform(c)
            && platform_links_apart(inp, x, c)
            && (outside_body(inp, x, c)
                || (inset_box(inp, x) && !dressed_like_the_narrative(inp, x))));
    (asks.next().is_none() && !worded_else && inp.enabled[c.index()] && placed).then_some(c)
}

/// Whether every link of `x` goes to a page that asks (`links.txt`), and
/// those to a platform of ask `c` are buttons or lines of their own: a
/// box's call to action, not a row of social links ("Facebook ·
/// Telegram") nor a link set in a sentence of the narrative ("Uma
/// vaquinha online foi aberta" linking the fundraiser).
fn platform_links_apart(inp: &ChooseInput, x: NodeId, c: Category) -> bool {
    let end = inp.page.node(x).end as usize;
    inp.ev.blocks[x as usize..end].iter().flatten().all(|b| {
        b.nag_links == b.dest_links && (b.links[c.index()] < WEIGHT_STRONG || b.link_only())
    })
}

/// Whether `parent`, outside the article and the comments, adds to the box
/// in `cand` only a heading above it (or a line all in bold) and short
/// lines without a link or a button: the widget's title and fine print
/// (see [`HEADING_TAGS`]).
fn titled_widget(inp: &ChooseInput, parent: NodeId, cand: NodeId) -> bool {
    let page = inp.page;
    let ev = inp.ev;
    let ctx = &ev.ctx[parent as usize];
    if ctx.in_article || ctx.comments || inp.guard.root.is_some_and(|r| page.contains(r, parent)) {
        return false;
    }
    let (mut heading, mut before, mut extra) = (false, true, 0);
    for x in page.children(parent) {
        if page.contains(x, cand) {
            before = false;
            continue;
        }
        let g = &ev.agg[x as usize];
        if g.clickables > 0 || g.link_chars > 0 || g.chars > TITLED_LINE_MAX_CHARS {
            return false;
        }
        // A title is a heading, or a line all in bold ("<p><strong>Is
        // this worth something to you?</strong></p>").
        let bold_line = ev.blocks[x as usize]
            .as_ref()
            .is_some_and(|b| b.emphasised() && b.own_chars == g.chars);
        heading |= before && (is_in(HEADING_TAGS, &page.node(x).tag) || bold_line);
        extra += g.chars;
    }
    heading && extra <= TITLED_STEP_MAX_CHARS
}

/// Whether `id` is under a heading of its own widget: [`titled_widget`]
/// at most [`TITLED_SEED_MAX_LEVELS`] levels up.
fn titled_seed(inp: &ChooseInput, id: NodeId) -> bool {
    let mut x = id;
    for _ in 0..TITLED_SEED_MAX_LEVELS {
        x = inp.page.node(x).parent;
        if x == NO_PARENT {
            return false;
        }
        if titled_widget(inp, x, id) {
            return true;
        }
    }
    false
}

/// Whether the next element after `id` with text is a comment section:
/// a gate set just above it ("Login — Register to add your comments!"
/// before `#article_comments`) is the section's, not the article's.
fn heads_comments(inp: &ChooseInput, id: NodeId) -> bool {
    let page = inp.page;
    let parent = page.node(id).parent;
    if parent == NO_PARENT {
        return false;
    }
    page.children(parent)
        .skip_while(|&x| x != id)
        .skip(1)
        .find(|&x| inp.ev.agg[x as usize].chars > 0)
        .is_some_and(|x| inp.ev.ctx[x as usize].comments && !inp.ev.ctx[x as usize].nav)
}

/// Whether no child of `parent` after the one holding `cand` has text.
fn nothing_after(inp: &ChooseInput, parent: NodeId, cand: NodeId) -> bool {
    inp.page
        .children(parent)
        .skip_while(|&x| !inp.page.contains(x, cand))
        .skip(1)
        .all(|x| inp.ev.agg[x as usize].chars == 0)
}

/// Whether `parent` holds after the child holding `cand` nothing but one
/// link or button ("Other ways to give"): its title and pitch stand above
/// the numbers to pay to, a note or another line below is not theirs.
fn at_most_a_button_after(inp: &ChooseInput, parent: NodeId, cand: NodeId) -> bool {
    // (More numbers after it are the box's: the list's next entry.)
    let page = inp.page;
    let own = page.children(parent).find(|&x| page.contains(x, cand));
    let mut after = page
        .children(parent)
        .skip_while(|&x| !page.contains(x, cand))
        .skip(1)
        .filter(|&x| inp.ev.agg[x as usize].chars > 0)
        .filter(|&x| {
            inp.ev.agg[x as usize].accounts == 0
                && own.is_none_or(|o| page.node(o).tag != "li" || page.node(x).tag != "li")
        });
    let first_is_button = after.next().is_none_or(|x| {
        let a = &inp.ev.agg[x as usize];
        a.link_chars == a.chars && a.clickables == 1
    });
    first_is_button && after.next().is_none()
}

/// A growth step that adds a row of links, mostly link text: more than
/// [`GROW_SLACK_LINKS`] links that are neither buttons nor amounts.
fn adds_link_row(a: &Agg, cur: &Agg, extra: usize, extra_links: usize) -> bool {
    let links = |x: &Agg| x.clickables.saturating_sub(x.buttons + x.amounts);
    links(a).saturating_sub(links(cur)) > GROW_SLACK_LINKS && 2 * extra_links >= extra
}

/// A box linking to a payment, membership or mailing-list platform of its
/// ask (`patterns/links.txt`, weight [`WEIGHT_ALONE`]), of its category or
/// one that shares its boxes: a plan paid on Steady reads as a paywall ask
/// until `purpose::refine`. Not for the ad-block wall: its links go to ad
/// servers a page links everywhere.
fn links_to_its_platform(a: &Agg, c: Category) -> bool {
    c != Category::AdblockWall
        && Category::ALL
            .iter()
            .any(|&k| one_box(c, k) && a.links[k.index()] >= WEIGHT_ALONE)
}

/// Asks of categories `c` and `k` may share one box (see
/// [`SHARED_BOX_CATEGORIES`]).
fn one_box(c: Category, k: Category) -> bool {
    c == k || (SHARED_BOX_CATEGORIES.contains(&c) && SHARED_BOX_CATEGORIES.contains(&k))
}

/// Seeds → grown, merged containers, plus backdrops. Also returns the
/// seeds, for `explain`.
pub fn choose(inp: &ChooseInput) -> (Vec<Choice>, Vec<Choice>) {
    let seeds = seeds(inp);
    let mut chosen: Vec<Choice> = seeds
        .iter()
        .cloned()
        .map(|mut s| {
            if s.why != Why::Rule
                && let Some(c) = s.category
            {
                s.node = grow(inp, s.seed, c);
                // A form or badges set into the body go with the box they
                // are set in: its pitch may be a paragraph long.
                if s.why == Why::Shape
                    && let Some(x) = small_box(inp, s.seed)
                        .filter(|&x| inset_box(inp, x) && hideable(inp, x))
                        .last()
                    && inp.page.contains(x, s.node)
                {
                    s.node = x;
                }
            }
            s
        })
        .collect();
    // Outermost wins; its category is re-read from everything inside it.
    crate::sort::sort_by_key(&mut chosen, |c| {
        (c.node, std::cmp::Reverse(inp.page.node(c.node).end))
    });
    let mut merged: Vec<Choice> = Vec::new();
    for c in chosen {
        if let Some(last) = merged.last_mut()
            && inp.page.contains(last.node, c.node)
        {
            if last.node == c.node && last.why != Why::Rule {
                last.score = last.score.max(c.score);
            }
            continue;
        }
        merged.push(c);
    }
    for m in &mut merged {
        if m.why != Why::Rule
            && m.node != m.seed
            && let Some((c, _)) = strongest(&inp.ev.agg[m.node as usize].score, &inp.enabled)
        {
            let own = m
                .category
                .map_or(0.0, |k| inp.ev.agg[m.node as usize].score[k.index()]);
            if inp.ev.agg[m.node as usize].score[c.index()] > own * RECATEGORISE_RATIO {
                m.category = Some(c);
            }
        }
        if m.why != Why::Rule
            && let Some(k) = vendor_category(inp, m.node)
        {
            m.category = Some(k);
        }
    }
    // A hidden container must not take a keep-ruled element with it.
    merged.retain(|m| {
        let end = inp.page.node(m.node).end;
        m.why == Why::Rule || !(m.node..end).any(|i| inp.page.node(i).flags.has(Flags::RULE_KEEP))
    });
    let beside = beside(inp, &merged);
    merged.extend(beside);
    crate::sort::sort_by_key(&mut merged, |c| c.node);
    let backdrops = backdrops(inp, &merged);
    merged.extend(backdrops);
    (merged, seeds)
}

/// The category the vendor markup of a chosen box names: a hint of at
/// least [`HINT_SEED`] on the box, or on the wrapper chain below it (each
/// the sole element child of the one before), stronger than any other
/// category's hint on that element, and a category the box's words speak
/// of at all. A plugin's template means one thing ("pmpro_content_message"
/// is a members-only notice) while its default wording borrows other
/// categories' words ("keep reading", "member"); a class that only names
/// a category ("no-cookie-banner" on a donation appeal) does not decide.
fn vendor_category(inp: &ChooseInput, id: NodeId) -> Option<Category> {
    let page = inp.page;
    let worded = &inp.ev.agg[id as usize].score;
    let mut n = id;
    loop {
        let hint = |c: Category| inp.ev.hint(n, c);
        if let Some(k) = Category::ALL.into_iter().max_by_key(|&c| hint(c))
            && hint(k) >= HINT_SEED
        {
            let alone = Category::ALL.iter().all(|&c| c == k || hint(c) < hint(k));
            return (alone && worded[k.index()] > 0.0 && inp.enabled[k.index()]).then_some(k);
        }
        let mut kids = page.children(n).filter(|&k| {
            let node = page.node(k);
            node.is_element() || !node.text.trim().is_empty()
        });
        match (kids.next(), kids.next()) {
            (Some(only), None) if page.node(only).is_element() => n = only,
            _ => return None,
        }
    }
}

/// Short ask lines beside chosen nags (see [`BESIDE_MAX_CHARS`]).
fn beside(inp: &ChooseInput, chosen: &[Choice]) -> Vec<Choice> {
    let page = inp.page;
    let ev = inp.ev;
    // Linear in the page however many nags share one parent (a page of
    // 100,000 sibling boxes): each parent's children listed once, a walk
    // stops at a chosen sibling (whose own walk goes on from there) and
    // after a bounded number of empty ones.
    // (Per-node tables rather than hash maps: the map types cost the
    // WebAssembly more than these cost in memory.)
    let mut taken = vec![false; page.nodes.len()];
    for c in chosen {
        taken[c.node as usize] = true;
    }
    // A parent's slot in `lists`, once its children are listed.
    let mut listed: Vec<u32> = vec![u32::MAX; page.nodes.len()];
    let mut lists: Vec<Vec<NodeId>> = Vec::new();
    let mut out: Vec<Choice> = Vec::new();
    for c in chosen {
        if matches!(c.why, Why::Rule | Why::Backdrop) {
            continue;
        }
        let parent = page.node(c.node).parent;
        if parent == NO_PARENT {
            continue;
        }
        if listed[parent as usize] == u32::MAX {
            listed[parent as usize] = lists.len() as u32;
            lists.push(page.children(parent).collect());
        }
        let sibs = &lists[listed[parent as usize] as usize];
        let Ok(at) = sibs.binary_search(&c.node) else {
            continue;
        };
        let before: Vec<NodeId> = sibs[..at]
            .iter()
            .rev()
            .take(BESIDE_MAX_STEPS)
            .copied()
            .collect();
        let after: Vec<NodeId> = sibs[at + 1..]
            .iter()
            .take(BESIDE_MAX_STEPS)
            .copied()
            .collect();
        for side in [before, after] {
            for s in side {
                if taken[s as usize] {
                    break;
                }
                if ev.agg[s as usize].chars == 0 {
                    continue;
                }
                match ask_line(inp, s, c.category) {
                    Some(k) => {
                        taken[s as usize] = true;
                        out.push(Choice {
                            node: s,
                            seed: c.node,
                            category: Some(k),
                            score: ev.blocks[s as usize]
                                .as_ref()
                                .map_or(0.0, |b| b.used_score[k.index()]),
                            why: Why::Beside,
                        });
                    }
                    None => break,
                }
            }
        }
    }
    out
}

/// Inside the article body the guard found.
fn in_body(inp: &ChooseInput, id: NodeId) -> bool {
    inp.guard.root.is_some_and(|r| inp.page.contains(r, id))
}

/// The category of a short line of nag wording that may join a nag (of
/// category `nag`) beside it, if `id` is one.
fn ask_line(inp: &ChooseInput, id: NodeId, nag: Option<Category>) -> Option<Category> {
    let ev = inp.ev;
    let b = ev.blocks[id as usize].as_ref()?;
    let a = &ev.agg[id as usize];
    if !hideable(inp, id)
        || inp.page.node(id).is_text()
        || a.h1s > 0
        || a.comment_marks > 0
        || ev.ctx[id as usize].comment_item
        || b.site_info
        || b.own_chars == 0
        || b.own_chars > BESIDE_MAX_CHARS
        || b.sentence_breaks > BESIDE_MAX_SENTENCE_BREAKS
        || a.chars > b.own_chars + GROW_SLACK_CHARS
    {
        return None;
    }
    let (c, s) = strongest(&b.used_score, &inp.enabled)?;
    // Narrative beside a nag stays, whatever it says; a line that points
    // to a link beside it is part of the run.
    let pointer = b.pointer_line();
    // A pitch's paragraph that closes on the ask, beside a nag of that
    // ask's category, is the pitch's (`BlockEvidence::closing_ask`).
    let closing = nag == Some(c) && b.closing_ask[c.index()];
    if !pointer
        && !closing
        && (b.prose || ((b.in_flow || in_body(inp, id)) && b.is_long() && !b.cta_line()))
    {
        return None;
    }
    // It asks by a link of its own (a menu item is not a line), or its
    // wording is strong on its own. A pointer's one word will do.
    let asks = (b.own_link_chars > 0 || b.used_cta)
        && !b.link_only()
        && (b.phrase_wording[c.index()] || pointer);
    let strong = b.top_weight[c.index()] >= WEIGHT_ALONE && s >= SEED_SCORE;
    (s >= OUTSIDE_SEED_SCORE
        && b.top_weight[c.index()] >= WEIGHT_STRONG
        && (asks || strong || closing))
        .then_some(c)
}

/// Empty overlay siblings of hidden overlays: the dimming layer a modal
/// leaves behind.
fn backdrops(inp: &ChooseInput, chosen: &[Choice]) -> Vec<Choice> {
    let page = inp.page;
    let mut out = Vec::new();
    for c in chosen {
        let node = page.node(c.node);
        let hs = inp.ev.hint_set(c.node).cloned().unwrap_or_default();
        if !(is_overlay(node, &hs) || inp.ev.ctx[c.node as usize].overlay)
            || node.parent == NO_PARENT
        {
            continue;
        }
        for sib in page.children(node.parent) {
            if sib == c.node || !hideable(inp, sib) || inp.ev.agg[sib as usize].chars > 0 {
                continue;
            }
            let sn = page.node(sib);
            let shs = inp.ev.hint_set(sib).cloned().unwrap_or_default();
            if is_overlay(sn, &shs)
                && !chosen.iter().any(|o| o.node == sib)
                && !out.iter().any(|o: &Choice| o.node == sib)
            {
                out.push(Choice {
                    node: sib,
                    seed: c.node,
                    category: c.category,
                    score: 0.0,
                    why: Why::Backdrop,
                });
            }
        }
    }
    out
}
