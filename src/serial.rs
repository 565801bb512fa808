//! The browser's own serialisation of its DOM, turned into a [`Page`].
//!
//! The content script sends the document as the browser serialises it (the
//! HTML fragment serialisation algorithm: `getHTML` with the open shadow
//! roots, else `outerHTML`), which the browser writes in C++ without a
//! wrapper object per node. Serialised DOM is a much smaller language than
//! HTML: every element but a void one has an explicit end tag, attribute
//! values are always double-quoted, text is escaped except inside the
//! raw-text elements. So this tokenizer needs none of HTML5's
//! tree-building rules and reproduces the DOM's tree exactly, even trees a
//! parser could not produce (a `<p>` inside a `<p>`, made by script).
//!
//! The per-node facts come from `node_rules.rs`, as in the native front
//! end; only what the markup cannot say travels beside it, in a small side
//! table (`Side`): computed-style facts and rule marks, addressed by
//! element path, and, for a subtree, the chain of ancestors it hangs under.
//!
//! A shadow root comes as `<template shadowrootmode=…>`, the host's first
//! child: its nodes become the host's first children, before the light
//! ones, as the page renders them. Other templates' contents and `<head>`
//! are read for JSON-LD only.
//!
//! Nothing here recurses and nothing panics on any input (the `serial`
//! fuzz target); malformed markup is tokenised leniently.

use crate::node_rules::{self, SKIPPED_INSIDE};
use crate::page::{BuildError, Flags, NO_PARENT, NodeId, Page, PageBuilder};
use crate::snapshot::{MAX_JSON_LD, MAX_SNAPSHOT_NODES, cut};
use std::borrow::Cow;
use std::fmt;

/// Elements the serialiser writes with no end tag and no children.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose text the serialiser writes unescaped: it runs to their
/// end tag.
const RAW_TEXT: &[&str] = &[
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "script",
    "style",
    "xmp",
];

/// How far back an end tag that does not close the innermost element looks
/// for its element. The serialiser's end tags always close the innermost
/// one; the bound keeps hostile input linear.
const END_TAG_REACH: usize = 64;

/// Most side-table facts accepted (the content script probes at most 600
/// elements' style, plus rule marks).
pub const MAX_FACTS: usize = 100_000;

/// Longest ancestor chain a subtree message may hang under.
pub const MAX_CONTEXT: usize = 100_000;

/// Flags the side table may set: what the markup cannot say.
const SIDE_FLAGS: u32 = Flags::HIDDEN
    | Flags::FIXED
    | Flags::STICKY
    | Flags::RULE_HIDE
    | Flags::RULE_KEEP
    | Flags::SUBFRAME;

/// One token of serialised DOM.
#[derive(Debug, PartialEq)]
pub enum Token<'a> {
    Start {
        name: &'a str,
        attrs: Vec<(&'a str, Cow<'a, str>)>,
    },
    End(&'a str),
    Text(Cow<'a, str>),
}

/// The tokens of a serialisation, in order. Comments, doctypes and
/// processing instructions are skipped.
pub struct Tokens<'a> {
    src: &'a str,
    pos: usize,
    /// Inside a raw-text element: its text runs to this end tag.
    raw: Option<&'static str>,
}

impl<'a> Tokens<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokens {
            src,
            pos: 0,
            raw: None,
        }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

