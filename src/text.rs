//! Text normalisation: one function for patterns, page text and labels.
//!
//! Matching only works if both sides of a comparison were folded the same
//! way, so every string the engine compares goes through [`normalize`]:
//! Unicode lower case, typographic quotes/apostrophes/dashes folded to ASCII,
//! full-width ASCII folded to ASCII, Traditional Chinese characters to
//! Simplified ones, and every run of whitespace (including
//! NBSP and zero-width spaces) collapsed to one ASCII space.

/// Folds one character to its canonical form, or `None` when it is
/// whitespace-like (the caller collapses runs of it).
#[inline]
fn fold_char(c: char) -> Option<char> {
    // Most page text is ASCII: the backtick and the whitespace are all it
    // folds there (the same as [`fold_wide`], without its table walk).
    if c.is_ascii() {
        return match c {
            '`' => Some('\''),
            '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | ' ' => None,
            _ => Some(c),
        };
    }
    fold_wide(c)
}

/// [`fold_char`] for any character.
fn fold_wide(c: char) -> Option<char> {
    Some(match c {
        // Apostrophes and single quotes.
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}'
        | '\u{0060}' | '\u{FF07}' | '\u{02BC}' => '\'',
        // Double quotes and guillemets.
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' | '\u{FF02}' | '\u{300C}' | '\u{300D}' | '\u{300E}' | '\u{300F}' => '"',
        // Dashes and hyphens.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{2026}' => '.',
        // Soft hyphen and zero-width characters vanish entirely.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => '\0',
        // Full-width ASCII (common in CJK pages): fold to ASCII.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        // Decimal digits of other scripts (Arabic-Indic, Persian, the
        // Indic scripts, Thai, Lao, Myanmar, Khmer) to ASCII: prices,
        // account numbers and '#' placeholders read them alike.
        c if native_digit(c).is_some() => native_digit(c).unwrap_or(c),
        // Arabic-script letters that Persian and Urdu write in their own
        // forms, often typed with the Arabic ones (and back): yeh, kaf,
        // Urdu's heh goal, one form each.
        '\u{064A}' | '\u{0649}' => '\u{06CC}',
        '\u{0643}' => '\u{06A9}',
        '\u{06C1}' => '\u{0647}',
        '\u{066B}' => '.',
        '\u{066C}' => ',',
        // Traditional Chinese to Simplified (`hanzi`): one phrase file
        // reads pages in both scripts.
        '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => crate::hanzi::simplified(c),
        c if c.is_whitespace() => return None,
        c => c,
    })
}

/// The first code point of each script's run of ten decimal digits.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
    0x0ED0, 0x0F20, 0x1040, 0x17E0,
];

/// `c` as an ASCII digit, if it is a decimal digit of [`DIGIT_ZEROS`].
fn native_digit(c: char) -> Option<char> {
    let u = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .and_then(|&z| char::from_digit(u - z, 10))
}

/// Appends the normalised form of `input` to `out`.
///
/// Whitespace runs become one space; a leading space is not written when
/// `out` already ends in a space (so text nodes can be appended one after
/// another, as `textContent` would join them).
pub fn normalize_into(input: &str, out: &mut String) {
    let mut pending_space = false;
    for c in input.chars() {
        match fold_char(c) {
            None => pending_space = true,
            Some('\0') => {}
            Some(f) => {
                if pending_space && !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                pending_space = false;
                if f.is_ascii() {
                    out.push(f.to_ascii_lowercase());
                } else {
                    // Fold again after lower-casing: full-width capitals lower
                    // to full-width small letters, which fold to ASCII.
                    for l in f.to_lowercase() {
                        out.push(fold_char(l).filter(|&x| x != '\0').unwrap_or(l));
                    }
                }
            }
        }
    }
    if pending_space && !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// The normalised form of `input`, trimmed.
pub fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    normalize_into(input, &mut out);
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    if out.starts_with(' ') {
        out.remove(0);
    }
    out
}

