//! The compiled matchers: every phrase of every language and category in
//! ONE Aho–Corasick automaton, plus one automaton for attribute hints.
//!
//! Phrases are deduplicated by text: the same words may mean two categories
//! ("sign up" is both login and newsletter wording), so each automaton
//! pattern maps to a small list of (category, weight). Phrases with a digit
//! placeholder (`#`, "you have # free articles") cannot be literal
//! patterns; a few dozen of them are matched by [`DigitPattern`], a
//! literal-pieces matcher. (A regex engine would do the same job at the cost
//! of a third of the WebAssembly's size.)
//!
//! The automata are contiguous NFAs, used directly rather than through
//! `AhoCorasick`, which links all three of the crate's automaton kinds (and
//! their `Debug` impls) behind a trait object: the contiguous NFA is what it
//! picks for sets this large anyway, and the WebAssembly is 6 KB smaller.
//!
//! The phrase automaton is really one per script ([`SCRIPT_GROUPS`]), each
//! built the first time a page has a letter of its script: building all of
//! them was half a second of a cold background start in WebAssembly, most
//! of it for scripts the page does not use. A phrase with a letter of a
//! script cannot match a text without one, and phrases of two scripts
//! overlap almost never, so the hits are those of one automaton.

use crate::category::Category;
use crate::patterns::{Hint, PatternError, PatternFiles, Phrase, Topic};
use crate::text::is_word_char;
use aho_corasick::automaton::{Automaton, OverlappingState};
use aho_corasick::nfa::contiguous::{Builder as NfaBuilder, NFA};
use aho_corasick::{Input, MatchKind};
use std::fmt;
use std::sync::OnceLock;

/// Arabic one-letter proclitics: wa- (and), fa- (so), bi- (with), li-
/// (for), ka- (like); kaf as `text::normalize` folds it (ك to ک), since
/// the text they are looked for in is normalised.
const AR_PROCLITICS: &[char] = &['و', 'ف', 'ب', 'ل', 'ک'];

/// A match that fails its word boundaries is retried this many times with
/// a shorter phrase at the same start (each a search of a few bytes).
const SHORTER_TRIES: usize = 4;

/// The text after a phrase ends the word there: no letter follows, and no
/// apostrophe with a letter after it ("don't" is one word; at the start,
/// "l'app" is two), except the possessive or contracted "'s" ("your ad
/// blocker's on": the phrase's word ends before it).
fn word_ends(rest: &str) -> bool {
    let mut after = rest.chars();
    match after.next() {
        Some(c) if is_word_char(c) => false,
        Some('\'') => match after.next() {
            Some('s') => !after.next().is_some_and(is_word_char),
            next => !next.is_some_and(is_word_char),
        },
        _ => true,
    }
}

/// `rest` (the text right after a phrase) is one of `endings` and then the
/// word ends ([`INFLECTIONS`]).
fn inflected(rest: &str, endings: &[&str]) -> bool {
    endings
        .iter()
        .any(|end| rest.strip_prefix(end).is_some_and(word_ends))
}

/// What a page's language lets a phrase of that language match past its
/// last word: compound heads and endings. Looked up once per page text.
struct PageWords<'a> {
    lang: &'a str,
    compounding: bool,
    endings: &'static [&'static str],
}

impl<'a> PageWords<'a> {
    fn of(lang: &'a str) -> Self {
        PageWords {
            lang,
            compounding: COMPOUNDING_LANGS.contains(&lang),
            endings: INFLECTIONS
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or(&[], |(_, e)| *e),
        }
    }
}

/// One distinct phrase with everything it stands for.
#[derive(Clone, Debug)]
pub struct Entry {
    pub text: String,
    pub lang: &'static str,
    pub bound_start: bool,
    pub bound_end: bool,
    /// (category, weight) pairs; usually one.
    pub meanings: Vec<(Category, u8)>,
    /// Every language whose file lists this phrase.
    pub langs: Vec<&'static str>,
    /// One word of a spaced script: in another language's text the same
    /// letters are often an ordinary word (Danish "mail", Czech "reklama").
    pub single_word: bool,
    /// More than one word, or a run of four or more characters of an
    /// unspaced script: a phrase, not a lone "email" or "privacy".
    pub phrase: bool,
    /// Listed by a compounding language and ending in a long word: on a
    /// page in that language it also matches where that word starts a
    /// compound (see [`COMPOUNDING_LANGS`]).
    pub compound_head: bool,
    /// Its last word is long enough to take its language's endings
    /// ([`INFLECTIONS`]): [`INFLECT_MIN_CHARS`] letters, or a lone word
    /// [`COMPOUND_HEAD_MIN_CHARS`] (a short one inflected is too often
    /// another word: "trials", "offers").
    pub inflectable: bool,
}

/// Languages that write compounds as one word: on their pages
/// "Unterstützung" also matches at the head of
/// "Unterstützungsmöglichkeiten", "newsletter" of "Newsletteranmeldung".
/// Only a last word of at least [`COMPOUND_HEAD_MIN_CHARS`] letters: short
/// ones ("Abo", "Konto") start too many unrelated words.
pub const COMPOUNDING_LANGS: &[&str] = &["de", "nl", "sv", "da", "no", "fi"];
pub const COMPOUND_HEAD_MIN_CHARS: usize = 7;

/// Endings a word takes in a language without changing what it asks:
/// plurals and agreement ("subscribers", "abonnés", "suscripciones" is
/// not one: its accent moves). On a page in that language, a phrase of
/// that language whose last word has at least [`INFLECT_MIN_CHARS`]
/// letters (a single word: [`COMPOUND_HEAD_MIN_CHARS`]) also matches with one of these endings. Languages whose
/// endings replace letters (Italian, the Slavic languages) are left out:
/// their phrase files list the forms.
pub const INFLECTIONS: &[(&str, &[&str])] = &[
    ("en", &["s", "es"]),
    ("fr", &["s", "x", "e", "es"]),
    ("es", &["s", "es"]),
    ("pt", &["s", "es"]),
    ("ca", &["s", "es"]),
    ("de", &["e", "n", "en", "s", "es", "er", "ern"]),
    ("nl", &["s", "en", "e"]),
    ("sv", &["er", "en", "ar", "na", "et", "e"]),
    ("da", &["er", "en", "e", "et", "ne"]),
    ("no", &["er", "en", "e", "et", "ne"]),
    // Suffixed articles and linkers that leave the word whole: Hausa's
    // genitive link ("sanarwar labarai"), Tagalog's ("libreng"),
    // Indonesian and Malay "-nya", the definite endings of Romanian,
    // Albanian, Icelandic, Bulgarian and Macedonian, Afrikaans plurals.
    ("ha", &["r", "n"]),
    ("tl", &["ng"]),
    ("id", &["nya"]),
    (
        "ro",
        &["ul", "ului", "le", "lor", "a", "e", "i", "ii", "ile"],
    ),
    ("sq", &["i", "a", "in", "në", "t", "it", "ve", "je"]),
    (
        "is",
        &[
            "inn", "ið", "in", "ina", "inu", "ins", "num", "ar", "ir", "ur",
        ],
    ),
    ("bg", &["а", "я", "ът", "ят", "та", "то", "те", "и", "ите"]),
    ("mk", &["от", "та", "то", "те", "и", "ите"]),
    ("af", &["s", "e"]),
    // Case endings appended whole to the words the files list (Hungarian
    // "értesítést", Turkish "bültenimize", Finnish "uutiskirjeemme",
    // Estonian "uudiskirjaga").
    (
        "hu",
        &[
            "t", "et", "ek", "eket", "re", "ra", "ről", "ról", "hez", "hoz", "nek", "nak", "ben",
            "ban",
        ],
    ),
    (
        "tr",
        &[
            "i", "ı", "u", "ü", "e", "a", "ye", "ya", "imize", "ımıza", "ler", "lar", "leri",
            "ları", "de", "da", "den", "dan",
        ],
    ),
    (
        "fi",
        &[
            "n", "en", "a", "ä", "t", "mme", "si", "seen", "ssa", "ssä", "sta", "stä", "lle",
        ],
    ),
    ("et", &["d", "t", "ga", "le", "lt", "st", "s"]),
];
pub const INFLECT_MIN_CHARS: usize = 4;

