//! Money in page text. A price is evidence that needs no language: a
//! currency sign or code next to a number. A price *per period* ("12€ /
//! mois", "$4.99/mo", "4,99 €/Monat") is a subscription offer, written the
//! same way on every site in every language, so it counts as paywall
//! wording where it stands; a price alone only tells a paywall from a
//! registration wall (see `purpose`).

use super::tables::{
    CURRENCY_MARKS, IBAN_MIN_DIGITS, PAYMENT_HANDLE_GAP, PAYMENT_HANDLE_MAX_NUMBERS,
    PAYMENT_HANDLE_MIN_DIGITS, PROGRESS_GAP_MAX,
};
use super::words::Words;

/// Each price in normalised text, as the byte range of the number and its
/// currency mark, in the order of [`CURRENCY_MARKS`], then of position.
/// Codes made of letters count only as a word of their own ("kr" in
/// "krone" does not).
pub fn prices(normalised: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Every price has a digit beside its mark (spaces between), so each
    // mark is tried only beside the digit runs rather than searched for
    // through the whole text. Per mark the candidates come in text order,
    // a mark between two runs twice in a row; no mark overlaps itself, so
    // these are the occurrences a search finds.
    let b = normalised.as_bytes();
    // Each run with the ends of the spaces around it, kept only where a
    // mark's last byte stands before or its first byte after: a page of
    // figures has many runs and few marks.
    let mut lasts = [false; 256];
    let mut firsts = [false; 256];
    for m in CURRENCY_MARKS {
        let mb = m.as_bytes();
        lasts[usize::from(mb[mb.len() - 1])] = true;
        firsts[usize::from(mb[0])] = true;
    }
    let runs: Vec<(usize, usize)> = (0..b.len())
        .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
        .filter_map(|s| {
            let e = s + b[s..].iter().take_while(|c| c.is_ascii_digit()).count();
            let before = s - b[..s].iter().rev().take_while(|&&c| c == b' ').count();
            let after = e + b[e..].iter().take_while(|&&c| c == b' ').count();
            let near = (before > 0 && lasts[usize::from(b[before - 1])])
                || b.get(after).is_some_and(|&c| firsts[usize::from(c)]);
            near.then_some((before, after))
        })
        .collect();
    let mut out = Vec::new();
    for m in CURRENCY_MARKS {
        let mb = m.as_bytes();
        let mut last = usize::MAX;
        for &(before, after) in &runs {
            let ends_here = b[..before].ends_with(mb).then(|| before - mb.len());
            let starts_here = b[after..].starts_with(mb).then_some(after);
            for at in [ends_here, starts_here].into_iter().flatten() {
                if at != last {
                    last = at;
                    out.extend(price_at(normalised, m, at));
                }
            }
        }
    }
    out.into_iter()
}

