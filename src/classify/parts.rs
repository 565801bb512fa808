//! Compound walls: one box, two asks.
//!
//! A paywall template often sets two columns side by side: "Ja. Ich
//! benötige ein Abo" above the plans, and "Ich bin Abonnent · Anmelden ·
//! Noch kein Konto? Registrieren" above an account form. The box is one nag
//! and is hidden whole; but it asks for two things, and a reader who reads
//! "what was hidden and why" should see both. So
//! when its columns are boxes of their own (several worded blocks, a call
//! to action or a form, one category clearly ahead of the others) asking
//! for at least two different things, each column that asks for another
//! category than the box is reported as a part: a hidden block of its own
//! category inside the box. Lines are never parts: "Already a
//! subscriber? Sign in" under a meter is the meter's (one block).

use super::choose::{Choice, Why};
use super::evidence::{ALL_CATEGORIES, Evidence, strongest};
use super::tables::*;
use crate::category::Category;
use crate::page::{NodeId, Page};

/// The parts of the compound boxes (their `seed` is their box), with the
/// category of the box each belongs to: for `purpose::refine` and then
/// [`join`].
pub struct Parts {
    pub parts: Vec<Choice>,
    box_category: Vec<Option<Category>>,
}

/// Splits the compound boxes among `chosen` (already refined): where the
/// box's own category is one of its parts', re-reads it from its text
/// outside the parts; returns the parts.
pub fn split(
    chosen: &mut [Choice],
    page: &Page,
    ev: &Evidence,
    enabled: &[bool; Category::COUNT],
) -> Parts {
    let mut parts = Vec::new();
    let mut box_category = Vec::new();
    for m in chosen.iter_mut() {
        if matches!(m.why, Why::Rule | Why::Backdrop | Why::Beside) || m.category.is_none() {
            continue;
        }
        let mut found = Vec::new();
        collect(page, ev, m.node, 1, &mut found);
        let first = found.first().map(|p| p.1);
        if !found.iter().any(|p| Some(p.1) != first) {
            continue;
        }
        // What the box says outside its parts names the box; without words
        // of its own, a wall with a plans column is a paywall (its account
        // column lets subscribers in, as "Already a subscriber? Sign in"
        // does under a meter); else its category stands. Only when the
        // box's category is one of its parts': one `purpose::refine` gave
        // for another reason (plans paid on Patreon, store links) stands.
        if found.iter().any(|p| Some(p.1) == m.category) {
            let mut rest = ev.agg[m.node as usize].score;
            for &(x, _) in &found {
                for (r, s) in rest.iter_mut().zip(ev.agg[x as usize].score) {
                    *r -= s;
                }
            }
            let now = if let Some((k, s)) = strongest(&rest, enabled)
                && s >= f32::from(WEIGHT_STRONG)
            {
                Some(k)
            } else if enabled[Category::Paywall.index()]
                && found.iter().any(|p| p.1 == Category::Paywall)
            {
                Some(Category::Paywall)
            } else {
                None
            };
            if let Some(k) = now {
                m.category = Some(k);
                m.score = ev.agg[m.node as usize].score[k.index()];
            }
        }
        for (x, k) in found {
            if Some(k) != m.category && enabled[k.index()] {
                parts.push(Choice {
                    node: x,
                    seed: m.node,
                    category: Some(k),
                    score: ev.agg[x as usize].score[k.index()],
                    why: Why::Part,
                });
                box_category.push(m.category);
            }
        }
    }
    Parts {
        parts,
        box_category,
    }
}

/// Adds the parts whose (refined) category still differs from their box's.
pub fn join(chosen: &mut Vec<Choice>, parts: Parts) {
    if parts.parts.is_empty() {
        return;
    }
    chosen.extend(
        parts
            .parts
            .into_iter()
            .zip(parts.box_category)
            .filter(|(p, b)| p.category != *b)
            .map(|(p, _)| p),
    );
    crate::sort::sort_by_key(chosen, |c| c.node);
}

/// The outermost boxes under `id` (at most [`PART_MAX_DEPTH`] levels
/// down) that ask for one category on their own.
fn collect(
    page: &Page,
    ev: &Evidence,
    id: NodeId,
    depth: usize,
    out: &mut Vec<(NodeId, Category)>,
) {
    for x in page.children(id) {
        if let Some(k) = part_category(ev, x) {
            out.push((x, k));
        } else if depth < PART_MAX_DEPTH && page.node(x).tag != "form" {
            // (A form is one ask: its consent ticks are the form's.)
            collect(page, ev, x, depth + 1, out);
        }
    }
}

/// The category a subtree asks for as a box of its own, if it is one.
fn part_category(ev: &Evidence, x: NodeId) -> Option<Category> {
    let a = &ev.agg[x as usize];
    let (k, s) = strongest(&a.score, &ALL_CATEGORIES)?;
    let alone = Category::ALL
        .iter()
        .all(|&j| j == k || a.score[j.index()] * PART_LEAD_RATIO <= s);
    (s >= CLUSTER_SCORE
        && a.hit_blocks >= PART_MIN_HIT_BLOCKS
        && a.ctas + a.forms > 0
        && a.h1s == 0
        && alone)
        .then_some(k)
}
