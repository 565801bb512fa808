//! `quietpage explain`: which node holds a snippet, its evidence, and why
//! it was or was not hidden. It reads the classifier's intermediate results
//! (`classify::Analysis` keeps them for this), which is why it lives in the
//! crate and the command-line tool only prints what it returns.

use super::eval::comparable;
use super::render::visible_text_of;
use crate::Category;
use crate::classify::tables::seed_threshold;
use crate::classify::{Engine, Settings, evidence};
use crate::page::{NO_PARENT, NodeId, Page};
use std::fmt::Write;

/// The explanation of the deepest element whose visible text holds
/// `snippet` (compared as the evaluation compares labels), as lines of
/// text; `None` when no element holds it.
pub fn explain(engine: &Engine, pg: &Page, settings: Settings, snippet: &str) -> Option<String> {
    let a = engine.analyze(pg, settings);
    let want = comparable(snippet);
    let mut out = String::new();
    // Writing to a String cannot fail.
    macro_rules! say {
        ($($t:tt)*) => {
            let _ = writeln!(out, $($t)*);
        };
    }
    // The deepest element whose visible text holds the snippet: walk down
    // from the root, always into the child that holds it.
    let holds =
        |id: NodeId| comparable(&visible_text_of(pg, &[], id, pg.node(id).end())).contains(&want);
    let mut cur = (0..pg.len() as NodeId)
        .find(|&i| pg.node(i).is_element() && pg.node(i).parent() == NO_PARENT && holds(i))?;
    while let Some(child) = pg
        .children(cur)
        .find(|&c| pg.node(c).is_element() && holds(c))
    {
        cur = child;
    }
    say!("snippet is in {} <{}>", pg.css_path(cur), pg.node(cur).tag);
    let block = a.index.block_of[cur as usize];
    if let Some(b) = &a.evidence.blocks[block as usize] {
        let best = evidence::max_score(&b.score);
        say!(
            "  its block: {} chars, phrase score {best:.1} (seeds at {:.1})",
            b.own_chars,
            seed_threshold(b.own_chars)
        );
        for h in &b.hits {
            let e = engine.matcher.entry(h.entry);
            say!("    phrase {:?} ({}) {:?}", e.text, e.lang, e.meanings);
        }
    }
    let hidden_by = a.chosen.iter().find(|c| pg.contains(c.node, cur));
    match hidden_by {
        Some(c) => {
            say!(
                "HIDDEN as {} inside {} ({:?}, seed {})",
                c.category.map_or("rule", |k| k.as_str()),
                pg.css_path(c.node),
                c.why,
                pg.css_path(c.seed)
            );
            for e in a.evidence_of(engine, c) {
                say!("  · {e}");
            }
        }
        None => {
            say!("NOT hidden.");
            if a.guard.protected[cur as usize] || pg.ancestors(cur).any(|x| a.guard.root == Some(x))
            {
                say!(
                    "  it is inside the article body ({}), which is protected",
                    a.guard.root.map(|r| pg.css_path(r)).unwrap_or_default()
                );
            }
        }
    }
    say!("  ancestors (nearest first):");
    for id in std::iter::once(cur).chain(pg.ancestors(cur)).take(12) {
        let n = pg.node(id);
        let ag = &a.evidence.agg[id as usize];
        let scores: Vec<String> = Category::ALL
            .iter()
            .filter(|c| ag.score[c.index()] > 0.0 || a.evidence.hint(id, **c) > 0)
            .map(|c| {
                format!(
                    "{}={:.0}+h{}",
                    c,
                    ag.score[c.index()],
                    a.evidence.hint(id, *c)
                )
            })
            .collect();
        let seed = a
            .seeds
            .iter()
            .find(|s| s.node == id)
            .map(|s| {
                format!(
                    " [seed: {:?} {}]",
                    s.why,
                    s.category.map_or("rule", |c| c.as_str())
                )
            })
            .unwrap_or_default();
        let inner: Vec<String> = a
            .seeds
            .iter()
            .filter(|s| s.node != id && pg.contains(id, s.node) && id != cur)
            .take(3)
            .map(|s| format!("{:?}@{}", s.why, s.node))
            .collect();
        say!(
            "    <{}{}{}> chars={} prose={} links={} {}{}{}{}",
            n.tag,
            if n.id.is_empty() {
                String::new()
            } else {
                format!(" #{}", n.id)
            },
            if n.class.is_empty() {
                String::new()
            } else {
                format!(
                    " .{}",
                    n.class
                        .split_whitespace()
                        .take(3)
                        .collect::<Vec<_>>()
                        .join(".")
                )
            },
            ag.chars,
            ag.clean_prose,
            ag.link_chars,
            scores.join(" "),
            if a.guard.protected[id as usize] {
                " [protected]"
            } else {
                ""
            },
            seed,
            if inner.is_empty() {
                String::new()
            } else {
                format!(" seeds inside: {}", inner.join(", "))
            }
        );
    }
    Some(out)
}