/// The price whose currency mark `m` starts at `at`, if it is one.
fn price_at(normalised: &str, m: &str, at: usize) -> Option<(usize, usize)> {
    let b = normalised.as_bytes();
    // A mark made of letters ("kr", "원", "đ") is a word of its own:
    // "kr" in "krone", "đ" in "đã", "원" in "원칙" are not marks.
    let alpha = m.chars().all(char::is_alphabetic);
    let end = at + m.len();
    if alpha
        && (normalised[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
            || normalised[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic))
    {
        return None;
    }
    let number = |c: u8| c.is_ascii_digit() || c == b'.' || c == b',';
    let before = normalised[..at].trim_end_matches(' ');
    let after_at =
        end + (normalised[end..].len() - normalised[end..].trim_start_matches(' ').len());
    if before.ends_with(|x: char| x.is_ascii_digit()) {
        let start = before.len() - before.bytes().rev().take_while(|&c| number(c)).count();
        Some((start, end))
    } else if b.get(after_at).is_some_and(|x| x.is_ascii_digit()) {
        let len = b[after_at..].iter().take_while(|&&c| number(c)).count();
        // ... and so is its number: "r2a" is a code, not two rand.
        if alpha
            && normalised[after_at + len..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            return None;
        }
        Some((at, after_at + len))
    } else {
        None
    }
}

/// A sum of money in running text ("$23.99", "12€ / mois", "€ 29", "CHF 5").
pub fn has_price(normalised: &str) -> bool {
    prices(normalised).next().is_some()
}

/// Start offsets of the prices followed by a slash and a word, or by a
/// period in words (`[period-after]` in patterns/words.txt): a price per
/// period ("/ mois", "/mo", "/Monat", "/ano", "kada buwan", "a month").
pub fn prices_per_period(normalised: &str, words: &Words) -> Vec<usize> {
    // One price may carry two marks ("r$" and "$"): one start per end, the
    // earliest. A handful of prices per page: no sort needed.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (start, end) in prices(normalised) {
        let rest = normalised[end..].trim_start_matches(' ');
        let per = rest
            .strip_prefix('/')
            .map(|r| r.trim_start_matches(' '))
            .and_then(|r| r.chars().next())
            // A letter; any non-ASCII character counts as one (the
            // Unicode tables would cost the WebAssembly 4 KB).
            .is_some_and(|c| c.is_ascii_alphabetic() || !c.is_ascii())
            || words.period_after.iter().any(|w| {
                rest.strip_prefix(w.as_str())
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
            });
        if !per {
            continue;
        }
        match spans.iter_mut().find(|s| s.1 == end) {
            Some(s) => s.0 = s.0.min(start),
            None => spans.push((start, end)),
        }
    }
    spans.into_iter().map(|(start, _)| start).collect()
}

/// Start offsets of the progress lines of a fundraiser: a sum raised and
/// its goal, two prices joined by a word of `[progress-connector]` in
/// patterns/words.txt or a slash ("€12,400 of €20,000", "48 210 zł z 60
/// 000 zł", "$18,400 of our $25,000 goal"). A range ("€5–€10", "$5 to
/// $10") or a list is none.
pub fn progress(normalised: &str, words: &Words) -> Vec<usize> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (start, end) in prices(normalised) {
        match spans.iter_mut().find(|s| s.1 == end) {
            Some(s) => s.0 = s.0.min(start),
            None => spans.push((start, end)),
        }
    }
    crate::sort::sort_by_key(&mut spans, |s| s.0);
    spans
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0], w[1]);
            b.0 > a.1 && b.0 - a.1 <= PROGRESS_GAP_MAX && joins_a_goal(&normalised[a.1..b.0], words)
        })
        .map(|w| w[0].0)
        .collect()
}

/// Whether the text between two prices joins a sum to its goal: a word of
/// `[progress-connector]` or a slash, and at most one word more ("of
/// our", "／nt" before "nt$2,000,000").
fn joins_a_goal(gap: &str, words: &Words) -> bool {
    let gap = gap.trim_matches(' ');
    let rest = if let Some(r) = gap.strip_prefix('/').or_else(|| gap.strip_prefix('／')) {
        r
    } else {
        let (first, r) = gap.split_once(' ').unwrap_or((gap, ""));
        if !words.progress_connector.iter().any(|w| w == first) {
            return false;
        }
        r
    };
    rest.split(' ').filter(|w| !w.is_empty()).count() <= 1
}

/// Start offsets of every price and every discount (a number and a
/// per-cent sign, "35 %", "-50%"): with subscription wording beside it, an
/// offer ("Abonnez-vous, 1€ le premier mois", "6 Hefte testen und 35 %
/// sparen"). Alone they say nothing: articles quote prices and rates.
pub fn offers(normalised: &str) -> Vec<usize> {
    let mut at: Vec<usize> = prices(normalised).map(|(start, _)| start).collect();
    for (i, _) in normalised.match_indices('%') {
        let before = normalised[..i].trim_end_matches(' ');
        if before.ends_with(|c: char| c.is_ascii_digit()) && i - before.len() <= 1 {
            let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
            at.push(before.len() - digits);
        }
    }
    at
}

