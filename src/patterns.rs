//! Phrase and hint tables, loaded from the data files in `patterns/`.
//!
//! Natively the files are compiled into the binary (`include_str!`); the
//! WebAssembly build gets them as one text bundle beside it (the extension's
//! `wasm/patterns.txt`, made by `scripts/assemble.sh`), which keeps 300 KB
//! of phrases out of the module. Either way they are parsed once at
//! start-up; see `patterns/README.md` for the format. Parsing is strict:
//! a malformed line is an error naming the file and line, so a bad edit to
//! the data fails the test suite instead of silently dropping phrases.

use crate::category::Category;
use crate::text::normalize;
use std::fmt;

/// The languages that have a phrase file (`patterns/<lang>.txt`).
pub const LANGS: &[&str] = &[
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ja", "zh", "ru", "ko", "ar", "tr", "lv",
    "lt", "et", "fi", "da", "no", "ca", "cs", "sk", "hu", "ro", "bg", "uk", "hr", "sl", "el", "he",
    "hi", "id", "vi", "th", "fa", "sq", "sw", "tl", "bn", "is", "gl", "eu", "af", "am", "gu", "ha",
    "ka", "km", "kn", "mk", "ml", "mr", "ne", "pa", "si", "ta", "te", "ur", "yo", "zu",
];

/// Phrase files, one per language: (language code, contents).
#[cfg(not(target_arch = "wasm32"))]
pub const PHRASE_FILES: &[(&str, &str)] = &[
    ("en", include_str!("../patterns/en.txt")),
    ("de", include_str!("../patterns/de.txt")),
    ("fr", include_str!("../patterns/fr.txt")),
    ("es", include_str!("../patterns/es.txt")),
    ("it", include_str!("../patterns/it.txt")),
    ("pt", include_str!("../patterns/pt.txt")),
    ("nl", include_str!("../patterns/nl.txt")),
    ("pl", include_str!("../patterns/pl.txt")),
    ("sv", include_str!("../patterns/sv.txt")),
    ("ja", include_str!("../patterns/ja.txt")),
    ("zh", include_str!("../patterns/zh.txt")),
    ("ru", include_str!("../patterns/ru.txt")),
    ("ko", include_str!("../patterns/ko.txt")),
    ("ar", include_str!("../patterns/ar.txt")),
    ("tr", include_str!("../patterns/tr.txt")),
    ("lv", include_str!("../patterns/lv.txt")),
    ("lt", include_str!("../patterns/lt.txt")),
    ("et", include_str!("../patterns/et.txt")),
    ("fi", include_str!("../patterns/fi.txt")),
    ("da", include_str!("../patterns/da.txt")),
    ("no", include_str!("../patterns/no.txt")),
    ("ca", include_str!("../patterns/ca.txt")),
    ("cs", include_str!("../patterns/cs.txt")),
    ("sk", include_str!("../patterns/sk.txt")),
    ("hu", include_str!("../patterns/hu.txt")),
    ("ro", include_str!("../patterns/ro.txt")),
    ("bg", include_str!("../patterns/bg.txt")),
    ("uk", include_str!("../patterns/uk.txt")),
    ("hr", include_str!("../patterns/hr.txt")),
    ("sl", include_str!("../patterns/sl.txt")),
    ("el", include_str!("../patterns/el.txt")),
    ("he", include_str!("../patterns/he.txt")),
    ("hi", include_str!("../patterns/hi.txt")),
    ("id", include_str!("../patterns/id.txt")),
    ("vi", include_str!("../patterns/vi.txt")),
    ("th", include_str!("../patterns/th.txt")),
    ("fa", include_str!("../patterns/fa.txt")),
    ("sq", include_str!("../patterns/sq.txt")),
    ("sw", include_str!("../patterns/sw.txt")),
    ("tl", include_str!("../patterns/tl.txt")),
    ("bn", include_str!("../patterns/bn.txt")),
    ("is", include_str!("../patterns/is.txt")),
    ("gl", include_str!("../patterns/gl.txt")),
    ("eu", include_str!("../patterns/eu.txt")),
    ("af", include_str!("../patterns/af.txt")),
    ("am", include_str!("../patterns/am.txt")),
    ("gu", include_str!("../patterns/gu.txt")),
    ("ha", include_str!("../patterns/ha.txt")),
    ("ka", include_str!("../patterns/ka.txt")),
    ("km", include_str!("../patterns/km.txt")),
    ("kn", include_str!("../patterns/kn.txt")),
    ("mk", include_str!("../patterns/mk.txt")),
    ("ml", include_str!("../patterns/ml.txt")),
    ("mr", include_str!("../patterns/mr.txt")),
    ("ne", include_str!("../patterns/ne.txt")),
    ("pa", include_str!("../patterns/pa.txt")),
    ("si", include_str!("../patterns/si.txt")),
    ("ta", include_str!("../patterns/ta.txt")),
    ("te", include_str!("../patterns/te.txt")),
    ("ur", include_str!("../patterns/ur.txt")),
    ("yo", include_str!("../patterns/yo.txt")),
    ("zu", include_str!("../patterns/zu.txt")),
];