/// Languages whose single words count on a page of any language: English
/// nag wording ("newsletter", "cookies", "login") is on every web.
const UNIVERSAL_LANGS: &[&str] = &["en", "rule", "lists"];

/// A single word that this many languages list is international (a brand
/// or a loanword: "paypal", "iban", "premium") and counts everywhere.
const INTERNATIONAL_WORD_LANGS: usize = 3;

impl Entry {
    /// The weight of a meaning on a page in `page_lang` (a primary tag,
    /// empty when unknown): a single word from another language's file does
    /// not count there at all. Phrases keep their weight
    /// everywhere: consent platforms and sign-up forms are often in a
    /// language other than the page's.
    #[inline]
    pub fn weight_on(&self, w: u8, page_lang: &str) -> u8 {
        if !self.single_word
            || page_lang.is_empty()
            || self.langs.len() >= INTERNATIONAL_WORD_LANGS
            || self
                .langs
                .iter()
                .any(|l| *l == page_lang || UNIVERSAL_LANGS.contains(l))
        {
            w
        } else {
            0
        }
    }

    /// Meanings with weights as they count on a page in `page_lang`.
    pub fn meanings_on<'a>(
        &'a self,
        page_lang: &'a str,
    ) -> impl Iterator<Item = (Category, u8)> + 'a {
        self.meanings
            .iter()
            .map(move |&(c, w)| (c, self.weight_on(w, page_lang)))
    }
}

/// A phrase found in text: byte range and the entry index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: u32,
}

/// Hints found in one element's attributes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HintSet {
    /// Strongest hint weight per category.
    pub nag: [u8; Category::COUNT],
    pub overlay: u8,
    pub nav: u8,
    pub content: u8,
    /// Comment-section markup: readers' comments are not nags, the
    /// "log in to comment" prompt among them is.
    pub comments: u8,
    /// Promotional box markup (promo, cta, upsell): structure for any
    /// category.
    pub promo: u8,
    /// A control that closes its box.
    pub dismiss: u8,
    /// The article's byline or dateline.
    pub byline: u8,
    /// A picture's caption (beside `<figcaption>`).
    pub caption: u8,
    /// Indices into [`Matcher::hints`] of the strongest hint per category.
    pub best: [Option<u32>; Category::COUNT],
}

impl HintSet {
    pub fn is_empty(&self) -> bool {
        self.nag.iter().all(|&w| w == 0)
            && self.overlay == 0
            && self.nav == 0
            && self.content == 0
            && self.comments == 0
            && self.promo == 0
            && self.dismiss == 0
            && self.byline == 0
            && self.caption == 0
    }
}

/// Error building the matcher (bad data, or an extra phrase from a rule).
#[derive(Debug)]
pub enum MatcherError {
    Pattern(PatternError),
    Build(String),
}

impl fmt::Display for MatcherError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MatcherError::Pattern(e) => write!(f, "phrase data: {e}"),
            MatcherError::Build(e) => write!(f, "building the phrase automaton: {e}"),
        }
    }
}

impl std::error::Error for MatcherError {}

impl From<PatternError> for MatcherError {
    fn from(e: PatternError) -> Self {
        MatcherError::Pattern(e)
    }
}

/// Script groups of the phrase automata: ranges of code points and the
/// group (from 1; 0 is Latin and everything not listed: digits,
/// punctuation, symbols). A phrase belongs to the group of its first
/// character listed here; a text runs the automata of the groups it has a
/// character of, and Latin's. Shared blocks (Devanagari's Hindi, Marathi
/// and Nepali; Cyrillic's five) are one group each.
const SCRIPT_GROUPS: &[(u32, u32, usize)] = &[
    (0x0370, 0x03FF, 1),    // Greek
    (0x0400, 0x052F, 2),    // Cyrillic
    (0x0530, 0x058F, 3),    // Armenian
    (0x0590, 0x05FF, 4),    // Hebrew
    (0x0600, 0x08FF, 5),    // Arabic, Syriac, Thaana, Arabic extended
    (0x0900, 0x097F, 6),    // Devanagari
    (0x0980, 0x09FF, 7),    // Bengali
    (0x0A00, 0x0A7F, 8),    // Gurmukhi
    (0x0A80, 0x0AFF, 9),    // Gujarati
    (0x0B00, 0x0B7F, 10),   // Oriya
    (0x0B80, 0x0BFF, 11),   // Tamil
    (0x0C00, 0x0C7F, 12),   // Telugu
    (0x0C80, 0x0CFF, 13),   // Kannada
    (0x0D00, 0x0D7F, 14),   // Malayalam
    (0x0D80, 0x0DFF, 15),   // Sinhala
    (0x0E00, 0x0EFF, 16),   // Thai, Lao
    (0x1000, 0x109F, 17),   // Myanmar
    (0x10A0, 0x10FF, 18),   // Georgian
    (0x1100, 0x11FF, 19),   // Hangul jamo
    (0x1200, 0x139F, 20),   // Ethiopic
    (0x1780, 0x17FF, 21),   // Khmer
    (0x2E80, 0x312F, 22),   // CJK radicals and punctuation, kana, bopomofo
    (0x3130, 0x318F, 19),   // Hangul compatibility jamo
    (0x3190, 0x9FFF, 22),   // CJK ideographs
    (0xAC00, 0xD7AF, 19),   // Hangul syllables
    (0xF900, 0xFAFF, 22),   // CJK compatibility ideographs
    (0xFB50, 0xFEFF, 5),    // Arabic presentation forms
    (0xFF00, 0xFFEF, 22),   // half- and full-width forms
    (0x20000, 0x3FFFF, 22), // CJK extensions
];

/// The highest group number in [`SCRIPT_GROUPS`].
const SCRIPT_GROUP_COUNT: usize = 22;

/// The entry of [`SCRIPT_GROUPS`] that holds `c`, if listed.
fn script_range(c: char) -> Option<(u32, u32, usize)> {
    let c = c as u32;
    if c < SCRIPT_GROUPS[0].0 {
        return None;
    }
    SCRIPT_GROUPS
        .iter()
        .copied()
        .find(|&(lo, hi, _)| (lo..=hi).contains(&c))
}

/// The group of `c` in [`SCRIPT_GROUPS`], if listed.
fn script_group(c: char) -> Option<usize> {
    script_range(c).map(|(_, _, g)| g)
}

