//! classify: Page → Verdict. Pure Rust, no I/O, no browser types.
//!
//! The stages, each in its own module:
//! - [`index`]: visible text as one normalised string with provenance;
//! - [`evidence`]: phrase hits (one automaton pass), hints, subtree sums;
//! - [`guard`]: the article body and what may never be hidden;
//! - [`choose`]: seeds, container growth, merging, backdrops;
//! - [`purpose`]: each chosen box's category re-read from what it asks;
//! - [`parts`]: compound boxes (plans beside an account form) split into
//!   parts of their own categories.
//!
//! [`Analysis`] keeps every intermediate result so that `explain` can say
//! why a node was or was not hidden.

pub mod choose;
pub mod evidence;
pub mod guard;
pub mod index;
pub mod parts;
pub mod price;
pub mod purpose;
pub mod tables;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
pub mod words;

use crate::category::Category;
use crate::matcher::{Matcher, MatcherError};
use crate::page::{NodeId, Page};
use crate::patterns::PatternFiles;
use crate::paywall;
use crate::text::normalize;
use crate::verdict::{Hidden, PaywallFinding, Source, Verdict};
use choose::{Choice, ChooseInput, Why};
use evidence::Evidence;
use guard::Guard;
use index::TextIndex;

/// What the site's rules allow the engine to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The site switch.
    pub enabled: bool,
    /// Per-category switches, indexed by [`Category::index`].
    pub categories: [bool; Category::COUNT],
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            enabled: true,
            categories: [true; Category::COUNT],
        }
    }
}

/// The engine: compiled matchers, built once, used for every page.
#[derive(Debug)]
pub struct Engine {
    pub(crate) matcher: Matcher,
    pub(crate) purpose: purpose::PurposeWords,
    pub(crate) words: words::Words,
}

/// All intermediate results of one classification.
pub struct Analysis<'p> {
    pub page: &'p Page,
    pub index: TextIndex,
    pub evidence: Evidence,
    pub guard: Guard,
    pub chosen: Vec<Choice>,
    /// Seeds before growth and merging.
    pub seeds: Vec<Choice>,
    pub settings: Settings,
}

impl Engine {
    /// The engine with the built-in phrases.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new() -> Result<Engine, MatcherError> {
        Self::from_files(&PatternFiles::builtin(), &[])
    }

    /// The engine with extra phrases (from per-site rules).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_extra_phrases(extra: &[(Category, String)]) -> Result<Engine, MatcherError> {
        Self::from_files(&PatternFiles::builtin(), extra)
    }

    /// The engine with the phrases of `files` plus `extra` ones.
    pub fn from_files(
        files: &PatternFiles,
        extra: &[(Category, String)],
    ) -> Result<Engine, MatcherError> {
        Ok(Engine {
            matcher: Matcher::from_files(files, extra)?,
            purpose: purpose::PurposeWords::from_files(files).map_err(MatcherError::Pattern)?,
            words: words::Words::from_files(files).map_err(MatcherError::Pattern)?,
        })
    }

    pub(crate) fn analyze<'p>(&self, page: &'p Page, settings: Settings) -> Analysis<'p> {
        let index = TextIndex::build(page);
        let evidence = Evidence::build(page, &index, &self.matcher, &self.words);
        let guard = Guard::build(page, &index, &evidence);
        let (mut chosen, seeds) = if settings.enabled {
            choose::choose(&ChooseInput {
                page,
                ev: &evidence,
                guard: &guard,
                visible: &index.visible,
                enabled: settings.categories,
            })
        } else {
            (Vec::new(), Vec::new())
        };
        let text = |id| excerpt(page, &index, id, tables::BLOCK_TEXT_MAX_CHARS);
        purpose::refine(
            &mut chosen,
            &evidence,
            &self.purpose,
            &settings.categories,
            text,
        );
        let mut parts = parts::split(&mut chosen, page, &evidence, &settings.categories);
        purpose::refine(
            &mut parts.parts,
            &evidence,
            &self.purpose,
            &settings.categories,
            text,
        );
        parts::join(&mut chosen, parts);
        Analysis {
            page,
            index,
            evidence,
            guard,
            chosen,
            seeds,
            settings,
        }
    }

    /// Classifies a page.
    pub fn classify(&self, page: &Page, settings: Settings) -> Verdict {
        let a = self.analyze(page, settings);
        a.verdict(self)
    }
}