/// The index of `</name` (any case, then a delimiter) in `s`.
fn find_end_tag(s: &str, name: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    // (A byte search for '<', then a look at the next: a two-byte string
    // search costs three times as much on script text.)
    while let Some(i) = s[from..].find('<') {
        let at = from + i;
        from = at + 1;
        if b.get(at + 1) != Some(&b'/') {
            continue;
        }
        let after = at + 2 + name.len();
        if after <= b.len()
            && b[at + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && (after == b.len() || is_space(b[after]) || matches!(b[after], b'>' | b'/'))
        {
            return Some(at);
        }
    }
    None
}

/// Text with the serialiser's escapes decoded. It writes no others (no
/// numeric references): any other `&` stays as it is.
pub fn decode(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let semi = rest.as_bytes().iter().take(12).position(|&b| b == b';');
        let decoded = semi.and_then(|j| {
            let c = match &rest[1..j] {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "nbsp" => '\u{a0}',
                _ => return None,
            };
            Some((c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

impl<'a> Tokens<'a> {
    /// A start tag whose `<` is at `self.pos`; the name starts one later.
    fn start_tag(&mut self) -> Token<'a> {
        let src = self.src;
        let b = src.as_bytes();
        let mut i = self.pos + 1;
        let name_start = i;
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'>' | b'/') {
            i += 1;
        }
        let name = &src[name_start..i];
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            match b[i] {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let k0 = i;
            // (At least one byte: '=' alone is a name, so the loop moves.)
            i += 1;
            while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'=' | b'>' | b'/') {
                i += 1;
            }
            let key = &src[k0..i];
            let mut value: &str = "";
            if i < b.len() && b[i] == b'=' {
                i += 1;
                match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let v0 = i + 1;
                        let len = src[v0..].find(q as char).unwrap_or(src.len() - v0);
                        value = &src[v0..v0 + len];
                        i = (v0 + len + 1).min(b.len());
                    }
                    _ => {
                        let v0 = i;
                        while i < b.len() && !is_space(b[i]) && b[i] != b'>' {
                            i += 1;
                        }
                        value = &src[v0..i];
                    }
                }
            }
            attrs.push((key, decode(value)));
        }
        self.pos = i;
        self.raw = RAW_TEXT
            .iter()
            .copied()
            .find(|r| r.eq_ignore_ascii_case(name));
        Token::Start { name, attrs }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let src = self.src;
        loop {
            let rest = &src[self.pos..];
            if rest.is_empty() {
                return None;
            }
            if let Some(name) = self.raw.take() {
                let end = find_end_tag(rest, name).unwrap_or(rest.len());
                self.pos += end;
                if end > 0 {
                    return Some(Token::Text(Cow::Borrowed(&rest[..end])));
                }
                continue;
            }
            if !rest.starts_with('<') {
                let end = rest.find('<').unwrap_or(rest.len());
                self.pos += end;
                return Some(Token::Text(decode(&rest[..end])));
            }
            let b = rest.as_bytes();
            if let Some(comment) = rest.strip_prefix("<!--") {
                self.pos += comment.find("-->").map_or(rest.len(), |i| i + 7);
                continue;
            }
            match b.get(1) {
                Some(b'!' | b'?') => {
                    self.pos += rest.find('>').map_or(rest.len(), |i| i + 1);
                }
                Some(b'/') => {
                    let body = &rest[2..];
                    let close = body.find('>').map_or(body.len(), |i| i + 1);
                    self.pos += 2 + close;
                    let name = body[..close]
                        .split(|c: char| c == '>' || c.is_ascii_whitespace() || c == '/')
                        .next()
                        .unwrap_or("");
                    if !name.is_empty() {
                        return Some(Token::End(name));
                    }
                }
                Some(&c) if !is_space(c) && c != b'>' => return Some(self.start_tag()),
                _ => {
                    // A lone '<' (not from a serialiser): text.
                    self.pos += 1;
                    return Some(Token::Text(Cow::Borrowed("<")));
                }
            }
        }
    }
}

/// A serialisation that cannot be turned into a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SerialError {
    /// The side table is not what this module reads.
    Side(String),
    TooLarge(usize),
    /// The ancestor chain of a subtree message is not a chain.
    Context(String),
    /// A side-table fact names no element of the page.
    Fact {
        index: usize,
        path: Vec<u32>,
    },
}

