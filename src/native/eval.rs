//! `quietpage eval`: run every labelled page and count what was caught and
//! what was damaged, per category.
//!
//! A `hide` snippet is caught when it is no longer in the visible text after
//! hiding; a `keep` snippet is damaged when it is gone. Both sides are
//! compared after NFKC, `text::squash` (lower case, folded quotes
//! and dashes, no whitespace), as `docs/DESIGN.md` specifies.

use super::html;
use super::render::{visible_text, visible_text_of};
use crate::category::Category;
use crate::classify::Engine;
use crate::rules::RuleSet;
use crate::text::squash;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// One label file.
#[derive(Clone, Debug, Deserialize)]
pub struct Label {
    pub page: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub hide: Vec<HideSnippet>,
    #[serde(default)]
    pub keep: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct HideSnippet {
    pub category: Category,
    pub text: String,
}

/// Comparison form of a text.
pub fn comparable(s: &str) -> String {
    squash(&s.nfkc().collect::<String>())
}

#[derive(Clone, Debug, Serialize)]
pub struct HideResult {
    pub category: Category,
    pub text: String,
    pub caught: bool,
    /// Not visible even before hiding (markup-hidden): counted as caught by
    /// the definition, reported so the label can be checked.
    pub absent_before: bool,
    /// Category of the hidden block that holds it.
    pub hidden_as: Option<Category>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PageResult {
    pub page: String,
    pub hide: Vec<HideResult>,
    pub keep_total: usize,
    pub damaged: Vec<String>,
    pub hidden_blocks: usize,
    pub error: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct CategoryRow {
    pub labelled: usize,
    pub caught: usize,
    pub recall: f64,
    pub wrong_category: usize,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    pub pages: usize,
    pub categories: BTreeMap<String, CategoryRow>,
    pub total: CategoryRow,
    pub keep_total: usize,
    pub keep_damaged: usize,
    pub absent_before: usize,
    pub results: Vec<PageResult>,
}

/// Which half of the labels to run: a stable split by page name, so that
/// changes can be tuned on one half and judged on the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Half {
    All,
    A,
    B,
}

pub fn in_half(name: &str, half: Half) -> bool {
    // FNV-1a: stable across runs and platforms.
    let h = name.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    match half {
        Half::All => true,
        Half::A => h % 2 == 0,
        Half::B => h % 2 == 1,
    }
}

/// Loads every `*.json` label in `dir`, sorted by name.
pub fn load_labels(dir: &Path) -> Result<Vec<Label>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read labels directory {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let src = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            serde_json::from_str(&src).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

/// Evaluates one labelled page.
pub fn eval_page(
    engine: &Engine,
    rules: Option<&RuleSet>,
    pages: &Path,
    label: &Label,
) -> PageResult {
    let mut r = PageResult {
        page: label.page.clone(),
        hide: Vec::new(),
        keep_total: label.keep.len(),
        damaged: Vec::new(),
        hidden_blocks: 0,
        error: None,
    };
    let bytes = match std::fs::read(pages.join(&label.page)) {
        Ok(b) => b,
        Err(e) => {
            r.error = Some(format!("cannot read {}: {e}", label.page));
            return r;
        }
    };
    let resolved = rules.map(|rs| rs.resolve(&label.url));
    let loaded = match html::load(&bytes, &label.url, resolved.as_ref()) {
        Ok(l) => l,
        Err(e) => {
            r.error = Some(e.to_string());
            return r;
        }
    };
    let settings = resolved.map(|x| x.settings).unwrap_or_default();
    let verdict = engine.classify(&loaded.page, settings);
    let hidden: Vec<u32> = verdict.hidden.iter().map(|h| h.node).collect();
    // Boxes, not the parts inside them.
    r.hidden_blocks = verdict
        .hidden
        .iter()
        .filter(|h| h.source != crate::verdict::Source::Part)
        .count();
    let before = comparable(&visible_text(&loaded.page, &[]));
    let after = comparable(&visible_text(&loaded.page, &hidden));
    let blocks: Vec<(Option<Category>, String)> = verdict
        .hidden
        .iter()
        .map(|h| {
            let end = loaded.page.node(h.node).end;
            (
                h.category,
                comparable(&visible_text_of(&loaded.page, &[], h.node, end)),
            )
        })
        .collect();
    for h in &label.hide {
        let s = comparable(&h.text);
        let caught = !after.contains(&s);
        let hidden_as = if caught {
            // The innermost hidden block holding it: a part of a compound
            // box names its own ask.
            blocks
                .iter()
                .filter(|(_, t)| t.contains(&s))
                .min_by_key(|(_, t)| t.len())
                .and_then(|(c, _)| *c)
        } else {
            None
        };
        r.hide.push(HideResult {
            category: h.category,
            text: h.text.clone(),
            caught,
            absent_before: !before.contains(&s),
            hidden_as,
        });
    }
    for k in &label.keep {
        let s = comparable(k);
        if before.contains(&s) && !after.contains(&s) {
            r.damaged.push(k.clone());
        }
    }
    r
}

/// Evaluates all labels, on `threads` worker threads, calling `tick` after
/// each page.
pub fn evaluate(
    engine: &Engine,
    rules: Option<&RuleSet>,
    pages: &Path,
    labels: &[Label],
    threads: usize,
    tick: &(dyn Fn() + Sync),
) -> Report {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<PageResult>> = vec![None; labels.len()];
    let slots = std::sync::Mutex::new(&mut results);
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(label) = labels.get(i) else { break };
                    let r = eval_page(engine, rules, pages, label);
                    if let Ok(mut g) = slots.lock() {
                        g[i] = Some(r);
                    }
                    tick();
                }
            });
        }
    });
    summarize(results.into_iter().flatten().collect())
}

pub fn summarize(results: Vec<PageResult>) -> Report {
    let mut rep = Report {
        pages: results.len(),
        ..Report::default()
    };
    for c in Category::ALL {
        rep.categories
            .insert(c.as_str().to_string(), CategoryRow::default());
    }
    for r in &results {
        for h in &r.hide {
            for row in [
                rep.categories.get_mut(h.category.as_str()).unwrap(),
                &mut rep.total,
            ] {
                row.labelled += 1;
                if h.caught {
                    row.caught += 1;
                    if h.hidden_as.is_some_and(|c| c != h.category) {
                        row.wrong_category += 1;
                    }
                }
            }
            if h.absent_before {
                rep.absent_before += 1;
            }
        }
        rep.keep_total += r.keep_total;
        rep.keep_damaged += r.damaged.len();
    }
    for row in rep
        .categories
        .values_mut()
        .chain(std::iter::once(&mut rep.total))
    {
        row.recall = if row.labelled == 0 {
            1.0
        } else {
            row.caught as f64 / row.labelled as f64
        };
    }
    rep.results = results;
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparable_ignores_spacing_and_width() {
        assert_eq!(comparable("Ｓign  up —  now"), comparable("sign up-now"));
    }

    #[test]
    fn halves_partition() {
        let names = ["a.html", "b.html", "c.html", "d.html", "e.html"];
        for n in names {
            assert_ne!(in_half(n, Half::A), in_half(n, Half::B));
        }
    }
}
