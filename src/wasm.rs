//! The WebAssembly face of the engine, used by the extension's background
//! context. Everything crosses the boundary as JSON strings: the snapshot
//! in, the verdict out, rules in and out. The rules functions are pure
//! ("current rules + input → new rules or an error"), so the caller stores
//! the result only on success and a bad import never touches stored rules.

use crate::classify::{Engine, Settings};
use crate::json::{self, Writer};
use crate::patterns::PatternFiles;
use crate::rules::RuleSet;
use crate::serial;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

fn err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// Engines by their extra phrases (most sites have none: one engine).
#[wasm_bindgen]
pub struct WasmEngine {
    files: PatternFiles,
    base: Engine,
    /// (A list, not a map: at most 17, and a map type of its own cost the
    /// WebAssembly a kilobyte.)
    extra: RefCell<Vec<(String, Engine)>>,
}

#[wasm_bindgen]
impl WasmEngine {
    /// Compiles the phrases of the pattern bundle (the extension's
    /// `wasm/patterns.txt`, see `PatternFiles::from_bundle`): done once when
    /// the background starts.
    #[wasm_bindgen(constructor)]
    pub fn new(patterns: &str) -> Result<WasmEngine, JsError> {
        let files = PatternFiles::from_bundle(patterns).map_err(err)?;
        Ok(WasmEngine {
            base: Engine::from_files(&files, &[]).map_err(err)?,
            files,
            extra: RefCell::new(Vec::new()),
        })
    }

    /// Number of distinct phrases compiled (for the options page).
    #[wasm_bindgen(js_name = phraseCount)]
    pub fn phrase_count(&self) -> usize {
        self.base.matcher.phrase_count()
    }

    /// Classifies a page sent as the browser's own serialisation with its
    /// side table (`serial.rs`: the ancestors' indices of a subtree, the
    /// facts as flat numbers) under the rules for its URL. Returns
    /// `{"verdict": …, "nodes": [[node, tag, path…], …]}`: the tag and the
    /// element path of every hidden node, which the content script resolves
    /// in the page and checks before hiding anything.
    #[wasm_bindgen(js_name = classifySerial)]
    pub fn classify_serial(
        &self,
        html: &str,
        url: String,
        context: Vec<u32>,
        facts: Vec<i32>,
        rules_json: &str,
    ) -> Result<String, JsError> {
        let side = serial::Side::from_flat(url, context, &facts).map_err(err)?;
        let page = serial::page_from_message(html, &side).map_err(err)?;
        let verdict = self.judge(&page, rules_json)?;
        let ids: Vec<u32> = verdict.hidden.iter().map(|h| h.node).collect();
        let paths = serial::paths(&page, &ids, &side.context);
        // `[node, tag, path…]` per hidden node, written by hand (a
        // serialiser for the tuples cost the WebAssembly more than this).
        let mut out = String::from(r#"{"verdict":"#);
        out.push_str(&verdict.to_json());
        out.push_str(r#","nodes":["#);
        for (i, (&id, path)) in ids.iter().zip(&paths).enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('[');
            out.push_str(&id.to_string());
            out.push(',');
            json::string(&mut out, &page.node(id).tag);
            for step in path {
                out.push(',');
                out.push_str(&step.to_string());
            }
            out.push(']');
        }
        out.push_str("]}");
        Ok(out)
    }

    /// The verdict on `page` under the rules for its URL.
    fn judge(&self, page: &crate::Page, rules_json: &str) -> Result<crate::Verdict, JsError> {
        let rules = parse_rules(rules_json)?;
        let resolved = rules.resolve(&page.url);
        let verdict = if resolved.phrases.is_empty() {
            self.base.classify(page, resolved.settings)
        } else {
            let mut key = Writer::new(false);
            key.list();
            for (c, text) in &resolved.phrases {
                key.item().list().item().str(c.as_str()).item().str(text);
                key.end_list();
            }
            key.end_list();
            let key = key.finish();
            let mut cache = self.extra.borrow_mut();
            let at = match cache.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    if cache.len() > 16 {
                        cache.clear();
                    }
                    let engine = Engine::from_files(&self.files, &resolved.phrases).map_err(err)?;
                    cache.push((key, engine));
                    cache.len() - 1
                }
            };
            cache[at].1.classify(page, resolved.settings)
        };
        Ok(verdict)
    }
}

fn parse_rules(json: &str) -> Result<RuleSet, JsError> {
    if json.trim().is_empty() {
        return Ok(RuleSet::default());
    }
    RuleSet::from_json(json).map_err(err)
}

/// Rules that apply to `url`, as JSON: what the content script needs for
/// one URL, the switches and the selectors to mark in its snapshot:
/// `{"enabled": …, "categories": [[name, on], …], "hide": […], "keep":
/// […], "matched": […]}`.
#[wasm_bindgen(js_name = rulesResolve)]
pub fn rules_resolve(rules_json: &str, url: &str) -> Result<String, JsError> {
    let r = parse_rules(rules_json)?.resolve(url);
    let s: Settings = r.settings;
    let mut w = Writer::new(false);
    w.object()
        .key("enabled")
        .bool(s.enabled)
        .key("categories")
        .list();
    for c in crate::Category::ALL {
        w.item().list().item().str(c.as_str());
        w.item().bool(s.categories[c.index()]).end_list();
    }
    w.end_list();
    w.key("hide").strs(&r.hide);
    w.key("keep").strs(&r.keep);
    w.key("matched").strs(&r.matched);
    w.end_object();
    Ok(w.finish())
}

/// The site key of a URL (`src/site.rs`): what the extension stores a
/// picked selector or a switch under, and looks up again to undo it.
#[wasm_bindgen(js_name = siteKey)]
pub fn site_key(url: &str) -> String {
    crate::site::site_of_url(url)
}

/// Validates and normalises a rule set; returns it as JSON.
#[wasm_bindgen(js_name = rulesNormalize)]
pub fn rules_normalize(rules_json: &str) -> Result<String, JsError> {
    Ok(parse_rules(rules_json)?.to_json())
}

/// `current` with a JSON rules file merged in, or an error naming the line.
#[wasm_bindgen(js_name = rulesImportJson)]
pub fn rules_import_json(current: &str, incoming: &str) -> Result<String, JsError> {
    Ok(parse_rules(current)?
        .with_json(incoming)
        .map_err(err)?
        .to_json())
}

/// `current` with filter-list lines merged in: `{"rules": {...}, "report":
/// {"hide": n, "keep": n, "ignored": n}}`, or an error naming the line.
#[wasm_bindgen(js_name = rulesImportFilters)]
pub fn rules_import_filters(current: &str, text: &str) -> Result<String, JsError> {
    let (rules, report) = parse_rules(current)?.with_filter_list(text).map_err(err)?;
    // (Written around the rules' own JSON rather than through a JSON value:
    // that path cost the WebAssembly ~1.5 KB gzipped.)
    Ok(format!(
        r#"{{"rules":{},"report":{}}}"#,
        rules.to_json(),
        report.to_json()
    ))
}
