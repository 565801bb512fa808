//! The page model: a compact arena tree in document order.
//!
//! Both front ends (the content script's snapshot and the native HTML5
//! parser) build a [`Page`] through [`PageBuilder`], so the classifier sees
//! the same tree whichever side produced it. Nodes are stored in pre-order,
//! and each node records `end`, one past its last descendant: a subtree is
//! the index range `id..end`. Every walk in the engine is therefore a loop
//! over a range or up a parent chain; nothing recurses, however deep the
//! page nests.
//!
//! That layout is the arena's invariant, so only the builder writes it:
//! `nodes`, a node's `parent` and `end` are private to the crate, read
//! through [`Page::nodes`], [`Node::parent`] and [`Node::end`], and
//! [`Page::check`] verifies it (the tests and fuzz targets call it on every
//! page they build).

use std::fmt;

/// Index of a node in [`Page::nodes`]: its place in document order.
pub type NodeId = u32;

/// Sentinel for "no parent".
pub const NO_PARENT: NodeId = u32::MAX;

/// Per-node boolean facts, packed.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(pub u32);

impl Flags {
    /// Hidden by the page itself (`hidden`, `display:none`, computed style).
    pub const HIDDEN: u32 = 1;
    /// `aria-modal="true"`.
    pub const ARIA_MODAL: u32 = 1 << 1;
    /// Computed or inline `position: fixed`.
    pub const FIXED: u32 = 1 << 2;
    /// Computed or inline `position: sticky`.
    pub const STICKY: u32 = 1 << 3;
    /// A per-site rule says: hide this element.
    pub const RULE_HIDE: u32 = 1 << 4;
    /// A per-site rule says: never hide this element.
    pub const RULE_KEEP: u32 = 1 << 5;
    /// `<input type=email>` or an input whose name/placeholder asks for one.
    pub const EMAIL_INPUT: u32 = 1 << 6;
    /// `<input type=password>`.
    pub const PASSWORD_INPUT: u32 = 1 << 7;
    /// `itemprop=articleBody` (a strong article-body signal).
    pub const ARTICLE_BODY: u32 = 1 << 8;
    /// `aria-hidden="true"`: not read out, usually not shown either.
    pub const ARIA_HIDDEN: u32 = 1 << 9;
    /// Context only: an ancestor sent with a subtree snapshot, whose other
    /// children are not in the snapshot. Never hidden.
    pub const CONTEXT: u32 = 1 << 10;
    /// On the document element: the page is shown in another page's frame
    /// (a consent or offer dialog served from its vendor's origin).
    pub const SUBFRAME: u32 = 1 << 11;
    /// A text field (`<input>` to type into, not a button): its label is
    /// its placeholder, which is text but asks nothing.
    pub const TEXT_FIELD: u32 = 1 << 12;
    /// `<input type=radio>`: a choice among options, as a poll asks.
    pub const RADIO: u32 = 1 << 13;

    #[inline]
    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
    #[inline]
    pub fn set(&mut self, bit: u32) {
        self.0 |= bit;
    }
}

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Flags({:#x})", self.0)
    }
}

/// An element or a text node.
#[derive(Clone, Debug, Default)]
pub struct Node {
    /// Lower-case tag name; empty for text nodes.
    pub tag: String,
    pub(crate) parent: NodeId,
    /// One past the last descendant: the subtree is `self_id..end`.
    pub(crate) end: NodeId,
    pub id: String,
    pub class: String,
    pub role: String,
    /// Extra attribute text worth scanning for hints (`data-*` names, the
    /// values of those that name a widget, `aria-label`), as the page wrote
    /// it: the evidence pass lower-cases it with `id` and `class`.
    pub hints: String,
    /// Where a link (`<a href>`, `<area href>`) or a form (`action`) sends
    /// the reader, as [`link_destination`] writes it; empty for anything
    /// else. An app store or a payment page is evidence in any language.
    pub link: String,
    /// Text of a text node; for controls, their label (button value,
    /// placeholder). Raw, not normalised.
    pub text: String,
    pub flags: Flags,
    /// Computed z-index when the front end knows it.
    pub z: i32,
}

