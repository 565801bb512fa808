//! The native front end: saved pages in, verdicts and reports out. Only
//! built for the command-line tool (not for wasm32).
//!
//! - [`charset`]: bytes → text (BOM, UTF-8, `<meta>`, then detection);
//! - [`html`]: HTML5 parsing into the [`crate::page::Page`] arena, with
//!   per-site rule selectors matched by a real CSS selector engine;
//! - [`render`]: the visible text after hiding, and the annotated page;
//! - [`eval`]: the label-driven evaluation;
//! - [`explain`]: why one snippet's block was or was not hidden;
//! - [`filters`]: the hidden blocks as filter-list lines, by stable selectors.

pub mod charset;
pub mod eval;
pub mod explain;
pub mod filters;
pub mod html;
pub mod render;
