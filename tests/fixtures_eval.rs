//! Every fixture page, judged by its label: every `hide` snippet gone, in
//! the labelled category; every `keep` snippet still visible.

use quietpage::Engine;
use quietpage::native::eval::{eval_page, load_labels};
use std::path::Path;

#[test]
fn every_fixture_page_meets_its_label() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let labels = load_labels(&dir.join("labels")).expect("labels");
    assert!(labels.len() >= 26, "only {} fixture labels", labels.len());
    let engine = Engine::new().unwrap();
    let mut failures = Vec::new();
    let (mut hides, mut keeps) = (0, 0);
    for label in &labels {
        let r = eval_page(&engine, None, &dir, label);
        if let Some(e) = &r.error {
            failures.push(format!("{}: {e}", r.page));
        }
        for h in &r.hide {
            hides += 1;
            if h.absent_before {
                failures.push(format!(
                    "{}: hide snippet not on the page at all: {}",
                    r.page, h.text
                ));
            } else if !h.caught {
                failures.push(format!("{}: missed [{}] {}", r.page, h.category, h.text));
            } else if h.hidden_as != Some(h.category) {
                failures.push(format!(
                    "{}: [{}] hidden as {:?}: {}",
                    r.page, h.category, h.hidden_as, h.text
                ));
            }
        }
        keeps += r.keep_total;
        for d in &r.damaged {
            failures.push(format!("{}: DAMAGED {d}", r.page));
        }
    }
    assert!(
        hides >= 50 && keeps >= 150,
        "fixtures too thin: {hides} hide, {keeps} keep"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn trap_pages_hide_nothing() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let engine = Engine::new().unwrap();
    for name in [
        "trap-charity.html",
        "trap-tech.html",
        "trap-nav-only.html",
        "trap-de.html",
    ] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let l = quietpage::native::html::load(&bytes, "https://example.com/", None).unwrap();
        let v = engine.classify(&l.page, Default::default());
        assert!(
            v.hidden.is_empty(),
            "{name}: hid {:?}",
            v.hidden.iter().map(|h| &h.text).collect::<Vec<_>>()
        );
        assert!(v.article.is_some(), "{name}: no article found");
    }
}
