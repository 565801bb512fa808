//! The snapshot: a [`Page`] as JSON. It was the content script's message
//! until the page's own serialisation replaced it (`serial.rs`); it stays
//! as what `quietpage snapshot` prints (the page as the engine sees it,
//! which the contract tests compare node for node), as a way to build
//! pages in tests and benchmarks, and as the home of the text limits both
//! front ends share (`node_rules.rs`).
//!
//! ```json
//! {"v": 1, "url": "https://…", "lang": "en", "jsonld": ["{…}"],
//!  "nodes": [{"p": -1, "t": "html"},
//!            {"p": 0, "t": "body", "i": "id", "c": "class list",
//!             "r": "role", "h": "widget attribute text", "f": 4, "z": 10},
//!            {"p": 1, "t": "a", "u": "apps.apple.com/app/id1"},
//!            {"p": 1, "t": "#", "x": "a text node"}]}
//! ```
//!
//! `nodes` are in document order; `p` is the parent's index (-1 for a
//! root). `t` is the lower-case tag, `"#"` for a text node. `x` is text (a
//! text node's data, or a control's label). `f` holds the bits of
//! [`crate::page::Flags`]; `z` is the computed z-index. Every field but
//! `p` and `t` may be omitted. `u` is a link's or form's destination
//! ([`crate::page::link_destination`]). A text node of HTML whitespace only is sent
//! as `" "` (it normalises the same). Several roots are allowed: a subtree
//! snapshot sends the ancestor chain of the inserted node first (so the
//! engine sees its context, flagged `CONTEXT` so that it is never hidden),
//! then the subtree.

use crate::page::{BuildError, Flags, NO_PARENT, Node, Page, PageBuilder};
use serde::{Deserialize, Serialize};
use std::fmt;

// Every length limit on what a page says is counted in characters (Unicode
// scalar values: Rust's `chars()`, JavaScript's string iterator), never in
// bytes or UTF-16 units, here, in the native front end and in the content
// script alike. Bytes would drop a 27-character Japanese label (81 bytes)
// that the browser keeps, UTF-16 units an emoji label the CLI keeps; the
// contract page (`tests/contract/example.html`) has both.

/// Longest text kept per node; enough to classify, bounded for hostile
/// pages (the content script cuts at the same length).
pub const MAX_TEXT_PER_NODE: usize = 20_000;

/// Longest attribute value read as a hint (a widget's `data-*` value, an
/// `aria-label`): longer ones are sentences or tracking data, not names.
pub const MAX_HINT_VALUE: usize = 64;

/// An element's hints stop growing once they pass this many characters.
pub const MAX_HINTS: usize = 1024;

/// Longest JSON-LD block kept.
pub const MAX_JSON_LD: usize = 1 << 20;

/// True when `s` has at most `max` characters.
pub(crate) fn fits(s: &str, max: usize) -> bool {
    s.len() <= max || s.chars().nth(max).is_none()
}

/// Largest snapshot accepted, in nodes.
pub const MAX_SNAPSHOT_NODES: usize = 2_000_000;

/// Current format version.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SnapNode {
    pub p: i64,
    pub t: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub i: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub c: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub r: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub h: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub u: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub x: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub f: u32,
    #[serde(default, skip_serializing_if = "is_zero_i")]
    pub z: i32,
}

fn is_zero(v: &u32) -> bool {
    *v == 0
}
fn is_zero_i(v: &i32) -> bool {
    *v == 0
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub v: u32,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub jsonld: Vec<String>,
    pub nodes: Vec<SnapNode>,
}

/// A snapshot that cannot be turned into a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    Json(String),
    Version(u32),
    TooLarge(usize),
    BadNode { index: usize, problem: String },
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SnapshotError::Json(e) => write!(f, "snapshot is not valid JSON: {e}"),
            SnapshotError::Version(v) => write!(
                f,
                "snapshot version {v} is not supported (expected {VERSION})"
            ),
            SnapshotError::TooLarge(n) => write!(
                f,
                "snapshot has {n} nodes; the limit is {MAX_SNAPSHOT_NODES}"
            ),
            SnapshotError::BadNode { index, problem } => {
                write!(f, "snapshot node {index}: {problem}")
            }
        }
    }
}

impl std::error::Error for SnapshotError {}

