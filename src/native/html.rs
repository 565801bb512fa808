//! Saved HTML → [`Page`], by html5ever (through `scraper`), the same
//! spec-compliant tree a browser builds. Walks the parsed tree with its
//! open/close edge iterator: no recursion, whatever the nesting.

use super::charset;
use crate::node_rules::{self, SKIPPED_INSIDE};
use crate::page::{Flags, NO_PARENT, Node, NodeId, Page, PageBuilder};
use crate::rules::Resolved;
use crate::snapshot::{MAX_JSON_LD, cut};
use ego_tree::iter::Edge;
use scraper::node::Node as DomNode;
use scraper::{Html, Selector};
use std::collections::HashMap;

/// A parsed saved page: the engine's arena plus the DOM it came from.
pub struct Loaded {
    pub page: Page,
    pub html: Html,
    pub encoding: &'static str,
    /// Arena index per DOM node id (elements and text only).
    pub arena_of: HashMap<ego_tree::NodeId, NodeId>,
    /// Notes for the user (skipped selectors, ...).
    pub notes: Vec<String>,
    /// The decoded source, for the annotated output.
    pub source: String,
}

/// Error for input that is not a web page at all.
#[derive(Debug)]
pub struct NotHtml(pub String);

impl std::fmt::Display for NotHtml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotHtml {}

/// Looks like markup: some tag among the first bytes, and not binary.
fn looks_like_html(text: &str) -> Result<(), NotHtml> {
    let head: String = text.chars().take(4096).collect();
    if head.contains('\0') {
        return Err(NotHtml("input is binary, not HTML".into()));
    }
    if !head.contains('<') {
        return Err(NotHtml("input has no markup; is it an HTML page?".into()));
    }
    Ok(())
}

