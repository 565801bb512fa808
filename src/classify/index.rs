//! The text index: the page's visible text as one normalised string, with
//! a map from every byte offset back to its text node and block.
//!
//! Blocks are separated by `'\n'`, which no phrase contains, so a phrase can
//! run across inline tags ("sign up for our <a>newsletter</a>") but never
//! from one block into the next. The whole page is then matched in ONE
//! automaton pass.

use super::tables::{INLINE_TAGS, INVISIBLE_TAGS, is_in};
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
        // Open elements (for closing blocks) and open links.
        let mut open: Vec<NodeId> = Vec::new();
        let mut links: Vec<NodeId> = Vec::new();
        let mut i = 0usize;
        while i < n {
            let id = i as NodeId;
            close_ended(page, &mut open, id, || ix.separate());
            while links.last().is_some_and(|&l| page.node(l).end <= id) {
                links.pop();
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
                let inline = is_in(INLINE_TAGS, &node.tag);
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
        || (node.tag == "input" && !node.text.is_empty())
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