/// Text that is only HTML whitespace (and not empty). Such a node is sent
/// as one space: it reads the same after normalisation, and indentation is
/// a sixth of a page's snapshot bytes.
pub fn is_blank(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
}

/// `s` cut to its first `max` characters.
pub(crate) fn cut(mut s: String, max: usize) -> String {
    if s.len() > max
        && let Some((end, _)) = s.char_indices().nth(max)
    {
        s.truncate(end);
    }
    s
}

/// Validates one node and appends it.
fn push_node(b: &mut PageBuilder, index: usize, n: SnapNode) -> Result<(), SnapshotError> {
    let bad = |problem: String| SnapshotError::BadNode { index, problem };
    let parent = match n.p {
        -1 => NO_PARENT,
        p if p >= 0 && (p as usize) < index => p as u32,
        p => return Err(bad(format!("parent {p} does not precede it"))),
    };
    if parent != NO_PARENT && b.page_mut().nodes[parent as usize].is_text() {
        return Err(bad("parent is a text node".into()));
    }
    let node = if n.t == "#" {
        Node {
            text: cut(n.x, MAX_TEXT_PER_NODE),
            ..Node::default()
        }
    } else {
        if n.t.is_empty() || n.t.len() > 64 {
            return Err(bad(format!("bad tag {:?}", n.t)));
        }
        Node {
            tag: n.t.to_ascii_lowercase(),
            id: cut(n.i, 512),
            class: cut(n.c, 2048),
            role: cut(n.r, 64),
            hints: cut(n.h, 2048),
            link: cut(n.u, crate::page::MAX_LINK_CHARS),
            text: cut(n.x, MAX_TEXT_PER_NODE),
            flags: Flags(n.f),
            z: n.z,
            ..Node::default()
        }
    };
    b.push(parent, node).map_err(|e| match e {
        BuildError::NotPreOrder { .. } => bad(e.to_string()),
        BuildError::TooManyNodes { .. } => SnapshotError::TooLarge(index),
    })?;
    Ok(())
}

fn finish(b: PageBuilder, url: String, lang: String, jsonld: Vec<String>) -> Page {
    let mut page = b.finish();
    page.url = cut(url, 4096);
    page.lang = cut(lang, 32);
    page.json_ld = jsonld
        .into_iter()
        .take(32)
        .map(|s| cut(s, MAX_JSON_LD))
        .collect();
    page
}

impl Snapshot {
    pub fn from_json(src: &str) -> Result<Snapshot, SnapshotError> {
        serde_json::from_str(src).map_err(|e| SnapshotError::Json(e.to_string()))
    }

    /// Builds the page, validating order and limits.
    pub fn into_page(self) -> Result<Page, SnapshotError> {
        if self.v != VERSION {
            return Err(SnapshotError::Version(self.v));
        }
        if self.nodes.len() > MAX_SNAPSHOT_NODES {
            return Err(SnapshotError::TooLarge(self.nodes.len()));
        }
        let mut b = PageBuilder::new();
        for (index, n) in self.nodes.into_iter().enumerate() {
            push_node(&mut b, index, n)?;
        }
        Ok(finish(b, self.url, self.lang, self.jsonld))
    }

    /// The snapshot of a page (for tests and the contract check).
    pub fn from_page(page: &Page) -> Snapshot {
        let nodes = page
            .nodes
            .iter()
            .map(|n| SnapNode {
                p: if n.parent == NO_PARENT {
                    -1
                } else {
                    n.parent as i64
                },
                t: if n.is_text() {
                    "#".into()
                } else {
                    n.tag.clone()
                },
                i: n.id.clone(),
                c: n.class.clone(),
                r: n.role.clone(),
                h: n.hints.clone(),
                u: n.link.clone(),
                x: if n.is_text() && is_blank(&n.text) {
                    " ".into()
                } else {
                    n.text.clone()
                },
                f: n.flags.0,
                z: n.z,
            })
            .collect();
        Snapshot {
            v: VERSION,
            url: page.url.clone(),
            lang: page.lang.clone(),
            jsonld: page.json_ld.clone(),
            nodes,
        }
    }
}

