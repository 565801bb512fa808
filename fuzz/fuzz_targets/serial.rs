//! Arbitrary serialisations and side tables, as the background receives
//! them from any page: tokenise, build the page, classify. Errors are fine;
//! panics, unbounded work and malformed arenas are not. Every element's
//! path resolves back to it.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quietpage::Engine;
use quietpage::serial::{ElementIndex, Side, page_from_message, page_from_serial};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new().expect("engine"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // A first line of numbers is a side table: the context's indices, then
    // after a ';' the flat facts.
    let (side, html) = match text.split_once('\n') {
        Some((first, rest)) if first.starts_with('#') => {
            let (ctx, facts) = first[1..].split_once(';').unwrap_or((&first[1..], ""));
            let nums = |s: &str| s.split(',').filter_map(|n| n.trim().parse::<i64>().ok()).collect::<Vec<_>>();
            let context = nums(ctx).into_iter().map(|n| n as u32).collect();
            let facts: Vec<i32> = nums(facts).into_iter().map(|n| n as i32).collect();
            (Side::from_flat("https://fuzz.example/".into(), context, &facts).ok(), rest)
        }
        _ => (None, text),
    };
    let built = match &side {
        Some(s) => page_from_message(html, s),
        None => page_from_serial(html, "https://fuzz.example/"),
    };
    let Ok(page) = built else { return };
    page.check().expect("arena invariant");
    let context = side.as_ref().map_or(&[][..], |s| &s.context[..]);
    let index = ElementIndex::of(&page);
    for (id, n) in page.nodes().iter().enumerate().take(2000) {
        if n.is_element() && page.node(0).is_element() && page.contains(0, id as u32) {
            let path = index.path(&page, id as u32, context);
            if context.is_empty() {
                assert_eq!(index.resolve(&page, &path, context), Some(id as u32), "{path:?}");
            }
        }
    }
    let v = engine().classify(&page, Default::default());
    let _ = serde_json::to_string(&v);
});
