//! `quietpage explain`: which node holds a snippet, its evidence, and why
//! it was or was not hidden.

use crate::common::prepare;
use anyhow::{Result, bail};
use quietpage::classify::tables::seed_threshold;
use quietpage::native::eval::comparable;
use quietpage::native::render::visible_text_of;
use quietpage::page::NodeId;
use std::path::Path;
use std::process::ExitCode;

pub fn run(page: &Path, snippet: &str, url: &str, rules: Option<&Path>) -> Result<ExitCode> {
    let p = prepare(page, url, rules)?;
    let a = p.engine.analyze(&p.loaded.page, p.resolved.settings);
    let pg = &p.loaded.page;
    let want = comparable(snippet);
    if want.is_empty() {
        bail!("--text is empty");
    }
    // The deepest element whose visible text holds the snippet: walk down
    // from the root, always into the child that holds it.
    let holds =
        |id: NodeId| comparable(&visible_text_of(pg, &[], id, pg.node(id).end())).contains(&want);
    let Some(mut cur) = (0..pg.len() as NodeId).find(|&i| {
        pg.node(i).is_element() && pg.node(i).parent() == quietpage::page::NO_PARENT && holds(i)
    }) else {
        println!(
            "snippet not found in the page's visible text (hidden by markup, in a script, or not on the page)"
        );
        return Ok(ExitCode::from(1));
    };
    while let Some(child) = pg
        .children(cur)
        .find(|&c| pg.node(c).is_element() && holds(c))
    {
        cur = child;
    }
    println!("snippet is in {} <{}>", pg.css_path(cur), pg.node(cur).tag);
    let block = a.index.block_of[cur as usize];
    if let Some(b) = &a.evidence.blocks[block as usize] {
        let best = quietpage::classify::evidence::top(&b.score).1;
        println!(
            "  its block: {} chars, phrase score {best:.1} (seeds at {:.1})",
            b.own_chars,
            seed_threshold(b.own_chars)
        );
        for h in &b.hits {
            let e = p.engine.matcher.entry(h.entry);
            println!("    phrase {:?} ({}) {:?}", e.text, e.lang, e.meanings);
        }
    }
    let hidden_by = a.chosen.iter().find(|c| pg.contains(c.node, cur));
    match hidden_by {
        Some(c) => {
            println!(
                "HIDDEN as {} inside {} ({:?}, seed {})",
                c.category.map_or("rule", |k| k.as_str()),
                pg.css_path(c.node),
                c.why,
                pg.css_path(c.seed)
            );
            for e in a.evidence_of(&p.engine, c) {
                println!("  · {e}");
            }
        }
        None => {
            println!("NOT hidden.");
            if a.guard.protected[cur as usize] || pg.ancestors(cur).any(|x| a.guard.root == Some(x))
            {
                println!(
                    "  it is inside the article body ({}), which is protected",
                    a.guard.root.map(|r| pg.css_path(r)).unwrap_or_default()
                );
            }
        }
    }
    println!("  ancestors (nearest first):");
    for id in std::iter::once(cur).chain(pg.ancestors(cur)).take(12) {
        let n = pg.node(id);
        let ag = &a.evidence.agg[id as usize];
        let scores: Vec<String> = quietpage::Category::ALL
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
        println!(
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
    Ok(ExitCode::SUCCESS)
}