/// The groups `text` has a character of, as bits (Latin's always set).
fn groups_in(text: &str) -> u32 {
    let mut set = 1u32;
    // Letters come in runs of one script: the last range found is tried
    // first.
    let mut last = (0u32, 0u32);
    for c in text.chars() {
        if (last.0..=last.1).contains(&(c as u32)) {
            continue;
        }
        if let Some((lo, hi, g)) = script_range(c) {
            set |= 1 << g;
            last = (lo, hi);
        }
    }
    set
}

/// A contiguous NFA over `patterns`. One function for the phrase and the
/// hint automata: the crate's builder is generic over the patterns'
/// iterator, and each type of it was a copy of the whole compiler in the
/// WebAssembly.
fn nfa(patterns: &[&str], kind: MatchKind, any_case: bool) -> Result<NFA, MatcherError> {
    NfaBuilder::new()
        .match_kind(kind)
        .ascii_case_insensitive(any_case)
        .prefilter(false)
        .build(patterns)
        .map_err(|e| MatcherError::Build(e.to_string()))
}

/// The phrases of one script group and their automaton, built on first
/// use. Pattern `i` of the automaton is entry `ids[i]`.
#[derive(Default)]
struct PhraseGroup {
    ids: Vec<u32>,
    /// `None` when the build failed (past the crate's limits; the Latin
    /// group's failure is the engine's error, see [`Matcher::compile`]).
    ac: OnceLock<Option<NFA>>,
}

impl PhraseGroup {
    fn build(ids: &[u32], entries: &[Entry]) -> Result<NFA, MatcherError> {
        let texts: Vec<&str> = ids
            .iter()
            .map(|&i| entries[i as usize].text.as_str())
            .collect();
        nfa(&texts, MatchKind::LeftmostLongest, false)
    }

    fn automaton(&self, entries: &[Entry]) -> Option<&NFA> {
        self.ac
            .get_or_init(|| Self::build(&self.ids, entries).ok())
            .as_ref()
    }
}

/// The compiled phrase and hint automata.
pub struct Matcher {
    /// The phrase automata, one per script group; the first is Latin and
    /// every phrase without a letter of another group.
    groups: Vec<PhraseGroup>,
    entries: Vec<Entry>,
    /// `#` phrases with their entry index.
    digits: Vec<(DigitPattern, u32)>,
    hint_ac: NFA,
    pub hints: Vec<Hint>,
    /// Link entries by their host, sorted: a destination is looked up once
    /// per host label, not scanned.
    link_hosts: Vec<(String, u32)>,
    /// Link entries naming a file type ("*.apk"), matched at the path's end.
    link_files: Vec<u32>,
    /// Whole path segments ("/newsletter"), sorted, with their entries.
    link_segments: Vec<(String, u32)>,
    /// Link destinations (`patterns/links.txt`), as hints of a category.
    pub links: Vec<Hint>,
}

impl fmt::Debug for Matcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Matcher")
            .field("phrases", &self.entries.len())
            .field("hints", &self.hints.len())
            .field("links", &self.links.len())
            .finish()
    }
}

/// Where a run of ASCII digits starts, with the bytes around the number
/// there, packed for [`DigitPattern`]'s pre-check.
#[derive(Clone, Copy, Debug)]
pub struct DigitRun {
    /// Byte offset of the first digit.
    start: usize,
    /// The (up to) four bytes before `start`, the nearest lowest.
    before: u32,
    /// The (up to) four bytes after the number that starts here (digits,
    /// and `.` or `,` between digits: what a `#` takes), the nearest lowest.
    after: u32,
}

/// Up to four bytes, the first lowest (missing ones are zero).
fn pack(bytes: impl Iterator<Item = u8>) -> u32 {
    bytes
        .take(4)
        .enumerate()
        .fold(0, |k, (i, b)| k | u32::from(b) << (8 * i))
}

/// The end of the number (the `#`) starting at `pos`: digits, and `.` or
/// `,` followed by a digit.
fn number_end(bytes: &[u8], mut pos: usize) -> usize {
    let is_digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // Digit groups as locales write them: "1,000", "1.000", "1'243"
    // (Swiss), "9 000" (a space before three digits, no fourth).
    let group_space = |i: usize| {
        bytes.get(i) == Some(&b' ') && (1..=3).all(|k| is_digit(i + k)) && !is_digit(i + 4)
    };
    while is_digit(pos)
        || (matches!(bytes.get(pos), Some(b'.' | b',' | b'\'')) && is_digit(pos + 1))
        || group_space(pos)
    {
        pos += 1;
    }
    pos
}

/// The digit runs of `text`, ascending, each found once for all the digit
/// phrases.
fn digit_runs(text: &str) -> Vec<DigitRun> {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()))
        .map(|start| DigitRun {
            start,
            before: pack(bytes[..start].iter().rev().copied()),
            after: pack(bytes[number_end(bytes, start)..].iter().copied()),
        })
        .collect()
}

/// A key and mask: `(x & mask) == key` where the packed bytes of `x`
/// begin with those of `key`.
fn key_of(bytes: impl Iterator<Item = u8> + Clone) -> (u32, u32) {
    let n = bytes.clone().take(4).count();
    let mask = if n == 4 { u32::MAX } else { (1 << (8 * n)) - 1 };
    (pack(bytes), mask)
}

/// A phrase with `#` placeholders, each standing for a number: a digit
/// followed by digits and group or decimal marks ("1", "1,000", "2.5",
/// "1'243", "9 000").
#[derive(Clone, Debug)]
pub struct DigitPattern {
    /// Literal pieces between the placeholders; `pieces.len() - 1` numbers.
    pieces: Vec<String>,
    /// The last bytes of the first piece and the first bytes of the
    /// second as [`key_of`] packs them: most (phrase, number) pairs fail
    /// on these two integer compares, before any string is compared.
    before: (u32, u32),
    after: (u32, u32),
}

impl DigitPattern {
    pub fn new(text: &str) -> DigitPattern {
        let pieces: Vec<String> = text.split('#').map(str::to_string).collect();
        let first = pieces[0].as_bytes();
        let second = pieces.get(1).map_or(&[][..], |p| p.as_bytes());
        DigitPattern {
            before: key_of(first.iter().rev().copied()),
            after: key_of(second.iter().copied()),
            pieces,
        }
    }

    /// Length of the match starting at `at`, if any.
    fn match_at(&self, text: &str, at: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let is_digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        let mut pos = at;
        for (k, piece) in self.pieces.iter().enumerate() {
            if !text[pos..].starts_with(piece.as_str()) {
                return None;
            }
            pos += piece.len();
            if k + 1 < self.pieces.len() {
                if !is_digit(pos) {
                    return None;
                }
                pos = number_end(bytes, pos);
            }
        }
        Some(pos - at)
    }

    /// All non-overlapping matches, left to right, trying only the starts
    /// that put the first number at one of `runs` (`digit_runs(text)`).
    pub fn find_at_numbers(
        &self,
        text: &str,
        runs: &[DigitRun],
        mut emit: impl FnMut(usize, usize),
    ) {
        let lead = self.pieces[0].len();
        let mut from = 0;
        for run in runs {
            // Cheap rejection: the bytes before the number must end the
            // first piece, those after it start the second.
            if run.before & self.before.1 != self.before.0
                || run.after & self.after.1 != self.after.0
            {
                continue;
            }
            let d = run.start;
            let Some(at) = d.checked_sub(lead) else {
                continue;
            };
            if at < from || !text.is_char_boundary(at) {
                continue;
            }
            if let Some(len) = self.match_at(text, at).filter(|&l| l > 0) {
                emit(at, at + len);
                from = at + len;
            }
        }
    }

