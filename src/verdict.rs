//! What the engine decided about a page: serialisable, explainable.

use crate::category::Category;
use crate::json::Writer;
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
    /// A part of a hidden compound box that asks for another category
    /// (`classify::parts`): inside a block hidden already.
    Part,
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

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::Engine => "engine",
            Source::Rule => "rule",
            Source::Backdrop => "backdrop",
            Source::Part => "part",
        }
    }
}

impl Verdict {
    /// The verdict as compact JSON: the bytes `serde_json::to_string`
    /// writes for it, without its serializer (`src/json.rs` says why).
    pub fn to_json(&self) -> String {
        let mut w = Writer::new(false);
        w.object().key("url").str(&self.url).key("hidden").list();
        for h in &self.hidden {
            w.item().object().key("node").int(h.node).key("category");
            match h.category {
                Some(c) => w.str(c.as_str()),
                None => w.null(),
            };
            w.key("selector").str(&h.selector);
            w.key("score").f32(h.score);
            w.key("evidence").strs(&h.evidence);
            w.key("text").str(&h.text);
            w.key("excerpt").str(&h.excerpt);
            w.key("source").str(h.source.as_str());
            w.end_object();
        }
        w.end_list().key("paywall").object();
        w.key("gate").bool(self.paywall.gate);
        w.key("evidence").strs(&self.paywall.evidence);
        w.end_object().key("lang").str(&self.lang).key("article");
        match &self.article {
            Some(a) => w.str(a),
            None => w.null(),
        };
        w.key("disabled").bool(self.disabled).end_object();
        w.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_what_serde_json_writes() {
        let mut v = Verdict {
            url: "https://e.com/?q=\"x\"".into(),
            lang: "de".into(),
            ..Verdict::default()
        };
        assert_eq!(v.to_json(), serde_json::to_string(&v).unwrap());
        v.article = Some("html > body > main:nth-child(2)".into());
        v.disabled = true;
        v.paywall = PaywallFinding {
            gate: true,
            evidence: vec!["JSON-LD isAccessibleForFree=false".into(), "b\nc".into()],
        };
        for (i, (category, source, score)) in [
            (Some(Category::AppBanner), Source::Engine, 3.25f32),
            (None, Source::Rule, 0.0),
            (Some(Category::Cookie), Source::Backdrop, 1e-7),
            (Some(Category::AdblockWall), Source::Engine, f32::NAN),
        ]
        .into_iter()
        .enumerate()
        {
            v.hidden.push(Hidden {
                node: 7 + i as u32 * 1000,
                category,
                selector: format!("div:nth-child({i})"),
                score,
                evidence: vec![format!("phrase {:?} (en)", "sign\tup"); i],
                text: "Sign up \u{1}“now”".into(),
                excerpt: String::new(),
                source,
            });
        }
        assert_eq!(v.to_json(), serde_json::to_string(&v).unwrap());
    }
}