/// Parses bytes of a saved page.
pub fn load(bytes: &[u8], url: &str, rules: Option<&Resolved>) -> Result<Loaded, NotHtml> {
    let (source, encoding) = charset::decode(bytes);
    looks_like_html(&source)?;
    let html = Html::parse_document(&source);
    let mut b = PageBuilder::new();
    let mut arena_of = HashMap::new();
    let mut stack: Vec<NodeId> = Vec::new(); // arena parents of open elements
    let mut json_ld = Vec::new();
    let mut lang = String::new();
    let mut notes = Vec::new();
    let mut truncated = false;
    let mut canonical: Option<String> = None;
    // Subtrees whose descendants are not sent: a template's contents are
    // not its children in a browser's DOM, and nothing in <head> is page
    // text (its JSON-LD is read all the same).
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in html.tree.root().traverse() {
        if let Some(t) = skipping {
            match edge {
                Edge::Close(n) if n.id() == t => {
                    skipping = None;
                    stack.pop();
                }
                Edge::Open(n) => {
                    if let DomNode::Element(el) = n.value() {
                        json_ld.extend(ld_json(n, el));
                        if canonical.is_none() {
                            canonical = canonical_url(el);
                        }
                    }
                }
                _ => {}
            }
            continue;
        }
        match edge {
            Edge::Open(n) => match n.value() {
                DomNode::Element(el) => {
                    let parent = stack.last().copied().unwrap_or(NO_PARENT);
                    let node = element_node(el);
                    if node.tag == "html" && lang.is_empty() {
                        lang = el.attr("lang").unwrap_or("").trim().to_ascii_lowercase();
                    }
                    json_ld.extend(ld_json(n, el));
                    let skip_inside = SKIPPED_INSIDE.contains(&node.tag.as_str());
                    match b.push(parent, node) {
                        Ok(id) => {
                            arena_of.insert(n.id(), id);
                            stack.push(id);
                            if skip_inside {
                                skipping = Some(n.id());
                            }
                        }
                        Err(_) => {
                            truncated = true;
                            break;
                        }
                    }
                }
                DomNode::Text(t) => {
                    let Some(&parent) = stack.last() else {
                        continue;
                    };
                    // Raw text of scripts and styles is not page text; the
                    // content script sends none either.
                    if !node_rules::keeps_text_under(&b.page_mut().nodes[parent as usize].tag) {
                        continue;
                    }
                    match b.push(parent, node_rules::text_node(t.to_string())) {
                        Ok(id) => {
                            arena_of.insert(n.id(), id);
                        }
                        Err(_) => {
                            truncated = true;
                            break;
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(n) => {
                if n.value().is_element() {
                    stack.pop();
                }
            }
        }
    }
    if truncated {
        notes.push(format!("page cut at {} nodes", crate::page::MAX_NODES));
    }
    let mut page = b.finish();
    page.url = if url.is_empty() {
        saved_url(&source).or(canonical).unwrap_or_default()
    } else {
        url.to_string()
    };
    page.lang = lang;
    page.json_ld = json_ld;
    let mut loaded = Loaded {
        page,
        html,
        encoding,
        arena_of,
        notes,
        source,
    };
    if let Some(r) = rules {
        apply_selectors(&mut loaded, &r.hide, Flags::RULE_HIDE);
        apply_selectors(&mut loaded, &r.keep, Flags::RULE_KEEP);
    }
    Ok(loaded)
}

/// The page's own address as its head names it (`<link rel="canonical">`):
/// where a saved page came from when nothing else says so, so that its
/// links to its own site read as such.
fn canonical_url(el: &scraper::node::Element) -> Option<String> {
    let rel = el.attr("rel")?;
    (el.name().eq_ignore_ascii_case("link")
        && rel
            .split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case("canonical")))
    .then(|| el.attr("href").unwrap_or("").trim().to_string())
    .filter(|h| h.starts_with("http"))
}

/// The text of a `<script type="application/ld+json">`.
fn ld_json(n: ego_tree::NodeRef<'_, DomNode>, el: &scraper::node::Element) -> Option<String> {
    let is_ld = el.name().eq_ignore_ascii_case("script")
        && el
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
    is_ld
        .then(|| {
            n.children()
                .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                .collect::<String>()
        })
        .map(|s| cut(s, MAX_JSON_LD))
}

/// The URL a page saved by the extension records in its first comment
/// (`<!-- saved by quietpage from URL -->`), so that `quietpage scan`
/// applies the same site rules without `--url`.
pub fn saved_url(source: &str) -> Option<String> {
    const MARK: &str = "<!-- saved by quietpage from ";
    let mut cut = source.len().min(4096);
    while !source.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &source[..cut];
    let start = head.find(MARK)? + MARK.len();
    let end = head[start..].find(" -->")? + start;
    let url = head[start..end].trim();
    (!url.is_empty() && !url.contains(char::is_whitespace)).then(|| url.to_string())
}

/// Marks elements matched by rule selectors; selectors the engine cannot
/// parse are skipped with a note, as the browser skips them.
fn apply_selectors(l: &mut Loaded, selectors: &[String], flag: u32) {
    for sel in selectors {
        match Selector::parse(sel) {
            Ok(s) => {
                for el in l.html.select(&s) {
                    if let Some(&id) = l.arena_of.get(&el.id()) {
                        l.page.nodes[id as usize].flags.set(flag);
                    }
                }
            }
            Err(_) => l
                .notes
                .push(format!("skipped selector {sel:?}: not valid CSS")),
        }
    }
}

/// The per-node facts of one element: the rules of `node_rules.rs`, which
/// the tokenizer of the browser's serialisation shares.
fn element_node(el: &scraper::node::Element) -> Node {
    node_rules::element_node(el.name(), el.attrs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_arena_with_facts() {
        let l = load(
            br#"<html lang="de"><body><div id="a" class="x" hidden>h</div><input type="email" placeholder="Ihre E-Mail"><p itemprop="articleBody">t</p><script type="application/ld+json">{"isAccessibleForFree":false}</script></body></html>"#,
            "https://e.com/",
            None,
        )
        .unwrap();
        let p = &l.page;
        assert_eq!(p.lang, "de");
        assert_eq!(p.json_ld.len(), 1);
        let div = p.nodes.iter().find(|n| n.id == "a").unwrap();
        assert!(div.flags.has(Flags::HIDDEN));
        let input = p.nodes.iter().find(|n| n.tag == "input").unwrap();
        assert!(input.flags.has(Flags::EMAIL_INPUT));
        assert_eq!(input.text, "Ihre E-Mail");
        assert!(p.nodes.iter().any(|n| n.flags.has(Flags::ARTICLE_BODY)));
    }

    #[test]
    fn reads_the_url_of_a_page_saved_by_the_extension() {
        let l = load(b"<!DOCTYPE html>\n<!-- saved by quietpage from https://news.example/a?b=1 -->\n<html><body>x</body></html>", "", None).unwrap();
        assert_eq!(l.page.url, "https://news.example/a?b=1");
        let l = load(
            b"<!-- saved by quietpage from https://a.example/ --><p>x",
            "https://given.example/",
            None,
        )
        .unwrap();
        assert_eq!(l.page.url, "https://given.example/");
    }

    #[test]
    fn a_page_without_a_url_takes_its_canonical_one() {
        let page = |head: &str| {
            let src = format!("<!DOCTYPE html><html><head>{head}</head><body>x</body></html>");
            load(src.as_bytes(), "", None).unwrap().page.url
        };
        assert_eq!(
            page(r#"<link rel="Canonical alternate" href=" https://news.example/a ">"#),
            "https://news.example/a"
        );
        // Not an address of the web, not the canonical link.
        assert_eq!(page(r#"<link rel="canonical" href="/a">"#), "");
        assert_eq!(
            page(r#"<link rel="stylesheet" href="https://cdn.example/s.css">"#),
            ""
        );
        // The extension's own record wins.
        let src = "<!-- saved by quietpage from https://saved.example/ --><html><head><link rel=canonical href=https://news.example/a></head><body>x</body></html>";
        assert_eq!(
            load(src.as_bytes(), "", None).unwrap().page.url,
            "https://saved.example/"
        );
    }

    #[test]
    fn rejects_non_html() {
        assert!(load(b"just some words", "", None).is_err());
        assert!(load(b"\x00\x01\x02<", "", None).is_err());
    }
}
