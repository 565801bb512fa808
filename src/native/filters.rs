//! The hidden blocks of a page as filter-list lines (`example.com##sel`),
//! the element-hiding syntax uBlock Origin and AdGuard read
//! (`quietpage scan --format filters`; the popup's "Copy as filter rules"
//! writes the same, extension/shared/filters.js).
//!
//! A line shared with a list must outlive the next edit of the page, so a
//! block is named by what the site wrote on purpose (an id, distinctive
//! class names, its role), or by such a name on a near ancestor, and only
//! when none of those is unique by the engine's nth-child path, which a
//! comment marks as fragile. The names considered stable are the same as
//! the extension's (extension/content/selectors.js).

use crate::page::{NodeId, Page};
use crate::site::site_of_url;
use crate::verdict::Verdict;
use std::collections::HashMap;

/// Class names or ids longer than this are taken for generated ones.
const MAX_NAME_LEN: usize = 40;
/// Distinctive classes tried together, rarest first.
const MAX_CLASSES: usize = 3;
/// Ancestors tried as an anchor for a block without a name of its own.
const MAX_ANCHOR_DEPTH: usize = 6;
/// Blocks given a stable name (each costs a pass over the page); the rest
/// keep the engine's path.
const MAX_NAMED: usize = 200;
/// State words: a class that says "open now" names no element.
const STATE_CLASSES: &[&str] = &[
    "show",
    "shown",
    "open",
    "opened",
    "active",
    "visible",
    "hidden",
    "in",
    "fade",
    "collapse",
    "collapsed",
    "expanded",
    "sticky",
    "fixed",
];
/// Prefixes of CSS-in-JS and framework scoping classes (generated per build).
const GENERATED_PREFIXES: &[&str] = &[
    "css-", "sc-", "jsx-", "emotion-", "styled-", "svelte-", "astro-", "ng-", "v-",
];

/// How a selector names its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    Id,
    Class,
    Attribute,
    Inside,
    Path,
}

/// True for a name a site chose on purpose: not generated, not a state.
pub fn stable_name(s: &str) -> bool {
    if s.is_empty() || s.len() > MAX_NAME_LEN || !is_ident(s) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    let digits = s
        .as_bytes()
        .windows(3)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    let hash_tail = s.rsplit_once('_').is_some_and(|(head, tail)| {
        !head.is_empty()
            && tail.len() >= 5
            && tail
                .chars()
                .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    });
    let long_run = s.len() >= 12 && !s.contains(['-', '_']);
    // A hashed segment: `c-3f9a0b`, `box_a8f2k1`.
    let hashed_part = s.split(['-', '_']).any(|seg| {
        seg.len() >= 5
            && seg.chars().filter(char::is_ascii_digit).count() >= 2
            && seg.chars().any(|c| c.is_ascii_alphabetic())
    });
    // styled-components and the like: `kPtrWq`, short, capitals inside.
    let camel_hash = !s.contains(['-', '_'])
        && s.len() <= 10
        && s.chars().skip(1).filter(char::is_ascii_uppercase).count() >= 2;
    !(digits
        || hash_tail
        || long_run
        || camel_hash
        || hashed_part
        || lower.starts_with("is-")
        || lower.starts_with("has-")
        || STATE_CLASSES.contains(&lower.as_str())
        || GENERATED_PREFIXES.iter().any(|p| lower.starts_with(p)))
}

/// A CSS identifier that needs no escaping.
fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '-')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn classes(page: &Page, id: NodeId) -> impl Iterator<Item = &str> {
    page.node(id).class.split_ascii_whitespace()
}

/// Counts of ids and class names over the page, shared by every block.
struct Names<'a> {
    page: &'a Page,
    ids: HashMap<&'a str, u32>,
    classes: HashMap<&'a str, u32>,
}

impl<'a> Names<'a> {
    fn new(page: &'a Page) -> Self {
        let mut ids = HashMap::new();
        let mut cls = HashMap::new();
        for n in page.nodes.iter().filter(|n| n.is_element()) {
            if !n.id.is_empty() {
                *ids.entry(n.id.as_str()).or_default() += 1;
            }
            for c in n.class.split_ascii_whitespace() {
                *cls.entry(c).or_default() += 1;
            }
        }
        Names {
            page,
            ids,
            classes: cls,
        }
    }

