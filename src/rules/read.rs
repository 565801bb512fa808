//! Reading a rules file: JSON → [`RuleSet`], through serde_json's parser
//! but with a visitor of our own instead of derived `Deserialize`.
//!
//! Why not derive: a derived visitor answers a value of the wrong type with
//! `de::Error::invalid_type`, whose message prints the value, and printing
//! a number goes through core's float formatting — 22 KB of the
//! WebAssembly, for an error message. This visitor answers every kind of
//! JSON value itself, never prints a float, and names where the value is
//! (`sites."a.com".hide[2]`); serde_json adds the line and column.
//!
//! Why one visitor type for every place in the format (a [`Slot`] says
//! what is expected and where it goes): serde_json's parser is compiled
//! into the WebAssembly once per visitor type, and one per Rust type of
//! the format cost 15 KB more.
//!
//! The rules are the derived format's: unknown and repeated fields are
//! refused, every field but a phrase's has a default, a later site key
//! replaces an earlier one.

use super::{ExtraPhrase, RuleSet, SiteRule, Switches};
use crate::category::Category;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;

/// Strings quoted in a message are cut to this many characters.
const QUOTE_MAX_CHARS: usize = 40;

/// Parses `src`; errors carry serde_json's line and column.
pub fn rules(src: &str) -> Result<RuleSet, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(src);
    let mut rules = RuleSet::default();
    At::new(String::new(), Slot::Rules(&mut rules)).deserialize(&mut de)?;
    de.end()?;
    Ok(rules)
}

