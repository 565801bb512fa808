//! What the engine decided about a page: serialisable, explainable.

use crate::category::Category;
use serde::{Deserialize, Serialize};

/// Why a block was hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The classifier's own decision.
    Engine,
    /// A per-site hide rule.
    Rule,
    /// The backdrop of a hidden overlay.
    Backdrop,
}

/// One hidden block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hidden {
    /// Node index in the page (the snapshot index in the browser).
    pub node: u32,
    /// `None` only for rule-hidden blocks without nag wording.
    pub category: Option<Category>,
    /// A CSS path that selects the block.
    pub selector: String,
    pub score: f32,
    /// Human-readable evidence, strongest first: `phrase "..." (en)`,
    /// `hint .newsletter`, `form with email field`, ...
    pub evidence: Vec<String>,
    /// The block's whole visible text, whitespace collapsed (at most
    /// `BLOCK_TEXT_MAX_CHARS` in `src/classify/tables.rs`): what tools that
    /// score categories compare.
    pub text: String,
    /// The short form a reader is shown in the popup.
    pub excerpt: String,
    pub source: Source,
}

/// The page-level paywall finding. A gate is reported, never removed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PaywallFinding {
    pub gate: bool,
    pub evidence: Vec<String>,
}

/// Everything the engine says about a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub url: String,
    pub hidden: Vec<Hidden>,
    pub paywall: PaywallFinding,
    /// Page language from markup, if given.
    pub lang: String,
    /// CSS path of the detected article body.
    pub article: Option<String>,
    /// The site switch is off: nothing was hidden on purpose.
    pub disabled: bool,
}
