//! Arbitrary snapshot messages, as the background receives them from any
//! page: decode, build the page, classify. Errors are fine; panics are not.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quietpage::Engine;
use quietpage::snapshot::Snapshot;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new().expect("engine"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(page) = Snapshot::from_json(text).and_then(Snapshot::into_page) {
        let v = engine().classify(&page, Default::default());
        let _ = serde_json::to_string(&v);
    }
});