/// The attribute-hint file.
#[cfg(not(target_arch = "wasm32"))]
pub const HINT_FILE: &str = include_str!("../patterns/hints.txt");

/// The link-destination file (see [`Matcher::find_links`](crate::matcher::Matcher::find_links)).
#[cfg(not(target_arch = "wasm32"))]
pub const LINK_FILE: &str = include_str!("../patterns/links.txt");

/// Hints mined from the annoyance filter lists by `scripts/mine-lists.py`
/// (generated, checked in; `tests/generated_patterns.rs` checks it is up
/// to date). Loaded after [`HINT_FILE`]: a token both name is the
/// hand-written one's.
#[cfg(not(target_arch = "wasm32"))]
pub const GENERATED_HINT_FILE: &str = include_str!("../patterns/generated/hints.txt");

/// Phrases mined from the filter lists' `:has-text()` rules, all languages
/// in one file, loaded as language [`GENERATED_PHRASE_LANG`] after the
/// hand-written files: a phrase both hold keeps the hand-written weights.
#[cfg(not(target_arch = "wasm32"))]
pub const GENERATED_PHRASE_FILE: &str = include_str!("../patterns/generated/phrases.txt");
pub const GENERATED_PHRASE_LANG: &str = "lists";

/// What a hint or a phrase section is about: a category, or structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Nag(Category),
    /// Modal / overlay / popup markup.
    Overlay,
    /// Navigation, header, footer, menus.
    Nav,
    /// Article-body markup.
    Content,
    /// Promotional box markup.
    Promo,
    /// Comment-section markup.
    Comments,
    /// A control that closes its box ("modal__close", aria-label "Schließen").
    Dismiss,
    /// The article's byline or dateline: never part of a nag box.
    Byline,
    /// A picture's caption: it describes the picture, whatever its words.
    Caption,
}

/// One phrase of one language, normalised.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    pub text: String,
    pub category: Category,
    pub weight: u8,
    pub lang: &'static str,
    /// Require a word boundary before / after the match.
    pub bound_start: bool,
    pub bound_end: bool,
}

/// One attribute hint.
#[derive(Clone, Debug, PartialEq)]
pub struct Hint {
    pub token: String,
    pub topic: Topic,
    pub weight: u8,
    /// Mined from the filter lists (`patterns/generated/hints.txt`).
    pub generated: bool,
    /// Written with a trailing `$`: the hint ends its class or id word
    /// ("comment$" is WordPress's class of one comment, not "comment-form"
    /// nor "commentary"; "close$" matches "modal__close", not "closed").
    pub whole: bool,
}

/// A malformed line in a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for PatternError {}

/// Cuts a trailing comment: two spaces and `#` (`3 onetrust  # 12 sites`).
/// One space before `#` is not a comment: in a phrase `#` stands for a
/// number ("you have # free articles").
fn strip_trailing_comment(line: &str) -> &str {
    match line.find("  #") {
        Some(i) => line[..i].trim_end(),
        None => line,
    }
}

/// Parses the `[section]` / `W text` line format shared by both kinds of
/// file, calling `emit(section, weight, text, line)` for each entry. A line
/// may end in a comment after two spaces (`2 cmpbox  # 18 sites`).
fn parse_lines(
    file: &str,
    src: &str,
    mut emit: impl FnMut(&str, u8, &str, usize) -> Result<(), String>,
) -> Result<(), PatternError> {
    let err = |line: usize, message: String| PatternError {
        file: file.to_string(),
        line,
        message,
    };
    let mut section: Option<&str> = None;
    for (i, raw) in src.lines().enumerate() {
        let line_no = i + 1;
        let line = strip_trailing_comment(raw.trim());
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let name = rest
                .strip_suffix(']')
                .ok_or_else(|| err(line_no, "section header without ']'".into()))?;
            section = Some(name.trim());
            continue;
        }
        let sec = section.ok_or_else(|| err(line_no, "entry before any [section]".into()))?;
        let (w, text) = line
            .split_once(' ')
            .ok_or_else(|| err(line_no, format!("expected 'WEIGHT phrase', got {line:?}")))?;
        let weight: u8 = w
            .parse()
            .ok()
            .filter(|w| (1..=9).contains(w))
            .ok_or_else(|| err(line_no, format!("weight must be 1..9, got {w:?}")))?;
        emit(sec, weight, text.trim(), line_no).map_err(|m| err(line_no, m))?;
    }
    Ok(())
}

