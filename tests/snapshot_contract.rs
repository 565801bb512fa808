//! The snapshot contract, Rust side. `tests/contract/example.snapshot.json`
//! is what the native front end makes of `example.html`; the browser test
//! (`tests/browser/contract.test.mjs`) checks that the content script makes
//! exactly the same JSON of the same page. Here: the file decodes, carries
//! the documented facts, and classifies the same as the parsed page.

use quietpage::Engine;
use quietpage::native::html;
use quietpage::page::Flags;
use quietpage::snapshot::Snapshot;
use std::path::Path;

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/contract")
}

#[test]
fn example_snapshot_is_what_the_native_front_end_makes() {
    let html_bytes = std::fs::read(dir().join("example.html")).unwrap();
    let loaded = html::load(&html_bytes, "https://contract.example/", None).unwrap();
    let ours = Snapshot::from_page(&loaded.page);
    let file: Snapshot = serde_json::from_str(
        &std::fs::read_to_string(dir().join("example.snapshot.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        ours, file,
        "regenerate with: quietpage snapshot tests/contract/example.html --url https://contract.example/"
    );
}

#[test]
fn example_snapshot_carries_the_documented_facts() {
    let src = std::fs::read_to_string(dir().join("example.snapshot.json")).unwrap();
    let page = Snapshot::from_json(&src).unwrap().into_page().unwrap();
    let promo = page.nodes().iter().find(|n| n.id == "promo").unwrap();
    assert!(promo.flags.has(Flags::FIXED));
    assert_eq!(promo.class, "newsletter-box");
    assert!(promo.hints.contains("signup") && promo.hints.contains("Newsletter sign-up"));
    let email = page
        .nodes()
        .iter()
        .find(|n| n.tag == "input" && n.flags.has(Flags::EMAIL_INPUT))
        .unwrap();
    assert_eq!(email.text, "Email address");
    assert!(
        page.nodes()
            .iter()
            .any(|n| n.tag == "input" && n.text == "Subscribe")
    );
    assert!(
        page.nodes()
            .iter()
            .any(|n| n.flags.has(Flags::ARTICLE_BODY))
    );
    assert!(
        page.nodes()
            .iter()
            .any(|n| n.flags.has(Flags::ARIA_MODAL) && n.role == "dialog")
    );
    assert_eq!(
        page.nodes()
            .iter()
            .filter(|n| n.flags.has(Flags::HIDDEN))
            .count(),
        5 // hidden, display: none, visibility: hidden, input type=hidden, closed dialog
    );
    assert!(
        !page
            .nodes()
            .iter()
            .any(|n| n.text.contains("No script text") || n.text.contains("p { margin"))
    );
    assert_eq!(page.json_ld.len(), 1);
    // Link destinations: absolute links and form actions, and a link
    // within the site as its path.
    let links: Vec<&str> = page
        .nodes()
        .iter()
        .filter(|n| !n.link.is_empty())
        .map(|n| n.link.as_str())
        .collect();
    assert_eq!(
        links,
        [
            "paypal.com/donate?x=1",
            "/spenden",
            "play.google.com/store/apps",
            "a.b/",
            "x.us1.list-manage.com/subscribe/post?u=1"
        ]
    );
}

/// The cases where the two languages drifted before: limits counted in
/// characters (not bytes, not UTF-16 units), non-ASCII text, every flag.
#[test]
fn example_snapshot_counts_characters_and_carries_every_flag() {
    let src = std::fs::read_to_string(dir().join("example.snapshot.json")).unwrap();
    let page = Snapshot::from_json(&src).unwrap().into_page().unwrap();
    page.check().unwrap();
    let by_id = |id: &str| page.nodes().iter().find(|n| n.id == id).unwrap();
    let text_of = |id: &str| {
        let i = page.nodes().iter().position(|n| n.id == id).unwrap();
        page.nodes()[i + 1].text.clone()
    };
    // 26 characters, 78 bytes: kept (bytes would have dropped it).
    let ja = "ニュースレターに登録して毎週の最新ニュースを受け取る";
    assert_eq!(ja.chars().count(), 26);
    assert_eq!(by_id("ja").hints, format!("widget ニュースレター {ja} "));
    // 40 emoji, 80 UTF-16 units, and a 33-emoji widget value: both kept
    // (UTF-16 units would have dropped both).
    let emoji = &by_id("emoji").hints;
    assert!(emoji.starts_with(&format!("type {} ", "📰".repeat(33))));
    assert!(emoji.ends_with(&format!(" {} ", "📰".repeat(40))));
    assert_eq!(by_id("ascii64").hints, format!("{} ", "x".repeat(64)));
    assert_eq!(by_id("ascii65").hints, "");
    // A text node is cut at 20,000 characters: the emoji that is the
    // 20,000th stays whole, what follows goes.
    let long = text_of("long");
    assert_eq!(long.chars().count(), 20_000);
    assert!(long.ends_with("a😀"));
    assert_eq!(text_of("nbsp"), "\u{a0}");
    assert!(text_of("accents").starts_with("Ünïcödé — « guillemets »"));
    assert!(by_id("sticky").flags.has(Flags::STICKY));
    assert!(by_id("invisible").flags.has(Flags::HIDDEN));
    assert!(by_id("aria-hidden").flags.has(Flags::ARIA_HIDDEN));
    let inputs: Vec<_> = page.nodes().iter().filter(|n| n.tag == "input").collect();
    let flagged = |f: u32| inputs.iter().filter(|n| n.flags.has(f)).count();
    assert_eq!(flagged(Flags::PASSWORD_INPUT), 1);
    assert_eq!(flagged(Flags::EMAIL_INPUT), 2); // type=email, name=user_mail
    assert!(inputs.iter().any(|n| n.text == "Jetzt abonnieren"));
    let dialogs: Vec<_> = page.nodes().iter().filter(|n| n.tag == "dialog").collect();
    assert_eq!(dialogs.len(), 2);
    assert!(dialogs[0].flags.has(Flags::HIDDEN) && !dialogs[1].flags.has(Flags::HIDDEN));
    assert_eq!(
        page.nodes()
            .iter()
            .filter(|n| n.flags.has(Flags::ARTICLE_BODY))
            .count(),
        2
    );
}

#[test]
fn snapshot_and_saved_page_get_the_same_verdict() {
    let engine = Engine::new().unwrap();
    for entry in
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")).unwrap()
    {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let loaded =
            html::load(&std::fs::read(&path).unwrap(), "https://example.com/", None).unwrap();
        let json = serde_json::to_string(&Snapshot::from_page(&loaded.page)).unwrap();
        let via_snapshot = Snapshot::from_json(&json).unwrap().into_page().unwrap();
        loaded.page.check().unwrap();
        via_snapshot.check().unwrap();
        let a = engine.classify(&loaded.page, Default::default());
        let b = engine.classify(&via_snapshot, Default::default());
        assert_eq!(a, b, "{}", path.display());
    }
}
