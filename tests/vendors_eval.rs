//! Every vendor fixture page (tests/fixtures/vendors: the default markup
//! and wording of widely deployed plugins and widgets, in the languages
//! they ship) judged by its label, and the trap pages there hide nothing.

use quietpage::Engine;
use quietpage::native::eval::{eval_page, load_labels};
use std::path::Path;

#[test]
fn every_vendor_page_meets_its_label() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vendors");
    let labels = load_labels(&dir.join("labels")).expect("labels");
    assert!(labels.len() >= 90, "only {} vendor labels", labels.len());
    let engine = Engine::new().unwrap();
    let mut failures = Vec::new();
    let (mut hides, mut keeps, mut traps) = (0, 0, 0);
    for label in &labels {
        let r = eval_page(&engine, None, &dir, label);
        if let Some(e) = &r.error {
            failures.push(format!("{}: {e}", r.page));
        }
        if r.page.starts_with("trap-") {
            traps += 1;
            assert!(r.hide.is_empty(), "{}: a trap page labels a nag", r.page);
            if r.hidden_blocks > 0 {
                failures.push(format!("{}: hid {} blocks", r.page, r.hidden_blocks));
            }
        }
        for h in &r.hide {
            hides += 1;
            if h.absent_before {
                failures.push(format!("{}: not on the page: {}", r.page, h.text));
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
        hides >= 150 && keeps >= 500 && traps >= 3,
        "vendor fixtures too thin: {hides} hide, {keeps} keep, {traps} traps"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
