//! Purpose: a chosen box's category by what it asks for, not by its
//! strongest words (docs/labels.md, "Which category"). Scores pick the
//! category first; the rules here correct the pairs that scores confuse:
//! a metering notice that asks for an *account* and names no price is a
//! registration wall (login), a login box that names a price sells a
//! subscription (paywall), a box with a password field is a login box
//! whatever tick-box it also holds; a box whose controls lead to an app,
//! or are a donation form's amounts, asks for that whatever its words.

use super::choose::{Choice, Why};
use super::evidence::Evidence;
use super::price::has_price;
use super::tables::{PICKER_AMOUNTS, WEIGHT_ALONE, WEIGHT_STRONG};
use crate::category::Category;
use crate::page::NodeId;
use crate::patterns::{PatternError, PatternFiles};
use crate::paywall;
use crate::text::normalize;

/// The purpose word lists of `patterns/purpose.txt`, normalised.
#[derive(Debug, Default)]
pub struct PurposeWords {
    /// Asks for an account ("create an account", "registrieren Sie sich").
    pub register: Vec<String>,
}

impl PurposeWords {
    /// The lists of `purpose.txt`. The file has one section, `[register]`;
    /// any other section name is an error naming its line.
    pub fn from_files(files: &PatternFiles) -> Result<PurposeWords, PatternError> {
        let mut out = PurposeWords::default();
        let mut in_register = false;
        for (n, line) in files.get("purpose.txt")?.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if name != "register" {
                    return Err(error(n, format!("unknown section [{name}]")));
                }
                in_register = true;
                continue;
            }
            if !in_register {
                return Err(error(n, "a word before any section".into()));
            }
            out.register.push(normalize(line));
        }
        Ok(out)
    }

    fn asks_for_account(&self, normalised: &str) -> bool {
        self.register.iter().any(|w| contains_word(normalised, w))
    }
}

fn error(line: usize, message: String) -> PatternError {
    PatternError {
        file: "patterns/purpose.txt".into(),
        line: line + 1,
        message,
    }
}

/// `w` in `text` as a word of its own: "registrati" is not in
/// "registration". Scripts written without spaces need no boundary.
fn contains_word(text: &str, w: &str) -> bool {
    let spaced = crate::text::is_spaced_alphanumeric;
    text.match_indices(w).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + w.len()..].chars().next();
        let joined_before = before.is_some_and(spaced) && w.starts_with(spaced);
        let joined_after = after.is_some_and(spaced) && w.ends_with(spaced);
        !joined_before && !joined_after
    })
}

