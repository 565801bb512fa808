//! Word lists: the periods of a price ("a month", "월"), payment services'
//! names, the words of privacy, terms and log-in pages' addresses,
//! negations, the words that join a sum raised to its goal. They are data,
//! not code: `patterns/words.txt` holds them with the reasons for each, so
//! an entry is added without recompiling, and, shipped in the pattern
//! bundle beside the WebAssembly, they cost the module nothing (compiled
//! in, they cost it their bytes). Read once, when the engine is built.

use crate::patterns::{PatternError, PatternFiles};

/// The lists of `patterns/words.txt`, one per section, each entry as
/// written and in the file's order (where the first match is taken, the
/// order counts).
#[derive(Debug, Default)]
pub struct Words {
    /// `[period-before]`: a period before the sum ("월 5,000원"), longer
    /// forms first.
    pub period_before: Vec<String>,
    /// `[period-after]`: a period in words after a price ("kada buwan",
    /// "a month", "for the first month").
    pub period_after: Vec<String>,
    /// `[payment]`: names before a number to pay to ("mobilepay", "계좌").
    pub payment: Vec<String>,
    /// `[privacy-link]`: in a privacy or cookie page's address.
    pub privacy_link: Vec<String>,
    /// `[terms-link]`: in a terms or data-protection page's address.
    pub terms_link: Vec<String>,
    /// `[account-link]`: a word of a log-in or registration page's address.
    pub account_link: Vec<String>,
    /// `[account-link-pair]`: the same written as two words ("log-in").
    pub account_link_pair: Vec<String>,
    /// `[negator]`: the word before a cookie or ad-blocker phrase that
    /// denies it ("keine").
    pub negator: Vec<String>,
    /// `[progress-connector]`: between a sum raised and its goal ("of").
    pub progress_connector: Vec<String>,
    /// `[yes]`: the word that accepts, first in a prompt's button ("oui").
    pub yes: Vec<String>,
}

/// The file, as errors name it.
const FILE: &str = "patterns/words.txt";

/// Each section of the file, the list it fills, and whether its words are
/// read in the page's text (folded as the text is: Arabic and Persian
/// letter forms, Traditional characters) rather than in addresses (kept
/// as written).
type Section = (&'static str, fn(&mut Words) -> &mut Vec<String>, bool);
const SECTIONS: [Section; 10] = [
    ("period-before", |w| &mut w.period_before, true),
    ("period-after", |w| &mut w.period_after, true),
    ("payment", |w| &mut w.payment, true),
    ("privacy-link", |w| &mut w.privacy_link, false),
    ("terms-link", |w| &mut w.terms_link, false),
    ("account-link", |w| &mut w.account_link, false),
    ("account-link-pair", |w| &mut w.account_link_pair, false),
    ("negator", |w| &mut w.negator, true),
    ("progress-connector", |w| &mut w.progress_connector, true),
    ("yes", |w| &mut w.yes, true),
];

impl Words {
    /// The lists of `words.txt`: every section once, none empty. An
    /// unknown section, a word before any section, a section given twice
    /// and an empty section are errors naming their line (an empty one its
    /// header's); a missing section names none (line 0, as a missing file
    /// does).
    pub fn from_files(files: &PatternFiles) -> Result<Words, PatternError> {
        let mut out = Words::default();
        // Per section, the line of its header (0: not seen).
        let mut header = [0usize; SECTIONS.len()];
        let mut current = None;
        for (n, line) in files.get("words.txt")?.lines().enumerate() {
            let line_no = n + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let k = SECTIONS
                    .iter()
                    .position(|(s, _, _)| *s == name)
                    .ok_or_else(|| error(line_no, format!("unknown section [{name}]")))?;
                if header[k] != 0 {
                    let first = header[k];
                    return Err(error(
                        line_no,
                        format!("[{name}] again (first on line {first})"),
                    ));
                }
                header[k] = line_no;
                current = Some(k);
                continue;
            }
            let k = current.ok_or_else(|| error(line_no, "a word before any section".into()))?;
            let (_, list, in_text) = SECTIONS[k];
            let entry = if in_text {
                crate::text::normalize(line)
            } else {
                line.to_string()
            };
            list(&mut out).push(entry);
        }
        for (&(name, list, _), &at) in SECTIONS.iter().zip(&header) {
            if at == 0 {
                return Err(error(0, format!("no [{name}] section")));
            }
            if list(&mut out).is_empty() {
                return Err(error(at, format!("[{name}] holds no word")));
            }
        }
        Ok(out)
    }

    /// Whether `text` starts with a word of `[yes]`, whole (in scripts
    /// written without spaces, any start): "oui, prévenez-moi", "是的".
    pub fn starts_with_yes(&self, text: &str) -> bool {
        let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
        let spaced = crate::text::is_spaced_alphanumeric;
        self.yes.iter().any(|y| {
            t.strip_prefix(y.as_str())
                .is_some_and(|rest| !(rest.starts_with(spaced) && y.ends_with(spaced)))
        })
    }

    /// The built-in file's lists.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub fn builtin() -> Words {
        Words::from_files(&PatternFiles::builtin()).unwrap()
    }
}

