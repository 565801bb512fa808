//! The content guard: find the article body and protect it.
//!
//! Scoring follows Readability's idea: every clean prose block gives points
//! to its parent and half as many to its grandparent, and the best-scored
//! element is the body. `itemprop=articleBody` overrides when it holds real
//! prose. The guard then protects the body, its ancestors, and any element
//! holding a large share of its prose (so that a `div.paywall` wrapping the
//! article text is never hidden).

use super::evidence::Evidence;
use super::index::TextIndex;
use super::tables::*;
use crate::page::{Flags, NO_PARENT, NodeId, Page};

/// Where the article is, and what may not be hidden.
#[derive(Debug, Default)]
pub struct Guard {
    pub root: Option<NodeId>,
    /// Per node: hiding it would hide the article or most of it.
    pub protected: Vec<bool>,
    pub root_prose: usize,
}

impl Guard {
    pub fn build(page: &Page, ix: &TextIndex, ev: &Evidence) -> Guard {
        let n = page.len();
        // A short document in a frame is a widget, not an article.
        if page.is_subframe()
            && ev
                .agg
                .first()
                .is_none_or(|a| a.chars < FRAME_ARTICLE_MIN_CHARS)
        {
            return Guard {
                root: None,
                protected: vec![false; n],
                root_prose: 0,
            };
        }
        let mut score = vec![0.0f32; n];
        for (i, b) in ev.blocks.iter().enumerate() {
            let Some(b) = b else { continue };
            let node = page.node(i as NodeId);
            if b.own_chars < GUARD_MIN_BLOCK_CHARS
                || (b.own_link_chars as f32) > PROSE_MAX_LINK_SHARE * b.own_chars as f32
            {
                continue;
            }
            // Phrases in quotation marks are mentions: an article that
            // quotes a banner is still the article.
            let best = super::evidence::max_score(&b.used_score);
            // Reported narrative reads as narrative whatever it is about:
            // sentences, commas, no call to action of its own.
            let narrative = b.own_chars >= NARRATIVE_MIN_CHARS
                && b.sentence_breaks >= NARRATIVE_MIN_SENTENCE_BREAKS
                && b.commas >= NARRATIVE_MIN_COMMAS
                && !b.used_cta
                && !ev.ctx[i].overlay;
            // Readers' comments are not the article, however long they run
            // (Readability docks points for "comment" classes too).
            if (best >= seed_threshold(b.own_chars) && !b.prose && !narrative)
                || ev.ctx[i].nav
                || ev.ctx[i].comment_item
            {
                continue;
            }
            let commas = b.commas;
            let s = 1.0
                + commas as f32
                + (b.own_chars as f32 / GUARD_CHARS_PER_POINT).min(GUARD_MAX_LENGTH_POINTS);
            // A block that is itself an element with children gets its own
            // points too (text directly in a div).
            let mut target = if node.is_element() {
                i as NodeId
            } else {
                node.parent
            };
            if matches!(
                node.tag.as_str(),
                "p" | "li" | "blockquote" | "pre" | "h2" | "h3" | "dd" | "td"
            ) {
                target = node.parent;
            }
            if target == NO_PARENT {
                continue;
            }
            score[target as usize] += s;
            let gp = page.node(target).parent;
            if gp != NO_PARENT {
                score[gp as usize] += s * GUARD_GRANDPARENT_SHARE;
            }
        }
        // Link-heavy containers are lists of links, not articles.
        let mut best: Option<(NodeId, f32)> = None;
        for (i, &s) in score.iter().enumerate() {
            if s <= 0.0 {
                continue;
            }
            let a = &ev.agg[i];
            let ld = if a.chars == 0 {
                0.0
            } else {
                a.link_chars as f32 / a.chars as f32
            };
            let s = s * (1.0 - ld);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i as NodeId, s));
            }
        }
        let mut root = best.map(|(i, _)| siblings_joined(page, ev, i));
        // itemprop=articleBody with real prose wins; the largest one, as
        // some pages nest several.
        if let Some(ab) = (0..n)
            .filter(|&i| page.nodes[i].flags.has(Flags::ARTICLE_BODY) && ix.visible[i])
            .filter(|&i| ev.agg[i].clean_prose >= ARTICLE_BODY_MIN_PROSE)
            .max_by_key(|&i| ev.agg[i].clean_prose)
        {
            root = Some(ab as NodeId);
        }
        let mut g = Guard {
            root,
            protected: vec![false; n],
            root_prose: 0,
        };
        let Some(r) = root else { return g };
        g.root_prose = ev.agg[r as usize].clean_prose;
        g.protected[r as usize] = true;
        for a in page.ancestors(r) {
            g.protected[a as usize] = true;
        }
        let floor = (g.root_prose as f32 * GUARD_PROSE_SHARE).max(PROSE_MIN_CHARS as f32);
        for i in r as usize..page.node(r).end as usize {
            if ev.agg[i].clean_prose as f32 >= floor && !ev.agg[i].is_nag_box() {
                g.protected[i] = true;
            }
        }
        g
    }
}

/// The body around `root` when the CMS split it (see
/// [`GUARD_CLIMB_MAX_LEVELS`]): climbing wrappers that add no prose, the
/// first container whose other children are paragraphs of the same story;
/// else `root`.
fn siblings_joined(page: &Page, ev: &Evidence, root: NodeId) -> NodeId {
    let prose = |i: NodeId| ev.agg[i as usize].clean_prose;
    let mut cur = root;
    for _ in 0..GUARD_CLIMB_MAX_LEVELS {
        let parent = page.node(cur).parent;
        if parent == NO_PARENT || ev.ctx[parent as usize].nav {
            break;
        }
        // The other children's paragraphs: how many, and their prose.
        let (blocks, sum) = page
            .children(parent)
            .filter(|&k| k != cur && !ev.ctx[k as usize].comment_item)
            .map(prose)
            .filter(|&p| p >= GUARD_SIBLING_MIN_PROSE)
            .fold((0, 0), |(n, sum), p| (n + 1, sum + p));
        if blocks == 0 {
            cur = parent;
            continue;
        }
        let joined = blocks >= GUARD_SIBLING_MIN_BLOCKS
            && sum as f32 >= GUARD_SIBLING_SHARE * prose(root) as f32
            && !ev.agg[parent as usize].is_nag_box();
        return if joined { parent } else { root };
    }
    root
}
