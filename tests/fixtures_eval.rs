//! Every fixture page, judged by its label: every `hide` snippet gone, in
//! the labelled category; every `keep` snippet still visible; a trap page
//! (`trap-*`, no nag in it) hides nothing. Two sets: the pages written for
//! the tests (tests/fixtures), and the vendor pages (tests/fixtures/vendors:
//! the default markup and wording of widely deployed plugins and widgets,
//! in the languages they ship).

use quietpage::Engine;
use quietpage::native::eval::{eval_page, load_labels};
use std::path::{Path, PathBuf};

/// What judging one directory of labelled pages found.
struct Judged {
    labels: usize,
    hides: usize,
    keeps: usize,
    traps: usize,
    failures: Vec<String>,
}

fn fixtures(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(sub)
}

/// Every labelled page of `dir` (labels in `dir/labels`) against its label.
fn judge(dir: &Path) -> Judged {
    let labels = load_labels(&dir.join("labels")).expect("labels");
    let engine = Engine::new().unwrap();
    let mut j = Judged {
        labels: labels.len(),
        hides: 0,
        keeps: 0,
        traps: 0,
        failures: Vec::new(),
    };
    for label in &labels {
        let r = eval_page(&engine, None, dir, label);
        if let Some(e) = &r.error {
            j.failures.push(format!("{}: {e}", r.page));
        }
        if r.page.starts_with("trap-") {
            j.traps += 1;
            assert!(r.hide.is_empty(), "{}: a trap page labels a nag", r.page);
            if r.hidden_blocks > 0 {
                j.failures
                    .push(format!("{}: hid {} blocks", r.page, r.hidden_blocks));
            }
        }
        for h in &r.hide {
            j.hides += 1;
            if h.absent_before {
                j.failures.push(format!(
                    "{}: hide snippet not on the page at all: {}",
                    r.page, h.text
                ));
            } else if !h.caught {
                j.failures
                    .push(format!("{}: missed [{}] {}", r.page, h.category, h.text));
            } else if h.hidden_as != Some(h.category) {
                j.failures.push(format!(
                    "{}: [{}] hidden as {:?}: {}",
                    r.page, h.category, h.hidden_as, h.text
                ));
            }
        }
        j.keeps += r.keep_total;
        for d in &r.damaged {
            j.failures.push(format!("{}: DAMAGED {d}", r.page));
        }
    }
    j
}

fn assert_no_failures(j: &Judged) {
    assert!(
        j.failures.is_empty(),
        "{} failures:\n{}",
        j.failures.len(),
        j.failures.join("\n")
    );
}

#[test]
fn every_fixture_page_meets_its_label() {
    let j = judge(&fixtures("tests/fixtures"));
    assert!(j.labels >= 26, "only {} fixture labels", j.labels);
    assert!(
        j.hides >= 50 && j.keeps >= 150,
        "fixtures too thin: {} hide, {} keep",
        j.hides,
        j.keeps
    );
    assert_no_failures(&j);
}

#[test]
fn every_vendor_page_meets_its_label() {
    let j = judge(&fixtures("tests/fixtures/vendors"));
    assert!(j.labels >= 90, "only {} vendor labels", j.labels);
    assert!(
        j.hides >= 150 && j.keeps >= 500 && j.traps >= 3,
        "vendor fixtures too thin: {} hide, {} keep, {} traps",
        j.hides,
        j.keeps,
        j.traps
    );
    assert_no_failures(&j);
}

#[test]
fn trap_pages_hide_nothing() {
    let dir = fixtures("tests/fixtures");
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
