//! Huge and deep pages: no stack overflow, no panic, bounded work.

use quietpage::Engine;
use quietpage::native::html;
use quietpage::page::{NO_PARENT, PageBuilder, element, text};

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
    let v = Engine::new().unwrap().classify(&l.page, Default::default());
    // It is a nag, whatever its depth; and no ancestor of body is hidden.
    assert!(v.hidden.iter().all(|h| !h.selector.is_empty()));
    assert!(l.page.len() > 1000);
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
    let v = Engine::new().unwrap().classify(&page, Default::default());
    assert!(v.hidden.len() <= 1);
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
    assert!(v.hidden.is_empty());
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
}