/// Decodes a snapshot message straight into a page: each node is validated
/// and pushed as it is parsed, with no intermediate `Vec<SnapNode>` (the
/// background's path; moving ~200-byte node structs through that vector
/// was an eighth of its time). Accepts and rejects exactly what
/// `Snapshot::from_json` + `into_page` do (the snapshot fuzz target checks
/// the two against each other).
pub fn page_from_json(src: &str) -> Result<Page, SnapshotError> {
    let mut failure = None;
    let mut de = serde_json::Deserializer::from_str(src);
    let result = de::Deserializer::deserialize_map(
        &mut de,
        TopVisitor {
            failure: &mut failure,
        },
    )
    .and_then(|page| de.end().map(|()| page));
    match (result, failure) {
        (_, Some(f)) => Err(f),
        (Ok(page), None) => Ok(page),
        (Err(e), None) => Err(SnapshotError::Json(e.to_string())),
    }
}

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The message's top level; a snapshot error found inside is parked in
/// `failure` and parsing stops with a placeholder serde error.
struct TopVisitor<'f> {
    failure: &'f mut Option<SnapshotError>,
}

impl<'de> Visitor<'de> for TopVisitor<'_> {
    type Value = Page;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("struct Snapshot")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Page, A::Error> {
        let mut v: Option<u32> = None;
        let (mut url, mut lang, mut jsonld) = (None, None, None);
        let mut b = PageBuilder::new();
        let mut nodes_seen = false;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "v" if v.is_some() => return Err(de::Error::duplicate_field("v")),
                "v" => {
                    let version = map.next_value()?;
                    if version != VERSION {
                        *self.failure = Some(SnapshotError::Version(version));
                        return Err(de::Error::custom("version"));
                    }
                    v = Some(version);
                }
                "url" if url.is_some() => return Err(de::Error::duplicate_field("url")),
                "url" => url = Some(map.next_value()?),
                "lang" if lang.is_some() => return Err(de::Error::duplicate_field("lang")),
                "lang" => lang = Some(map.next_value()?),
                "jsonld" if jsonld.is_some() => return Err(de::Error::duplicate_field("jsonld")),
                "jsonld" => jsonld = Some(map.next_value()?),
                "nodes" if nodes_seen => return Err(de::Error::duplicate_field("nodes")),
                "nodes" => {
                    nodes_seen = true;
                    map.next_value_seed(NodesSeed {
                        b: &mut b,
                        failure: &mut *self.failure,
                    })?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if v.is_none() {
            return Err(de::Error::missing_field("v"));
        }
        if !nodes_seen {
            return Err(de::Error::missing_field("nodes"));
        }
        Ok(finish(
            b,
            url.unwrap_or_default(),
            lang.unwrap_or_default(),
            jsonld.unwrap_or_default(),
        ))
    }
}

struct NodesSeed<'b, 'f> {
    b: &'b mut PageBuilder,
    failure: &'f mut Option<SnapshotError>,
}