/// Re-reads the category of each chosen box from what it asks for.
/// `text` gives a node's visible text.
pub fn refine(
    chosen: &mut [Choice],
    ev: &Evidence,
    words: &PurposeWords,
    enabled: &[bool; Category::COUNT],
    text: impl Fn(NodeId) -> String,
) {
    for c in chosen.iter_mut() {
        if matches!(c.why, Why::Rule | Why::Backdrop) {
            continue;
        }
        let Some(now) = c.category else { continue };
        let a = &ev.agg[c.node as usize];
        let score = |k: Category| a.score[k.index()];
        // The box's controls say what it asks in any language: most of
        // them lead to an app (a store or a deep link), so "get alerts for
        // your street" in the app's pitch is no notification prompt; or
        // they are a donation form's amounts, and "€5 a month" in its
        // appeal sells no subscription.
        let want = if a.store_links > 0 && 2 * a.store_links > a.clickables {
            Some(Category::AppBanner)
        } else if a.amount_choices() >= PICKER_AMOUNTS && a.priced <= a.amount_choices() {
            Some(Category::Donation)
        } else if now == Category::Paywall
            && a.links[Category::Donation.index()] >= WEIGHT_ALONE
            && a.links[Category::Paywall.index()] < WEIGHT_ALONE
        {
            // Its plans are paid on a donation or membership platform
            // (Steady, Patreon): "5 € / Monat" there supports the
            // publisher, it buys no access.
            Some(Category::Donation)
        } else if now == Category::Paywall
            && a.ask_paths[Category::Donation.index()] >= WEIGHT_STRONG
            && a.ask_paths[Category::Paywall.index()] == 0
            && a.links[Category::Paywall.index()] == 0
            && paywall::is_gate_wording(&normalize(&text(c.node))).is_none()
        {
            // Its buttons lead to the site's membership or donation page
            // and none to a subscription's, and it holds back no article:
            // "Vanaf € 6 per maand" beside "Ik word lid" (/lid-worden/)
            // keeps a free site going, it sells no access.
            Some(Category::Donation)
        } else {
            // The box as a whole, words and markup, says another ask by a
            // clear margin than the one weak phrase it grew from: "i din
            // webbläsare" seeded `div.ap-cookiebar`, whose "Godkänn alla"
            // and class name say consent. (A box whose own ask has more,
            // markup named by a vendor rule among it, keeps it.)
            let whole = |k: Category| score(k) + f32::from(ev.hint(c.node, k));
            Category::ALL
                .into_iter()
                .filter(|&k| k != now && enabled[k.index()])
                .max_by(|&x, &y| whole(x).total_cmp(&whole(y)))
                .filter(|&k| {
                    whole(now) <= f32::from(WEIGHT_STRONG)
                        && whole(k) >= whole(now) + f32::from(WEIGHT_ALONE) + 1.0
                })
        };
        let want = want.filter(|&k| k != now).or_else(|| match now {
            // Newsletters are free: a box without an address field whose
            // subscription wording is as strong as its newsletter wording
            // and that names a price sells the magazine ("Subscribe to
            // Cycling Weekly: 12 issues for £12").
            Category::Newsletter
                if a.email_inputs == 0 && score(Category::Paywall) >= score(now) =>
            {
                has_price(&normalize(&text(c.node))).then_some(Category::Paywall)
            }
            Category::Paywall | Category::Newsletter | Category::Cookie
                if score(Category::Login) > 0.0 || a.password_inputs > 0 =>
            {
                let t = normalize(&text(c.node));
                // A box with a password field, or one that asks for an
                // account to read on ("Register to read more"), or whose
                // account ask is as strong as its own wording, is a login
                // wall, unless it names a price: then it sells a
                // subscription with a sign-in line.
                let account = a.password_inputs > 0
                    || (words.asks_for_account(&t)
                        && (now == Category::Paywall
                            || paywall::is_gate_wording(&t).is_some()
                            || score(Category::Login) >= score(now)));
                (account && !has_price(&t)).then_some(Category::Login)
            }
            // A subscription box that takes only an address, names no price
            // or offer and holds back no article sends mail: "PepTalks im Abo · Ihre
            // E-Mail-Adresse · Abonnieren" is a blog's newsletter.
            Category::Paywall
                if a.email_inputs > 0
                    && a.password_inputs == 0
                    && a.priced == 0
                    && score(Category::Newsletter) > 0.0 =>
            {
                let t = normalize(&text(c.node));
                (!has_price(&t) && paywall::is_gate_wording(&t).is_none())
                    .then_some(Category::Newsletter)
            }
            // A push prompt asks for a permission, never for an address:
            // "Never miss a story" above an email field sends mail.
            Category::Notification if a.email_inputs > 0 && a.password_inputs == 0 => {
                Some(Category::Newsletter)
            }
            // A login box that names a price sells a subscription.
            Category::Login if a.password_inputs == 0 && score(Category::Paywall) > 0.0 => {
                has_price(&normalize(&text(c.node))).then_some(Category::Paywall)
            }
            _ => None,
        });
        if let Some(k) = want
            && enabled[k.index()]
        {
            c.category = Some(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_words_parse_and_match() {
        let w = PurposeWords::from_files(&PatternFiles::builtin()).unwrap();
        assert!(w.asks_for_account(&normalize("Créez votre compte pour lire la suite")));
        assert!(!w.asks_for_account(&normalize("Abonnez-vous pour 1 € le premier mois")));
        // Whole words only, but no boundaries in unspaced scripts.
        assert!(!w.asks_for_account("registration on this site"));
        assert!(w.asks_for_account(&normalize("今すぐ会員登録して続きを読む")));
    }
}