    /// All non-overlapping matches, left to right: the plain scan, kept as
    /// the oracle for [`DigitPattern::find_at_numbers`].
    #[cfg(test)]
    pub fn find_all(&self, text: &str, mut emit: impl FnMut(usize, usize)) {
        let first = &self.pieces[0];
        let mut from = 0;
        while from < text.len() {
            // Candidate starts: the first literal piece, or a digit.
            let cand = if first.is_empty() {
                text[from..]
                    .bytes()
                    .position(|b| b.is_ascii_digit())
                    .map(|p| from + p)
            } else {
                text[from..].find(first.as_str()).map(|p| from + p)
            };
            let Some(at) = cand else { break };
            match self.match_at(text, at) {
                Some(len) if len > 0 => {
                    emit(at, at + len);
                    from = at + len;
                }
                _ => from = at + text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
    }
}

impl Matcher {
    /// The built-in phrases and hints (the tests' matcher; the engine
    /// builds its own through [`Matcher::from_files`]).
    #[cfg(test)]
    pub fn builtin() -> Result<Matcher, MatcherError> {
        Self::from_files(&PatternFiles::builtin(), &[])
    }

    /// The phrases and hints of `files` plus `extra` phrases (from per-site
    /// rules), weight 3.
    pub fn from_files(
        files: &PatternFiles,
        extra: &[(Category, String)],
    ) -> Result<Matcher, MatcherError> {
        let mut phrases = files.phrases()?;
        for (category, text) in extra {
            let text = crate::text::normalize(text);
            if text.is_empty() {
                continue;
            }
            phrases.push(Phrase {
                text,
                category: *category,
                weight: 3,
                lang: "rule",
                bound_start: true,
                bound_end: true,
            });
        }
        let hints = files.hints()?;
        let links = files.links()?;
        Self::compile(phrases, hints, links)
    }

    fn compile(
        phrases: Vec<Phrase>,
        hints: Vec<Hint>,
        links: Vec<Hint>,
    ) -> Result<Matcher, MatcherError> {
        let mut entries: Vec<Entry> = Vec::new();
        // One entry per (text, boundaries), in order of first appearance:
        // each phrase's first twin found through a stable sort (not a hash
        // map: one map type less in the WebAssembly).
        fn key(p: &Phrase) -> (&str, bool, bool) {
            (p.text.as_str(), p.bound_start, p.bound_end)
        }
        let mut by_key: Vec<usize> = (0..phrases.len()).collect();
        crate::sort::sort_by(&mut by_key, |&a, &b| {
            key(&phrases[a]).cmp(&key(&phrases[b]))
        });
        let mut first = vec![0usize; phrases.len()];
        for (n, &i) in by_key.iter().enumerate() {
            first[i] = match n.checked_sub(1).map(|m| by_key[m]) {
                Some(prev) if key(&phrases[prev]) == key(&phrases[i]) => first[prev],
                _ => i,
            };
        }
        let mut entry_of = vec![0usize; phrases.len()];
        for (i, p) in phrases.into_iter().enumerate() {
            let idx = if first[i] < i {
                entry_of[first[i]]
            } else {
                entries.push(Entry {
                    single_word: !p.text.contains(' ')
                        && !p.text.chars().any(crate::text::is_unspaced_script),
                    phrase: p.text.contains(' ')
                        || p.text
                            .chars()
                            .filter(|&c| crate::text::is_unspaced_script(c))
                            .count()
                            >= 4,
                    compound_head: false,
                    inflectable: p.bound_end
                        && p.text.rsplit(' ').next().unwrap_or("").chars().count()
                            >= if p.text.contains(' ') {
                                INFLECT_MIN_CHARS
                            } else {
                                COMPOUND_HEAD_MIN_CHARS
                            },
                    text: p.text.clone(),
                    lang: p.lang,
                    bound_start: p.bound_start,
                    bound_end: p.bound_end,
                    meanings: Vec::new(),
                    langs: Vec::new(),
                });
                entries.len() - 1
            };
            entry_of[i] = idx;
            if !entries[idx].langs.contains(&p.lang) {
                entries[idx].langs.push(p.lang);
            }
            if p.bound_end
                && COMPOUNDING_LANGS.contains(&p.lang)
                && p.text.rsplit(' ').next().is_some_and(|w| {
                    w.chars().filter(|c| c.is_alphabetic()).count() >= COMPOUND_HEAD_MIN_CHARS
                })
            {
                entries[idx].compound_head = true;
            }
            let meanings = &mut entries[idx].meanings;
            match meanings.iter_mut().find(|(c, _)| *c == p.category) {
                Some(m) => m.1 = m.1.max(p.weight),
                None => meanings.push((p.category, p.weight)),
            }
        }
        // Literal phrases go to the automaton; `#` phrases to the regex. The
        // automaton's pattern ids index `literal_ids` back into `entries`.
        let mut literal: Vec<&str> = Vec::new();
        let mut literal_ids: Vec<u32> = Vec::new();
        let mut digit_parts = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if e.text.contains('#') {
                digit_parts.push(i as u32);
            } else {
                literal.push(&e.text);
                literal_ids.push(i as u32);
            }
        }
        let mut groups: Vec<PhraseGroup> = Vec::new();
        groups.resize_with(SCRIPT_GROUP_COUNT + 1, PhraseGroup::default);
        for (pattern, text) in literal.iter().enumerate() {
            let g = text.chars().find_map(script_group).unwrap_or(0);
            groups[g].ids.push(pattern as u32);
        }
        // Reorder entries so that automaton pattern id == entry index for
        // literals; digit entries follow.
        let mut ordered: Vec<Entry> = literal_ids
            .iter()
            .map(|&i| entries[i as usize].clone())
            .collect();
        // Latin is on every page: built now, so that a build error (an
        // automaton past the crate's limits) is the engine's error.
        let latin = PhraseGroup::build(&groups[0].ids, &ordered)?;
        let _ = groups[0].ac.set(Some(latin));
        let mut digits = Vec::new();
        for i in digit_parts {
            let e = entries[i as usize].clone();
            digits.push((DigitPattern::new(&e.text), ordered.len() as u32));
            ordered.push(e);
        }
        let tokens: Vec<&str> = hints.iter().map(|h| h.token.as_str()).collect();
        let hint_ac = nfa(&tokens, MatchKind::Standard, true)?;
        // Sorted by host: a binary search, not one more map type in the
        // WebAssembly.
        let link_files: Vec<u32> = (0..links.len() as u32)
            .filter(|&i| links[i as usize].token.starts_with('*'))
            .collect();
        let mut link_segments: Vec<(String, u32)> = links
            .iter()
            .enumerate()
            .filter_map(|(i, l)| Some((l.token.strip_prefix('/')?.to_string(), i as u32)))
            .collect();
        crate::sort::sort_by(&mut link_segments, |a, b| a.cmp(b));
        let mut link_hosts: Vec<(String, u32)> = links
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.token.starts_with('*') && !l.token.starts_with('/'))
            .map(|(i, l)| {
                let host = l.token.split('/').next().unwrap_or_default();
                (host.to_string(), i as u32)
            })
            .collect();
        crate::sort::sort_by(&mut link_hosts, |a, b| a.cmp(b));
        Ok(Matcher {
            groups,
            entries: ordered,
            digits,
            hint_ac,
            hints,
            link_hosts,
            link_files,
            link_segments,
            links,
        })
    }

