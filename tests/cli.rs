//! The `quietpage` binary as a process: output formats, subcommands, and
//! one-line errors with a non-zero exit on bad input.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn qp() -> Command {
    Command::cargo_bin("quietpage").unwrap()
}

fn json_of(args: &[&str]) -> serde_json::Value {
    let out = qp().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("exactly one JSON object")
}

#[test]
fn scan_json_has_the_fields_other_tools_read() {
    let seed = fixture("seed-independent.html");
    let v = json_of(&[
        "scan",
        seed.to_str().unwrap(),
        "--url",
        "https://www.independent.co.uk/x",
        "--format",
        "json",
    ]);
    assert_eq!(v["url"], "https://www.independent.co.uk/x");
    let hidden = v["hidden"].as_array().unwrap();
    let cats: Vec<&str> = hidden
        .iter()
        .map(|h| h["category"].as_str().unwrap())
        .collect();
    for c in ["notification", "donation", "login"] {
        assert!(cats.contains(&c), "{cats:?}");
    }
    for h in hidden {
        assert!(h["selector"].as_str().unwrap().len() > 1);
        assert!(h["score"].is_number());
        assert!(!h["evidence"].as_array().unwrap().is_empty());
        // `text` is the whole block, `excerpt` its short form (a prefix).
        let text = h["text"].as_str().unwrap();
        let excerpt = h["excerpt"].as_str().unwrap();
        assert!(excerpt.chars().count() <= 160, "{excerpt}");
        assert!(
            text.starts_with(excerpt.trim_end_matches('…')),
            "{excerpt} / {text}"
        );
    }
    // The donation box is longer than an excerpt: its whole text is there.
    let donation = hidden.iter().find(|h| h["category"] == "donation").unwrap();
    let whole = donation["text"].as_str().unwrap();
    assert!(whole.chars().count() > 160, "{whole}");
    assert!(donation["excerpt"].as_str().unwrap().ends_with('…'));
    assert!(v["paywall"]["gate"].is_boolean());
    assert!(v["paywall"]["evidence"].is_array());
    let text = v["visible_text"].as_str().unwrap();
    assert!(text.contains("A top Russian defense official has attended"));
    assert!(
        text.contains("By Mara Ellison")
            || text.contains("Via AP")
            || text.contains("Mara Ellison")
    );
    assert!(!text.contains("Your support helps us to tell the story"));
    assert!(!text.contains("Notifications can be managed"));
    assert!(!text.contains("Thank you for registering"));
}

