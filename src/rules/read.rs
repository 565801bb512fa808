//! Reading a rules file: JSON → [`RuleSet`], through serde_json's parser
//! but with visitors of our own instead of derived `Deserialize`.
//!
//! Why not derive: a derived visitor answers a value of the wrong type with
//! `de::Error::invalid_type`, whose message prints the value, and printing
//! a number goes through core's float formatting — 22 KB of the
//! WebAssembly, for an error message. These visitors answer every kind of
//! JSON value themselves, never print a float, and name where the value
//! is (`sites."a.com".hide[2]`); serde_json adds the line and column.
//!
//! The rules are the derived format's: unknown and repeated fields are
//! refused, every field has a default, a later site key replaces an
//! earlier one.

use super::{ExtraPhrase, RuleSet, SiteRule};
use crate::category::Category;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// Strings quoted in a message are cut to this many characters.
const QUOTE_MAX_CHARS: usize = 40;

/// Parses `src`; errors carry serde_json's line and column.
pub fn rules(src: &str) -> Result<RuleSet, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(src);
    let rules = At::<RuleSet>::new(String::new()).deserialize(&mut de)?;
    de.end()?;
    Ok(rules)
}

/// A value that can be read from JSON: each method takes one kind of JSON
/// value; the defaults refuse it as "invalid type".
trait Read: Sized {
    /// What is expected here, for the message.
    const WANT: &'static str;

    fn map<'de, A: MapAccess<'de>>(_: A, path: &str) -> Result<Self, A::Error> {
        Err(wrong(path, "an object", Self::WANT))
    }
    fn seq<'de, A: SeqAccess<'de>>(_: A, path: &str) -> Result<Self, A::Error> {
        Err(wrong(path, "a list", Self::WANT))
    }
    fn str<E: de::Error>(s: &str, path: &str) -> Result<Self, E> {
        Err(wrong(path, &format!("string {}", quote(s)), Self::WANT))
    }
    fn bool<E: de::Error>(b: bool, path: &str) -> Result<Self, E> {
        Err(wrong(path, &format!("boolean `{b}`"), Self::WANT))
    }
    fn u64<E: de::Error>(n: u64, path: &str) -> Result<Self, E> {
        Err(wrong(path, &format!("integer `{n}`"), Self::WANT))
    }
}

/// "`path`: invalid type: `found`, expected `want`".
fn wrong<E: de::Error>(path: &str, found: &str, want: &str) -> E {
    fail(path, format_args!("invalid type: {found}, expected {want}"))
}

/// An error about the value at `path` (the top level when empty).
fn fail<E: de::Error>(path: &str, what: impl fmt::Display) -> E {
    if path.is_empty() {
        E::custom(what)
    } else {
        E::custom(format_args!("{path}: {what}"))
    }
}

/// `s` quoted, cut to [`QUOTE_MAX_CHARS`].
fn quote(s: &str) -> String {
    match s.char_indices().nth(QUOTE_MAX_CHARS) {
        Some((at, _)) => format!("{:?}…", &s[..at]),
        None => format!("{s:?}"),
    }
}

/// The seed and visitor for a `T` at `path`.
struct At<T>(String, PhantomData<T>);

impl<T> At<T> {
    fn new(path: String) -> Self {
        At(path, PhantomData)
    }
}

impl<'de, T: Read> DeserializeSeed<'de> for At<T> {
    type Value = T;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_any(self)
    }
}

/// Every method serde_json's `deserialize_any` calls is here, so the
/// defaults that print the value (`invalid_type`) are never reached.
impl<'de, T: Read> Visitor<'de> for At<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(T::WANT)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::map(map, &self.0)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        T::seq(seq, &self.0)
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        T::str(s, &self.0)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<T, E> {
        T::bool(b, &self.0)
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<T, E> {
        T::u64(n, &self.0)
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<T, E> {
        Err(wrong(&self.0, &format!("integer `{n}`"), T::WANT))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<T, E> {
        Err(wrong(&self.0, "a number with a fraction", T::WANT))
    }
    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Err(wrong(&self.0, "null", T::WANT))
    }
}

/// Reads an object's fields in order, refusing unknown and repeated names;
/// `value(i, map, path)` reads the value of `names[i]`.
fn fields<'de, A: MapAccess<'de>>(
    map: &mut A,
    path: &str,
    names: &[&str],
    mut value: impl FnMut(usize, &mut A, String) -> Result<(), A::Error>,
) -> Result<(), A::Error> {
    let mut seen = 0u32;
    while let Some(key) = map.next_key_seed(At::<String>::new(path.to_string()))? {
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(fail(
                path,
                format_args!(
                    "unknown field {}, expected one of {}",
                    quote(&key),
                    names.join(", ")
                ),
            ));
        };
        if seen & 1 << i != 0 {
            return Err(fail(path, format_args!("duplicate field {key:?}")));
        }
        seen |= 1 << i;
        value(i, map, field(path, &key))?;
    }
    Ok(())
}

