//! What a reader sees: the visible text after hiding, and the page with
//! every hidden block outlined and labelled (`--format html`).

use crate::classify::index::close_ended;
use crate::classify::tables::{INLINE_TAGS, INVISIBLE_TAGS, is_in};
use crate::page::{Flags, NodeId, Page};
use crate::verdict::Verdict;

/// Text a reader still sees after hiding `hidden`: no head, script, style,
/// template, noscript, markup-hidden elements or hidden blocks; inline
/// content joined as `textContent` joins it, blocks on their own lines.
pub fn visible_text(page: &Page, hidden: &[NodeId]) -> String {
    visible_text_of(page, hidden, 0, page.len() as NodeId)
}

/// [`visible_text`] of the nodes `start..end` only (one subtree).
pub fn visible_text_of(page: &Page, hidden: &[NodeId], start: NodeId, end: NodeId) -> String {
    let mut is_hidden = vec![false; page.len()];
    for &h in hidden {
        if let Some(x) = is_hidden.get_mut(h as usize) {
            *x = true;
        }
    }
    let mut out = String::new();
    let mut line = String::new();
    let mut open: Vec<NodeId> = Vec::new();
    let flush = |line: &mut String, out: &mut String| {
        let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !collapsed.is_empty() {
            out.push_str(&collapsed);
            out.push('\n');
        }
        line.clear();
    };
    let mut i = start as usize;
    while i < (end as usize).min(page.len()) {
        let id = i as NodeId;
        close_ended(page, &mut open, id, || flush(&mut line, &mut out));
        let n = page.node(id);
        if n.is_element() {
            if is_hidden[i] || n.flags.has(Flags::HIDDEN) || is_in(INVISIBLE_TAGS, &n.tag) {
                i = n.end as usize;
                continue;
            }
            if !is_in(INLINE_TAGS, &n.tag) {
                flush(&mut line, &mut out);
            }
            if n.tag == "br" {
                flush(&mut line, &mut out);
            }
            open.push(id);
        } else {
            line.push_str(&n.text);
        }
        i += 1;
    }
    flush(&mut line, &mut out);
    out
}

fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            '<' => out.push_str("\\3c "),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page's own markup with a style sheet appended that outlines each
/// hidden block and labels it with its category and reason, plus a legend.
/// Appended at the end so that it does not shift the `nth-child` paths.
pub fn annotate(source: &str, verdict: &Verdict) -> String {
    let mut css = String::from(
        "\n<style id=\"quietpage-annotations\">\n.quietpage-legend{position:fixed;right:8px;bottom:8px;z-index:2147483647;max-width:420px;max-height:40vh;overflow:auto;background:#fff;color:#111;font:13px/1.4 system-ui,sans-serif;border:2px solid #c00;padding:8px;box-shadow:0 2px 8px #0004}\n.quietpage-legend li{margin:.3em 0}\n",
    );
    let mut legend =
        String::from("<div class=\"quietpage-legend\"><b>quietpage</b> would hide:<ol>");
    for (k, h) in verdict.hidden.iter().enumerate() {
        let cat = h.category.map_or("rule", |c| c.as_str());
        let why = h.evidence.first().cloned().unwrap_or_default();
        let label = format!("quietpage #{}: {cat} — {why}", k + 1);
        css.push_str(&format!(
            "{sel}{{outline:3px dashed #c00 !important;outline-offset:-3px;position:relative}}\n{sel}::before{{content:{label};display:block;background:#c00;color:#fff;font:bold 12px/1.3 system-ui,sans-serif;padding:2px 6px}}\n",
            sel = h.selector,
            label = css_string(&label)
        ));
        legend.push_str(&format!(
            "<li><b>{}</b> <code>{}</code><br>{}<br><small>{}</small></li>",
            html_escape(cat),
            html_escape(&h.selector),
            html_escape(&h.excerpt),
            html_escape(&h.evidence.join("; "))
        ));
    }
    legend.push_str("</ol>");
    if verdict.paywall.gate {
        legend.push_str(&format!(
            "<p>Paywall gate reported (not removed): {}</p>",
            html_escape(&verdict.paywall.evidence.join("; "))
        ));
    }
    legend.push_str("</div>");
    css.push_str("</style>\n");
    format!("{source}{css}{legend}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{sample_blocks, text};

    #[test]
    fn blocks_on_lines_inline_joined_hidden_skipped() {
        let (mut b, [body, _, _, d]) = sample_blocks("Hello ", "world", "style", "nag");
        b.push(body, text("tail")).unwrap();
        let page = b.finish();
        assert_eq!(visible_text(&page, &[]), "Hello world\nnag\ntail\n");
        assert_eq!(visible_text(&page, &[d]), "Hello world\ntail\n");
    }
}
