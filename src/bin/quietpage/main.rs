//! `quietpage`: run the extension's engine on saved pages.
//!
//! - `scan PAGE.html`: what would be hidden, and why (text, JSON, or the
//!   page annotated for a browser, or filter-list lines);
//! - `eval --pages DIR --labels DIR`: recall and damage over labelled pages;
//! - `explain PAGE.html --text SNIPPET`: the decision about one snippet;
//! - `snapshot PAGE.html [--serialised]`: the page as the engine sees it, as
//!   JSON (from a browser's serialisation of its DOM with `--serialised`).
//!
//! Bad input gets one line on stderr and a non-zero exit; never a panic.

mod common;
mod eval;
mod explain;
mod scan;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "quietpage",
    version,
    about = "Find and hide the nags around an article, on saved pages"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Html,
    /// `site##selector` lines for uBlock Origin and AdGuard (scan only).
    Filters,
}

#[derive(Subcommand)]
enum Command {
    /// Classify one saved page.
    Scan {
        page: PathBuf,
        /// The page's URL (for per-site rules and the report).
        #[arg(long, default_value = "")]
        url: String,
        /// Rules file: JSON, or filter-list lines (`example.com##.sel`).
        #[arg(long)]
        rules: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The page as shown in another page's frame (a vendor's consent
        /// or offer dialog): a short one has no article to protect.
        #[arg(long)]
        frame: bool,
    },
    /// Evaluate on labelled pages.
    Eval {
        #[arg(long)]
        pages: PathBuf,
        #[arg(long)]
        labels: PathBuf,
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Run one half of the labels only (a stable split by page name),
        /// to judge changes on pages they were not tuned on.
        #[arg(long, value_parser = ["a", "b"])]
        half: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the page as the engine sees it, as JSON (src/snapshot.rs):
    /// parsed as HTML5, or tokenised from a browser's serialisation.
    Snapshot {
        page: PathBuf,
        #[arg(long, default_value = "")]
        url: String,
        /// The file is a browser's serialisation of its DOM (`getHTML` /
        /// `outerHTML`), tokenised as src/serial.rs does, not parsed as
        /// HTML5: the page the background builds of it, in the same JSON.
        #[arg(long)]
        serialised: bool,
    },
    /// Explain the decision about the node holding a snippet.
    Explain {
        page: PathBuf,
        #[arg(long)]
        text: String,
        #[arg(long, default_value = "")]
        url: String,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    // Behave like other Unix tools when the reader goes away (`| head`).
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    // A bug must still end in one line: keep the panic message for it.
    let panic_note = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let note = panic_note.clone();
    std::panic::set_hook(Box::new(move |info| {
        if let Ok(mut n) = note.lock() {
            *n = info.to_string().replace('\n', " ");
        }
    }));
    let result = std::panic::catch_unwind(|| match cli.command {
        Command::Scan {
            page,
            url,
            rules,
            format,
            frame,
        } => scan::run(&page, &url, rules.as_deref(), format, frame),
        Command::Eval {
            pages,
            labels,
            rules,
            half,
            format,
        } => eval::run(&pages, &labels, rules.as_deref(), half.as_deref(), format),
        Command::Explain {
            page,
            text,
            url,
            rules,
        } => explain::run(&page, &text, &url, rules.as_deref()),
        Command::Snapshot {
            page,
            url,
            serialised,
        } => scan::snapshot(&page, &url, serialised),
    });
    match result {
        Ok(Ok(code)) => code,
        Ok(Err(e)) => {
            eprintln!("quietpage: error: {e:#}");
            ExitCode::from(2)
        }
        Err(_) => {
            let note = panic_note.lock().map(|n| n.clone()).unwrap_or_default();
            eprintln!("quietpage: internal error, please report the page: {note}");
            ExitCode::from(3)
        }
    }
}