/// Normalised and with all whitespace removed: the form used to compare
/// label snippets with extracted text, so that extractors that differ only
/// in the spaces they put around inline tags agree. (Native only: the
/// evaluation is the one user.)
#[cfg(not(target_arch = "wasm32"))]
pub fn squash(input: &str) -> String {
    let mut out = normalize(input);
    out.retain(|c| c != ' ');
    out
}

/// True for characters that make up words in scripts with word boundaries.
/// CJK ideographs and kana are excluded: those scripts do not separate
/// words, so a phrase may start or end next to any of them.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_unspaced_script(c)
}

/// `s` in lower case, letter by letter: the standard `str::to_lowercase`
/// adds a second copy of the case tables and Greek final-sigma rules to
/// the WebAssembly (4 KB) for the few words read outside `normalize`
/// (a store badge's name, a handle, a host).
pub fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// Scripts written without spaces between words (Han, kana, Thai, ...).
#[inline]
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK ext A
        | 0x4E00..=0x9FFF    // CJK unified
        | 0xF900..=0xFAFF    // CJK compatibility
        | 0xFF66..=0xFF9F    // half-width katakana
        | 0x20000..=0x2FFFF) // CJK ext B+
}

/// A letter or digit that a neighbouring word would join: below the CJK
/// radicals (U+2E80), where scripts are taken as written with spaces. A
/// list entry ("registrati", "oui") matches as a whole word where both its
/// edge and the text beside it are such characters apart; above, any
/// start or end will do ("会員登録", "是的"). (Coarser than
/// [`is_unspaced_script`], which word counts use.)
pub fn is_spaced_alphanumeric(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

/// Characters of an unspaced script counted as one word by [`word_count`]
/// (Chinese words run one to three characters, most often two).
pub const UNSPACED_CHARS_PER_WORD: usize = 2;

/// Words in `s`: runs between spaces, and in unspaced scripts every
/// [`UNSPACED_CHARS_PER_WORD`] characters (a dash or other mark alone is
/// no word), so that a threshold in words
/// means about the same length of sentence in every language.
pub fn word_count(s: &str) -> usize {
    let mut words = 0;
    let mut unspaced = 0;
    for w in s.split_whitespace() {
        unspaced += w.chars().filter(|&c| is_unspaced_script(c)).count();
        if w.chars().any(is_word_char) {
            words += 1;
        }
    }
    words + unspaced / UNSPACED_CHARS_PER_WORD
}

/// The punctuation the evidence counts in a run of text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Punctuation {
    /// `,` `，` `、`
    pub commas: usize,
    /// `. ` `! ` `? ` and `。` `！` `？`
    pub sentence_breaks: usize,
    /// A `©`.
    pub copyright: bool,
    /// `?`, `؟` (Arabic script) or `？` (full width): the text asks.
    pub question: bool,
}