/// A place in the format, and where its value goes.
enum Slot<'a> {
    Rules(&'a mut RuleSet),
    Sites(&'a mut BTreeMap<String, SiteRule>),
    Site(&'a mut SiteRule),
    Switches(&'a mut Switches),
    Strings(&'a mut Vec<String>),
    Phrases(&'a mut Vec<ExtraPhrase>),
    Phrase(&'a mut (Option<Category>, Option<String>)),
    Text(&'a mut String),
    Switch(&'a mut bool),
    Version(&'a mut u32),
    Category(&'a mut Option<Category>),
}

impl Slot<'_> {
    /// What is expected here, for a message.
    fn want(&self) -> &'static str {
        match self {
            Slot::Rules(_) => "a rules object",
            Slot::Sites(_) => "an object of sites",
            Slot::Site(_) => "an object (a site's rules)",
            Slot::Switches(_) => "an object of category switches",
            Slot::Strings(_) => "a list of strings",
            Slot::Phrases(_) => "a list of phrases",
            Slot::Phrase(_) => "a phrase ({\"category\": …, \"text\": …})",
            Slot::Text(_) => "a string",
            Slot::Switch(_) => "true or false",
            Slot::Version(_) => "a whole number",
            Slot::Category(_) => "a category name",
        }
    }
}

/// The seed and visitor for the value at `path`.
struct At<'a> {
    path: String,
    slot: Slot<'a>,
}

impl<'a> At<'a> {
    fn new(path: String, slot: Slot<'a>) -> Self {
        At { path, slot }
    }

    /// "invalid type: `found`, expected …".
    fn wrong<E: de::Error>(&self, found: &str) -> E {
        fail(
            &self.path,
            format_args!("invalid type: {found}, expected {}", self.slot.want()),
        )
    }
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

/// The path of field `name` under `path`.
fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

impl<'de> DeserializeSeed<'de> for At<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

/// Every method serde_json's `deserialize_any` calls is here, so the
/// defaults that print the value (`invalid_type`) are never reached.
impl<'de> Visitor<'de> for At<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.slot.want())
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        match self.slot {
            Slot::Text(t) => *t = s.to_string(),
            // The exact names only, as the export writes them.
            Slot::Category(c) => match Category::ALL.into_iter().find(|c| c.as_str() == s) {
                Some(found) => *c = Some(found),
                None => {
                    let names = Category::ALL.map(Category::as_str).join(", ");
                    return Err(fail(
                        &self.path,
                        format_args!("unknown variant {}, expected one of {names}", quote(s)),
                    ));
                }
            },
            _ => return Err(self.wrong(&format!("string {}", quote(s)))),
        }
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<(), E> {
        match self.slot {
            Slot::Switch(x) => *x = b,
            _ => return Err(self.wrong(&format!("boolean `{b}`"))),
        }
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<(), E> {
        match self.slot {
            Slot::Version(v) => {
                *v = u32::try_from(n)
                    .map_err(|_| fail(&self.path, format_args!("{n} is out of range")))?;
            }
            _ => return Err(self.wrong(&format!("integer `{n}`"))),
        }
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<(), E> {
        Err(self.wrong(&format!("integer `{n}`")))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(self.wrong("a number with a fraction"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(self.wrong("null"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let path = &self.path;
        match self.slot {
            Slot::Strings(list) => loop {
                let mut s = String::new();
                let at = format!("{path}[{}]", list.len());
                if seq
                    .next_element_seed(At::new(at, Slot::Text(&mut s)))?
                    .is_none()
                {
                    return Ok(());
                }
                list.push(s);
            },
            Slot::Phrases(list) => loop {
                let mut p = (None, None);
                let at = format!("{path}[{}]", list.len());
                if seq
                    .next_element_seed(At::new(at.clone(), Slot::Phrase(&mut p)))?
                    .is_none()
                {
                    return Ok(());
                }
                match p {
                    (Some(category), Some(text)) => list.push(ExtraPhrase { category, text }),
                    (None, _) => return Err(fail(&at, "missing field \"category\"")),
                    (_, None) => return Err(fail(&at, "missing field \"text\"")),
                }
            },
            _ => Err(self.wrong("a list")),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let path = self.path.as_str();
        match self.slot {
            Slot::Rules(r) => {
                let mut seen = 0;
                let names = ["version", "defaults", "sites"];
                while let Some((i, at)) = next_field(&mut map, path, &names, &mut seen)? {
                    let slot = match i {
                        0 => Slot::Version(&mut r.version),
                        1 => Slot::Switches(&mut r.defaults),
                        _ => Slot::Sites(&mut r.sites),
                    };
                    map.next_value_seed(At::new(at, slot))?;
                }
                Ok(())
            }
            Slot::Site(r) => {
                let mut seen = 0;
                let names = ["enabled", "categories", "hide", "keep", "phrases"];
                while let Some((i, at)) = next_field(&mut map, path, &names, &mut seen)? {
                    let slot = match i {
                        0 => Slot::Switch(&mut r.enabled),
                        1 => Slot::Switches(&mut r.categories),
                        2 => Slot::Strings(&mut r.hide),
                        3 => Slot::Strings(&mut r.keep),
                        _ => Slot::Phrases(&mut r.phrases),
                    };
                    map.next_value_seed(At::new(at, slot))?;
                }
                Ok(())
            }
            Slot::Phrase(p) => {
                let mut seen = 0;
                let names = ["category", "text"];
                while let Some((i, at)) = next_field(&mut map, path, &names, &mut seen)? {
                    let slot = match i {
                        0 => Slot::Category(&mut p.0),
                        _ => Slot::Text(p.1.insert(String::new())),
                    };
                    map.next_value_seed(At::new(at, slot))?;
                }
                Ok(())
            }
            Slot::Sites(sites) => loop {
                let mut site = String::new();
                if map
                    .next_key_seed(At::new(path.to_string(), Slot::Text(&mut site)))?
                    .is_none()
                {
                    return Ok(());
                }
                let mut rule = SiteRule::default();
                let at = format!("{path}.{}", quote(&site));
                map.next_value_seed(At::new(at, Slot::Site(&mut rule)))?;
                sites.insert(site, rule);
            },
            Slot::Switches(switches) => loop {
                let mut c = None;
                if map
                    .next_key_seed(At::new(path.to_string(), Slot::Category(&mut c)))?
                    .is_none()
                {
                    return Ok(());
                }
                // (`c` is set: the key was read as a category.)
                let Some(c) = c else { return Ok(()) };
                let mut on = false;
                map.next_value_seed(At::new(field(path, c.as_str()), Slot::Switch(&mut on)))?;
                switches.insert(c, on);
            },
            _ => Err(self.wrong("an object")),
        }
    }
}

/// The next field of an object and its path, refusing unknown and
/// repeated names (`seen` has a bit per name of `names` read).
fn next_field<'de, A: MapAccess<'de>>(
    map: &mut A,
    path: &str,
    names: &[&str],
    seen: &mut u32,
) -> Result<Option<(usize, String)>, A::Error> {
    let mut key = String::new();
    if map
        .next_key_seed(At::new(path.to_string(), Slot::Text(&mut key)))?
        .is_none()
    {
        return Ok(None);
    }
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
    if *seen & 1 << i != 0 {
        return Err(fail(path, format_args!("duplicate field {key:?}")));
    }
    *seen |= 1 << i;
    Ok(Some((i, field(path, &key))))
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