/// Longest link destination kept: the host and the start of the path are
/// what the link tables name.
pub const MAX_LINK_CHARS: usize = 128;

/// A link's destination as the link tables read it: an absolute http(s)
/// or scheme-relative URL without its scheme, a leading `www.` and its
/// fragment, ASCII lower case, cut at the first blank or non-ASCII
/// character and at [`MAX_LINK_CHARS`]. A link within the site is written
/// as a path ("/spenden/"; a document-relative "spenden.html" as
/// "/spenden.html": its words, not where it resolves), so that it reads as
/// the site's own. `mailto:`, `javascript:`, a bare fragment and the like give "".
/// Both front ends call it through `node_rules.rs`.
pub fn link_destination(raw: &str) -> String {
    let t = raw.trim_matches(|c: char| c.is_ascii_whitespace());
    let lower_starts = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let (rest, relative) = if lower_starts("https://") {
        (&t[8..], false)
    } else if lower_starts("http://") {
        (&t[7..], false)
    } else if let Some(rest) = t.strip_prefix("//") {
        (rest, false)
    } else if is_relative(t) {
        (t.trim_start_matches("./"), true)
    } else {
        return String::new();
    };
    let mut out = String::new();
    if relative && !rest.starts_with('/') {
        out.push('/');
    }
    let room = MAX_LINK_CHARS - out.len();
    out.extend(
        rest.chars()
            .take_while(|c| c.is_ascii_graphic() && *c != '#')
            .take(room)
            .map(|c| c.to_ascii_lowercase()),
    );
    if relative && out == "/" {
        return String::new();
    }
    if out.starts_with("www.") {
        out.drain(..4);
    }
    out
}

/// A path on the same site: no scheme ("mailto:" has its ':' before any
/// '/', '?' or '#'), not a bare fragment or query.
fn is_relative(t: &str) -> bool {
    let first = t.find(['/', '?', '#', ':']);
    !t.is_empty() && !t.starts_with(['#', '?']) && first.is_none_or(|i| t.as_bytes()[i] != b':')
}

/// The host of a [`link_destination`] ("" for a link within the site).
pub fn link_host(dest: &str) -> &str {
    &dest[..dest.find(['/', '?', ':']).unwrap_or(dest.len())]
}

/// Whether a [`link_destination`] stays on the site of `page_host` (a
/// host as [`link_host`] gives it): a path of its own, the same host, or
/// one of them a subdomain of the other ("shop.apolut.net").
pub fn same_site(dest: &str, page_host: &str) -> bool {
    let h = link_host(dest);
    let under = |a: &str, b: &str| a.strip_suffix(b).is_some_and(|r| r.ends_with('.'));
    h.is_empty()
        || (!page_host.is_empty() && (h == page_host || under(h, page_host) || under(page_host, h)))
}

impl Node {
    /// The parent's id, or [`NO_PARENT`] for a root.
    #[inline]
    pub fn parent(&self) -> NodeId {
        self.parent
    }
    /// One past the last descendant: this node's subtree is `id..end()`.
    #[inline]
    pub fn end(&self) -> NodeId {
        self.end
    }
    #[inline]
    pub fn is_text(&self) -> bool {
        self.tag.is_empty()
    }
    #[inline]
    pub fn is_element(&self) -> bool {
        !self.tag.is_empty()
    }
}

/// A page: nodes in pre-order plus what the front end knew about it.
#[derive(Clone, Debug, Default)]
pub struct Page {
    pub(crate) nodes: Vec<Node>,
    pub url: String,
    /// `<html lang>`, when given.
    pub lang: String,
    /// Raw JSON-LD blocks (`<script type="application/ld+json">`), for the
    /// paywall finding.
    pub json_ld: Vec<String>,
}

impl Page {
    /// Every node, in document order (a node's id is its index).
    #[inline]
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.nodes.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
    #[inline]
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// Marks the page as shown in another page's frame (`Flags::SUBFRAME`
    /// on its first element): `quietpage scan --frame`, and the content
    /// script's side table in a frame.
    pub fn mark_subframe(&mut self) {
        if let Some(n) = self.nodes.iter_mut().find(|n| n.is_element()) {
            n.flags.set(Flags::SUBFRAME);
        }
    }

