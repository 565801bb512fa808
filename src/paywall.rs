//! The paywall finding: is the article behind a gate?
//!
//! Publishers declare it for search engines in schema.org JSON-LD
//! (`isAccessibleForFree: false`, with `hasPart.cssSelector` naming the
//! gated part). Without that, a hidden subscription prompt whose wording
//! says the rest of the article needs a subscription is the evidence.
//! The finding is reported; the gate itself is never removed.

use crate::ld::{self, Node};
use crate::verdict::PaywallFinding;

/// Wording that means "the rest of this article is behind the wall", as
/// opposed to a general subscription ad.
pub const GATE_WORDING: &[&str] = &[
    "continue reading",
    "keep reading",
    "to read more",
    "to read the full",
    "to view the full",
    "read the full article",
    "subscribers only",
    "for subscribers",
    "subscriber-only",
    "member-only",
    "this article is for",
    "free article limit",
    "articles left",
    "stories left",
    "réservé aux abonnés",
    "pour lire la suite",
    "weiterlesen",
    "für abonnenten",
    "seguir leyendo",
    "continuar leyendo",
    "per continuare a leggere",
    "riservato agli abbonati",
    "continuar lendo",
    "para assinantes",
    "om verder te lezen",
    "czytać więcej",
    "för prenumeranter",
    "続きを読む",
    "有料会員",
    "继续阅读",
    "繼續閱讀",
    "可畅读全文",
    "только для подписчиков",
];

/// Deepest JSON nesting walked; JSON-LD is shallow, hostile input is not.
const MAX_JSON_DEPTH: usize = 64;

/// Reads `isAccessibleForFree` and `hasPart.cssSelector` from JSON-LD.
pub fn from_json_ld(blocks: &[String], out: &mut PaywallFinding) {
    for raw in blocks {
        let Some(v) = ld::parse(raw.trim()) else {
            continue;
        };
        // Explicit stack: no recursion on page-controlled depth.
        let mut stack = vec![(&v, 0usize)];
        while let Some((v, depth)) = stack.pop() {
            if depth > MAX_JSON_DEPTH {
                continue;
            }
            match v {
                Node::List(items) => stack.extend(items.iter().map(|x| (x, depth + 1))),
                Node::Object(entries) => {
                    if let Some(free) = v.get("isAccessibleForFree") {
                        let not_free = match free {
                            Node::Bool(b) => !b,
                            Node::Str(s) => s.trim().eq_ignore_ascii_case("false"),
                            _ => false,
                        };
                        if not_free {
                            out.gate = true;
                            let note = match v.get("cssSelector") {
                                Some(Node::Str(sel)) => {
                                    format!("JSON-LD isAccessibleForFree=false on {sel}")
                                }
                                _ => "JSON-LD isAccessibleForFree=false".to_string(),
                            };
                            if !out.evidence.contains(&note) {
                                out.evidence.push(note);
                            }
                        }
                    }
                    stack.extend(entries.iter().map(|(_, x)| (x, depth + 1)));
                }
                _ => {}
            }
        }
    }
}

/// True when normalised prompt text says the article continues behind it.
pub fn is_gate_wording(normalised: &str) -> Option<&'static str> {
    GATE_WORDING
        .iter()
        .copied()
        .find(|w| normalised.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(src: &str) -> PaywallFinding {
        let mut f = PaywallFinding::default();
        from_json_ld(&[src.to_string()], &mut f);
        f
    }

    #[test]
    fn reads_nested_graph_and_string_false() {
        assert!(find(r#"{"@type":"NewsArticle","isAccessibleForFree":false}"#).gate);
        assert!(find(r#"{"@graph":[{"@type":"WebPage"},{"isAccessibleForFree":"False"}]}"#).gate);
        let f = find(
            r#"[{"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"false","cssSelector":".paywall"}}]"#,
        );
        assert!(f.gate);
        assert!(f.evidence[0].contains(".paywall"));
        assert!(!find(r#"{"isAccessibleForFree":true}"#).gate);
        assert!(!find("not json").gate);
    }

    #[test]
    fn deep_json_is_bounded() {
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(!find(&deep).gate);
    }
}
