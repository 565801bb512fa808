//! Huge and deep pages: no stack overflow, no panic, bounded work.

use quietpage::native::{html, render};
use quietpage::page::{NO_PARENT, PageBuilder, element, text};
use quietpage::{Category, Engine};

#[test]
fn ten_thousand_levels_deep_saved_page() {
    let depth = 10_000;
    let mut s = String::from("<html><body>");
    for _ in 0..depth {
        s.push_str("<div>");
    }
    s.push_str("Subscribe to our newsletter! Enter your email address.");
    for _ in 0..depth {
        s.push_str("</div>");
    }
    s.push_str("</body></html>");
    let l = html::load(s.as_bytes(), "https://deep.example/", None).unwrap();
    assert!(l.page.len() > depth, "{} nodes", l.page.len());
    l.page.check().unwrap();
    let v = Engine::new().unwrap().classify(&l.page, Default::default());
    // It is a nag, whatever its depth: exactly one block is hidden, the
    // newsletter box grown through its 10,000 bare wrappers to the first
    // one under body, and nothing at or above body.
    assert_eq!(v.hidden.len(), 1, "{:?}", v.hidden);
    let h = &v.hidden[0];
    assert_eq!(h.category, Some(Category::Newsletter));
    assert_eq!(h.selector, "html > body:nth-child(2) > div:nth-child(1)");
    assert_eq!(
        h.text,
        "Subscribe to our newsletter! Enter your email address."
    );
}

#[test]
fn deep_arena_page_built_directly() {
    // Deeper than any parser allows: the engine itself must not recurse.
    let mut b = PageBuilder::new();
    let mut parent = b.push(NO_PARENT, element("html")).unwrap();
    for _ in 0..200_000 {
        parent = b.push(parent, element("div")).unwrap();
    }
    b.push(parent, text("We use cookies. Accept all cookies"))
        .unwrap();
    let page = b.finish();
    page.check().unwrap();
    let v = Engine::new().unwrap().classify(&page, Default::default());
    // The banner is the only text: hidden once, as a cookie banner, by the
    // outermost wrapper below the root (never the root itself).
    assert_eq!(v.hidden.len(), 1, "{:?}", v.hidden);
    assert_eq!(v.hidden[0].category, Some(Category::Cookie));
    assert_eq!(v.hidden[0].node, 1);
    assert_eq!(v.hidden[0].text, "We use cookies. Accept all cookies");
}

#[test]
fn a_million_nodes() {
    let mut s = String::with_capacity(20_000_000);
    s.push_str("<html><body><article>");
    // 250,000 paragraphs × (p + text + b + text) ≈ 1,000,000 nodes.
    for i in 0..250_000 {
        s.push_str(&format!(
            "<p>Paragraph {i} of the endless article, <b>with</b> words.</p>"
        ));
    }
    s.push_str("</article><div class=\"newsletter\"><h3>Sign up for our newsletter</h3><input type=email></div></body></html>");
    let l = html::load(s.as_bytes(), "https://big.example/", None).unwrap();
    assert!(l.page.len() >= 1_000_000, "{} nodes", l.page.len());
    let v = Engine::new().unwrap().classify(&l.page, Default::default());
    assert_eq!(v.hidden.len(), 1, "{:?}", v.hidden);
    assert!(v.hidden[0].text.contains("Sign up for our newsletter"));
}

#[test]
fn fifty_megabytes_of_text_in_one_node() {
    let mut s = String::from("<html><body><p>");
    s.push_str(&"word ".repeat(10_000_000));
    s.push_str("</p></body></html>");
    let l = html::load(s.as_bytes(), "", None).unwrap();
    let v = Engine::new().unwrap().classify(&l.page, Default::default());
    assert!(v.hidden.is_empty(), "{:?}", v.hidden);
}

#[test]
fn page_of_nothing_but_nag_phrases_keeps_its_body() {
    let mut s = String::from("<html><body><main>");
    for _ in 0..2000 {
        s.push_str("<p>Subscribe now! We use cookies. Donate today. Sign in to continue. Turn on notifications.</p>");
    }
    s.push_str("</main></body></html>");
    let l = html::load(s.as_bytes(), "", None).unwrap();
    let v = Engine::new().unwrap().classify(&l.page, Default::default());
    for h in &v.hidden {
        let tag = l.page.node(h.node).tag.as_str();
        assert!(!matches!(tag, "html" | "body" | "main"), "hid <{tag}>");
    }
    // The page is all article as far as the reader can tell: every one of
    // its 2,000 paragraphs is still there.
    let hidden: Vec<u32> = v.hidden.iter().map(|h| h.node).collect();
    let left = render::visible_text(&l.page, &hidden);
    assert_eq!(left.matches("Turn on notifications.").count(), 2000);
}