/// [`Punctuation`] of `s`, in one pass over its bytes (a `matches` per
/// mark was seven passes, for every text segment of the page). A
/// multi-byte mark is matched by its UTF-8 bytes: a lead byte never
/// occurs inside another character.
pub fn punctuation(s: &str) -> Punctuation {
    let b = s.as_bytes();
    let mut p = Punctuation::default();
    for (i, &c) in b.iter().enumerate() {
        match c {
            b',' => p.commas += 1,
            b'.' | b'!' | b'?' if b.get(i + 1) == Some(&b' ') => {
                p.sentence_breaks += 1;
                p.question |= c == b'?';
            }
            b'?' => p.question = true,
            0xC2 if b.get(i + 1) == Some(&0xA9) => p.copyright = true,
            // ؟ U+061F
            0xD8 if b.get(i + 1) == Some(&0x9F) => p.question = true,
            0xE3 | 0xEF => match (c, b.get(i + 1..i + 3)) {
                // 、 U+3001, ， U+FF0C
                (0xE3, Some([0x80, 0x81])) | (0xEF, Some([0xBC, 0x8C])) => p.commas += 1,
                // 。 U+3002, ！ U+FF01, ？ U+FF1F
                (0xE3, Some([0x80, 0x82])) | (0xEF, Some([0xBC, 0x81 | 0x9F])) => {
                    p.sentence_breaks += 1;
                    p.question |= b.get(i + 2) == Some(&0x9F);
                }
                _ => {}
            },
            _ => {}
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_chinese_folds_to_simplified() {
        // A phrase written once matches pages in both scripts.
        assert_eq!(normalize("訂閱電子報"), normalize("订阅电子报"));
        assert_eq!(normalize("订阅电子报"), "订阅电子报");
        // Japanese kana and ASCII untouched.
        assert_eq!(normalize("メール Sign"), "メール sign");
    }

    #[test]
    fn word_count_reads_spaced_and_unspaced_scripts_alike() {
        for (t, n) in [
            ("Suscribite y recibí cada día las noticias", 7),
            ("Login — Register", 2),
            ("", 0),
            ("订阅我们的新闻通讯", 4),
            ("Follow 新闻 now", 3),
            ("สมัครรับข่าวสาร", 7),
        ] {
            assert_eq!(word_count(t), n, "{t:?}");
        }
    }

    #[test]
    fn the_ascii_fast_path_folds_as_the_table_does() {
        for c in (0u8..128).map(char::from) {
            assert_eq!(fold_char(c), fold_wide(c), "{c:?}");
        }
    }

    #[test]
    fn punctuation_counts_what_a_search_per_mark_counts() {
        for t in [
            "a, b. c! d? e.f !g ©2024 x，y、z。w！v？u",
            "... .. . ! ! ?? ? , ,,",
            "¢© ©© \u{3000}\u{3001}\u{3003} \u{ff0b}\u{ff0c}\u{ff01}\u{ff1f}\u{ff1e}",
            "",
            ".",
            "هل تريد التنبيهات؟ نعم",
            "no question here.",
        ] {
            let want = Punctuation {
                commas: t.matches([',', '，', '、']).count(),
                sentence_breaks: t.matches(". ").count()
                    + t.matches("! ").count()
                    + t.matches("? ").count()
                    + t.matches(['。', '！', '？']).count(),
                copyright: t.contains('©'),
                question: t.contains(['?', '؟', '？']),
            };
            assert_eq!(punctuation(t), want, "{t}");
        }
    }

    #[test]
    fn folds_case_quotes_dashes_and_space() {
        assert_eq!(
            normalize("  You\u{2019}ve  READ\u{00A0}3 \u{2014} \u{201C}Free\u{201D}\n articles "),
            "you've read 3 - \"free\" articles"
        );
    }

    #[test]
    fn folds_fullwidth_and_zero_width() {
        assert_eq!(normalize("ＡＢＣ\u{200B}１２"), "abc12");
        assert_eq!(normalize("Straße"), "straße");
        assert_eq!(normalize("ПОДПИСКА"), "подписка");
    }

    #[test]
    fn folds_arabic_script_letter_forms() {
        // Persian typed with Arabic yeh and kaf, Urdu's heh goal.
        assert_eq!(normalize("كوكي"), normalize("کوکی"));
        assert_eq!(normalize("براہ"), normalize("براه"));
    }

    #[test]
    fn folds_digits_of_other_scripts() {
        assert_eq!(normalize("০১৭১১-৪৪২২৯০"), "01711-442290");
        assert_eq!(normalize("٥٠٠ ريال"), "500 ریال");
        assert_eq!(normalize("۱۲٫۵"), "12.5");
        assert_eq!(normalize("๑๒๓ บาท"), "123 บาท");
        assert_eq!(normalize("५००"), "500");
    }

    #[test]
    fn appends_like_text_content() {
        let mut s = String::new();
        normalize_into("Sign up ", &mut s);
        normalize_into(" for our", &mut s);
        normalize_into("newsletter", &mut s);
        assert_eq!(s, "sign up for ournewsletter");
    }

    #[test]
    fn squash_removes_all_space() {
        assert_eq!(squash("Hello <b> World </b>"), squash("hello<b>world</b>"));
    }

    #[test]
    fn word_chars() {
        assert!(is_word_char('a'));
        assert!(is_word_char('é'));
        assert!(is_word_char('д'));
        assert!(!is_word_char('登'));
        assert!(!is_word_char(' '));
    }
}