impl fmt::Display for SerialError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SerialError::Side(e) => write!(f, "side table is not valid: {e}"),
            SerialError::TooLarge(n) => write!(
                f,
                "serialisation has more than {n} nodes; the limit is {MAX_SNAPSHOT_NODES}"
            ),
            SerialError::Context(e) => write!(f, "subtree context: {e}"),
            SerialError::Fact { index, path } => {
                // `[1, 2]` as `{:?}` writes it, without the `Debug` of a
                // list (which the WebAssembly has no other use for).
                write!(f, "side-table fact {index}: no element at path [")?;
                for (i, step) in path.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{step}")?;
                }
                f.write_str("]")
            }
        }
    }
}

impl std::error::Error for SerialError {}

/// What travels beside the serialisation:
///
/// - `url`: the page's address;
/// - `context`: for a subtree message, whose markup begins with the start
///   tags of the subtree's ancestors (outermost first, the document
///   element at the root), the element index each one's next element has
///   in the page (the chain's own elements have no other children in the
///   message). Those ancestors are flagged `CONTEXT`: context, never
///   hidden;
/// - `facts`, per element the markup cannot describe alone (computed
///   position and visibility, rule marks): its path (child-element indices
///   from the document element, see [`ElementIndex`]), its flags, its
///   z-index. They travel flat, as numbers — `[path length, path…, flags,
///   z]` after one another — so that reading them needs no JSON decoder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Side {
    pub url: String,
    pub context: Vec<u32>,
    pub facts: Vec<(Vec<u32>, u32, i32)>,
}

impl Side {
    /// The side table from its flat numbers; an error names what is wrong.
    pub fn from_flat(url: String, context: Vec<u32>, flat: &[i32]) -> Result<Side, SerialError> {
        if context.len() > MAX_CONTEXT {
            return Err(SerialError::Side(format!(
                "a context of {}; the limit is {MAX_CONTEXT}",
                context.len()
            )));
        }
        let mut facts = Vec::new();
        let mut rest = flat;
        while let Some((&len, tail)) = rest.split_first() {
            let at = flat.len() - rest.len();
            let bad =
                || SerialError::Side(format!("fact at number {at} is cut short or malformed"));
            let len = usize::try_from(len).map_err(|_| bad())?;
            if facts.len() >= MAX_FACTS {
                return Err(SerialError::Side(format!("more than {MAX_FACTS} facts")));
            }
            if tail.len() < len.saturating_add(2) {
                return Err(bad());
            }
            let path = tail[..len]
                .iter()
                .map(|&s| u32::try_from(s).map_err(|_| bad()))
                .collect::<Result<Vec<u32>, _>>()?;
            facts.push((path, tail[len] as u32, tail[len + 1]));
            rest = &tail[len + 2..];
        }
        Ok(Side {
            url,
            context,
            facts,
        })
    }
}

/// What an open element is to the builder.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// An element of the page.
    Node(NodeId),
    /// A declarative shadow root: its nodes belong to the host.
    Shadow,
    /// An element inside a skipped subtree (not in the page).
    Dropped,
}

struct Open<'a> {
    name: &'a str,
    kind: Kind,
    /// An element whose descendants are not in the page (`SKIPPED_INSIDE`).
    skips: bool,
}

/// The page of a serialisation alone (no side table): what the native
/// front end makes of the same DOM. `url` is the page's address.
pub fn page_from_serial(html: &str, url: &str) -> Result<Page, SerialError> {
    build(html, url)
}

/// The page of a serialisation and its side table: the background's path.
pub fn page_from_message(html: &str, side: &Side) -> Result<Page, SerialError> {
    let mut page = build(html, &side.url)?;
    let k = side.context.len();
    for i in 0..k.min(page.len()) {
        let n = page.node(i as NodeId);
        let chained =
            n.is_element() && n.parent() == i.checked_sub(1).map_or(NO_PARENT, |p| p as u32);
        if !chained {
            return Err(SerialError::Context(format!(
                "node {i} is not the next ancestor of the chain"
            )));
        }
    }
    if page.len() < k {
        return Err(SerialError::Context(format!(
            "{k} ancestors named, {} elements sent",
            page.len()
        )));
    }
    for i in 0..k {
        page.nodes[i].flags.set(Flags::CONTEXT);
    }
    let index = ElementIndex::of(&page);
    for (f, (path, flags, z)) in side.facts.iter().enumerate() {
        let Some(id) = index.resolve(&page, path, &side.context) else {
            return Err(SerialError::Fact {
                index: f,
                path: path.clone(),
            });
        };
        let n = &mut page.nodes[id as usize];
        n.flags.set(flags & SIDE_FLAGS);
        if *z != 0 {
            n.z = *z;
        }
    }
    Ok(page)
}

