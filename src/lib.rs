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
//! - [`page`]: the arena tree both front ends build.
//! - [`text`]: the one normalisation used for patterns, page text and labels.
//! - [`patterns`] / [`matcher`]: phrase and hint data, compiled into one
//!   Aho–Corasick automaton.
//! - [`classify`]: evidence, the content guard, and the container choice.
//! - [`paywall`]: the page-level paywall finding.
//! - [`rules`]: per-site rules, JSON and filter-list import.
//! - [`snapshot`]: the message format of the content script.
//! - [`verdict`]: what the engine decided, serialisable.

pub mod category;
pub mod classify;
pub mod lang;
pub mod matcher;
pub mod page;
pub mod patterns;
pub mod paywall;
pub mod rules;
mod site;
pub mod snapshot;
pub mod text;
pub mod verdict;

#[cfg(not(target_arch = "wasm32"))]
pub mod native;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use category::Category;
pub use classify::Engine;
pub use page::{Page, PageBuilder};
pub use verdict::Verdict;
