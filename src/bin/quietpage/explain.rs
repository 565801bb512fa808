//! `quietpage explain`: prints the library's explanation of one snippet
//! (`quietpage::native::explain`).

use crate::common::prepare;
use anyhow::{Result, bail};
use quietpage::native::explain::explain;
use std::path::Path;
use std::process::ExitCode;

pub fn run(page: &Path, snippet: &str, url: &str, rules: Option<&Path>) -> Result<ExitCode> {
    let p = prepare(page, url, rules)?;
    if snippet.trim().is_empty() {
        bail!("--text is empty");
    }
    match explain(&p.engine, &p.loaded.page, p.resolved.settings, snippet) {
        Some(text) => {
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        None => {
            println!(
                "snippet not found in the page's visible text (hidden by markup, in a script, or not on the page)"
            );
            Ok(ExitCode::from(1))
        }
    }
}
