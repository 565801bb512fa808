//! Every page of the shared corpus (when it is beside the checkout, as on
//! the developers' machines and in CI) goes through the CLI's own path
//! without a panic, and nothing it hides is the article body or above it.
//! The pages stay where they are: nothing is copied into the project.

use quietpage::Engine;
use quietpage::native::{html, render};
use std::path::Path;

#[test]
fn no_panic_and_no_whole_page_hidden_on_any_corpus_page() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/pages");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("corpus not found at {}: skipped", dir.display());
        return;
    };
    let engine = Engine::new().unwrap();
    let mut pages = 0;
    for e in rd.flatten() {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".html") || name.ends_with(".expected.html") {
            continue;
        }
        let bytes = std::fs::read(&p).unwrap();
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned();
        let _ = html::saved_url(&head);
        let l = html::load(&bytes, "", None).unwrap_or_else(|e| panic!("{name}: {e}"));
        let v = engine.classify(&l.page, Default::default());
        let hidden: Vec<u32> = v.hidden.iter().map(|h| h.node).collect();
        let after = render::visible_text(&l.page, &hidden);
        let before = render::visible_text(&l.page, &[]);
        for h in &v.hidden {
            let tag = &l.page.node(h.node).tag;
            assert!(
                !matches!(tag.as_str(), "html" | "body" | "main"),
                "{name}: hid <{tag}>"
            );
        }
        // Most of the page's text survives: nags are a small part of it.
        assert!(
            after.len() * 2 >= before.len(),
            "{name}: {} of {} bytes of text left",
            after.len(),
            before.len()
        );
        pages += 1;
    }
    assert!(pages >= 150, "only {pages} corpus pages");
}
