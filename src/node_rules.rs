//! The per-node rules, in one place: what an element's attributes say to
//! the engine (flags, hints, a control's label) and how a text node is
//! kept. Both front ends that read markup call these — the native HTML5
//! parse (`native/html.rs`) and the tokenizer of the browser's own
//! serialisation (`serial.rs`) — so a saved page and a live page cannot
//! drift apart on a text limit or a `data-*` hint: there is nothing to keep
//! in step. Lengths are counted in characters (see `snapshot.rs`).

use crate::page::{Flags, Node};
use crate::snapshot::{MAX_HINT_VALUE, MAX_HINTS, MAX_TEXT_PER_NODE, cut, fits};

/// Elements whose text children are not page text (scripts, styles, a
/// control's own text).
pub const TEXTLESS_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "title",
];

/// Elements whose descendants are not sent: a template's contents are not
/// its children in a browser's DOM, and nothing in `<head>` is page text
/// (its JSON-LD is read all the same).
pub const SKIPPED_INSIDE: &[&str] = &["template", "head"];

/// `data-*` attributes whose value names the widget; the values of the
/// others are tracking data ("BAN_FOOTER"), noise.
pub const WIDGET_DATA_ATTRS: &[&str] = &[
    "component",
    "module",
    "widget",
    "testid",
    "test-id",
    "qa",
    "type",
    "block",
    "name",
    "role",
    "element",
    "layout",
];

/// quietpage's own marks on a live page (`extension/content/apply.js`,
/// `picker.js`): attributes under this prefix are not the page's.
pub const OWN_ATTR_PREFIX: &str = "data-quietpage-";

/// quietpage's own elements on a live page, left out with what they hold:
/// the style element that hides the marked blocks, and the picker's box.
pub fn is_own_element<'a>(tag: &str, mut attrs: impl Iterator<Item = (&'a str, &'a str)>) -> bool {
    let style = tag.eq_ignore_ascii_case("style");
    attrs.any(|(k, v)| {
        k == "data-quietpage-picker" || (style && k == "id" && v == "quietpage-style")
    })
}

/// The `data-*` attributes read per element: hints stop at `MAX_HINTS`
/// characters anyway, and an element of thousands would make the sorted
/// insert quadratic.
pub const MAX_DATA_ATTRS: usize = 256;

/// True when text under an element `parent_tag` is page text.
pub fn keeps_text_under(parent_tag: &str) -> bool {
    !TEXTLESS_TAGS.contains(&parent_tag)
}

/// A text node, cut to the per-node limit.
pub fn text_node(text: String) -> Node {
    Node {
        text: cut(text, MAX_TEXT_PER_NODE),
        ..Node::default()
    }
}

/// The attributes the rules read, picked out of one pass over them.
#[derive(Default)]
struct Read<'a> {
    id: &'a str,
    class: &'a str,
    role: &'a str,
    style: &'a str,
    ty: &'a str,
    name: &'a str,
    value: &'a str,
    placeholder: &'a str,
    aria_label: Option<&'a str>,
    aria_modal: &'a str,
    aria_hidden: &'a str,
    itemprop: &'a str,
    href: &'a str,
    action: &'a str,
    hidden: bool,
    open: bool,
}

