//! `quietpage scan --format filters`, natively, on every fixture: each
//! line is `site##selector` for the page's site; read back as hide rules
//! with every engine category off, the lines hide exactly the blocks the
//! engine hid (the native selector engine matches what the exporter wrote);
//! and a block is named by its position only when nothing else is unique.
//! (tests/browser/filters.test.mjs makes the same round trip through the
//! extension's own importer.)

use assert_cmd::Command;
use std::path::Path;

const URL: &str = "https://www.example.com/story";
const CATEGORIES: [&str; 8] = [
    "donation",
    "notification",
    "login",
    "paywall",
    "newsletter",
    "cookie",
    "app-banner",
    "adblock-wall",
];

fn run(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("quietpage")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn hidden_selectors(page: &str, rules: Option<&str>) -> Vec<String> {
    let mut args = vec!["scan", page, "--url", URL, "--format", "json"];
    if let Some(r) = rules {
        args.extend(["--rules", r]);
    }
    let v: serde_json::Value = serde_json::from_slice(&run(&args)).unwrap();
    // The boxes: a part of a compound box is inside its box.
    let mut s: Vec<String> = v["hidden"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["source"] != "part")
        .map(|h| h["selector"].as_str().unwrap().to_string())
        .collect();
    s.sort();
    s
}

#[test]
fn exported_lines_hide_the_same_blocks_on_every_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let tmp = tempfile::tempdir().unwrap();
    let (mut named, mut by_position) = (0, 0);
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let page = path.to_str().unwrap();
        let engine = hidden_selectors(page, None);
        let out =
            String::from_utf8(run(&["scan", page, "--url", URL, "--format", "filters"])).unwrap();
        let mut selectors = Vec::new();
        for line in out.lines().filter(|l| !l.starts_with('!')) {
            let (site, sel) = line.split_once("##").expect("site##selector");
            assert_eq!(site, "example.com", "{line}");
            if sel.contains(":nth-child") {
                by_position += 1;
            } else {
                named += 1;
            }
            selectors.push(sel.to_string());
        }
        // A block only a position names says so in the comment before it.
        let fragile = out.lines().filter(|l| l.contains("by position")).count();
        assert_eq!(
            fragile,
            selectors
                .iter()
                .filter(|s| s.contains(":nth-child"))
                .count(),
            "{out}"
        );
        // The lines alone: every category off.
        let defaults: serde_json::Map<String, serde_json::Value> = CATEGORIES
            .iter()
            .map(|c| (c.to_string(), serde_json::Value::Bool(false)))
            .collect();
        let rules = serde_json::json!({"version": 1, "defaults": defaults, "sites": {"example.com": {"hide": selectors}}});
        let file = tmp.path().join("rules.json");
        std::fs::write(&file, rules.to_string()).unwrap();
        let off = serde_json::json!({"version": 1, "defaults": defaults, "sites": {}});
        let off_file = tmp.path().join("off.json");
        std::fs::write(&off_file, off.to_string()).unwrap();
        assert!(
            hidden_selectors(page, Some(off_file.to_str().unwrap())).is_empty(),
            "{page}: categories off hide nothing"
        );
        assert_eq!(
            hidden_selectors(page, Some(file.to_str().unwrap())),
            engine,
            "{page}: the exported lines hide what the engine hid\n{out}"
        );
        pages += 1;
    }
    assert!(pages >= 30, "{pages} fixtures");
    // Most fixture blocks have a name of their own (figures in the README).
    assert!(
        named > 3 * by_position,
        "{named} named, {by_position} by position"
    );
}