fn error(line: usize, message: String) -> PatternError {
    PatternError {
        file: FILE.into(),
        line,
        message,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<Words, PatternError> {
        Words::from_files(&PatternFiles::from_bundle(&format!("=== words.txt\n{src}")).unwrap())
    }

    /// Every section, one word each.
    fn all_sections() -> String {
        SECTIONS
            .iter()
            .map(|(s, _, _)| format!("[{s}]\nx\n"))
            .collect()
    }

    #[test]
    fn builtin_file_parses_and_no_section_is_empty() {
        let mut w = Words::builtin();
        for (name, list, _) in SECTIONS {
            assert!(!list(&mut w).is_empty(), "[{name}]");
        }
        // Kept as written, in order: longer forms first.
        assert_eq!(w.period_before[..2], ["매월", "월"]);
        assert!(w.negator.iter().any(|n| n == "don't"));
        assert!(w.payment.iter().any(|n| n == "till number"));
        assert!(w.period_after.iter().any(|n| n == "all'anno"));
        // A whole first word, any start in unspaced scripts.
        assert!(w.starts_with_yes("oui, prévenez-moi"));
        assert!(w.starts_with_yes("✓ ja, gerne"));
        assert!(w.starts_with_yes("是的，提醒我"));
        assert!(!w.starts_with_yes("jamais"));
        assert!(!w.starts_with_yes("english"));
        assert!(!w.starts_with_yes("plus tard, oui"));
    }

    #[test]
    fn errors_name_the_line() {
        let ok = all_sections();
        let w = parse(&ok).unwrap();
        assert_eq!(w.progress_connector, ["x"]);
        // An unknown section, on line 3.
        let e = parse(&format!("# c\n\n[perod-after]\nx\n{ok}")).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), (FILE, 3), "{e}");
        assert!(e.message.contains("unknown section"), "{e}");
        // A word before any section, on line 2.
        let e = parse(&format!("# c\n stray \n{ok}")).unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        assert!(e.message.contains("before any section"), "{e}");
        // A section missing: [negator] left out.
        let e = parse(&ok.replace("[negator]\nx\n", "")).unwrap_err();
        assert_eq!(e.line, 0, "{e}");
        assert!(e.message.contains("[negator]"), "{e}");
        // An empty section, by its header's line (the first's, the last's).
        let e = parse(&ok.replacen("x\n", "# none\n", 1)).unwrap_err();
        assert_eq!(e.line, 1, "{e}");
        assert!(e.message.contains("[period-before]"), "{e}");
        let e = parse(&format!("{ok}[negator]\n")).unwrap_err();
        assert_eq!(e.line, 2 * SECTIONS.len() + 1, "{e}");
        assert!(e.message.contains("again"), "{e}");
        let last = ok.rfind('x').unwrap();
        let e = parse(&ok[..last]).unwrap_err();
        assert_eq!(e.line, 2 * SECTIONS.len() - 1, "{e}");
        assert!(e.message.contains("no word"), "{e}");
    }
}