/// The per-node facts of one element, from its tag and its attributes (as
/// the page wrote them, in any order; the first of duplicate names wins,
/// as in the DOM).
pub fn element_node<'a>(tag: &str, attrs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Node {
    let tag = tag.to_ascii_lowercase();
    let mut a = Read::default();
    let mut data: Vec<(&str, &str)> = Vec::new();
    // The first 64 names, on the stack: one allocation less per element
    // (the tokenizer's biggest cost after the tokens themselves).
    let mut seen: [&str; 64] = [""; 64];
    let mut seen_len = 0;
    for (k, v) in attrs {
        if seen[..seen_len].contains(&k) {
            continue;
        }
        if seen_len < seen.len() {
            seen[seen_len] = k;
            seen_len += 1;
        }
        match k {
            "id" => a.id = v,
            "class" => a.class = v,
            "role" => a.role = v,
            "style" => a.style = v,
            "type" => a.ty = v,
            "name" => a.name = v,
            "value" => a.value = v,
            "placeholder" => a.placeholder = v,
            "aria-label" => a.aria_label = Some(v),
            "aria-modal" => a.aria_modal = v,
            "aria-hidden" => a.aria_hidden = v,
            "itemprop" => a.itemprop = v,
            "href" => a.href = v,
            "action" => a.action = v,
            "hidden" => a.hidden = true,
            "open" => a.open = true,
            _ if k.starts_with(OWN_ATTR_PREFIX) => {}
            // Kept sorted by name as they come (a few per element; the
            // WebAssembly has no room for a general sort), at most
            // MAX_DATA_ATTRS of them.
            _ if k.starts_with("data-") && data.len() < MAX_DATA_ATTRS => {
                let at = data.partition_point(|&(d, _)| d < k);
                data.insert(at, (k, v));
            }
            _ => {}
        }
    }
    let mut flags = Flags::default();
    let style = a.style.to_ascii_lowercase().replace(' ', "");
    if a.hidden
        || style.contains("display:none")
        || style.contains("visibility:hidden")
        || (tag == "input" && a.ty.eq_ignore_ascii_case("hidden"))
        || (tag == "dialog" && !a.open)
    {
        flags.set(Flags::HIDDEN);
    }
    if style.contains("position:fixed") {
        flags.set(Flags::FIXED);
    }
    if style.contains("position:sticky") {
        flags.set(Flags::STICKY);
    }
    if a.aria_modal.eq_ignore_ascii_case("true") {
        flags.set(Flags::ARIA_MODAL);
    }
    if a.aria_hidden.eq_ignore_ascii_case("true") {
        flags.set(Flags::ARIA_HIDDEN);
    }
    if a.itemprop
        .split_whitespace()
        .any(|p| p.eq_ignore_ascii_case("articlebody"))
    {
        flags.set(Flags::ARTICLE_BODY);
    }
    let mut text = String::new();
    if tag == "input" {
        let ty = a.ty.to_ascii_lowercase();
        let named = format!("{} {} {}", a.name, a.id, a.placeholder).to_ascii_lowercase();
        if ty == "email" || (matches!(ty.as_str(), "" | "text") && named.contains("mail")) {
            flags.set(Flags::EMAIL_INPUT);
        }
        if ty == "password" {
            flags.set(Flags::PASSWORD_INPUT);
        }
        if ty == "radio" {
            flags.set(Flags::RADIO);
        }
        if matches!(ty.as_str(), "submit" | "button") {
            text = a.value.to_string();
        } else if !matches!(ty.as_str(), "hidden" | "checkbox" | "radio") {
            text = a.placeholder.to_string();
            flags.set(Flags::TEXT_FIELD);
        }
    }
    // Canonical order: `data-*` attributes sorted by name, then aria-label.
    let mut hints = String::new();
    for (k, v) in data {
        let name = &k["data-".len()..];
        hints.push_str(name);
        hints.push(' ');
        if WIDGET_DATA_ATTRS.contains(&name) && fits(v, MAX_HINT_VALUE) {
            hints.push_str(v);
            hints.push(' ');
        }
        if !fits(&hints, MAX_HINTS) {
            break;
        }
    }
    if let Some(label) = a.aria_label.filter(|v| fits(v, MAX_HINT_VALUE)) {
        hints.push_str(label);
        hints.push(' ');
    }
    let link = match tag.as_str() {
        "a" | "area" => crate::page::link_destination(a.href),
        "form" => crate::page::link_destination(a.action),
        _ => String::new(),
    };
    Node {
        link,
        tag,
        id: a.id.to_string(),
        class: a.class.to_string(),
        role: a.role.to_ascii_lowercase(),
        hints,
        text,
        flags,
        ..Node::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_hints_and_labels() {
        let n = element_node(
            "INPUT",
            [
                ("type", "Email"),
                ("placeholder", "Your address"),
                ("data-z", "x"),
                ("data-widget", "signup"),
                ("aria-label", "Newsletter"),
                ("style", "position: fixed"),
            ],
        );
        assert_eq!(n.tag, "input");
        assert!(n.flags.has(Flags::EMAIL_INPUT) && n.flags.has(Flags::FIXED));
        assert_eq!(n.text, "Your address");
        assert_eq!(n.hints, "widget signup z Newsletter ");
        let d = element_node("dialog", []);
        assert!(d.flags.has(Flags::HIDDEN));
        let d = element_node("dialog", [("open", "")]);
        assert!(!d.flags.has(Flags::HIDDEN));
    }

    #[test]
    fn limits_in_characters() {
        let label = "日".repeat(MAX_HINT_VALUE);
        let n = element_node("div", [("aria-label", label.as_str())]);
        assert_eq!(n.hints, format!("{label} "));
        let long = "日".repeat(MAX_HINT_VALUE + 1);
        let n = element_node("div", [("aria-label", long.as_str())]);
        assert_eq!(n.hints, "");
        let t = text_node("é".repeat(MAX_TEXT_PER_NODE + 5));
        assert_eq!(t.text.chars().count(), MAX_TEXT_PER_NODE);
    }

    #[test]
    fn own_marks_are_not_the_page() {
        let n = element_node("div", [("data-quietpage-hidden", "cookie"), ("data-x", "")]);
        assert_eq!(n.hints, "x ");
        assert!(is_own_element(
            "style",
            [("id", "quietpage-style")].into_iter()
        ));
        assert!(is_own_element(
            "div",
            [("data-quietpage-picker", "")].into_iter()
        ));
        assert!(!is_own_element(
            "div",
            [("id", "quietpage-style")].into_iter()
        ));
    }

    #[test]
    fn first_of_duplicate_attributes_wins() {
        let n = element_node("div", [("id", "a"), ("id", "b")]);
        assert_eq!(n.id, "a");
    }
}