/// The path of field `name` under `path`.
fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

impl Read for String {
    const WANT: &'static str = "a string";
    fn str<E: de::Error>(s: &str, _: &str) -> Result<Self, E> {
        Ok(s.to_string())
    }
}

impl Read for bool {
    const WANT: &'static str = "true or false";
    fn bool<E: de::Error>(b: bool, _: &str) -> Result<Self, E> {
        Ok(b)
    }
}

impl Read for u32 {
    const WANT: &'static str = "a whole number";
    fn u64<E: de::Error>(n: u64, path: &str) -> Result<Self, E> {
        u32::try_from(n).map_err(|_| fail(path, format_args!("{n} is out of range")))
    }
}

impl Read for Category {
    const WANT: &'static str = "a category name";
    fn str<E: de::Error>(s: &str, path: &str) -> Result<Self, E> {
        // The exact names only, as the export writes them.
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                let names = Category::ALL.map(Category::as_str).join(", ");
                fail(
                    path,
                    format_args!("unknown variant {}, expected one of {names}", quote(s)),
                )
            })
    }
}

impl<T: Read> Read for Vec<T> {
    const WANT: &'static str = "a list";
    fn seq<'de, A: SeqAccess<'de>>(mut seq: A, path: &str) -> Result<Self, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(At::new(format!("{path}[{}]", out.len())))? {
            out.push(v);
        }
        Ok(out)
    }
}

/// Category switches: `{"cookie": false, …}`.
impl Read for BTreeMap<Category, bool> {
    const WANT: &'static str = "an object of category switches";
    fn map<'de, A: MapAccess<'de>>(mut map: A, path: &str) -> Result<Self, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(c) = map.next_key_seed(At::<Category>::new(path.to_string()))? {
            let on = map.next_value_seed(At::new(field(path, c.as_str())))?;
            out.insert(c, on);
        }
        Ok(out)
    }
}

/// Sites by key: `{"example.com": {…}, …}`.
impl Read for BTreeMap<String, SiteRule> {
    const WANT: &'static str = "an object of sites";
    fn map<'de, A: MapAccess<'de>>(mut map: A, path: &str) -> Result<Self, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(site) = map.next_key_seed(At::<String>::new(path.to_string()))? {
            let rule = map.next_value_seed(At::new(format!("{path}.{}", quote(&site))))?;
            out.insert(site, rule);
        }
        Ok(out)
    }
}

impl Read for ExtraPhrase {
    const WANT: &'static str = "a phrase ({\"category\": …, \"text\": …})";
    fn map<'de, A: MapAccess<'de>>(mut map: A, path: &str) -> Result<Self, A::Error> {
        let (mut category, mut text) = (None, None);
        fields(&mut map, path, &["category", "text"], |i, map, at| {
            match i {
                0 => category = Some(map.next_value_seed(At::new(at))?),
                _ => text = Some(map.next_value_seed(At::new(at))?),
            }
            Ok(())
        })?;
        match (category, text) {
            (Some(category), Some(text)) => Ok(ExtraPhrase { category, text }),
            (None, _) => Err(fail(path, "missing field \"category\"")),
            (_, None) => Err(fail(path, "missing field \"text\"")),
        }
    }
}

