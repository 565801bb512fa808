//! Arbitrary bytes as a saved page: charset detection, HTML5 parsing,
//! classification and the visible text. Nothing may panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quietpage::Engine;
use quietpage::native::{html, render};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new().expect("engine"))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(l) = html::load(data, "", None) {
        // Whatever the bytes, the front end builds a well-formed arena.
        l.page.check().expect("arena invariant");
        let v = engine().classify(&l.page, Default::default());
        let hidden: Vec<u32> = v.hidden.iter().map(|h| h.node).collect();
        let _ = render::visible_text(&l.page, &hidden);
        let _ = render::annotate(&l.source, &v);
    }
});