    /// Is the page shown in another page's frame?
    pub fn is_subframe(&self) -> bool {
        self.nodes
            .iter()
            .find(|n| n.is_element())
            .is_some_and(|n| n.flags.has(Flags::SUBFRAME))
    }

    /// Ancestors of `id`, nearest first, excluding `id`.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut cur = self.node(id).parent;
        std::iter::from_fn(move || {
            if cur == NO_PARENT {
                return None;
            }
            let out = cur;
            cur = self.node(cur).parent;
            Some(out)
        })
    }

    /// Direct children of `id`.
    pub fn children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let end = self.node(id).end;
        let mut cur = id + 1;
        std::iter::from_fn(move || {
            if cur >= end {
                return None;
            }
            let out = cur;
            cur = self.node(cur).end;
            Some(out)
        })
    }

    /// True when `anc` is `id` or one of its ancestors.
    #[inline]
    pub fn contains(&self, anc: NodeId, id: NodeId) -> bool {
        anc <= id && id < self.node(anc).end
    }

    /// Checks the arena's invariant: every node's parent precedes it and is
    /// the nearest open element, every `end` closes inside its parent's
    /// range, text nodes have no children. A page from [`PageBuilder`]
    /// always passes; the error names the first node that does not.
    pub fn check(&self) -> Result<(), String> {
        let n = self.nodes.len();
        if n >= NO_PARENT as usize {
            return Err(format!("{n} nodes do not fit a node id"));
        }
        // The open ancestors of the node being checked, nearest last.
        let mut open: Vec<NodeId> = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            let id = i as NodeId;
            while open.last().is_some_and(|&a| self.node(a).end <= id) {
                open.pop();
            }
            let expected = open.last().copied().unwrap_or(NO_PARENT);
            if node.parent != expected {
                return Err(format!(
                    "node {i}: parent is {}, but the enclosing range is node {expected}",
                    node.parent
                ));
            }
            let limit = if expected == NO_PARENT {
                n as NodeId
            } else {
                self.node(expected).end
            };
            if node.end <= id || node.end > limit {
                return Err(format!(
                    "node {i}: end {} is outside {}..={limit}",
                    node.end,
                    id + 1
                ));
            }
            if node.is_text() && node.end != id + 1 {
                return Err(format!("node {i}: a text node with children"));
            }
            if node.is_element() {
                open.push(id);
            }
        }
        Ok(())
    }

    /// A CSS path that selects `id`: `#id` anchored where ids are usable,
    /// otherwise `tag:nth-child(k)` steps from the root.
    pub fn css_path(&self, id: NodeId) -> String {
        self.css_path_with(id, |s| {
            self.nodes.iter().filter(|n| n.id == s).take(2).count() == 1
        })
    }

    /// [`Page::css_path`] with a caller-supplied "is this id unique" test,
    /// so that many paths can share one count of the page's ids.
    pub fn css_path_with(&self, id: NodeId, id_is_unique: impl Fn(&str) -> bool) -> String {
        let mut steps = Vec::new();
        let mut cur = id;
        while cur != NO_PARENT {
            let n = self.node(cur);
            if n.is_text() {
                cur = n.parent;
                continue;
            }
            if is_css_ident(&n.id) && id_is_unique(&n.id) {
                steps.push(format!("#{}", n.id));
                break;
            }
            if n.parent == NO_PARENT || self.node(n.parent).is_text() {
                steps.push(n.tag.clone());
                break;
            }
            let nth = self
                .children(n.parent)
                .filter(|&c| self.node(c).is_element())
                .position(|c| c == cur)
                .unwrap_or(0)
                + 1;
            steps.push(format!("{}:nth-child({nth})", n.tag));
            cur = n.parent;
        }
        steps.reverse();
        steps.join(" > ")
    }
}