    #[inline]
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// For the options page, through the WebAssembly face only.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn phrase_count(&self) -> usize {
        self.entries.len()
    }

    /// Finds every phrase in normalised `text`, appending to `out`. One
    /// left-to-right pass; a match that fails its word-boundary check is
    /// skipped and the search resumes one character later. (Tests only: the
    /// engine always knows the page's language.)
    #[cfg(test)]
    pub fn find_phrases(&self, text: &str, out: &mut Vec<Hit>) {
        self.find_phrases_on(text, "", out);
    }

    /// Finds every phrase in normalised `text` on a page in `page_lang` (a
    /// primary tag, empty when unknown), where compound heads of that
    /// language match, appending to `out`: one pass per script group the
    /// text has letters of ([`Matcher::find_in_group`]), merged as one
    /// automaton's leftmost-longest hits would be.
    pub fn find_phrases_on(&self, text: &str, page_lang: &str, out: &mut Vec<Hit>) {
        let words = PageWords::of(page_lang);
        let present = groups_in(text);
        // Each group's hits, in order; merged as one automaton would have
        // them: left to right, the longest at a start, none overlapping
        // one taken before.
        let mut lists: Vec<Vec<Hit>> = Vec::new();
        for (g, group) in self.groups.iter().enumerate() {
            if present & (1 << g) == 0 || group.ids.is_empty() {
                continue;
            }
            let Some(ac) = group.automaton(&self.entries) else {
                continue;
            };
            let mut hits = Vec::new();
            self.find_in_group(ac, &group.ids, text, &words, &mut hits);
            hits.reverse();
            lists.push(hits);
        }
        let mut end = 0;
        while let Some(list) = lists
            .iter_mut()
            .filter(|l| !l.is_empty())
            .min_by_key(|l| l.last().map(|h| (h.start, usize::MAX - h.end)))
        {
            let Some(h) = list.pop() else { break };
            if h.start >= end {
                end = h.end;
                out.push(h);
            }
        }
        // Every digit phrase's match has its first number right after its
        // first literal piece: the starts of digit runs, found once, give
        // every candidate (a few hundred phrases scanning the whole text
        // each cost more than the automaton pass).
        let runs = digit_runs(text);
        // Digit phrases match whole words only, on a page of any language.
        let plain = PageWords::of("");
        for (p, id) in &self.digits {
            p.find_at_numbers(text, &runs, |start, end| {
                if self.bounded(text, start, end, *id, &plain) {
                    out.push(Hit {
                        start,
                        end,
                        entry: *id,
                    });
                }
            });
        }
    }

    /// One group's phrases in `text`: one left-to-right pass; a match that
    /// fails its word-boundary check is skipped and the search resumes one
    /// character later.
    fn find_in_group(
        &self,
        ac: &NFA,
        ids: &[u32],
        text: &str,
        words: &PageWords,
        out: &mut Vec<Hit>,
    ) {
        let mut pos = 0;
        while pos < text.len() {
            // Unanchored search with the kind it was built for: cannot fail.
            let Ok(Some(m)) = ac.try_find(&Input::new(text).range(pos..)) else {
                break;
            };
            let id = ids[m.pattern().as_usize()];
            if let Some((end, id)) = self.bounded_at(ac, ids, text, m.start(), m.end(), id, words) {
                out.push(Hit {
                    start: m.start(),
                    end,
                    entry: id,
                });
                pos = end;
            } else {
                pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }

    /// The longest phrase starting at `start` that keeps its word
    /// boundaries: the automaton's match, else a shorter one at the same
    /// start ("buletina*" in "buletinaren" when the whole word "buletina"
    /// came first and failed its end). At most [`SHORTER_TRIES`] retries.
    #[allow(clippy::too_many_arguments)]
    fn bounded_at(
        &self,
        ac: &NFA,
        ids: &[u32],
        text: &str,
        start: usize,
        end: usize,
        id: u32,
        words: &PageWords,
    ) -> Option<(usize, u32)> {
        if self.bounded(text, start, end, id, words) {
            return Some((end, id));
        }
        let mut end = end;
        for _ in 0..SHORTER_TRIES {
            // Cannot fail: see `find_in_group`.
            let Ok(Some(m)) = ac.try_find(&Input::new(text).range(start..end - 1)) else {
                return None;
            };
            if m.start() != start {
                return None;
            }
            let id = ids[m.pattern().as_usize()];
            if self.bounded(text, start, m.end(), id, words) {
                return Some((m.end(), id));
            }
            end = m.end();
        }
        None
    }

    fn bounded(&self, text: &str, start: usize, end: usize, id: u32, words: &PageWords) -> bool {
        let e = &self.entries[id as usize];
        let first = text[start..end].chars().next();
        let last = text[start..end].chars().next_back();
        if e.bound_start && first.is_some_and(is_word_char) {
            let mut before = text[..start].chars().rev();
            if let Some(c) = before.next().filter(|&c| is_word_char(c)) {
                // Arabic writes a one-letter proclitic joined to the next
                // word ("بملفات الارتباط", "with cookie files"): a phrase
                // may start right after one that starts a word.
                let proclitic = e.lang == "ar"
                    && AR_PROCLITICS.contains(&c)
                    && !before.next().is_some_and(is_word_char);
                if !proclitic {
                    return false;
                }
            }
        }
        if e.bound_end && last.is_some_and(is_word_char) {
            let rest = &text[end..];
            // A phrase of the page's language may run on into a compound
            // ("Unterstützungsmöglichkeiten") or take an ending ("free
            // trials"); an apostrophe with a letter after it never.
            let own = !words.lang.is_empty() && e.langs.contains(&words.lang);
            let runs_on = own
                && rest.chars().next().is_some_and(is_word_char)
                && ((e.compound_head && words.compounding)
                    || (e.inflectable && inflected(rest, words.endings)));
            if !word_ends(rest) && !runs_on {
                return false;
            }
        }
        true
    }

    /// Hints in an attribute string (id, classes, widget attributes; in
    /// any case: the hints match ASCII letters of either). A hint counts
    /// only where a token starts: after the start of the string, a
    /// character that is not a letter, or a camelCase hump
    /// ("siteNewsletterBox", "tdAdBlockerWall").
    pub fn find_hints(&self, attrs: &str) -> HintSet {
        let mut set = HintSet::default();
        if attrs.is_empty() {
            return set;
        }
        let bytes = attrs.as_bytes();
        let input = Input::new(attrs);
        let mut state = OverlappingState::start();
        loop {
            // Standard match kind, unanchored: cannot fail.
            if self
                .hint_ac
                .try_find_overlapping(&input, &mut state)
                .is_err()
            {
                break;
            }
            let Some(m) = state.get_match() else { break };
            let hump =
                |i: usize| bytes[i - 1].is_ascii_lowercase() && bytes[i].is_ascii_uppercase();
            if m.start() > 0 && bytes[m.start() - 1].is_ascii_alphabetic() && !hump(m.start()) {
                continue;
            }
            let id = m.pattern().as_u32();
            let h = &self.hints[id as usize];
            // A hint that ends its word: "close$" in "modal__close", not
            // "closed" nor "close-up".
            if h.whole && bytes.get(m.end()).is_some_and(|&b| b != b' ') {
                continue;
            }
            match h.topic {
                Topic::Nag(c) => {
                    let i = c.index();
                    // On equal weight a hand-written hint is named rather
                    // than a generated one.
                    let replaces_generated = !h.generated
                        && set.best[i].is_some_and(|b| self.hints[b as usize].generated);
                    if h.weight > set.nag[i] || (h.weight == set.nag[i] && replaces_generated) {
                        set.nag[i] = h.weight;
                        set.best[i] = Some(id);
                    }
                }
                Topic::Overlay => set.overlay = set.overlay.max(h.weight),
                Topic::Nav => set.nav = set.nav.max(h.weight),
                Topic::Content => set.content = set.content.max(h.weight),
                Topic::Comments => set.comments = set.comments.max(h.weight),
                Topic::Promo => set.promo = set.promo.max(h.weight),
                Topic::Dismiss => set.dismiss = set.dismiss.max(h.weight),
                Topic::Byline => set.byline = set.byline.max(h.weight),
                Topic::Caption => set.caption = set.caption.max(h.weight),
            }
        }
        set
    }
}

impl Matcher {
    /// The categories a link destination ([`crate::page::link_destination`])
    /// names, strongest entry per category (indices into
    /// [`Matcher::links`]). An entry counts where the destination or one of
    /// its host labels starts; a host entry (no '/') must end with the host.
    pub fn find_links(&self, dest: &str) -> HintSet {
        let mut set = HintSet::default();
        let host = crate::page::link_host(dest);
        let host_end = host.len();
        // Each host label start: "a.b.example.com", "b.example.com", ...
        let starts = std::iter::once(0).chain(host.match_indices('.').map(|(i, _)| i + 1));
        let file = &dest[..dest.find('?').unwrap_or(dest.len())];
        let mut asks_nothing = false;
        let mut add = |id: u32| {
            let l = &self.links[id as usize];
            match l.topic {
                Topic::Nag(c) if l.weight > set.nag[c.index()] => {
                    set.nag[c.index()] = l.weight;
                    set.best[c.index()] = Some(id);
                }
                Topic::Nav => asks_nothing = true,
                _ => {}
            }
        };
        for s in starts {
            let key = &host[s..];
            let from = self.link_hosts.partition_point(|(h, _)| h.as_str() < key);
            for (h, id) in &self.link_hosts[from..] {
                if h != key {
                    break;
                }
                if dest[s..].starts_with(self.links[*id as usize].token.as_str()) {
                    add(*id);
                }
            }
        }
        // Whole path segments, on any host: "/nyhetsbrev?utm_source=x",
        // "/ar/newsletter", "/podporte-nas/" (an article's slug that
        // mentions a newsletter is one longer segment).
        let mut segment = |seg: &str, subdomain: bool| {
            let seg = seg.rsplit_once('.').map_or(seg, |(s, ext)| {
                if matches!(ext, "html" | "htm" | "php" | "aspx") {
                    s
                } else {
                    seg
                }
            });
            if seg.is_empty() {
                return;
            }
            let from = self
                .link_segments
                .partition_point(|(s, _)| s.as_str() < seg);
            for (s, id) in &self.link_segments[from..] {
                if s != seg {
                    break;
                }
                // A site's checkout on a subdomain named for the ask
                // ("pretplata.dalmatinskivjesnik.hr", "abo.example.de")
                // sells or collects; a mail host ("newsletter.example.com")
                // is where a newsletter's own links point.
                let sells = matches!(
                    self.links[*id as usize].topic,
                    Topic::Nag(Category::Paywall | Category::Donation)
                );
                if !subdomain || sells {
                    add(*id);
                }
            }
        };
        if host.matches('.').count() >= 2
            && let Some(label) = host.split('.').next()
        {
            segment(label, true);
        }
        if host_end < file.len() {
            for seg in file[host_end..].split('/') {
                segment(seg, false);
            }
        }
        // File types: on any host, at the end of the path.
        if host_end < file.len() {
            for &id in &self.link_files {
                if file.ends_with(&self.links[id as usize].token[1..]) {
                    add(id);
                }
            }
        }
        // A share intent on a channel's host ("t.me/share") asks for nothing.
        if asks_nothing {
            return HintSet::default();
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrases found in `s` on a page in `lang`.
    fn texts_on(m: &Matcher, lang: &str, s: &str) -> Vec<String> {
        let mut hits = Vec::new();
        m.find_phrases_on(s, lang, &mut hits);
        hits.iter().map(|h| m.entry(h.entry).text.clone()).collect()
    }

    fn texts(m: &Matcher, s: &str) -> Vec<String> {
        let mut hits = Vec::new();
        m.find_phrases(s, &mut hits);
        hits.iter().map(|h| m.entry(h.entry).text.clone()).collect()
    }

    /// Each hit as (start, phrase).
    fn spans(m: &Matcher, hits: &[Hit]) -> Vec<(usize, String)> {
        hits.iter()
            .map(|h| (h.start, m.entry(h.entry).text.clone()))
            .collect()
    }

    #[test]
    fn script_groups_find_what_one_automaton_finds() {
        let m = Matcher::builtin().unwrap();
        // The oracle: one automaton over every literal phrase, as before
        // the groups.
        let literals: Vec<u32> = m
            .groups
            .iter()
            .flat_map(|g| g.ids.iter().copied())
            .collect();
        let mut ids = literals.clone();
        ids.sort_unstable();
        let one = PhraseGroup::build(&ids, &m.entries).unwrap();
        let mut samples: Vec<String> = vec![
            "подпишитесь на нашу email-рассылку. subscribe to our newsletter".into(),
            "订阅我们的 newsletter 通知 로그인 ログイン we use cookies".into(),
            "اشترك في النشرة البريدية، subscribe إلى 10 مقالات مجانية".into(),
            "सदस्यता लें newsletter के लिए। δωρεά τώρα γίνετε συνδρομητής".into(),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for f in std::fs::read_dir(dir).unwrap() {
            let path = f.unwrap().path();
            if path.extension().is_some_and(|e| e == "html") {
                samples.push(crate::text::normalize(
                    &std::fs::read_to_string(path).unwrap(),
                ));
            }
        }
        let words = PageWords::of("");
        for s in &samples {
            let mut grouped = Vec::new();
            m.find_phrases_on(s, "", &mut grouped);
            grouped.retain(|h| (h.entry as usize) < literals.len());
            let mut single = Vec::new();
            m.find_in_group(&one, &ids, s, &words, &mut single);
            assert_eq!(
                spans(&m, &grouped),
                spans(&m, &single),
                "in {}",
                &s[..s.len().min(80)]
            );
        }
    }

    #[test]
    fn a_script_group_is_built_when_a_text_first_has_its_letters() {
        let m = Matcher::builtin().unwrap();
        let built = |m: &Matcher| -> Vec<usize> {
            (0..m.groups.len())
                .filter(|&g| m.groups[g].ac.get().is_some())
                .collect()
        };
        assert_eq!(built(&m), [0]);
        assert_eq!(texts(&m, "we use cookies"), ["we use cookies"]);
        assert_eq!(built(&m), [0]);
        assert_eq!(
            texts(&m, "подпишитесь на рассылку"),
            ["подпишитесь на рассылку"]
        );
        assert_eq!(built(&m), [0, 2]);
    }

    #[test]
    fn groups_of_a_text_are_its_scripts_and_latin() {
        assert_eq!(groups_in("plain ascii, 12 €"), 1);
        assert_eq!(groups_in("привет"), 1 | 1 << 2);
        assert_eq!(groups_in("ニュース 뉴스 新闻"), 1 | 1 << 19 | 1 << 22);
        assert_eq!(script_group('a'), None);
        assert_eq!(script_group('ش'), Some(5));
        assert_eq!(script_group('\u{FEFB}'), Some(5));
    }

    #[test]
    fn finds_phrases_of_many_languages_in_one_pass() {
        let m = Matcher::builtin().unwrap();
        let found = texts(
            &m,
            "we use cookies. jetzt spenden! 登录知乎 подпишитесь на рассылку",
        );
        assert!(found.contains(&"we use cookies".to_string()), "{found:?}");
        assert!(found.contains(&"jetzt spenden".to_string()));
        assert!(found.contains(&"登录知乎".to_string()));
        assert!(found.contains(&"подпишитесь на рассылку".to_string()));
    }

    #[test]
    fn long_words_head_compounds_on_pages_of_compounding_languages() {
        let m = Matcher::builtin().unwrap();
        let on = |lang: &str, s: &str| texts_on(&m, lang, s);
        let text = "informationen zu unterstützungsmöglichkeiten";
        assert!(
            on("de", text).iter().any(|t| t == "unterstützung"),
            "{:?}",
            on("de", text)
        );
        // Not on a page of another language, and not for short words.
        assert!(!on("fr", text).iter().any(|t| t == "unterstützung"));
        assert!(!on("de", "die kontoauszüge").iter().any(|t| t == "konto"));
    }

    #[test]
    fn phrases_take_their_languages_endings() {
        let m = Matcher::builtin().unwrap();
        let on = |lang: &str, s: &str| texts_on(&m, lang, s);
        let has = |lang: &str, s: &str, t: &str| on(lang, s).iter().any(|x| x == t);
        // A plural of a phrase's last word, on a page of its language.
        assert!(has("en", "two free trials left", "free trial"));
        assert!(has(
            "en",
            "all digital subscriptions.",
            "digital subscription"
        ));
        assert!(has("fr", "nos abonnements", "abonnement"));
        // Linkers and suffixed articles that leave the word whole: Hausa's
        // genitive link, Romanian's definite article, Indonesian "-nya".
        assert!(has(
            "ha",
            "kuna son samun sanarwar labarai?",
            "kuna son samun sanarwa"
        ));
        assert!(has("ro", "prețul abonamentului", "abonament"));
        assert!(has("id", "paket langganannya", "paket langganan"));
        assert!(has("tr", "haftalık bültenimize", "haftalık bülten"));
        assert!(!has(
            "hr",
            "kuna son samun sanarwar labarai?",
            "kuna son samun sanarwa"
        ));
        // Not on a page of another language, not an ending the language
        // lacks, and not a lone short word ("trials" of a clinic).
        assert!(!has("de", "two free trials left", "free trial"));
        assert!(!has("en", "free trialist", "free trial"));
        assert!(!on("en", "clinical trials").iter().any(|x| x == "trial"));
    }

    #[test]
    fn a_shorter_phrase_at_the_same_start_is_tried_when_the_longest_fails_its_boundary() {
        // bounded_at, SHORTER_TRIES: the whole word is the automaton's
        // match in "zubuletinaren" and fails its end; the stem at the same
        // start still matches, whichever is listed first. A stem that does
        // not fit stays unmatched. (Made-up words, so that the real files'
        // order plays no part.)
        let bundle = PatternFiles::builtin().to_bundle().replacen(
            "=== eu.txt\n",
            "=== eu.txt\n[newsletter]\n2 zubuletina\n1 zubuletin*\n2 zuharpidetza\n",
            1,
        );
        let m = Matcher::from_files(&PatternFiles::from_bundle(&bundle).unwrap(), &[]).unwrap();
        assert_eq!(
            texts_on(&m, "eu", "jaso gure zubuletinaren berriak"),
            ["zubuletin"]
        );
        assert_eq!(texts_on(&m, "eu", "gure zubuletina jaso"), ["zubuletina"]);
        assert!(texts_on(&m, "eu", "zuharpidetzaren baldintzak").is_empty());
    }

    #[test]
    fn respects_word_boundaries() {
        let m = Matcher::builtin().unwrap();
        // "ad block" must not match inside "road blocks"
        assert!(!texts(&m, "the road blocks").iter().any(|t| t == "ad block"));
        // prefix phrase: "newsletter*" matches "newsletters"
        assert!(
            texts(&m, "our newsletters here")
                .iter()
                .any(|t| t.starts_with("newsletter") || t == "our newsletters")
        );
    }

    #[test]
    fn arabic_phrase_after_a_joined_proclitic() {
        let m = Matcher::builtin().unwrap();
        // bi- (with) joined to "cookie files"; wa-bi- is two proclitics.
        let with = texts(&m, "الخاصة بملفات الارتباط");
        assert!(with.iter().any(|t| t == "ملفات الارتباط"), "{with:?}");
        // ya- is no proclitic: "يملفات" is not the phrase's word.
        let other = texts(&m, "الخاصة يملفات الارتباط");
        assert!(!other.iter().any(|t| t == "ملفات الارتباط"), "{other:?}");
        // ka- (like), typed with the Arabic kaf that normalising folds.
        let like = texts(&m, &crate::text::normalize("الخاصة كملفات الارتباط"));
        assert!(like.iter().any(|t| t == "ملفات الارتباط"), "{like:?}");
        let two = texts(&m, "وبملفات الارتباط");
        assert!(!two.iter().any(|t| t == "ملفات الارتباط"), "{two:?}");
    }

    #[test]
    fn digit_placeholders() {
        let m = Matcher::builtin().unwrap();
        let found = texts(
            &m,
            "you have read 1 of 4 articles. pozostało 7 z 8 darmowych artykułów",
        );
        assert!(found.iter().any(|t| t.contains('#')), "{found:?}");
    }

    #[test]
    fn digit_pattern_pieces() {
        let p = DigitPattern::new("you have # free");
        let mut found = Vec::new();
        p.find_all(
            "so you have 12 free, you have 1,000 free; you have x free",
            |s, e| found.push((s, e)),
        );
        assert_eq!(found, vec![(3, 19), (21, 40)]);
        let p = DigitPattern::new("# of # articles");
        let mut found = Vec::new();
        p.find_all("read 3 of 10 articles", |s, e| found.push((s, e)));
        assert_eq!(found, vec![(5, 21)]);
        // Digit groups of other locales: "1'243", "9 000"; a space before
        // four digits ends the number.
        let p = DigitPattern::new("# members");
        let mut found = Vec::new();
        p.find_all("1'243 members, 9 000 members, 2024 1000 members", |s, e| {
            found.push((s, e))
        });
        assert_eq!(found, vec![(0, 13), (15, 28), (35, 47)]);
    }

    /// The one-pass candidate search finds what the plain scan finds.
    #[test]
    fn digit_candidates_agree_with_the_plain_scan() {
        let texts = [
            "so you have 12 free, you have 1,000 free; you have x free",
            "read 3 of 10 articles, then 4 of 5 articles; 2024 of 7 articles",
            "€5 €10 €20 1 € 2,50 € ab 9,99 €/monat 12€ / mois 3 z 5 artykułów",
            "残り3本 12月 第1面 ١٢ 0 00 0,0 ,1 1, x1y2",
            "z 9 000 € · 1'243 members · 11 900 ft 2024 1000 €",
        ];
        for pat in [
            "you have # free",
            "# of # articles",
            "# €",
            "€#",
            "#€ / mois",
            "# z # artykuł",
            "#本",
        ] {
            let p = DigitPattern::new(pat);
            for t in texts {
                let runs = digit_runs(t);
                let (mut plain, mut fast) = (Vec::new(), Vec::new());
                p.find_all(t, |s, e| plain.push((s, e)));
                p.find_at_numbers(t, &runs, |s, e| fast.push((s, e)));
                assert_eq!(plain, fast, "{pat:?} in {t:?}");
            }
        }
    }

    #[test]
    fn apostrophe_continues_a_word() {
        let m = Matcher::builtin().unwrap();
        assert!(!texts(&m, "don't have time").iter().any(|t| t == "don"));
        // The possessive "'s" is not part of the word: "ad blocker's".
        assert!(
            texts(&m, "your ad blocker's on")
                .iter()
                .any(|t| t == "ad blocker")
        );
        assert!(
            !texts(&m, "your ad blocker'sx on")
                .iter()
                .any(|t| t == "ad blocker")
        );
    }

    #[test]
    fn link_destinations_match_at_host_labels() {
        let m = Matcher::builtin().unwrap();
        let cat = |dest: &str| {
            let set = m.find_links(dest);
            Category::ALL
                .iter()
                .copied()
                .filter(|c| set.nag[c.index()] > 0)
                .collect::<Vec<_>>()
        };
        assert_eq!(cat("apps.apple.com/de/app/x/id1"), [Category::AppBanner]);
        assert_eq!(cat("de.paypal.me/someone"), [Category::Donation]);
        assert_eq!(
            cat("paypal.com/donate/?hosted_button_id=x"),
            [Category::Donation]
        );
        assert_eq!(
            cat("example.us1.list-manage.com/subscribe/post?u=1"),
            [Category::Newsletter]
        );
        // A host entry ends with the host; no match inside a label or a path.
        assert!(cat("notpaypal.me/x").is_empty());
        assert!(cat("paypal.media.example/x").is_empty());
        assert!(cat("example.com/apps.apple.com").is_empty());
        assert!(cat("").is_empty());
        // A file type, on any host, at the end of the path only.
        assert_eq!(cat("example.org/files/app.apk?v=2"), [Category::AppBanner]);
        assert!(cat("example.org/app.apk.html").is_empty());
        assert!(cat("downloads.apk").is_empty());
        // A whole path segment, on any host or relative; never part of a
        // longer slug, a host or a query.
        assert_eq!(
            cat("/nyhetsbrev?utm_source=artikkel"),
            [Category::Newsletter]
        );
        assert_eq!(cat("example.de/abo.html"), [Category::Paywall]);
        assert_eq!(cat("example.cz/podporte-nas/"), [Category::Donation]);
        assert!(cat("/2024/04/nyhetsbrev-fra-havnen/").is_empty());
        assert!(cat("newsletter.example.com/x").is_empty());
        // A checkout subdomain named for the ask; two labels are a site.
        assert_eq!(cat("pretplata.example.hr/tjednik"), [Category::Paywall]);
        assert_eq!(cat("spenden.example.de/"), [Category::Donation]);
        assert!(cat("abo.de/x").is_empty());
        assert!(cat("/search?q=/newsletter").is_empty());
        // The strongest entry per category names it.
        let set = m.find_links("paypal.com/donate");
        let best = set.best[Category::Donation.index()].unwrap();
        assert_eq!(m.links[best as usize].token, "paypal.com/donate");
    }

    #[test]
    fn hints_need_token_start() {
        let m = Matcher::builtin().unwrap();
        let h = m.find_hints("footer-newsletter-form");
        assert_eq!(h.nag[Category::Newsletter.index()], 3);
        assert!(h.nav > 0);
        let h = m.find_hints("canvas");
        assert_eq!(h.nav, 0, "'nav' inside 'canvas' is not a hint");
        let h = m.find_hints("onetrust-banner-sdk");
        assert_eq!(h.nag[Category::Cookie.index()], 5);
        // "comment$" ends its token: one comment, not the comment form.
        assert_eq!(m.find_hints("comment even thread-odd").comments, 3);
        assert_eq!(m.find_hints("x comment").comments, 3);
        assert_eq!(m.find_hints("comment-form").comments, 2);
        assert_eq!(m.find_hints("add-comment").comments, 3);
        assert_eq!(m.find_hints("bi-1q7f2__close").dismiss, 3);
        assert_eq!(m.find_hints("closed").dismiss, 0);
        assert_eq!(m.find_hints("commentary").comments, 0);
        // camelCase humps start tokens; a hint's letters match either case.
        assert!(m.find_hints("siteNewsletterBox").nag[Category::Newsletter.index()] > 0);
        assert!(m.find_hints("Footer-Newsletter-Form").nag[Category::Newsletter.index()] > 0);
        assert_eq!(
            m.find_hints("sitenewsletterbox").nag[Category::Newsletter.index()],
            0
        );
        // A gate is a login hint; a payment gateway is not.
        let login = |a: &str| m.find_hints(a).nag[Category::Login.index()];
        assert!(login("cmt-gate__msg") > 0 && login("sign-in-gate") > 0);
        assert_eq!(login("wc-payment-gateway"), 0);
    }

    #[test]
    fn a_share_intent_asks_nothing_on_a_channels_host() {
        let m = Matcher::builtin().unwrap();
        let n = Category::Newsletter.index();
        assert_eq!(m.find_links("t.me/harbourgazette").nag[n], 2);
        assert_eq!(m.find_links("line.me/r/ti/p/@harbour").nag[n], 2);
        assert_eq!(m.find_links("t.me/share/url?url=x").nag[n], 0);
    }

    #[test]
    fn generated_hints_match_and_hand_written_is_named_on_ties() {
        let hint = |token: &str, weight, generated| Hint {
            token: token.into(),
            topic: Topic::Nag(Category::Cookie),
            weight,
            generated,
            whole: false,
        };
        let m = Matcher::compile(
            Vec::new(),
            vec![hint("cookie", 3, false), hint("cookiebox", 3, true)],
            Vec::new(),
        )
        .unwrap();
        let h = m.find_hints("x-cookiebox");
        assert_eq!(h.nag[Category::Cookie.index()], 3);
        let best = h.best[Category::Cookie.index()].unwrap();
        assert_eq!(m.hints[best as usize].token, "cookie");
        // The built-in matcher carries the generated file's hints.
        let m = Matcher::builtin().unwrap();
        let g = m
            .hints
            .iter()
            .find(|h| h.generated)
            .expect("generated hints");
        let Topic::Nag(c) = g.topic else {
            panic!("{g:?}")
        };
        assert!(m.find_hints(&g.token).nag[c.index()] >= g.weight);
    }

    #[test]
    fn extra_phrases_from_rules() {
        let m = Matcher::from_files(
            &PatternFiles::builtin(),
            &[(Category::Donation, "Fuel Our Reporting".into())],
        )
        .unwrap();
        assert!(
            texts(&m, "please fuel our reporting today")
                .contains(&"fuel our reporting".to_string())
        );
    }
}