impl Analysis<'_> {
    pub fn verdict(&self, engine: &Engine) -> Verdict {
        let page = self.page;
        // The page's ids, sorted: an id is unique when it is there once.
        let mut ids: Vec<&str> = page
            .nodes
            .iter()
            .map(|n| n.id.as_str())
            .filter(|id| !id.is_empty())
            .collect();
        crate::sort::sort_by(&mut ids, |a, b| a.cmp(b));
        let unique = |s: &str| {
            let from = ids.partition_point(|id| *id < s);
            ids[from..].iter().take_while(|id| **id == s).count() == 1
        };
        let mut paywall = PaywallFinding::default();
        paywall::from_json_ld(&page.json_ld, &mut paywall);
        let mut hidden = Vec::with_capacity(self.chosen.len());
        for c in &self.chosen {
            let text = self.excerpt(c.node, tables::BLOCK_TEXT_MAX_CHARS);
            if c.category == Some(Category::Paywall)
                && let Some(w) = paywall::is_gate_wording(&normalize(&text))
            {
                paywall.gate = true;
                let note = format!("subscription prompt says {w:?}");
                if !paywall.evidence.contains(&note) {
                    paywall.evidence.push(note);
                }
            }
            hidden.push(Hidden {
                node: c.node,
                category: c.category,
                selector: page.css_path_with(c.node, unique),
                score: (c.score * 10.0).round() / 10.0,
                evidence: self.evidence_of(engine, c),
                excerpt: shorten(&text, tables::EXCERPT_CHARS),
                text,
                source: match c.why {
                    Why::Rule => Source::Rule,
                    Why::Backdrop => Source::Backdrop,
                    Why::Part => Source::Part,
                    _ => Source::Engine,
                },
            });
        }
        Verdict {
            url: page.url.clone(),
            hidden,
            paywall,
            lang: page.lang.clone(),
            article: self.guard.root.map(|r| page.css_path_with(r, unique)),
            disabled: !self.settings.enabled,
        }
    }

    /// Evidence strings for a choice, strongest first.
    pub fn evidence_of(&self, engine: &Engine, c: &Choice) -> Vec<String> {
        let m = &engine.matcher;
        let mut out = Vec::new();
        match c.why {
            Why::Rule => out.push("per-site hide rule".to_string()),
            Why::Backdrop => out.push(format!("backdrop of hidden overlay node {}", c.seed)),
            Why::Beside => out.push(format!("an ask line beside the nag at node {}", c.seed)),
            Why::Part => out.push(format!(
                "a part of its own inside the box at node {}",
                c.seed
            )),
            Why::Shape if c.category == Some(Category::AppBanner) => {
                out.push("links to app stores".to_string())
            }
            Why::Shape if c.category == Some(Category::Cookie) => {
                out.push("a floating box with a privacy page link and buttons".to_string())
            }
            Why::Shape if c.category == Some(Category::Donation) => {
                out.push("a row of amounts to give".to_string())
            }
            Why::Shape => out.push("a form that asks only for an email address".to_string()),
            Why::Prompt => {
                out.push("a floating box of a few words and its answer buttons".to_string())
            }
            _ => {}
        }
        let mut phrases: Vec<(u8, String)> = Vec::new();
        let end = self.page.node(c.node).end;
        for i in c.node..end {
            let Some(b) = &self.evidence.blocks[i as usize] else {
                continue;
            };
            for h in &b.hits {
                let e = m.entry(h.entry);
                let w = e
                    .meanings
                    .iter()
                    .find(|(k, _)| Some(*k) == c.category)
                    .or(e.meanings.first())
                    .map_or(0, |x| x.1);
                let s = format!("phrase {:?} ({})", e.text, e.lang);
                if w >= tables::WEIGHT_STRONG && !phrases.iter().any(|(_, t)| *t == s) {
                    phrases.push((w, s));
                }
            }
        }
        crate::sort::sort_by_key(&mut phrases, |p| std::cmp::Reverse(p.0));
        out.extend(
            phrases
                .into_iter()
                .take(tables::EVIDENCE_MAX_PHRASES)
                .map(|p| p.1),
        );
        // Link destinations of the chosen category, each named once.
        if let Some(cat) = c.category {
            for i in c.node..end {
                let Some(l) = self.evidence.blocks[i as usize]
                    .as_ref()
                    .and_then(|b| b.link_best[cat.index()])
                else {
                    continue;
                };
                let s = format!("link to {}", m.links[l as usize].token);
                if !out.contains(&s) && out.len() < tables::EVIDENCE_MAX_LINES {
                    out.push(s);
                }
            }
        }
        for id in [c.node, c.seed] {
            if let (Some(hs), Some(cat)) = (self.evidence.hint_set(id), c.category)
                && let Some(h) = hs.best[cat.index()]
            {
                let s = format!("hint {:?}", m.hints[h as usize].token);
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        let a = &self.evidence.agg[c.node as usize];
        if a.email_inputs > 0 {
            out.push("email field".into());
        } else if a.forms > 0 {
            out.push("form".into());
        }
        let node = self.page.node(c.node);
        if evidence::is_overlay(
            node,
            self.evidence
                .hint_set(c.node)
                .unwrap_or(&Default::default()),
        ) {
            out.push("overlay".into());
        }
        if c.why == Why::Cluster {
            out.push("wording spread over one widget".into());
        }
        out
    }

    /// The raw text of a subtree, whitespace collapsed, at most `max` chars.
    pub fn excerpt(&self, id: NodeId, max: usize) -> String {
        excerpt(self.page, &self.index, id, max)
    }
}

/// The visible raw text of a subtree, whitespace collapsed, at most `max`
/// chars.
pub fn excerpt(page: &Page, index: &TextIndex, id: NodeId, max: usize) -> String {
    let mut s = String::new();
    let end = page.node(id).end;
    let mut i = id;
    // (A character is at most 4 bytes: `max` characters fit in 4 * max.)
    while i < end && s.len() < max.saturating_mul(4) {
        let n = page.node(i);
        if n.is_element() && !index.visible[i as usize] {
            i = n.end;
            continue;
        }
        if !n.text.is_empty() {
            s.push_str(&n.text);
            s.push(' ');
        }
        i += 1;
    }
    let collapsed: Vec<&str> = s.split_whitespace().collect();
    shorten(&collapsed.join(" "), max)
}

/// Cuts `s` to `max` characters, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}
