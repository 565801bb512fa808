//! The snapshot: the message the content script sends for one document or
//! one inserted subtree. It is the contract between the JavaScript and the
//! Rust sides; `extension/content/snapshot.js` writes exactly this, and
//! both sides test it (`tests/snapshot_contract.rs` and the browser tests).
//!
//! ```json
//! {"v": 1, "url": "https://…", "lang": "en", "jsonld": ["{…}"],
//!  "nodes": [{"p": -1, "t": "html"},
//!            {"p": 0, "t": "body", "i": "id", "c": "class list",
//!             "r": "role", "h": "widget attribute text", "f": 4, "z": 10},
//!            {"p": 1, "t": "#", "x": "a text node"}]}
//! ```
//!
//! `nodes` are in document order; `p` is the parent's index (-1 for a
//! root). `t` is the lower-case tag, `"#"` for a text node. `x` is text (a
//! text node's data, or a control's label). `f` holds the bits of
//! [`crate::page::Flags`]; `z` is the computed z-index. Every field but
//! `p` and `t` may be omitted. A text node of HTML whitespace only is sent
//! as `" "` (it normalises the same). Several roots are allowed: a subtree
//! snapshot sends the ancestor chain of the inserted node first (so the
//! engine sees its context, flagged `CONTEXT` so that it is never hidden),
//! then the subtree.

use crate::page::{BuildError, Flags, NO_PARENT, Node, Page, PageBuilder};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest text kept per node; enough to classify, bounded for hostile
/// pages (the content script cuts at the same length).
pub const MAX_TEXT_PER_NODE: usize = 20_000;

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

fn cut(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
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
        }
        let mut page = b.finish();
        page.url = cut(self.url, 4096);
        page.lang = cut(self.lang, 32);
        page.json_ld = self
            .jsonld
            .into_iter()
            .take(32)
            .map(|s| cut(s, 1 << 20))
            .collect();
        Ok(page)
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn cuts_huge_text_on_a_char_boundary() {
        let big = "é".repeat(MAX_TEXT_PER_NODE);
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
        assert!(p.node(0).text.len() <= MAX_TEXT_PER_NODE);
    }
}