fn build(html: &str, url: &str) -> Result<Page, SerialError> {
    let mut b = PageBuilder::new();
    let mut open: Vec<Open> = Vec::new();
    let mut skipping = 0usize; // open elements that skip their insides
    let mut lang: Option<String> = None;
    let mut json_ld: Vec<String> = Vec::new();
    let mut ld: Option<String> = None; // inside a JSON-LD script
    let mut count = 0usize;
    for token in Tokens::new(html) {
        match token {
            Token::Start { name, attrs } => {
                let is_void = VOID.iter().any(|v| v.eq_ignore_ascii_case(name));
                if name.eq_ignore_ascii_case("script") {
                    let is_ld = attrs.iter().any(|(k, v)| {
                        *k == "type" && v.trim().eq_ignore_ascii_case("application/ld+json")
                    });
                    ld = is_ld.then(String::new);
                }
                let top = open.last().map(|o| o.kind);
                let own =
                    node_rules::is_own_element(name, attrs.iter().map(|(k, v)| (*k, v.as_ref())));
                let kind = if skipping > 0 || own {
                    Kind::Dropped
                } else if name.eq_ignore_ascii_case("template")
                    && matches!(top, Some(Kind::Node(_)))
                    && attrs.iter().any(|(k, _)| *k == "shadowrootmode")
                {
                    Kind::Shadow
                } else {
                    let parent = open
                        .iter()
                        .rev()
                        .find_map(|o| match o.kind {
                            Kind::Node(id) => Some(id),
                            _ => None,
                        })
                        .unwrap_or(NO_PARENT);
                    let node =
                        node_rules::element_node(name, attrs.iter().map(|(k, v)| (*k, v.as_ref())));
                    if node.tag == "html" && lang.is_none() {
                        let l = attrs.iter().find(|(k, _)| *k == "lang");
                        lang = Some(
                            l.map(|(_, v)| v.trim().to_ascii_lowercase())
                                .unwrap_or_default(),
                        );
                    }
                    count += 1;
                    if count > MAX_SNAPSHOT_NODES {
                        return Err(SerialError::TooLarge(MAX_SNAPSHOT_NODES));
                    }
                    match b.push(parent, node) {
                        Ok(id) => Kind::Node(id),
                        Err(BuildError::TooManyNodes { limit }) => {
                            return Err(SerialError::TooLarge(limit));
                        }
                        // (The parent is always the innermost open element.)
                        Err(BuildError::NotPreOrder { .. }) => Kind::Dropped,
                    }
                };
                if !is_void {
                    let skips = own
                        || (SKIPPED_INSIDE.iter().any(|s| s.eq_ignore_ascii_case(name))
                            && kind != Kind::Shadow);
                    if skips {
                        skipping += 1;
                    }
                    open.push(Open { name, kind, skips });
                }
            }
            Token::End(name) => {
                if name.eq_ignore_ascii_case("script")
                    && let Some(s) = ld.take()
                    && json_ld.len() < 32
                {
                    json_ld.push(cut(s, MAX_JSON_LD));
                }
                let reach = open.len().saturating_sub(END_TAG_REACH);
                if let Some(at) = open[reach..]
                    .iter()
                    .rposition(|o| o.name.eq_ignore_ascii_case(name))
                {
                    for o in open.drain(reach + at..) {
                        if o.skips {
                            skipping -= 1;
                        }
                    }
                }
            }
            Token::Text(text) => {
                if let Some(s) = ld.as_mut() {
                    if s.len() <= MAX_JSON_LD * 4 {
                        s.push_str(&text);
                    }
                    continue;
                }
                if skipping > 0 {
                    continue;
                }
                let Some(parent) = open.iter().rev().find_map(|o| match o.kind {
                    Kind::Node(id) => Some(id),
                    _ => None,
                }) else {
                    continue;
                };
                if !node_rules::keeps_text_under(&b.page_mut().nodes[parent as usize].tag) {
                    continue;
                }
                count += 1;
                if count > MAX_SNAPSHOT_NODES {
                    return Err(SerialError::TooLarge(MAX_SNAPSHOT_NODES));
                }
                b.push(parent, node_rules::text_node(text.into_owned()))
                    .map_err(|_| SerialError::TooLarge(MAX_SNAPSHOT_NODES))?;
            }
        }
    }
    let mut page = b.finish();
    page.url = cut(url.to_string(), 4096);
    page.lang = cut(lang.unwrap_or_default(), 32);
    page.json_ld = json_ld;
    Ok(page)
}

