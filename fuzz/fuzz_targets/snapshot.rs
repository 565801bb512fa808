//! Arbitrary snapshot messages, as the background receives them from any
//! page: decode, build the page, classify. Errors are fine; panics are not.
//! The streaming decoder (the background's) must accept exactly the objects
//! the two-step one accepts, and build the same page.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quietpage::Engine;
use quietpage::snapshot::{Snapshot, page_from_json};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new().expect("engine"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let two_step = Snapshot::from_json(text).and_then(Snapshot::into_page);
    let streamed = page_from_json(text);
    // (serde's derive also takes a struct written as an array; the message
    // is an object, and only objects are compared.)
    if text.trim_start().starts_with('{') {
        match (&two_step, &streamed) {
            (Ok(a), Ok(b)) => assert_eq!(Snapshot::from_page(a), Snapshot::from_page(b)),
            (Err(_), Err(_)) => {}
            (a, b) => panic!("decoders disagree: {:?} vs {:?}", a.as_ref().err(), b.as_ref().err()),
        }
    }
    if let Ok(page) = streamed {
        // A snapshot the decoder accepts is a well-formed arena.
        page.check().expect("arena invariant");
        let v = engine().classify(&page, Default::default());
        let _ = serde_json::to_string(&v);
    }
});
