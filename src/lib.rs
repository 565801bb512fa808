//! quietpage: find the nags around an article and hide them, keeping every
//! line of the article.
//!
//! The engine is pure Rust and runs in two places: compiled to WebAssembly
//! in the extension's background context, and natively in the `quietpage`
//! command-line tool. The pipeline is the same in both:
//!
//! ```text
//! snapshot (browser) ─┐
//!                     ├─> Page ─> classify ─> Verdict
//! saved HTML (native) ┘
//! ```
//!
//! The stages behind [`Engine::classify`] — text index, evidence (one
//! Aho–Corasick pass over the phrases of `patterns/*.txt`), the content
//! guard, the container choice, the paywall finding — are private; the
//! design is `docs/DESIGN.md` in the repository. The public face is what
//! the command-line tool, the WebAssembly face, the tests, benchmarks and
//! fuzz targets need:
//!
//! - [`Engine`] (built once; [`Engine::classify`] a [`Page`] under
//!   [`Settings`] into a [`Verdict`]) and [`Category`];
//! - [`page`]: the arena tree both front ends build ([`PageBuilder`]), its
//!   invariant kept behind methods and checked by [`Page::check`];
//! - [`snapshot`]: the content script's message format, decoded into a
//!   [`Page`];
//! - [`serial`]: the browser's own serialisation of a page with its side
//!   table (what the WebAssembly face classifies), decoded into a [`Page`];
//! - [`rules`]: per-site rules ([`RuleSet`]), JSON and filter-list import,
//!   site keys;
//! - [`verdict`]: what the engine decided, serialisable;
//! - `native` (not on wasm32): saved HTML into a [`Page`], visible text,
//!   the annotated page, the labelled evaluation and `explain`.
//!
//! ```
//! # #[cfg(not(target_arch = "wasm32"))] {
//! use quietpage::{Category, Engine, native::html};
//! let saved = br#"<html><body><article><p>The river rose two metres overnight,
//!   and the town spent the morning moving sandbags.</p></article>
//!   <div class="newsletter-box"><h3>Sign up for our newsletter</h3>
//!   <input type="email" placeholder="Email address"><button>Subscribe</button></div>
//!   </body></html>"#;
//! let loaded = html::load(saved, "https://example.com/", None).unwrap();
//! loaded.page.check().unwrap();
//! let verdict = Engine::new().unwrap().classify(&loaded.page, Default::default());
//! assert_eq!(verdict.hidden.len(), 1);
//! assert_eq!(verdict.hidden[0].category, Some(Category::Newsletter));
//! # }
//! ```

// The public face is what the command-line tool, the WebAssembly face,
// the tests, benchmarks and fuzz targets use; the stages behind it are
// private so that they can change without breaking anyone.
mod category;
// On wasm32 nothing reads the intermediate results kept for `explain`
// (native only); the native build still checks the module for dead code.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
mod classify;
mod hanzi;
mod json;
mod lang;
mod ld;
mod matcher;
mod node_rules;
pub mod page;
mod patterns;
mod paywall;
pub mod rules;
pub mod serial;
mod site;
pub mod snapshot;
mod sort;
mod text;
pub mod verdict;

#[cfg(not(target_arch = "wasm32"))]
pub mod native;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use category::{Category, UnknownCategory};
pub use classify::{Engine, Settings};
pub use matcher::MatcherError;
pub use page::{Page, PageBuilder};
pub use rules::RuleSet;
pub use verdict::Verdict;
