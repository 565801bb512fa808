//! `quietpage scan`.

use crate::Format;
use crate::common::{Paint, prepare};
use anyhow::{Context, Result};
use quietpage::native::filters::filter_lines;
use quietpage::native::render::{annotate, visible_text};
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;

/// The JSON report: the verdict plus the visible text. Field names are
/// read by other tools; keep them.
#[derive(Serialize)]
struct ScanJson<'a> {
    url: &'a str,
    hidden: &'a [quietpage::verdict::Hidden],
    paywall: &'a quietpage::verdict::PaywallFinding,
    lang: &'a str,
    article: &'a Option<String>,
    encoding: &'a str,
    notes: &'a [String],
    visible_text: String,
}

pub fn run(
    page: &Path,
    url: &str,
    rules: Option<&Path>,
    format: Format,
    frame: bool,
) -> Result<ExitCode> {
    let mut p = prepare(page, url, rules)?;
    if frame {
        p.loaded.page.mark_subframe();
    }
    let verdict = p.engine.classify(&p.loaded.page, p.resolved.settings);
    match format {
        Format::Json => {
            let hidden: Vec<u32> = verdict.hidden.iter().map(|h| h.node).collect();
            let out = ScanJson {
                url: &p.loaded.page.url,
                hidden: &verdict.hidden,
                paywall: &verdict.paywall,
                lang: &verdict.lang,
                article: &verdict.article,
                encoding: p.loaded.encoding,
                notes: &p.loaded.notes,
                visible_text: visible_text(&p.loaded.page, &hidden),
            };
            println!("{}", serde_json::to_string(&out)?);
        }
        Format::Html => print!("{}", annotate(&p.loaded.source, &verdict)),
        Format::Filters => print!("{}", filter_lines(&p.loaded.page, &verdict)),
        Format::Text => {
            let c = Paint::stdout();
            println!("{} {}", c.bold("quietpage scan"), page.display());
            if verdict.disabled {
                println!("  site switched off by rules: nothing hidden");
            }
            println!("  {} block(s) hidden", verdict.hidden.len());
            for (k, h) in verdict.hidden.iter().enumerate() {
                let cat = h.category.map_or("rule", |c| c.describe());
                println!(
                    "\n  {} {} {}",
                    c.red(&format!("{:>2}.", k + 1)),
                    c.bold(cat),
                    c.dim(&format!("score {}", h.score))
                );
                println!("      {}", h.selector);
                println!("      \"{}\"", h.excerpt);
                for e in &h.evidence {
                    println!("      {} {e}", c.dim("·"));
                }
            }
            if verdict.paywall.gate {
                println!(
                    "\n  {} {}",
                    c.bold("paywall gate (reported, not removed):"),
                    verdict.paywall.evidence.join("; ")
                );
            }
            match &verdict.article {
                Some(a) => println!("\n  {} {a}", c.green("article body kept:")),
                None => println!("\n  no article body found"),
            }
            for n in &p.loaded.notes {
                println!("  note: {n}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `quietpage snapshot`: the page as the content script would send it.
pub fn snapshot(page: &Path, url: &str, serialised: bool) -> Result<ExitCode> {
    let snap = if serialised {
        let src = std::fs::read_to_string(page)
            .with_context(|| format!("cannot read {} as UTF-8 text", page.display()))?;
        let built = quietpage::serial::page_from_serial(&src, url)?;
        quietpage::snapshot::Snapshot::from_page(&built)
    } else {
        let p = prepare(page, url, None)?;
        quietpage::snapshot::Snapshot::from_page(&p.loaded.page)
    };
    println!("{}", serde_json::to_string(&snap)?);
    Ok(ExitCode::SUCCESS)
}
