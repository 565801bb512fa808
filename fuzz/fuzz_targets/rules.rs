//! Arbitrary rules files, JSON and filter-list lines: import into a copy,
//! export, import again. A file that imports must round-trip losslessly.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quietpage::rules::RuleSet;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(r) = RuleSet::from_json(text) {
        let again = RuleSet::from_json(&r.to_json()).expect("export must import");
        assert_eq!(again, r, "round trip");
        let _ = r.resolve("https://news.example.com/a");
    }
    let base = RuleSet::default();
    if let Ok((r, _)) = base.with_filter_list(text) {
        let again = RuleSet::from_json(&r.to_json()).expect("export must import");
        assert_eq!(again, r, "round trip");
    }
});