impl<'de> DeserializeSeed<'de> for NodesSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for NodesSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a sequence of nodes")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while let Some(n) = seq.next_element::<SnapNode>()? {
            let pushed = if index >= MAX_SNAPSHOT_NODES {
                Err(SnapshotError::TooLarge(index + 1))
            } else {
                push_node(self.b, index, n)
            };
            if let Err(e) = pushed {
                *self.failure = Some(e);
                return Err(de::Error::custom("node"));
            }
            index += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The streaming decoder agrees with the two-step one, errors included.
    #[test]
    fn streaming_decoder_agrees() {
        let ok = [
            r##"{"v":1,"url":"https://a.com/","lang":"en","jsonld":["{}"],"nodes":[{"p":-1,"t":"HTML"},{"p":0,"t":"body","i":"x","c":"y z","f":4,"z":3},{"p":1,"t":"#","x":"hi \"there\""}]}"##,
            r##"{"nodes":[{"p":-1,"t":"div"}],"extra":{"a":[1,2]},"v":1}"##,
            r##"{"v":1,"nodes":[]}"##,
        ];
        for src in ok {
            let a = Snapshot::from_json(src)
                .and_then(Snapshot::into_page)
                .unwrap();
            let b = page_from_json(src).unwrap();
            assert_eq!(Snapshot::from_page(&a), Snapshot::from_page(&b), "{src}");
        }
        let bad = [
            (r##"{"v":2,"nodes":[]}"##, "version 2"),
            (r##"{"nodes":[]}"##, "missing field `v`"),
            (r##"{"v":1}"##, "missing field `nodes`"),
            (
                r##"{"v":1,"nodes":[],"nodes":[]}"##,
                "duplicate field `nodes`",
            ),
            (
                r##"{"v":1,"nodes":[{"p":0,"t":"div"}]}"##,
                "node 0: parent 0 does not precede it",
            ),
            (
                r##"{"v":1,"nodes":[{"p":-1,"t":"#","x":"a"},{"p":0,"t":"b"}]}"##,
                "node 1: parent is a text node",
            ),
            (r##"{"v":1,"nodes":[{"p":-1,"t":""}]}"##, "bad tag"),
            (
                r##"{"v":1,"nodes":[{"p":-1,"t":"div"}]} x"##,
                "not valid JSON",
            ),
            (r##"{"v":1,"nodes":[{"p":-1,"t":"div"}"##, "not valid JSON"),
        ];
        for (src, want) in bad {
            let two = Snapshot::from_json(src).and_then(Snapshot::into_page);
            assert!(two.is_err(), "{src}");
            let e = page_from_json(src).unwrap_err().to_string();
            assert!(e.contains(want), "{src}: {e}");
        }
    }

    #[test]
    fn blank_text_travels_as_one_space() {
        use crate::page::{PageBuilder, element, text};
        let mut b = PageBuilder::new();
        let body = b.push(NO_PARENT, element("body")).unwrap();
        b.push(body, text("\n\t  ")).unwrap();
        b.push(body, text(" a ")).unwrap();
        b.push(body, text("\u{a0}")).unwrap(); // not HTML whitespace: kept
        b.push(body, text("")).unwrap();
        let s = Snapshot::from_page(&b.finish());
        let xs: Vec<&str> = s.nodes.iter().map(|n| n.x.as_str()).collect();
        assert_eq!(xs, ["", " ", " a ", "\u{a0}", ""]);
    }

    #[test]
    fn decodes_minimal_snapshot() {
        let s = Snapshot::from_json(
            r##"{"v":1,"url":"https://a.com/","nodes":[{"p":-1,"t":"html"},{"p":0,"t":"body"},{"p":1,"t":"p","c":"x"},{"p":2,"t":"#","x":"hi"}]}"##,
        )
        .unwrap();
        let page = s.into_page().unwrap();
        assert_eq!(page.len(), 4);
        assert_eq!(page.node(0).end, 4);
        assert_eq!(page.node(3).text, "hi");
    }

    #[test]
    fn rejects_bad_snapshots_with_clear_errors() {
        let e = |src: &str| {
            Snapshot::from_json(src)
                .and_then(Snapshot::into_page)
                .unwrap_err()
                .to_string()
        };
        assert!(e("{").contains("not valid JSON"));
        assert!(e(r#"{"v":9,"nodes":[]}"#).contains("version 9"));
        assert!(e(r#"{"v":1,"nodes":[{"p":3,"t":"div"}]}"#).contains("node 0"));
        assert!(
            e(r##"{"v":1,"nodes":[{"p":-1,"t":"#","x":"a"},{"p":0,"t":"b"}]}"##)
                .contains("text node")
        );
        assert!(e(r#"{"v":1,"nodes":[{"p":-1,"t":"a"},{"p":0,"t":"b"},{"p":-1,"t":"c"},{"p":1,"t":"d"}]}"#).contains("node 3"));
    }

    #[test]
    fn limits_count_characters() {
        // 19,999 ASCII letters, an emoji (2 UTF-16 units, 4 bytes), more.
        let s = format!("{}😀bbb", "a".repeat(MAX_TEXT_PER_NODE - 1));
        assert!(cut(s, MAX_TEXT_PER_NODE).ends_with("a😀"));
        assert!(fits(&"ねこ".repeat(32), 64) && !fits(&"ねこ".repeat(33), 64));
        assert!(fits(&"😀".repeat(64), MAX_HINT_VALUE));
        assert_eq!(cut("äöü".into(), 2), "äö");
        assert_eq!(cut("ab".into(), 5), "ab");
    }

    #[test]
    fn cuts_huge_text_on_a_char_boundary() {
        let big = "é".repeat(MAX_TEXT_PER_NODE + 10);
        let s = Snapshot {
            v: 1,
            nodes: vec![SnapNode {
                p: -1,
                t: "#".into(),
                x: big,
                ..Default::default()
            }],
            ..Default::default()
        };
        let p = s.into_page().unwrap();
        assert_eq!(p.node(0).text.chars().count(), MAX_TEXT_PER_NODE);
    }
}
