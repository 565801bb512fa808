//! The text index: the page's visible text as one normalised string, with
//! a map from every byte offset back to its text node and block.
//!
//! Blocks are separated by `'\n'`, which no phrase contains, so a phrase can
//! run across inline tags ("sign up for our <a>newsletter</a>") but never
//! from one block into the next. The whole page is then matched in ONE
//! automaton pass.

use super::tables::{INLINE_TAGS, INVISIBLE_TAGS, OWN_LINE_MAX_NODES, OWN_LINE_MIN_WORDS, is_in};
use crate::page::{Flags, NO_PARENT, NodeId, Page};
use crate::text::normalize_into;

/// One run of text in the index.
#[derive(Clone, Copy, Debug)]
pub struct Segment {
    /// Byte offset in [`TextIndex::doc`].
    pub start: u32,
    pub len: u32,
    /// The node it came from (a text node, or a control with a label).
    pub node: NodeId,
    /// Nearest block-level ancestor.
    pub block: NodeId,
    /// Inside something clickable: a link or a button.
    pub in_link: bool,
}

/// Visible text of the page, normalised, with its provenance.
#[derive(Debug, Default)]
pub struct TextIndex {
    pub doc: String,
    pub segments: Vec<Segment>,
    /// Per node: visible (not in script/style/template/..., not hidden by
    /// markup).
    pub visible: Vec<bool>,
    /// Per node: nearest block-level ancestor-or-self.
    pub block_of: Vec<NodeId>,
}

impl TextIndex {
    pub fn build(page: &Page) -> TextIndex {
        let n = page.len();
        let mut ix = TextIndex {
            doc: String::new(),
            segments: Vec::new(),
            visible: vec![false; n],
            block_of: vec![NO_PARENT; n],
        };
        let own_line = lines_of_their_own(page);
        // Open elements (for closing blocks) and open links.
        let mut open: Vec<NodeId> = Vec::new();
        let mut links: Vec<NodeId> = Vec::new();
        let mut i = 0usize;
        while i < n {
            let id = i as NodeId;
            close_ended(page, &mut open, id, || ix.separate());
            // A control marked as a button is a label of its own: two set
            // side by side with no space between ("Вклучи" "Не сега") read
            // as two labels, as they render, not as one run-on word. (A
            // row of plain links stays as written: a menu.)
            while let Some(l) = links.last().copied().filter(|&l| page.node(l).end <= id) {
                links.pop();
                if page.node(l).role == "button" {
                    ix.space();
                }
            }
            let node = page.node(id);
            if node.is_element()
                && (node.flags.has(Flags::HIDDEN) || is_in(INVISIBLE_TAGS, &node.tag))
            {
                i = node.end as usize; // skip the subtree
                continue;
            }
            ix.visible[i] = true;
            let parent_block = if node.parent == NO_PARENT {
                id
            } else {
                ix.block_of[node.parent as usize]
            };
            if node.is_element() {
                let inline = is_in(INLINE_TAGS, &node.tag) && !own_line[i];
                ix.block_of[i] = if inline && node.parent != NO_PARENT {
                    parent_block
                } else {
                    id
                };
                if !inline {
                    ix.separate();
                } else if node.tag == "br" {
                    // A line break parts words as a space does: "FREE App<br>
                    // Download" reads "app download", not "appdownload".
                    ix.space();
                }
                if is_clickable(node) {
                    if node.role == "button" {
                        ix.space();
                    }
                    links.push(id);
                }
                open.push(id);
            } else {
                ix.block_of[i] = parent_block;
            }
            if !node.text.is_empty() {
                // A control's label stands apart from its neighbours
                // ("Email address" then "Subscribe"), as rendered.
                let label = node.is_element();
                if label {
                    ix.doc.push(' ');
                }
                ix.push_text(&node.text, id, ix.block_of[i], !links.is_empty());
                if label {
                    ix.doc.push(' ');
                }
            }
            i += 1;
        }
        ix
    }

    fn space(&mut self) {
        if !self.doc.is_empty() && !self.doc.ends_with([' ', '\n']) {
            self.doc.push(' ');
        }
    }

    fn separate(&mut self) {
        if !self.doc.is_empty() && !self.doc.ends_with('\n') {
            if self.doc.ends_with(' ') {
                self.doc.pop();
            }
            self.doc.push('\n');
        }
    }

    fn push_text(&mut self, raw: &str, node: NodeId, block: NodeId, in_link: bool) {
        let before = self.doc.len();
        normalize_into(raw, &mut self.doc);
        if self.doc.len() > before {
            // normalize_into may write a space before the text; the segment
            // starts at the first written byte either way.
            self.segments.push(Segment {
                start: before as u32,
                len: (self.doc.len() - before) as u32,
                node,
                block,
                in_link,
            });
        }
    }

    /// The segment holding byte `offset`, if any.
    pub fn segment_at(&self, offset: usize) -> Option<&Segment> {
        let i = self
            .segments
            .partition_point(|s| (s.start as usize) <= offset);
        let s = self.segments.get(i.checked_sub(1)?)?;
        (offset < (s.start + s.len) as usize).then_some(s)
    }