/// True when `s` can be written after `#` without escaping.
fn is_css_ident(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Error from building a page out of order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildError {
    /// The parent named by node `index` is not an open ancestor.
    NotPreOrder { index: usize, parent: u32 },
    /// The page has more nodes than the engine accepts.
    TooManyNodes { limit: usize },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::NotPreOrder { index, parent } => write!(
                f,
                "node {index}: parent {parent} is not an open ancestor (nodes must be in document order)"
            ),
            BuildError::TooManyNodes { limit } => {
                write!(f, "page has more than {limit} nodes")
            }
        }
    }
}

impl std::error::Error for BuildError {}

/// Builds a [`Page`] in document order, tracking open elements to compute
/// `end` without recursion.
#[derive(Default)]
pub struct PageBuilder {
    page: Page,
    open: Vec<NodeId>,
}

/// The most nodes one page may have; larger pages are cut, not refused, by
/// the native front end, and refused by the snapshot decoder.
pub const MAX_NODES: usize = 4_000_000;

impl PageBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends `node` as the last child of `parent` (or as a root). `parent`
    /// must be the node last opened and not yet closed, or one of its open
    /// ancestors; any open nodes below it are closed first.
    pub fn push(&mut self, parent: NodeId, mut node: Node) -> Result<NodeId, BuildError> {
        let index = self.page.nodes.len();
        if index >= MAX_NODES {
            return Err(BuildError::TooManyNodes { limit: MAX_NODES });
        }
        if parent == NO_PARENT {
            self.close_all();
        } else {
            while let Some(&top) = self.open.last() {
                if top == parent {
                    break;
                }
                self.close_top();
            }
            if self.open.last() != Some(&parent) {
                return Err(BuildError::NotPreOrder { index, parent });
            }
        }
        node.parent = parent;
        node.end = index as NodeId + 1;
        let is_element = node.is_element();
        self.page.nodes.push(node);
        if is_element {
            self.open.push(index as NodeId);
        }
        Ok(index as NodeId)
    }

    fn close_top(&mut self) {
        if let Some(top) = self.open.pop() {
            let end = self.page.nodes.len() as NodeId;
            self.page.nodes[top as usize].end = end;
        }
    }

    fn close_all(&mut self) {
        while !self.open.is_empty() {
            self.close_top();
        }
    }

    pub(crate) fn page_mut(&mut self) -> &mut Page {
        &mut self.page
    }

    pub fn finish(mut self) -> Page {
        self.close_all();
        self.page
    }
}

/// Shorthand for tests and front ends: an element node.
pub fn element(tag: &str) -> Node {
    Node {
        tag: tag.to_ascii_lowercase(),
        ..Node::default()
    }
}

/// Shorthand: a text node.
pub fn text(s: &str) -> Node {
    Node {
        text: s.to_string(),
        ..Node::default()
    }
}