/// Each element's index among its parent's element children, computed
/// once for a page (so that the paths of 100,000 hidden siblings cost one
/// pass, not one scan of the siblings each).
pub struct ElementIndex(Vec<u32>);

impl ElementIndex {
    pub fn of(page: &Page) -> Self {
        let nodes = page.nodes();
        let mut count = vec![0u32; nodes.len()];
        let mut idx = vec![0u32; nodes.len()];
        for (i, n) in nodes.iter().enumerate() {
            if n.is_element() && n.parent() != NO_PARENT {
                let p = n.parent() as usize;
                idx[i] = count[p];
                count[p] += 1;
            }
        }
        ElementIndex(idx)
    }

    /// The path of element `id`: child-element indices from the first
    /// root (the document element), with the real indices of a subtree
    /// message's ancestors (`context`) where the message holds only one
    /// child each.
    pub fn path(&self, page: &Page, id: NodeId, context: &[u32]) -> Vec<u32> {
        let mut out = Vec::new();
        let mut cur = id;
        loop {
            let p = page.node(cur).parent();
            if p == NO_PARENT {
                break;
            }
            out.push(match context.get(p as usize) {
                Some(&real) => real,
                None => self.0[cur as usize],
            });
            cur = p;
        }
        out.reverse();
        out
    }

    /// The element at `path` (as [`ElementIndex::path`] writes it), if any.
    pub fn resolve(&self, page: &Page, path: &[u32], context: &[u32]) -> Option<NodeId> {
        let mut cur: NodeId = 0;
        if page.is_empty() || !page.node(0).is_element() {
            return None;
        }
        for &step in path {
            cur = match context.get(cur as usize) {
                Some(&real) if real == step => {
                    page.children(cur).find(|&c| page.node(c).is_element())?
                }
                Some(_) => return None,
                None => page
                    .children(cur)
                    .find(|&c| page.node(c).is_element() && self.0[c as usize] == step)?,
            };
        }
        Some(cur)
    }
}

/// The path of every node named (for the verdict): see [`ElementIndex`].
pub fn paths(page: &Page, ids: &[NodeId], context: &[u32]) -> Vec<Vec<u32>> {
    let index = ElementIndex::of(page);
    ids.iter()
        .map(|&id| index.path(page, id, context))
        .collect()
}