/// Parses one language's phrase file.
pub fn parse_phrases(lang: &'static str, src: &str) -> Result<Vec<Phrase>, PatternError> {
    parse_phrase_file(&format!("patterns/{lang}.txt"), lang, src)
}

/// Parses a phrase file named `file` (for errors) as language `lang`.
fn parse_phrase_file(
    file: &str,
    lang: &'static str,
    src: &str,
) -> Result<Vec<Phrase>, PatternError> {
    let mut out = Vec::new();
    parse_lines(file, src, |sec, weight, text, _| {
        let category: Category = sec
            .parse()
            .map_err(|e: crate::category::UnknownCategory| e.to_string())?;
        let bound_start = !text.starts_with('*');
        let bound_end = !text.ends_with('*');
        let body = normalize(text.trim_matches('*'));
        if body.is_empty() {
            return Err("empty phrase".into());
        }
        out.push(Phrase {
            text: body,
            category,
            weight,
            lang,
            bound_start,
            bound_end,
        });
        Ok(())
    })?;
    Ok(out)
}

/// Parses the hint file.
pub fn parse_hints(src: &str) -> Result<Vec<Hint>, PatternError> {
    parse_hint_file("patterns/hints.txt", src)
}

/// Parses a hint file named `file` (for errors).
fn parse_hint_file(file: &str, src: &str) -> Result<Vec<Hint>, PatternError> {
    let mut out = Vec::new();
    parse_lines(file, src, |sec, weight, text, _| {
        let topic = match sec {
            "@overlay" => Topic::Overlay,
            "@nav" => Topic::Nav,
            "@content" => Topic::Content,
            "@comments" => Topic::Comments,
            "@promo" => Topic::Promo,
            "@dismiss" => Topic::Dismiss,
            "@byline" => Topic::Byline,
            "@caption" => Topic::Caption,
            other => Topic::Nag(
                other
                    .parse()
                    .map_err(|e: crate::category::UnknownCategory| e.to_string())?,
            ),
        };
        if text.contains(char::is_whitespace) {
            return Err(format!("hint {text:?} contains a space"));
        }
        let (token, whole) = match text.strip_suffix('$') {
            Some(t) => (t, true),
            None => (text, false),
        };
        if token.is_empty() || token.contains('$') {
            return Err(format!("hint {text:?}: '$' only ends a token"));
        }
        out.push(Hint {
            token: token.to_ascii_lowercase(),
            topic,
            weight,
            generated: false,
            whole,
        });
        Ok(())
    })?;
    Ok(out)
}

/// The pattern data files by name (`en.txt`, `hints.txt`,
/// `generated/phrases.txt`, `purpose.txt`, `words.txt`, ...).
#[derive(Clone, Debug, Default)]
pub struct PatternFiles {
    files: Vec<(String, String)>,
}

/// A bundle names each file on a line of its own before its contents.
const BUNDLE_HEADER: &str = "=== ";

/// The purpose word file (see `classify::purpose`).
#[cfg(not(target_arch = "wasm32"))]
pub const PURPOSE_FILE: &str = include_str!("../patterns/purpose.txt");

/// The classifier's word lists (see `classify::words`).
#[cfg(not(target_arch = "wasm32"))]
pub const WORDS_FILE: &str = include_str!("../patterns/words.txt");

