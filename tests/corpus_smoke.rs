//! Every page of the shared corpus (when it is beside the checkout, as on
//! the developers' machines and in CI) goes through the CLI's own path
//! without a panic, and nothing it hides is the article body or above it.
//! The pages stay where they are: nothing is copied into the project.
//!
//! Without the corpus there is nothing to check, and the test says so on
//! stderr in a line nobody can miss; with `QUIETPAGE_REQUIRE_CORPUS=1` (set
//! it where the corpus must be, as `.ci/run` does) a missing corpus fails.

use quietpage::Engine;
use quietpage::native::{html, render};
use std::io::Write;
use std::path::{Path, PathBuf};

#[test]
fn no_panic_and_no_whole_page_hidden_on_any_corpus_page() {
    // `QUIETPAGE_PAGES` names another folder of pages (as for `make bench`).
    let dir = std::env::var_os("QUIETPAGE_PAGES").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/pages"),
        PathBuf::from,
    );
    let Ok(rd) = std::fs::read_dir(&dir) else {
        let required = std::env::var("QUIETPAGE_REQUIRE_CORPUS").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "QUIETPAGE_REQUIRE_CORPUS=1 but no corpus at {}",
            dir.display()
        );
        // Straight to stderr: the test harness would swallow `eprintln!` of
        // a passing test, and this must be seen.
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED corpus_smoke: no corpus at {} — NOTHING WAS CHECKED (QUIETPAGE_REQUIRE_CORPUS=1 makes this a failure) ***\n",
            dir.display()
        );
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
        l.page
            .check()
            .unwrap_or_else(|e| panic!("{name}: arena: {e}"));
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