/// A page written back as the browser would serialise it (for the tests:
/// tokenising the result gives the page back). Text is escaped as the
/// serialiser escapes it; the element facts are not attributes, so only
/// `id` and `class` are written.
#[cfg(test)]
pub(crate) fn serialise(page: &Page) -> String {
    fn esc(s: &str, attr: bool) -> String {
        let mut o = String::new();
        for c in s.chars() {
            match c {
                '&' => o.push_str("&amp;"),
                '\u{a0}' => o.push_str("&nbsp;"),
                '"' if attr => o.push_str("&quot;"),
                '<' if !attr => o.push_str("&lt;"),
                '>' if !attr => o.push_str("&gt;"),
                c => o.push(c),
            }
        }
        o
    }
    let mut out = String::new();
    let mut open: Vec<NodeId> = Vec::new();
    for (i, n) in page.nodes().iter().enumerate() {
        while let Some(&top) = open.last() {
            if page.node(top).end() as usize > i {
                break;
            }
            out.push_str(&format!("</{}>", page.node(top).tag));
            open.pop();
        }
        if n.is_text() {
            out.push_str(&esc(&n.text, false));
        } else {
            out.push_str(&format!("<{}", n.tag));
            for (k, v) in [("id", &n.id), ("class", &n.class)] {
                if !v.is_empty() {
                    out.push_str(&format!(" {k}=\"{}\"", esc(v, true)));
                }
            }
            out.push('>');
            open.push(i as NodeId);
        }
    }
    while let Some(top) = open.pop() {
        out.push_str(&format!("</{}>", page.node(top).tag));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::Snapshot;

    fn tags(p: &Page) -> Vec<String> {
        p.nodes()
            .iter()
            .map(|n| {
                if n.is_text() {
                    format!("#{}@{}", n.text, n.parent() as i32)
                } else {
                    format!("{}@{}", n.tag, n.parent() as i32)
                }
            })
            .collect()
    }

    #[test]
    fn tokens_of_serialised_dom() {
        let t: Vec<_> = Tokens::new(r#"<!DOCTYPE html><p class="a &quot;b&quot;" hidden="">x &amp; &lt;y&gt;&nbsp;<!--c--></p>"#).collect();
        assert_eq!(
            t,
            vec![
                Token::Start {
                    name: "p",
                    attrs: vec![("class", "a \"b\"".into()), ("hidden", "".into())]
                },
                Token::Text("x & <y>\u{a0}".into()),
                Token::End("p"),
            ]
        );
    }

    #[test]
    fn trees_a_parser_could_not_build() {
        // A <p> in a <p>, a <div> in an <a> in a <table>: script made them.
        let p = page_from_serial(
            "<html><body><p>a<p>b</p></p><table><a><div>c</div></a></table></body></html>",
            "",
        )
        .unwrap();
        p.check().unwrap();
        assert_eq!(
            tags(&p),
            [
                "html@-1", "body@0", "p@1", "#a@2", "p@2", "#b@4", "table@1", "a@6", "div@7",
                "#c@8"
            ]
        );
    }

    #[test]
    fn raw_text_void_elements_head_and_templates() {
        let p = page_from_serial(
            r#"<html lang=" DE "><head><title>t</title><script type="application/ld+json">{"a":"</p>"}</script></head><body><script>if (a < b && c) "</div>";</script><img src="x"><input type="submit" value="Go &amp; see"><template><p>not a child</p></template><textarea>&lt;b&gt;</textarea><div id="h"><template shadowrootmode="open"><span>shadow</span></template><i>light</i></div></body></html>"#,
            "https://e.com/",
        )
        .unwrap();
        p.check().unwrap();
        assert_eq!(p.lang, "de");
        assert_eq!(p.json_ld, [r#"{"a":"</p>"}"#]);
        assert_eq!(
            tags(&p),
            [
                "html@-1",
                "head@0",
                "body@0",
                "script@2",
                "img@2",
                "input@2",
                "template@2",
                "textarea@2",
                "div@2",
                "span@8",
                "#shadow@9",
                "i@8",
                "#light@11"
            ]
        );
        assert_eq!(p.node(5).text, "Go & see");
    }

    #[test]
    fn own_elements_and_marks_are_left_out() {
        let p = page_from_serial(
            r#"<html><body><div data-quietpage-hidden="cookie" class="c">x</div><div id="h"><template shadowrootmode="open"><b>s</b><style id="quietpage-style">[x]{}</style></template><i>l</i></div><div data-quietpage-picker=""><p>box</p></div></body></html>"#,
            "",
        )
        .unwrap();
        assert_eq!(
            tags(&p),
            [
                "html@-1", "body@0", "div@1", "#x@2", "div@1", "b@4", "#s@5", "i@4", "#l@7"
            ]
        );
        assert_eq!(p.node(2).hints, "");
    }

    #[test]
    fn a_missing_facts_path_reads_as_a_list() {
        for path in [vec![], vec![3], vec![0, 12, 7]] {
            let e = SerialError::Fact {
                index: 2,
                path: path.clone(),
            };
            let want = format!("side-table fact 2: no element at path {path:?}");
            assert_eq!(e.to_string(), want);
        }
    }

    #[test]
    fn side_table_facts_and_context() {
        let html = "<html><body class=\"b\"><div><p>x</p></div><section><h2>Join</h2></section>";
        // A subtree message: html > body > (the page's 5th child of body)
        let side =
            Side::from_flat("https://e.com/".into(), vec![1, 4], &[3, 1, 4, 0, 4, 7]).unwrap();
        let p = page_from_message(html, &side).unwrap();
        p.check().unwrap();
        assert!(p.node(0).flags.has(Flags::CONTEXT) && p.node(1).flags.has(Flags::CONTEXT));
        assert!(!p.node(2).flags.has(Flags::CONTEXT));
        let index = ElementIndex::of(&p);
        assert_eq!(index.path(&p, 2, &side.context), [1, 4]);
        // (Only the first root's subtree is the chain: the <section> is a
        // second child of body in the message, and path 1,4,0 is <p>.)
        let pp = p.nodes().iter().position(|n| n.tag == "p").unwrap() as NodeId;
        assert_eq!(index.path(&p, pp, &side.context), [1, 4, 0]);
        assert!(p.node(pp).flags.has(Flags::FIXED) && p.node(pp).z == 7);
        assert_eq!(index.resolve(&p, &[1, 4, 0], &side.context), Some(pp));
        assert_eq!(index.resolve(&p, &[1, 3], &side.context), None);
        // The content script in a frame: the document element's fact (an
        // empty path) says so.
        let framed =
            Side::from_flat(String::new(), vec![], &[0, Flags::SUBFRAME as i32, 0]).unwrap();
        assert!(page_from_message(html, &framed).unwrap().is_subframe());
        assert!(
            !page_from_message(html, &Side::default())
                .unwrap()
                .is_subframe()
        );
        // A fact that names nothing is an error, not a silent miss.
        let bad = Side::from_flat(String::new(), vec![], &[1, 9, 4, 0]).unwrap();
        assert!(matches!(
            page_from_message(html, &bad),
            Err(SerialError::Fact { index: 0, .. })
        ));
        for cut_short in [&[1, 9, 4][..], &[-1, 0, 0], &[2, 0, -3, 4, 0], &[5]] {
            let got = Side::from_flat(String::new(), vec![], cut_short);
            assert!(matches!(got, Err(SerialError::Side(_))), "{cut_short:?}");
        }
        // A chain that is not a chain.
        let side = Side::from_flat(String::new(), vec![0; 9], &[]).unwrap();
        assert!(matches!(
            page_from_message(html, &side),
            Err(SerialError::Context(_))
        ));
    }

    #[test]
    fn whole_page_paths_round_trip() {
        let p = page_from_serial(
            "<html><head></head><body>\n<div>a</div> <div><b>x</b><i>y</i></div></body></html>",
            "",
        )
        .unwrap();
        let index = ElementIndex::of(&p);
        for id in 0..p.len() as NodeId {
            if p.node(id).is_element() {
                let path = index.path(&p, id, &[]);
                assert_eq!(index.resolve(&p, &path, &[]), Some(id), "{path:?}");
            }
        }
        let i = p.nodes().iter().position(|n| n.tag == "i").unwrap() as NodeId;
        assert_eq!(index.path(&p, i, &[]), [1, 1, 1]);
    }

    #[test]
    fn hostile_input_stays_linear_and_bounded() {
        // 100,000 unclosed elements, then 100,000 end tags that close nothing.
        let mut s = "<div>".repeat(100_000);
        s.push_str(&"</nope>".repeat(100_000));
        let p = page_from_serial(&s, "").unwrap();
        p.check().unwrap();
        assert_eq!(p.len(), 100_000);
        for junk in [
            "<",
            "</",
            "<a",
            "<a b",
            "<a b=",
            "<a b=\"",
            "&",
            "&#",
            "&#x110000;",
            "<!--",
            "<!",
            "<?",
            "<script>",
            "</script",
            "<a/>",
        ] {
            page_from_serial(junk, "").unwrap().check().unwrap();
        }
        assert_eq!(decode("&#65;&bogus;&amp"), "&#65;&bogus;&amp");
    }

    #[test]
    fn agrees_with_the_native_front_end_on_a_parsed_page() {
        let src = include_str!("../tests/contract/example.html");
        let native =
            crate::native::html::load(src.as_bytes(), "https://contract.example/", None).unwrap();
        let ours =
            page_from_serial(&serialise_full(&native.html), "https://contract.example/").unwrap();
        assert_eq!(
            Snapshot::from_page(&ours),
            Snapshot::from_page(&native.page)
        );
    }

    /// html5ever's own serialisation of its parse (the same algorithm a
    /// browser runs), of the document element.
    fn serialise_full(html: &scraper::Html) -> String {
        html.root_element().html()
    }

    mod prop {
        use super::super::*;
        use crate::page::{PageBuilder, element, text};
        use crate::snapshot::Snapshot;
        use proptest::prelude::*;

        /// A random tree as (depth, tag or text) in pre-order.
        fn tree() -> impl Strategy<Value = Vec<(usize, Option<String>, String)>> {
            let tag = prop::sample::select(vec![
                "div", "p", "span", "a", "table", "li", "section", "b", "script", "style",
                "textarea", "svg", "x-y",
            ]);
            prop::collection::vec(
                (
                    0usize..6,
                    prop::option::of(tag.prop_map(String::from)),
                    "[a-z<>&\"' \u{a0}é日😀]{0,12}",
                ),
                1..60,
            )
        }

        fn build(items: &[(usize, Option<String>, String)]) -> Page {
            let mut b = PageBuilder::new();
            let root = b.push(NO_PARENT, element("html")).unwrap();
            let mut stack = vec![root];
            for (depth, tag, s) in items {
                stack.truncate((*depth).min(stack.len() - 1) + 1);
                let parent = *stack.last().unwrap();
                let ptag = b.page_mut().nodes[parent as usize].tag.clone();
                match tag {
                    Some(t) if !RAW_TEXT.contains(&ptag.as_str()) && ptag != "textarea" => {
                        let mut e = element(t);
                        e.class = s.clone();
                        let id = b.push(parent, e).unwrap();
                        stack.push(id);
                    }
                    _ => {
                        // Text the serialiser can write: none in raw-text
                        // elements may contain their end tag, and the page
                        // keeps no text under textless tags.
                        if !s.is_empty()
                            && node_rules::keeps_text_under(&ptag)
                            && !b
                                .page_mut()
                                .nodes
                                .last()
                                .is_some_and(|n| n.is_text() && n.parent() == parent)
                        {
                            b.push(parent, text(s)).unwrap();
                        }
                    }
                }
            }
            b.finish()
        }

        proptest! {
            #[test]
            fn tokenising_a_serialisation_gives_the_tree_back(items in tree()) {
                let page = build(&items);
                let back = page_from_serial(&serialise(&page), "").unwrap();
                back.check().unwrap();
                prop_assert_eq!(Snapshot::from_page(&back), Snapshot::from_page(&page));
            }

            #[test]
            fn any_input_gives_a_well_formed_page(s in "[<>/a-z=\"'&#;! \n-]{0,200}") {
                if let Ok(p) = page_from_serial(&s, "") {
                    p.check().unwrap();
                }
            }
        }
    }
}