#[test]
fn scan_reports_the_paywall_gate_from_json_ld() {
    let v = json_of(&[
        "scan",
        fixture("paywall-meter.html").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(v["paywall"]["gate"], true);
    assert!(
        v["paywall"]["evidence"][0]
            .as_str()
            .unwrap()
            .contains("isAccessibleForFree")
    );
}

#[test]
fn scan_text_and_html_formats() {
    let seed = fixture("seed-independent.html");
    let out = qp()
        .args(["scan", seed.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("donation ask"), "{text}");
    assert!(text.contains("your support helps us"), "{text}");
    assert!(!text.contains("\x1b["), "no colour when not a terminal");
    let out = qp()
        .args(["scan", seed.to_str().unwrap(), "--format", "html"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("quietpage-annotations") && html.contains("outline:3px dashed"));
    assert!(html.contains("quietpage #1: "));
}

#[test]
fn eval_on_the_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let v = json_of(&[
        "eval",
        "--pages",
        dir.to_str().unwrap(),
        "--labels",
        dir.join("labels").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(v["pages"].as_u64().unwrap() >= 26);
    assert_eq!(v["keep_damaged"], 0);
    assert_eq!(v["total"]["labelled"], v["total"]["caught"]);
    let out = qp()
        .args([
            "eval",
            "--pages",
            dir.to_str().unwrap(),
            "--labels",
            dir.join("labels").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("newsletter") && text.contains("recall") && text.contains("damaged"),
        "{text}"
    );
}

#[test]
fn explain_says_why() {
    let seed = fixture("seed-independent.html");
    let out = qp()
        .args([
            "explain",
            seed.to_str().unwrap(),
            "--text",
            "Your donation allows us",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("HIDDEN as donation"), "{text}");
    let out = qp()
        .args([
            "explain",
            seed.to_str().unwrap(),
            "--text",
            "Sergei Shoigu, secretary",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("NOT hidden"), "{text}");
    assert!(text.contains("protected"), "{text}");
}

#[test]
fn rules_file_hides_keeps_and_switches_off() {
    let tmp = tempfile::tempdir().unwrap();
    let page = fixture("trap-nav-only.html");
    let rules = tmp.path().join("rules.json");
    std::fs::write(
        &rules,
        r##"{"version":1,"sites":{"example-daily.com":{"hide":[".related"]}}}"##,
    )
    .unwrap();
    let v = json_of(&[
        "scan",
        page.to_str().unwrap(),
        "--url",
        "https://www.example-daily.com/a",
        "--rules",
        rules.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(v["hidden"][0]["source"], "rule");
    assert!(
        !v["visible_text"]
            .as_str()
            .unwrap()
            .contains("Council approves new ferry timetable")
    );
    // The same rule as a filter-list line.
    let list = tmp.path().join("rules.txt");
    std::fs::write(&list, "! my rules\nexample-daily.com##.related\n").unwrap();
    let v = json_of(&[
        "scan",
        page.to_str().unwrap(),
        "--url",
        "https://example-daily.com/",
        "--rules",
        list.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(v["hidden"].as_array().unwrap().len(), 1);
    // The seed page under one rules file at a time.
    let seed_with = |rules_json: &str| {
        std::fs::write(&rules, rules_json).unwrap();
        json_of(&[
            "scan",
            fixture("seed-independent.html").to_str().unwrap(),
            "--url",
            "https://www.independent.co.uk/x",
            "--rules",
            rules.to_str().unwrap(),
            "--format",
            "json",
        ])
    };
    // Site off: nothing hidden on a page full of nags.
    let v = seed_with(r#"{"version":1,"sites":{"independent.co.uk":{"enabled":false}}}"#);
    assert!(v["hidden"].as_array().unwrap().is_empty());
    // Category off.
    let v = seed_with(
        r#"{"version":1,"sites":{"independent.co.uk":{"categories":{"donation":false}}}}"#,
    );
    let cats: Vec<&str> = v["hidden"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["category"].as_str().unwrap())
        .collect();
    assert!(
        !cats.contains(&"donation") && cats.contains(&"login"),
        "{cats:?}"
    );
    // Keep rule: never hide the donation box.
    let v = seed_with(r#"{"version":1,"sites":{"independent.co.uk":{"keep":["h3"]}}}"#);
    assert!(
        v["visible_text"]
            .as_str()
            .unwrap()
            .contains("Your support helps us to tell the story")
    );
}

fn fails_with(args: &[&str], needle: &str) {
    let out = qp().args(args).output().unwrap();
    assert!(!out.status.success(), "{args:?} succeeded");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "{err:?} lacks {needle:?}");
    assert!(!err.contains("panicked"));
}

#[test]
fn bad_input_gets_one_line_and_a_non_zero_exit() {
    let tmp = tempfile::tempdir().unwrap();
    let seed = fixture("seed-independent.html");
    let seed = seed.to_str().unwrap();
    fails_with(
        &["scan", "/no/such/page.html"],
        "cannot read /no/such/page.html",
    );
    let txt = tmp.path().join("notes.txt");
    std::fs::write(&txt, "just words, no markup at all").unwrap();
    fails_with(&["scan", txt.to_str().unwrap()], "no markup");
    let bin = tmp.path().join("x.bin");
    std::fs::write(&bin, [0u8, 159, 146, 150, 60, 0, 1]).unwrap();
    fails_with(&["scan", bin.to_str().unwrap()], "binary");
    let rules = tmp.path().join("r.json");
    std::fs::write(
        &rules,
        "{\n\"version\": 1,\n\"sites\": {\"a.com\": {\"hide\": [\".x\",]}}\n}",
    )
    .unwrap();
    fails_with(
        &["scan", seed, "--rules", rules.to_str().unwrap()],
        "line 3",
    );
    std::fs::write(
        &rules,
        "{\"version\":1,\"sites\":{\"a.com\":{\"categories\":{\"popups\":true}}}}",
    )
    .unwrap();
    fails_with(
        &["scan", seed, "--rules", rules.to_str().unwrap()],
        "unknown variant",
    );
    fails_with(
        &["scan", seed, "--rules", "/no/rules.json"],
        "cannot read rules file",
    );
    let list = tmp.path().join("l.txt");
    std::fs::write(&list, "a.com##.ok\nb.com##div[unclosed\n").unwrap();
    fails_with(&["scan", seed, "--rules", list.to_str().unwrap()], "line 2");
    fails_with(
        &["eval", "--pages", "/no/pages", "--labels", "/no/labels"],
        "does not exist",
    );
}

#[test]
fn snapshot_subcommand_prints_the_contract_format() {
    let v = json_of(&[
        "snapshot",
        fixture("seed-independent.html").to_str().unwrap(),
        "--url",
        "https://x.example/",
    ]);
    assert_eq!(v["v"], 1);
    assert_eq!(v["nodes"][0]["p"], -1);
    assert_eq!(v["nodes"][0]["t"], "html");
}