/// Start offsets of printed bank account numbers (IBAN: two letters, two
/// check digits, then at least [`IBAN_MIN_DIGITS`] more digits and letters,
/// in groups or not). A page prints one to be paid: in any language it
/// asks as a link does.
pub fn account_numbers(normalised: &str) -> Vec<usize> {
    let b = normalised.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= b.len() {
        let starts_word = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if starts_word
            && b[i].is_ascii_lowercase()
            && b[i + 1].is_ascii_lowercase()
            && b[i + 2].is_ascii_digit()
            && b[i + 3].is_ascii_digit()
        {
            // The rest: alphanumerics, single spaces between groups.
            let mut j = i + 4;
            let mut count = 0;
            while j < b.len() {
                if b[j].is_ascii_alphanumeric() {
                    count += usize::from(b[j].is_ascii_digit());
                    j += 1;
                } else if b[j] == b' ' && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric) {
                    j += 1;
                } else {
                    break;
                }
            }
            if count >= IBAN_MIN_DIGITS {
                out.push(i);
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Start offsets of payment handles: a number of at least
/// [`PAYMENT_HANDLE_MIN_DIGITS`] digits (groups joined by single spaces,
/// dashes or dots) that one of the names of `[payment]` in
/// patterns/words.txt, a word of its own, ends at most
/// [`PAYMENT_HANDLE_GAP`] characters before. Found from the numbers, of
/// which a page has few, not from the names.
pub fn payment_handles(normalised: &str, words: &Words) -> Vec<usize> {
    let b = normalised.as_bytes();
    let mut out = Vec::new();
    let mut looked = 0;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                digits += 1;
                i += 1;
            } else if matches!(b[i], b' ' | b'-' | b'.')
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                i += 1;
            } else {
                break;
            }
        }
        if digits < PAYMENT_HANDLE_MIN_DIGITS {
            continue;
        }
        // A table of figures has thousands of long numbers: a page asks
        // to be paid in a handful, so the names are looked for beside the
        // first [`PAYMENT_HANDLE_MAX_NUMBERS`] only.
        looked += 1;
        if looked > PAYMENT_HANDLE_MAX_NUMBERS {
            break;
        }
        // (The longest name, 4 bytes a character, and the gap's.)
        let mut from = start.saturating_sub(4 * (PAYMENT_HANDLE_GAP + 12));
        while !normalised.is_char_boundary(from) {
            from += 1;
        }
        let window = &normalised[from..start];
        // (Digits and spaces alone name nothing.)
        if !window.bytes().any(|c| c.is_ascii_alphabetic() || c >= 0x80) {
            continue;
        }
        if let Some(at) = words.payment.iter().find_map(|n| {
            window.match_indices(n.as_str()).find_map(|(k, _)| {
                let end = k + n.len();
                let word = !window[..k]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
                    && !window[end..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                (word && window[end..].chars().count() <= PAYMENT_HANDLE_GAP).then_some(from + k)
            })
        }) {
            out.push(at);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_in_text() {
        for yes in [
            "for $23.99.",
            "12€ / mois",
            "€ 29 jährlich",
            "chf 5 pro monat",
            "ab 4,99 €",
            "r50",
            "월 5,000원",
            "chỉ 180.000đ",
            "ksh 184,500",
        ] {
            assert!(has_price(yes), "{yes}");
        }
        for no in [
            "3 articles gratuits",
            "krone 5",
            "€uro",
            "the 1990s",
            "$ signs",
            // Letter marks are words of their own, in any script.
            "năm 2024 đã tăng",
            "3원칙",
            "route r2a",
        ] {
            assert!(!has_price(no), "{no}");
        }
    }

    /// The search the digit-anchored candidates replaced: every mark
    /// searched for through the whole text.
    fn prices_by_search(t: &str) -> Vec<(usize, usize)> {
        CURRENCY_MARKS
            .iter()
            .flat_map(|m| t.match_indices(m).filter_map(|(at, _)| price_at(t, m, at)))
            .collect()
    }

    #[test]
    fn candidates_beside_digits_find_what_a_search_finds() {
        for t in [
            "for $23.99. 12€ / mois € 29 jährlich chf 5 pro monat ab 4,99 €",
            "r$ 1,90/mês 3 articles gratuits krone 5 €uro the 1990s $ signs",
            "5   kr, kr5, 5kr, 5krone, usd 10 usd, 1 zł 2 kč 3 lei 4 ft 10,00 eur",
            "5.€ €5, $ $ $ 1 $ 2 ¥3 ₹ 4 ₽5 ₺6 ₴7 ₩8 £9 99",
            "",
            "7",
            "€",
        ] {
            assert_eq!(prices(t).collect::<Vec<_>>(), prices_by_search(t), "{t}");
        }
    }

    #[test]
    fn prices_per_period_in_text() {
        let w = Words::builtin();
        for (text, want) in [
            ("abonnez-vous 12€ / mois", vec![13]),
            ("only $4.99/mo", vec![5]),
            ("ab 4,99 €/monat", vec![3]),
            ("r$ 1,90/mês", vec![0]),
            ("12€ / 3", vec![]),
            ("€ 29 jährlich", vec![0]),
            ("₱99 kada buwan, ₱999 kada taon", vec![0, 18]),
            ("$2 a month", vec![0]),
            ("$2 a monthly fee", vec![]),
            ("€ 29 jährliche kosten", vec![]),
            ("5 € a piece", vec![]),
            ("pages 1/2", vec![]),
            ("2/3 of €5", vec![]),
            // An introductory price, for a first period.
            ("it's $1 for the first month.", vec![5]),
            ("assine por r$ 1,90 no primeiro mês", vec![11]),
            ("$1 for the first time", vec![]),
        ] {
            assert_eq!(prices_per_period(text, &w), want, "{text}");
        }
    }

    #[test]
    fn progress_in_text() {
        let w = Words::builtin();
        for (t, want) in [
            ("€12,400 of €20,000 raised", 1),
            ("readers have given $18,400 of our $25,000 goal", 1),
            ("48 210 zł z 60 000 zł", 1),
            ("nt$1,240,500／nt$2,000,000", 1),
            ("plans from €5 to €10 a month", 0),
            ("€5–€10", 0),
            ("€5, €10 or €20", 0),
            ("€12,400 raised so far", 0),
        ] {
            assert_eq!(progress(t, &w).len(), want, "{t}");
        }
    }

    #[test]
    fn offers_in_text() {
        for (text, want) in [
            ("abonnez-vous, 1 € le premier mois", vec![14]),
            ("save 35 % now", vec![5]),
            ("-50% today", vec![1]),
            ("100 % digital", vec![0]),
            ("the 1990s", vec![]),
            ("a % sign", vec![]),
        ] {
            assert_eq!(offers(text), want, "{text}");
        }
    }

    #[test]
    fn payment_handles_in_text() {
        let w = Words::builtin();
        for yes in [
            "giv en kop kaffe på mobilepay 284491.",
            "বিকাশ (মার্চেন্ট): 01711-442290",
            "계좌 : 농협 351-1187-4420-63 (주)경남의소리",
            "swish 123 456 78 90",
            "paybill 247247, account kenya",
        ] {
            assert_eq!(payment_handles(yes, &w).len(), 1, "{yes}");
        }
        // Only the first numbers are looked at: a table of figures is
        // read in bounded time.
        let table = "123456; ".repeat(PAYMENT_HANDLE_MAX_NUMBERS) + "mobilepay 284491";
        assert!(payment_handles(&table, &w).is_empty());
        assert_eq!(payment_handles(&table[8..], &w).len(), 1);
        for no in [
            "mobilepay had 2024 users",
            "m-pesa moved 38 trillion shillings",
            "the nuswish 123456",
            "mobilepay, said the bank's spokesman on tuesday, 123456",
        ] {
            assert!(payment_handles(no, &w).is_empty(), "{no}");
        }
    }

    #[test]
    fn account_numbers_in_text() {
        for (text, want) in [
            ("iban de22 1005 0000 0190 3456 78", vec![5]),
            ("iban: de66480501610002129799 bic", vec![6]),
            ("ch93 0076 2011 6238 5295 7", vec![0]),
            ("the a4 2021 paper", vec![]),
            ("route ab12 34", vec![]),
        ] {
            assert_eq!(account_numbers(text), want, "{text}");
        }
    }
}
