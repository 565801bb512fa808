//! Shared by the subcommands: loading rules and pages, colours.

use anyhow::{Context, Result, bail};
use quietpage::Engine;
use quietpage::native::html::{self, Loaded};
use quietpage::rules::{Resolved, RuleSet};
use std::io::IsTerminal;
use std::path::Path;

/// Reads a rules file: JSON when it starts with `{`, filter-list lines
/// otherwise.
pub fn load_rules(path: Option<&Path>) -> Result<Option<RuleSet>> {
    let Some(path) = path else { return Ok(None) };
    let src = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read rules file {}", path.display()))?;
    let rules = if src.trim_start().starts_with('{') {
        RuleSet::from_json(&src)
    } else {
        RuleSet::default().with_filter_list(&src).map(|(r, _)| r)
    };
    match rules {
        Ok(r) => Ok(Some(r)),
        Err(e) => bail!("rules file {}: {e}", path.display()),
    }
}

/// A loaded page with the rules that apply to it, and an engine that knows
/// the rules' extra phrases.
pub struct Prepared {
    pub loaded: Loaded,
    pub resolved: Resolved,
    pub engine: Engine,
}

pub fn prepare(page: &Path, url: &str, rules: Option<&Path>) -> Result<Prepared> {
    let rules = load_rules(rules)?;
    let bytes = std::fs::read(page).with_context(|| format!("cannot read {}", page.display()))?;
    // A page saved by the extension names its URL; --url overrides it.
    let url = if url.is_empty() {
        html::saved_url(&String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]))
            .unwrap_or_default()
    } else {
        url.to_string()
    };
    let resolved = rules.as_ref().map(|r| r.resolve(&url)).unwrap_or_default();
    let loaded =
        html::load(&bytes, &url, Some(&resolved)).with_context(|| format!("{}", page.display()))?;
    let engine = Engine::with_extra_phrases(&resolved.phrases).context("building the engine")?;
    Ok(Prepared {
        loaded,
        resolved,
        engine,
    })
}

/// ANSI colours when writing to a terminal.
pub struct Paint {
    on: bool,
}

impl Paint {
    pub fn stdout() -> Paint {
        Paint {
            on: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }
    pub fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    pub fn red(&self, s: &str) -> String {
        self.wrap("31", s)
    }
    pub fn green(&self, s: &str) -> String {
        self.wrap("32", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}