    /// Characters (not bytes) of a segment's text.
    pub fn seg_chars(&self, s: &Segment) -> usize {
        self.doc[s.start as usize..(s.start + s.len) as usize]
            .trim()
            .chars()
            .count()
    }
}

/// Per node: an inline element that is a line of its own among blocks
/// (`<div><p>…</p><span>Subscribe to our <a>newsletter</a>!</span><br>
/// <p>…</p></div>`). The browser lays such a run out as an anonymous block
/// box; here it becomes a block of its own, so that its words are judged
/// as a line and not as part of the container around it (an article
/// body, which the guard protects whole). Only between blocks or line
/// breaks, in a container that also holds blocks: an inline element
/// beside text of the container is part of that text's line. And only a
/// line of words ([`OWN_LINE_MIN_WORDS`]) with some of them its own, not a
/// link: a lone link is judged by the link rules, a button-like word
/// ("Akceptuję", a "Premium" badge) by the box around it.
pub fn lines_of_their_own(page: &Page) -> Vec<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Edge,
        Inline,
        Text,
    }
    let mut out = vec![false; page.len()];
    let kind = |id: NodeId| {
        let n = page.node(id);
        if n.is_text() {
            if n.text.trim().is_empty() {
                None
            } else {
                Some(Kind::Text)
            }
        } else if n.tag == "br" || !is_in(INLINE_TAGS, &n.tag) {
            Some(Kind::Edge)
        } else {
            Some(Kind::Inline)
        }
    };
    let mut kids: Vec<(NodeId, Kind)> = Vec::new();
    for (i, node) in page.nodes().iter().enumerate() {
        if !node.is_element() || is_in(INLINE_TAGS, &node.tag) {
            continue;
        }
        kids.clear();
        kids.extend(
            page.children(i as NodeId)
                .filter_map(|c| kind(c).map(|k| (c, k))),
        );
        // A container of blocks: a line of inline elements alone is not.
        if !kids
            .iter()
            .any(|&(c, k)| k == Kind::Edge && page.node(c).tag != "br")
        {
            continue;
        }
        for (j, &(c, k)) in kids.iter().enumerate() {
            let edge = |x: Option<&(NodeId, Kind)>| x.is_none_or(|&(_, k)| k == Kind::Edge);
            if k == Kind::Inline
                && page.node(c).end > c + 1
                && !is_clickable(page.node(c))
                && edge(j.checked_sub(1).and_then(|p| kids.get(p)))
                && edge(kids.get(j + 1))
                && line_of_words(page, c)
            {
                out[c as usize] = true;
            }
        }
    }
    out
}

/// At least [`OWN_LINE_MIN_WORDS`] words, not all of them inside links.
/// Reads at most [`OWN_LINE_MAX_NODES`] nodes (a line is small; nested
/// candidates on a hostile page must not make this quadratic).
fn line_of_words(page: &Page, id: NodeId) -> bool {
    let (mut words, mut own) = (0usize, 0usize);
    let mut links: Vec<NodeId> = Vec::new();
    let end = page
        .node(id)
        .end
        .min(id.saturating_add(OWN_LINE_MAX_NODES + 1));
    for t in id + 1..end {
        if words >= OWN_LINE_MIN_WORDS && own > 0 {
            break;
        }
        let n = page.node(t);
        while links.last().is_some_and(|&l| page.node(l).end <= t) {
            links.pop();
        }
        if n.is_element() {
            if is_clickable(n) {
                links.push(t);
            }
            continue;
        }
        let w = n.text.split_whitespace().count();
        words += w;
        if links.is_empty() {
            own += w;
        }
    }
    words >= OWN_LINE_MIN_WORDS && own > 0
}

/// Pops from `open` (the elements a pre-order walk is inside) those that
/// end before `id`, calling `line_break` for each block among them: its
/// text ends a line. The text index and the native renderer share it, so
/// that both break lines in the same places.
pub fn close_ended(page: &Page, open: &mut Vec<NodeId>, id: NodeId, mut line_break: impl FnMut()) {
    while let Some(&top) = open.last() {
        if page.node(top).end > id {
            break;
        }
        open.pop();
        if !is_in(INLINE_TAGS, &page.node(top).tag) {
            line_break();
        }
    }
}

/// Links and buttons: where calls to action live.
pub fn is_clickable(node: &crate::page::Node) -> bool {
    matches!(node.tag.as_str(), "a" | "button")
        || node.role == "button"
        || (node.tag == "input" && !node.text.is_empty() && !node.flags.has(Flags::TEXT_FIELD))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::sample_blocks;

    #[test]
    fn joins_inline_and_separates_blocks() {
        let (b, [_, p, s, _]) = sample_blocks("Sign up for our ", "Newsletter", "script", "Next");
        let page = b.finish();
        let ix = TextIndex::build(&page);
        assert_eq!(ix.doc, "sign up for our newsletter\nnext");
        assert!(!ix.visible[s as usize]);
        let seg = ix.segment_at(ix.doc.find("newsletter").unwrap()).unwrap();
        assert_eq!(seg.block, p);
        assert!(seg.in_link);
    }
}
