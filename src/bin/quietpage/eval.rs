//! `quietpage eval`.

use crate::Format;
use crate::common::{Paint, load_rules};
use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use quietpage::Engine;
use quietpage::native::eval::{Half, evaluate, in_half, load_labels};
use std::path::Path;
use std::process::ExitCode;

pub fn run(
    pages: &Path,
    labels_dir: &Path,
    rules: Option<&Path>,
    half: Option<&str>,
    format: Format,
) -> Result<ExitCode> {
    if format == Format::Html || format == Format::Filters {
        bail!("eval writes text or json");
    }
    if !pages.is_dir() {
        bail!("pages directory {} does not exist", pages.display());
    }
    let rules = load_rules(rules)?;
    let half = match half {
        Some("a") => Half::A,
        Some("b") => Half::B,
        _ => Half::All,
    };
    let all = load_labels(labels_dir).map_err(anyhow::Error::msg)?;
    let labels: Vec<_> = all.into_iter().filter(|l| in_half(&l.page, half)).collect();
    if labels.is_empty() {
        bail!("no labels in {}", labels_dir.display());
    }
    let engine = Engine::new().context("building the engine")?;
    let bar = ProgressBar::new(labels.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} pages {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let report = evaluate(&engine, rules.as_ref(), pages, &labels, threads, &|| {
        bar.inc(1)
    });
    bar.finish_and_clear();
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    let c = Paint::stdout();
    println!(
        "{}",
        c.bold(&format!("quietpage eval: {} labelled pages", report.pages))
    );
    println!(
        "\n  {:<14} {:>8} {:>7} {:>7} {:>6}",
        "category", "labelled", "caught", "recall", "wrong"
    );
    for (name, row) in report
        .categories
        .iter()
        .chain(std::iter::once((&"all".to_string(), &report.total)))
    {
        println!(
            "  {:<14} {:>8} {:>7} {:>6.1}% {:>6}",
            name,
            row.labelled,
            row.caught,
            row.recall * 100.0,
            row.wrong_category
        );
    }
    let right = report.total.caught - report.total.wrong_category;
    println!(
        "\n  keep snippets: {} total, {} damaged\n  caught in the right category: {:.1}%\n  hide snippets not visible before hiding: {}",
        report.keep_total,
        report.keep_damaged,
        if report.total.caught == 0 {
            100.0
        } else {
            100.0 * right as f64 / report.total.caught as f64
        },
        report.absent_before
    );
    let bad: Vec<_> = report
        .results
        .iter()
        .filter(|r| {
            r.error.is_some()
                || !r.damaged.is_empty()
                || r.hide
                    .iter()
                    .any(|h| !h.caught || h.hidden_as.is_some_and(|c| c != h.category))
        })
        .collect();
    if !bad.is_empty() {
        println!(
            "\n{}",
            c.bold("pages with misses, damage or wrong categories:")
        );
    }
    for r in bad {
        println!("  {}", c.bold(&r.page));
        if let Some(e) = &r.error {
            println!("    error: {e}");
        }
        for h in &r.hide {
            if !h.caught {
                println!("    {} [{}] {}", c.red("missed"), h.category, h.text);
            } else if let Some(got) = h.hidden_as.filter(|&g| g != h.category) {
                println!("    wrong  [{} as {}] {}", h.category, got, h.text);
            }
        }
        for d in &r.damaged {
            println!("    {} {d}", c.red("DAMAGED"));
        }
    }
    Ok(ExitCode::SUCCESS)
}
