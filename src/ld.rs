//! JSON-LD read into the small tree the paywall finding walks.
//!
//! Why not `serde_json::Value`: its objects are `BTreeMap`s, and that map
//! type (with `Value`'s visitor, numbers and drop) was ~2 KB gzipped of
//! the WebAssembly for reading two keys. This tree keeps what the walk
//! looks at — strings, booleans, lists, objects — and gives objects the
//! `Value` semantics the walk relied on: entries in key order, and of a
//! repeated key the last one only. Parsing is serde_json's, with its
//! errors and nesting limit, so the same blocks are skipped as before.

use serde::de::{self, Deserialize, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON value, numbers and `null` left out.
#[derive(Debug, PartialEq)]
pub enum Node {
    /// A number or `null`: nothing the walk reads.
    Other,
    Bool(bool),
    Str(String),
    List(Vec<Node>),
    /// Entries sorted by key, each key once (its last value).
    Object(Vec<(String, Node)>),
}

impl Node {
    /// The value of `key` in an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Object(entries) => entries
                .binary_search_by(|(k, _)| k.as_str().cmp(key))
                .ok()
                .map(|at| &entries[at].1),
            _ => None,
        }
    }
}

/// `src` as a tree, or `None` when it is not valid JSON (serde_json's
/// judgement, trailing text and nesting limit included).
pub fn parse(src: &str) -> Option<Node> {
    let mut de = serde_json::Deserializer::from_str(src);
    let node = Node::deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(node)
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Node, E> {
        Ok(Node::Bool(b))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Other)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Other)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Other)
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Other)
    }
    fn visit_str<E>(self, s: &str) -> Result<Node, E> {
        Ok(Node::Str(s.to_string()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries: Vec<(String, Node)> = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            entries.push((key, map.next_value()?));
        }
        // Key order, a repeated key's last value: a stable sort keeps
        // repeats in input order, so the last of each run is kept.
        crate::sort::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        let mut out: Vec<(String, Node)> = Vec::with_capacity(entries.len());
        for e in entries {
            match out.last_mut() {
                Some(last) if last.0 == e.0 => *last = e,
                _ => out.push(e),
            }
        }
        Ok(Node::Object(out))
    }
}

/// An object's key (always a string in JSON).
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = String;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for Key {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, s: &str) -> Result<String, E> {
        Ok(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// `v` in the tree's terms: what `serde_json::Value` says, numbers
    /// and nulls as `Other`.
    fn from_value(v: &Value) -> Node {
        match v {
            Value::Null | Value::Number(_) => Node::Other,
            Value::Bool(b) => Node::Bool(*b),
            Value::String(s) => Node::Str(s.clone()),
            Value::Array(items) => Node::List(items.iter().map(from_value).collect()),
            Value::Object(map) => Node::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), from_value(v)))
                    .collect(),
            ),
        }
    }

    #[test]
    fn the_same_tree_and_the_same_failures_as_serde_json_value() {
        let deep_ok = "[".repeat(127) + &"]".repeat(127);
        let deep_bad = "[".repeat(129) + &"]".repeat(129);
        for src in [
            r#"{"b":1,"a":[true,null,"x",{"z":{},"y":2.5e3}],"b":"again","c":false}"#,
            r#"[{"@graph":[{"isAccessibleForFree":"False"},{"isAccessibleForFree":false,"isAccessibleForFree":true}]}]"#,
            r#"{"\u00e9":"\ud83d\ude00","e\u0301":1,"":0,"a\"b":-1}"#,
            r#""just a string""#,
            "{\"a\":1e400}",
            "{\"a\":1,}",
            "{\"a\":1} x",
            "\"\\ud800\"",
            "[1, 2",
            "",
            "not json",
            &deep_ok,
            &deep_bad,
        ] {
            let want = serde_json::from_str::<Value>(src)
                .ok()
                .map(|v| from_value(&v));
            assert_eq!(parse(src), want, "{src}");
        }
    }

    #[test]
    fn get_reads_the_last_of_a_repeated_key() {
        let n = parse(r#"{"k":"first","j":0,"k":"last"}"#).unwrap();
        assert_eq!(n.get("k"), Some(&Node::Str("last".into())));
        assert_eq!(n.get("x"), None);
    }
}