impl PatternFiles {
    /// The files compiled into the binary.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin() -> PatternFiles {
        let mut files: Vec<(String, String)> = PHRASE_FILES
            .iter()
            .map(|(l, src)| (format!("{l}.txt"), src.to_string()))
            .collect();
        for (name, src) in [
            ("hints.txt", HINT_FILE),
            ("generated/hints.txt", GENERATED_HINT_FILE),
            ("generated/phrases.txt", GENERATED_PHRASE_FILE),
            ("purpose.txt", PURPOSE_FILE),
            ("words.txt", WORDS_FILE),
            ("links.txt", LINK_FILE),
        ] {
            files.push((name.to_string(), src.to_string()));
        }
        PatternFiles { files }
    }

    /// Reads a bundle: every file as a line `=== <name>` and its contents.
    pub fn from_bundle(bundle: &str) -> Result<PatternFiles, PatternError> {
        let mut files: Vec<(String, String)> = Vec::new();
        for (n, line) in bundle.lines().enumerate() {
            if let Some(name) = line.strip_prefix(BUNDLE_HEADER) {
                files.push((name.trim().to_string(), String::new()));
            } else if let Some((_, src)) = files.last_mut() {
                src.push_str(line);
                src.push('\n');
            } else if !line.trim().is_empty() {
                return Err(PatternError {
                    file: "pattern bundle".into(),
                    line: n + 1,
                    message: format!("text before the first {BUNDLE_HEADER:?} line"),
                });
            }
        }
        Ok(PatternFiles { files })
    }

    /// The bundle [`PatternFiles::from_bundle`] reads.
    pub fn to_bundle(&self) -> String {
        let mut out = String::new();
        for (name, src) in &self.files {
            out.push_str(BUNDLE_HEADER);
            out.push_str(name);
            out.push('\n');
            out.push_str(src);
            if !src.ends_with('\n') {
                out.push('\n');
            }
        }
        out
    }

    /// One file's contents; a missing file is an error naming it.
    pub fn get(&self, name: &str) -> Result<&str, PatternError> {
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.as_str())
            .ok_or_else(|| PatternError {
                file: format!("patterns/{name}"),
                line: 0,
                message: "missing from the pattern data".into(),
            })
    }

    /// All phrases of all languages, then the generated ones that no
    /// hand-written file holds (same text and word boundaries).
    pub fn phrases(&self) -> Result<Vec<Phrase>, PatternError> {
        let mut all = Vec::new();
        for lang in LANGS {
            all.extend(parse_phrases(lang, self.get(&format!("{lang}.txt"))?)?);
        }
        let mut hand: Vec<(String, bool, bool)> = all
            .iter()
            .map(|p| (p.text.clone(), p.bound_start, p.bound_end))
            .collect();
        crate::sort::sort_by(&mut hand, |a, b| a.cmp(b));
        let generated = parse_phrase_file(
            "patterns/generated/phrases.txt",
            GENERATED_PHRASE_LANG,
            self.get("generated/phrases.txt")?,
        )?;
        all.extend(generated.into_iter().filter(|p| {
            hand.binary_search_by(|h| {
                (h.0.as_str(), h.1, h.2).cmp(&(p.text.as_str(), p.bound_start, p.bound_end))
            })
            .is_err()
        }));
        Ok(all)
    }

    /// The link destinations (`links.txt`): category sections and `[@nav]`
    /// (links that ask nothing, such as share intents); an
    /// entry names a host, or a host and the start of a path, a file type
    /// ("*.apk") or a whole path segment on any host ("/newsletter").
    pub fn links(&self) -> Result<Vec<Hint>, PatternError> {
        let file = "patterns/links.txt";
        let links = parse_hint_file(file, self.get("links.txt")?)?;
        for l in &links {
            let bad = if !matches!(l.topic, Topic::Nag(_) | Topic::Nav) {
                Some("only category sections and [@nav]")
            } else if l.token.starts_with('*') {
                // A file type: "*.apk".
                (!l.token.starts_with("*.") || l.token.contains('/'))
                    .then_some("a file type is written *.ext")
            } else if let Some(seg) = l.token.strip_prefix('/') {
                // A whole path segment: "/newsletter".
                (seg.is_empty() || seg.contains(['/', '.', '?']))
                    .then_some("a path segment is written /name, one segment")
            } else if l.token.starts_with('.') || l.token.starts_with('/') || !l.token.contains('.')
            {
                Some("a destination starts with a host name")
            } else {
                None
            };
            if let Some(message) = bad {
                return Err(PatternError {
                    file: file.into(),
                    line: 0,
                    message: format!("{:?}: {message}", l.token),
                });
            }
        }
        Ok(links)
    }

    /// The hand-written hints, then the generated ones for tokens the
    /// hand-written file does not name.
    pub fn hints(&self) -> Result<Vec<Hint>, PatternError> {
        let mut all = parse_hints(self.get("hints.txt")?)?;
        let mut hand: Vec<String> = all.iter().map(|h| h.token.clone()).collect();
        crate::sort::sort_by(&mut hand, |a, b| a.cmp(b));
        let generated = parse_hint_file(
            "patterns/generated/hints.txt",
            self.get("generated/hints.txt")?,
        )?;
        all.extend(
            generated
                .into_iter()
                .filter(|h| hand.binary_search(&h.token).is_err())
                .map(|h| Hint {
                    generated: true,
                    ..h
                }),
        );
        Ok(all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_parses() {
        let phrases = PatternFiles::builtin().phrases().unwrap();
        let hints = parse_hints(HINT_FILE).unwrap();
        assert!(phrases.len() > 1000, "{} phrases", phrases.len());
        assert!(hints.len() > 100);
        // Every category has phrases in at least 12 languages.
        for c in Category::ALL {
            let mut langs: Vec<_> = phrases
                .iter()
                .filter(|p| p.category == c)
                .map(|p| p.lang)
                .collect();
            langs.sort();
            langs.dedup();
            assert!(langs.len() >= 12, "{c}: {langs:?}");
        }
    }

    #[test]
    fn a_bundle_carries_every_file_and_names_what_is_missing() {
        let files = PatternFiles::builtin();
        let again = PatternFiles::from_bundle(&files.to_bundle()).unwrap();
        assert_eq!(again.phrases().unwrap(), files.phrases().unwrap());
        assert_eq!(again.hints().unwrap(), files.hints().unwrap());
        // LANGS and the compiled-in files agree.
        let langs: Vec<&str> = PHRASE_FILES.iter().map(|(l, _)| *l).collect();
        assert_eq!(langs, LANGS);
        let e = PatternFiles::from_bundle("=== en.txt\n[donation]\n3 donate now\n")
            .unwrap()
            .phrases()
            .unwrap_err();
        assert_eq!(e.file, "patterns/de.txt", "{e}");
        assert!(PatternFiles::from_bundle("3 stray line\n").is_err());
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse_phrases("xx", "[donation]\n3 ok\nthree bad\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.to_string().starts_with("patterns/xx.txt:3:"), "{e}");
        let e = parse_phrases("xx", "[dontaion]\n3 ok\n").unwrap_err();
        assert!(e.message.contains("unknown category"), "{e}");
        let e = parse_phrases("xx", "3 ok\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse_phrases("xx", "[cookie]\n12 x\n").unwrap_err();
        assert!(e.message.contains("weight"));
    }

    #[test]
    fn trailing_comments_after_two_spaces() {
        let h = parse_hints("[cookie]\n2 cmpbox  # 18 sites\n3 orejime   #12\n").unwrap();
        assert_eq!(h[0].token, "cmpbox");
        assert_eq!(h[0].weight, 2);
        assert_eq!(h[1].token, "orejime");
        // One space before '#' is a digit placeholder, not a comment.
        let p = parse_phrases("xx", "[paywall]\n3 you have # free  # 2 sites\n").unwrap();
        assert_eq!(p[0].text, "you have # free");
        // A hint with a space before a single '#' is still an error.
        assert!(parse_hints("[cookie]\n2 cmpbox # 18\n").is_err());
    }

    #[test]
    fn generated_data_parses_and_hand_written_wins() {
        let generated =
            parse_hint_file("patterns/generated/hints.txt", GENERATED_HINT_FILE).unwrap();
        assert!(!generated.is_empty());
        assert!(generated.iter().all(|h| (2..=3).contains(&h.weight)));
        assert!(generated.iter().all(|h| matches!(h.topic, Topic::Nag(_))));
        let hand = parse_hints(HINT_FILE).unwrap();
        let all = PatternFiles::builtin().hints().unwrap();
        assert_eq!(&all[..hand.len()], &hand[..]);
        assert!(all[hand.len()..].iter().all(|h| h.generated));
        // Each token once: a generated line for a hand-written token is dropped.
        let mut tokens: Vec<&str> = all.iter().map(|h| h.token.as_str()).collect();
        tokens.sort_unstable();
        let n = tokens.len();
        tokens.dedup();
        assert_eq!(tokens.len(), n);
        let phrases = PatternFiles::builtin().phrases().unwrap();
        let lists: Vec<_> = phrases.iter().filter(|p| p.lang == "lists").collect();
        assert!(!lists.is_empty());
        for p in &lists {
            assert!(
                !phrases.iter().any(|q| q.lang != "lists"
                    && q.text == p.text
                    && q.bound_start == p.bound_start
                    && q.bound_end == p.bound_end),
                "{:?} is hand-written too",
                p.text
            );
        }
    }

    #[test]
    fn stars_control_boundaries() {
        let p = parse_phrases("en", "[paywall]\n2 subscri*\n").unwrap();
        assert_eq!(p[0].text, "subscri");
        assert!(p[0].bound_start && !p[0].bound_end);
    }
}
