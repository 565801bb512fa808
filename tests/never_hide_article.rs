//! Property: whatever nags a page holds, in whatever order and nesting,
//! every paragraph of its article stays visible.
//!
//! Pages are generated: an article of prose paragraphs (which may mention
//! donations, subscriptions, cookies and notifications, as articles do)
//! and nag blocks drawn from every category, with random wrappers, placed
//! before, inside and after the article.

use proptest::prelude::*;
use quietpage::Engine;
use quietpage::native::{html, render};
use quietpage::text::squash;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new().unwrap())
}

const SUBJECTS: &[&str] = &[
    "The council",
    "Local residents",
    "The regional hospital",
    "A group of engineers",
    "The charity",
    "Two researchers at the university",
    "The ferry operator",
    "Farmers in the valley",
];
const VERBS: &[&str] = &[
    "said on Tuesday that",
    "confirmed in a statement that",
    "told reporters that",
    "argued at the meeting that",
    "wrote in a report published this week that",
];
const CLAUSES: &[&str] = &[
    "the new bridge would open in the spring after two years of delays",
    "donations to the winter appeal had doubled compared with last year",
    "readers who subscribe to the printed edition would see no change in price",
    "browsers will soon block third-party cookies by default on most sites",
    "people who turn on push notifications for flood warnings were evacuated earlier",
    "the number of newsletter subscribers at the library had grown steadily",
    "the harbour had flooded three times since the sea wall was last repaired",
    "volunteers had registered more than four hundred families for the food parcels",
    "the new timetable would add two evening trains on weekdays",
];

const NAGS: &[&str] = &[
    r#"<div class="x1"><h3>Support independent journalism</h3><p>Your donation helps us keep our reporting free for everyone.</p><a href="/give">Donate now</a></div>"#,
    r#"<div class="x2"><p>Sign up for our newsletter</p><input type="email" placeholder="Enter your email"><button>Subscribe</button></div>"#,
    r#"<div class="x3" style="position:fixed"><p>We use cookies to improve your experience.</p><button>Accept all cookies</button></div>"#,
    r#"<div class="x4"><p>Turn on notifications to never miss a story.</p><button>Allow</button><button>Not now</button></div>"#,
    r#"<div class="x5"><p>You have 2 free articles left this month.</p><a href="/subscribe">Subscribe now</a></div>"#,
    r#"<div class="x6"><p>Create a free account to keep reading.</p><a href="/register">Register</a> <a href="/login">Log in</a></div>"#,
    r#"<div class="x7"><p>Read it in our app</p><a href="/app">Open in app</a></div>"#,
    r#"<div class="x8"><p>We noticed you're using an ad blocker. Please disable your ad blocker.</p></div>"#,
    r#"<aside><h4>Subscribe to our mailing list</h4><p>Get the latest news delivered straight to your inbox every morning.</p><form><input type="email"><input type="submit" value="Sign up"></form></aside>"#,
];

fn paragraph(parts: &[(usize, usize, usize)]) -> String {
    parts
        .iter()
        .map(|&(s, v, c)| {
            format!(
                "{} {} {}.",
                SUBJECTS[s % SUBJECTS.len()],
                VERBS[v % VERBS.len()],
                CLAUSES[c % CLAUSES.len()]
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone)]
struct Spec {
    paragraphs: Vec<Vec<(usize, usize, usize)>>,
    /// (nag index, position 0..=paragraphs, place: 0 before article, 1 inside, 2 after, wrapper depth)
    nags: Vec<(usize, usize, u8, u8)>,
}

fn spec() -> impl Strategy<Value = Spec> {
    let para = prop::collection::vec((0usize..8, 0usize..5, 0usize..9), 2..4);
    (
        prop::collection::vec(para, 3..8),
        prop::collection::vec((0usize..NAGS.len(), 0usize..8, 0u8..3, 0u8..4), 0..6),
    )
        .prop_map(|(paragraphs, nags)| Spec { paragraphs, nags })
}

fn wrap(html: &str, depth: u8) -> String {
    let mut s = html.to_string();
    for d in 0..depth {
        s = format!("<div class=\"w{d}\">{s}</div>");
    }
    s
}

fn build(spec: &Spec) -> (String, Vec<String>) {
    let paras: Vec<String> = spec.paragraphs.iter().map(|p| paragraph(p)).collect();
    let mut before = String::new();
    let mut after = String::new();
    let mut inside: Vec<Vec<String>> = vec![Vec::new(); paras.len() + 1];
    for &(n, pos, place, depth) in &spec.nags {
        let block = wrap(NAGS[n], depth);
        match place {
            0 => before.push_str(&block),
            1 => inside[pos % (paras.len() + 1)].push(block),
            _ => after.push_str(&block),
        }
    }
    let mut body = String::new();
    for (i, p) in paras.iter().enumerate() {
        body.extend(inside[i].iter().cloned());
        body.push_str(&format!("<p>{p}</p>\n"));
    }
    body.extend(inside[paras.len()].iter().cloned());
    let page = format!(
        "<!DOCTYPE html><html><head><title>t</title></head><body><nav><a href=/>Home</a> <a href=/subscribe>Subscribe</a></nav>{before}<main><article><h1>Headline</h1><div class=\"body\">{body}</div></article></main>{after}<footer><a href=/privacy>Privacy policy</a></footer></body></html>"
    );
    (page, paras)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn every_article_paragraph_stays_visible(spec in spec()) {
        let (page, paras) = build(&spec);
        let l = html::load(page.as_bytes(), "https://prop.example/", None).unwrap();
        let v = engine().classify(&l.page, Default::default());
        let hidden: Vec<u32> = v.hidden.iter().map(|h| h.node).collect();
        let visible = squash(&render::visible_text(&l.page, &hidden));
        // The generated nags are real nags: the engine is not passing by
        // hiding nothing.
        prop_assert!(spec.nags.is_empty() || !v.hidden.is_empty(), "no nag hidden on a page with {} nags", spec.nags.len());
        for p in &paras {
            prop_assert!(visible.contains(&squash(p)), "paragraph hidden: {p}\nhidden: {:?}", v.hidden.iter().map(|h| &h.text).collect::<Vec<_>>());
        }
    }
}