/// A test page under construction: `<body>` holding
/// `<p>{lead}<a>{link}</a></p>`, a `<{hidden}>` element with text (a
/// `script` or `style`) and `<div>{line}</div>`: inline text joined into
/// its block, text no reader sees, a block on a line of its own, which the
/// text index and the renderer both have to get right. Returns the builder
/// and the ids of the body, the paragraph, the hidden element and the div.
#[cfg(test)]
pub(crate) fn sample_blocks(
    lead: &str,
    link: &str,
    hidden: &str,
    line: &str,
) -> (PageBuilder, [NodeId; 4]) {
    let mut b = PageBuilder::new();
    let body = b.push(NO_PARENT, element("body")).unwrap();
    let p = b.push(body, element("p")).unwrap();
    b.push(p, text(lead)).unwrap();
    let a = b.push(p, element("a")).unwrap();
    b.push(a, text(link)).unwrap();
    let h = b.push(body, element(hidden)).unwrap();
    b.push(h, text("x")).unwrap();
    let d = b.push(body, element("div")).unwrap();
    b.push(d, text(line)).unwrap();
    (b, [body, p, h, d])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_destinations() {
        for (raw, want) in [
            (
                "https://www.PayPal.com/donate?x=1#top",
                "paypal.com/donate?x=1",
            ),
            ("  http://apps.apple.com/app/id1 ", "apps.apple.com/app/id1"),
            ("//play.google.com/store/apps", "play.google.com/store/apps"),
            ("HTTPS://Example.org", "example.org"),
            ("/spenden", "/spenden"),
            ("Jetzt-Spenden.html?x#a", "/jetzt-spenden.html?x"),
            ("./de/spenden/", "/de/spenden/"),
            ("/Sitrnbänder-De.htm", "/sitrnb"),
            ("ä", ""),
            ("/", ""),
            ("#top", ""),
            ("?page=2", ""),
            ("tel:+49", ""),
            ("mailto:a@b.c", ""),
            ("javascript:void(0)", ""),
            ("https://例え.jp/x", ""),
            ("https://a.b/ü", "a.b/"),
            ("", ""),
        ] {
            assert_eq!(link_destination(raw), want, "{raw:?}");
        }
        assert!(same_site("/spenden", ""));
        assert!(same_site("apolut.net/x", "apolut.net"));
        assert!(same_site("shop.apolut.net/x", "apolut.net"));
        assert!(!same_site("notapolut.net/x", "apolut.net"));
        assert!(!same_site("apolut.net/x", ""));
        let long_path = format!("x{}", "y".repeat(500));
        assert_eq!(link_destination(&long_path).len(), MAX_LINK_CHARS);
        let long = format!("https://a.b/{}", "x".repeat(500));
        assert_eq!(link_destination(&long).chars().count(), MAX_LINK_CHARS);
    }

    fn sample() -> Page {
        let mut b = PageBuilder::new();
        let html = b.push(NO_PARENT, element("html")).unwrap();
        let body = b.push(html, element("body")).unwrap();
        let d1 = b.push(body, element("div")).unwrap();
        b.push(d1, text("a")).unwrap();
        let mut d2 = element("div");
        d2.id = "x".into();
        let d2 = b.push(body, d2).unwrap();
        b.push(d2, text("b")).unwrap();
        b.finish()
    }

    #[test]
    fn ranges_and_walks() {
        let p = sample();
        assert_eq!(p.node(0).end, 6);
        assert_eq!(p.node(2).end, 4);
        assert_eq!(p.children(1).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(p.ancestors(5).collect::<Vec<_>>(), vec![4, 1, 0]);
        assert!(p.contains(1, 5));
        assert!(!p.contains(2, 5));
    }

    #[test]
    fn css_paths() {
        let p = sample();
        assert_eq!(p.css_path(2), "html > body:nth-child(1) > div:nth-child(1)");
        assert_eq!(p.css_path(4), "#x");
    }

    #[test]
    fn rejects_out_of_order_parent() {
        let mut b = PageBuilder::new();
        let html = b.push(NO_PARENT, element("html")).unwrap();
        let a = b.push(html, element("a")).unwrap();
        b.push(html, element("b")).unwrap();
        assert!(matches!(
            b.push(a, text("late")),
            Err(BuildError::NotPreOrder { .. })
        ));
    }

    #[test]
    fn check_accepts_built_pages_and_names_the_broken_node() {
        let p = sample();
        p.check().unwrap();
        let mut bad = p.clone();
        bad.nodes[4].end = 7; // past its parent's range
        assert!(bad.check().unwrap_err().starts_with("node 4:"));
        let mut bad = p.clone();
        bad.nodes[3].parent = 1; // text "a" is inside div 2
        assert!(bad.check().unwrap_err().starts_with("node 3:"));
        let mut bad = p.clone();
        bad.nodes[3].end = 5; // a text node spanning the next element
        assert!(bad.check().is_err());
        let mut bad = p;
        bad.nodes[2].end = 3; // div 2 closed before its text
        assert!(bad.check().unwrap_err().starts_with("node 3:"));
    }

    #[test]
    fn deep_nesting_without_recursion() {
        let mut b = PageBuilder::new();
        let mut parent = NO_PARENT;
        for _ in 0..100_000 {
            parent = b.push(parent, element("div")).unwrap();
        }
        let p = b.finish();
        p.check().unwrap();
        assert_eq!(p.node(0).end, 100_000);
        assert_eq!(p.ancestors(99_999).count(), 99_999);
    }
}