impl Read for SiteRule {
    const WANT: &'static str = "an object (a site's rules)";
    fn map<'de, A: MapAccess<'de>>(mut map: A, path: &str) -> Result<Self, A::Error> {
        let mut r = SiteRule::default();
        let names = ["enabled", "categories", "hide", "keep", "phrases"];
        fields(&mut map, path, &names, |i, map, at| {
            match i {
                0 => r.enabled = map.next_value_seed(At::new(at))?,
                1 => r.categories = map.next_value_seed(At::new(at))?,
                2 => r.hide = map.next_value_seed(At::new(at))?,
                3 => r.keep = map.next_value_seed(At::new(at))?,
                _ => r.phrases = map.next_value_seed(At::new(at))?,
            }
            Ok(())
        })?;
        Ok(r)
    }
}

impl Read for RuleSet {
    const WANT: &'static str = "a rules object";
    fn map<'de, A: MapAccess<'de>>(mut map: A, path: &str) -> Result<Self, A::Error> {
        let mut r = RuleSet::default();
        fields(
            &mut map,
            path,
            &["version", "defaults", "sites"],
            |i, map, at| {
                match i {
                    0 => r.version = map.next_value_seed(At::new(at))?,
                    1 => r.defaults = map.next_value_seed(At::new(at))?,
                    _ => r.sites = map.next_value_seed(At::new(at))?,
                }
                Ok(())
            },
        )?;
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::super::RuleSet;

    /// The error for `src`, as the reader sees it.
    fn error(src: &str) -> String {
        RuleSet::from_json(src).unwrap_err().to_string()
    }

    #[test]
    fn messages_name_the_key_path_line_and_column() {
        for (src, want) in [
            (
                "{\"version\":1,\n\"sites\":{\"a.com\":{\"hide\":\".x\"}}}",
                "line 2, column 29: sites.\"a.com\".hide: invalid type: string \".x\", expected a list",
            ),
            (
                "{\"version\":1,\"sites\":{\"a.com\":{\"hide\":[\".x\", 7]}}}",
                "sites.\"a.com\".hide[1]: invalid type: integer `7`, expected a string",
            ),
            (
                "{\"version\":1,\"sites\":{\"a.com\":{\"hidden\":[]}}}",
                "sites.\"a.com\": unknown field \"hidden\", expected one of enabled, categories, hide, keep, phrases",
            ),
            (
                "{\"version\":1,\"sites\":{\"a.com\":{\"categories\":{\"ads\":true}}}}",
                "sites.\"a.com\".categories: unknown variant \"ads\", expected one of donation,",
            ),
            (
                "{\"version\":1,\"defaults\":{\"cookie\":\"no\"}}",
                "defaults.cookie: invalid type: string \"no\", expected true or false",
            ),
            (
                "{\"version\":1,\"sites\":{\"a.com\":{\"phrases\":[{\"text\":\"x\"}]}}}",
                "sites.\"a.com\".phrases[0]: missing field \"category\"",
            ),
            (
                "{\"version\":1,\"version\":1}",
                "duplicate field \"version\"",
            ),
            (
                "{\"version\":-1}",
                "version: invalid type: integer `-1`, expected a whole number",
            ),
            (
                "{\"version\":4294967296}",
                "version: 4294967296 is out of range",
            ),
            (
                "{\"version\":1,\"sites\":null}",
                "sites: invalid type: null, expected an object of sites",
            ),
            (
                "{\"version\":1} x",
                "line 1, column 15: trailing characters",
            ),
        ] {
            let e = error(src);
            assert!(e.contains(want), "{src}\n  gave {e}\n  want {want}");
        }
    }

    #[test]
    fn numbers_with_a_fraction_are_named_not_printed() {
        // Printing a float is what this reader exists to avoid.
        let e = error("{\"version\":1.5}");
        assert!(
            e.ends_with("version: invalid type: a number with a fraction, expected a whole number"),
            "{e}"
        );
    }

    #[test]
    fn long_strings_are_cut_in_messages() {
        let e = error(&format!("{{\"version\":\"{}\"}}", "x".repeat(10_000)));
        assert!(e.len() < 200, "{e}");
        assert!(e.contains('…'), "{e}");
    }

    #[test]
    fn fields_left_out_take_their_defaults() {
        let r = RuleSet::from_json("{\"sites\":{\"a.com\":{}}}").unwrap();
        assert_eq!(r.version, 1);
        assert!(r.defaults.is_empty());
        assert!(r.sites["a.com"].enabled);
        assert_eq!(RuleSet::from_json("{}").unwrap(), RuleSet::default());
    }
}