    /// Elements in `within` (a subtree, or the whole page) with `tag` and
    /// every class of `cls`, and the given role when asked.
    fn count(
        &self,
        within: (NodeId, NodeId),
        tag: &str,
        cls: &[&str],
        role: Option<&str>,
    ) -> usize {
        (within.0..within.1)
            .filter(|&i| {
                let n = self.page.node(i);
                n.tag == tag
                    && role.is_none_or(|r| n.role == r)
                    && cls.iter().all(|c| classes(self.page, i).any(|x| x == *c))
            })
            .take(2)
            .count()
    }

    /// Stable classes of a block, the rarest on the page first.
    fn good_classes(&self, id: NodeId) -> Vec<&'a str> {
        let page = self.page;
        let mut cls: Vec<&str> = page
            .node(id)
            .class
            .split_ascii_whitespace()
            .filter(|c| stable_name(c))
            .collect();
        cls.dedup();
        cls.sort_by_key(|c| self.classes.get(c).copied().unwrap_or(0));
        cls.truncate(MAX_CLASSES);
        cls
    }

    /// A selector for the block by its own name, unique on the page.
    fn own(&self, id: NodeId) -> Option<(String, How)> {
        let n = self.page.node(id);
        if stable_name(&n.id) && self.ids.get(n.id.as_str()) == Some(&1) {
            return Some((format!("#{}", n.id), How::Id));
        }
        let whole = (0, self.page.len() as NodeId);
        let cls = self.good_classes(id);
        for k in 1..=cls.len() {
            if self.count(whole, &n.tag, &cls[..k], None) == 1 {
                return Some((format!("{}{}", n.tag, dotted(&cls[..k])), How::Class));
            }
        }
        if !n.role.is_empty()
            && is_ident(&n.role)
            && self.count(whole, &n.tag, &cls, Some(&n.role)) == 1
        {
            return Some((
                format!("{}{}[role=\"{}\"]", n.tag, dotted(&cls), n.role),
                How::Attribute,
            ));
        }
        None
    }

    /// The block's stable selector, or the engine's path.
    fn selector(&self, id: NodeId, path: &str) -> (String, How) {
        if let Some(s) = self.own(id) {
            return s;
        }
        let n = self.page.node(id);
        let cls = self.good_classes(id);
        for anc in self.page.ancestors(id).take(MAX_ANCHOR_DEPTH) {
            if self.page.node(anc).tag == "html" || self.page.node(anc).tag == "body" {
                break;
            }
            let Some((named, _)) = self.own(anc) else {
                continue;
            };
            let within = (anc + 1, self.page.node(anc).end);
            for step in [&cls[..], &[]] {
                if self.count(within, &n.tag, step, None) == 1 {
                    return (format!("{named} {}{}", n.tag, dotted(step)), How::Inside);
                }
            }
            break;
        }
        (path.to_string(), How::Path)
    }
}

fn dotted(cls: &[&str]) -> String {
    cls.iter().map(|c| format!(".{c}")).collect()
}

/// The verdict's hidden blocks as filter lines for the page's site, one
/// `!` comment line with the category before each (and a warning when a
/// block could only be named by its position).
pub fn filter_lines(page: &Page, verdict: &Verdict) -> String {
    let site = site_of_url(&verdict.url);
    let names = Names::new(page);
    let mut out = format!(
        "! quietpage findings{}\n",
        if verdict.url.is_empty() {
            String::new()
        } else {
            format!(" for {}", verdict.url)
        }
    );
    let mut seen = std::collections::HashSet::new();
    // A part of a compound box is inside its box: its line would hide
    // nothing more.
    for (k, h) in verdict
        .hidden
        .iter()
        .enumerate()
        .filter(|(_, h)| h.source != crate::verdict::Source::Part)
    {
        let (sel, how) = if k < MAX_NAMED {
            names.selector(h.node, &h.selector)
        } else {
            (h.selector.clone(), How::Path)
        };
        if !seen.insert(sel.clone()) {
            continue;
        }
        let cat = h.category.map_or("rule", |c| c.as_str());
        let note = if how == How::Path {
            " (by position: may break when the page changes)"
        } else {
            ""
        };
        out.push_str(&format!("! {cat}{note}\n{site}##{sel}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_names() {
        for good in [
            "newsletter",
            "modal-backdrop",
            "nl_box",
            "Modal",
            "o-paywall",
        ] {
            assert!(stable_name(good), "{good}");
        }
        for bad in [
            "",
            "show",
            "is-open",
            "css-1x2y3z",
            "sc-AxjAm",
            "item-20231",
            "Banner_wrapper__3kf9Q",
            "a1b2c3d4e5f6g7",
            "has:colon",
            "kPtrWq",
            "hQxYzT",
            "c-3f9a0b",
        ] {
            assert!(!stable_name(bad), "{bad}");
        }
    }
}
