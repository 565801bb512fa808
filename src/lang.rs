//! Which language a page is written in, from its own words.
//!
//! `<html lang>` is often missing, and often wrong (a Spanish page that
//! says `en`: a theme's default). The classifier needs the language for one
//! thing: a single word from another language's phrase file (Danish "mail",
//! Czech "reklama") is an ordinary word elsewhere and must not count. So
//! the text gets a vote: frequent function words, a handful per language,
//! counted over the start of the visible text. The declared tag wins unless
//! the text clearly says otherwise.

use std::sync::OnceLock;

/// Function words per language (lower case, whole words): frequent in any
/// text of the language, rare in others. Languages written in their own
/// script need none; [`SCRIPTS`] names them.
pub const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "with", "for", "was", "this",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "nicht", "mit", "ist", "auch", "sich", "den",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "et", "des", "est", "une", "dans", "pour", "qui", "pas",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "que", "del", "por", "una", "con", "para",
        ],
    ),
    (
        "it",
        &[
            "il", "della", "che", "e", "di", "per", "non", "sono", "nel", "gli",
        ],
    ),
    // Galician shares Portuguese's commonest words: its list holds them
    // too, so that only the words the two spell apart ("non"/"não",
    // "unha"/"uma") decide. It comes before Portuguese because a tie goes
    // to the later entry (a Portuguese page without "não" stays Portuguese).
    (
        "gl",
        &[
            "o", "os", "que", "do", "da", "para", "non", "unha", "tamén", "xa",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "que", "do", "da", "não", "uma", "com", "para", "em",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "niet", "zijn", "op", "voor", "dat",
        ],
    ),
    (
        "pl",
        &["i", "w", "nie", "się", "na", "jest", "że", "z", "do", "to"],
    ),
    (
        "sv",
        &[
            "och", "att", "är", "som", "för", "med", "inte", "det", "på", "av",
        ],
    ),
    (
        "da",
        &[
            "og", "at", "er", "som", "for", "med", "ikke", "det", "på", "af",
        ],
    ),
    (
        "no",
        &[
            "og", "at", "er", "som", "for", "med", "ikke", "det", "på", "av",
        ],
    ),
    (
        "fi",
        &[
            "ja", "on", "ei", "että", "se", "oli", "mutta", "kun", "myös", "hän",
        ],
    ),
    (
        "et",
        &[
            "ja", "on", "ei", "et", "see", "oli", "kui", "ka", "mis", "aga",
        ],
    ),
    (
        "lv",
        &[
            "un", "ir", "ar", "par", "no", "uz", "kas", "arī", "tas", "bet",
        ],
    ),
    (
        "lt",
        &[
            "ir", "kad", "yra", "su", "į", "iš", "tai", "bet", "kaip", "buvo",
        ],
    ),
    (
        "cs",
        &[
            "a", "je", "se", "na", "že", "v", "to", "jsou", "také", "není",
        ],
    ),
    (
        "sk",
        &["a", "je", "sa", "na", "že", "v", "to", "sú", "aj", "nie"],
    ),
    (
        "hu",
        &[
            "a", "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "de",
        ],
    ),
    (
        "ro",
        &[
            "și", "în", "de", "la", "că", "este", "nu", "cu", "pe", "sunt",
        ],
    ),
    (
        "hr",
        &["i", "je", "u", "na", "da", "se", "za", "su", "od", "nije"],
    ),
    (
        "sl",
        &["in", "je", "v", "na", "da", "se", "za", "so", "ki", "tudi"],
    ),
    (
        "ca",
        &[
            "el", "la", "i", "que", "dels", "amb", "per", "és", "una", "els",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "çok", "daha",
        ],
    ),
    (
        "id",
        &[
            "dan", "yang", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "akan",
        ],
    ),
    (
        "vi",
        &[
            "và", "của", "là", "có", "không", "được", "những", "cho", "với", "này",
        ],
    ),
    (
        "sq",
        &[
            "dhe", "të", "në", "që", "për", "një", "është", "nuk", "edhe", "janë",
        ],
    ),
    (
        "sw",
        &[
            "ya", "kwa", "katika", "kuwa", "pia", "hiyo", "lakini", "za", "cha", "wa",
        ],
    ),
    (
        "tl",
        &[
            "ang", "ng", "mga", "sa", "ay", "ito", "hindi", "nang", "siya", "naman",
        ],
    ),
    (
        "is",
        &[
            "að", "og", "í", "á", "ekki", "það", "við", "fyrir", "eru", "hefur",
        ],
    ),
    (
        "eu",
        &[
            "eta", "ez", "bat", "ere", "dute", "baina", "izan", "dira", "zuen", "egin",
        ],
    ),
    // Without their own words a page declared in these was read as Dutch
    // or Croatian (Hausa's "da", "na", "su"), and its phrases lost.
    (
        "af",
        &[
            "die", "nie", "vir", "hulle", "sy", "ek", "ons", "het", "aan", "deur",
        ],
    ),
    (
        "ha",
        &[
            "cikin", "kuma", "wannan", "domin", "daga", "shi", "suka", "yana", "ita", "amma",
        ],
    ),
    (
        "yo",
        &[
            "ati", "lati", "naa", "fun", "pe", "ti", "ni", "si", "yii", "tabi",
        ],
    ),
    (
        "zu",
        &[
            "ukuthi", "futhi", "kodwa", "noma", "kule", "uma", "lokho", "kanye", "abantu",
            "kakhulu",
        ],
    ),
];

/// Scripts that name their language outright, by letter range. Kana comes
/// before Han: Japanese writes both. A script several languages write
/// (Cyrillic, Arabic, Devanagari) is named by the script, and
/// [`script_language`] tells its languages apart.
pub const SCRIPTS: &[(&str, char, char)] = &[
    ("cyrillic", '\u{0400}', '\u{04FF}'),
    ("arabic", '\u{0600}', '\u{06FF}'),
    ("el", '\u{0370}', '\u{03FF}'),
    ("he", '\u{0590}', '\u{05FF}'),
    ("devanagari", '\u{0900}', '\u{097F}'),
    ("bn", '\u{0980}', '\u{09FF}'),
    ("pa", '\u{0A00}', '\u{0A7F}'),
    ("gu", '\u{0A80}', '\u{0AFF}'),
    ("ta", '\u{0B80}', '\u{0BFF}'),
    ("te", '\u{0C00}', '\u{0C7F}'),
    ("kn", '\u{0C80}', '\u{0CFF}'),
    ("ml", '\u{0D00}', '\u{0D7F}'),
    ("si", '\u{0D80}', '\u{0DFF}'),
    ("th", '\u{0E00}', '\u{0E7F}'),
    ("ka", '\u{10A0}', '\u{10FF}'),
    ("am", '\u{1200}', '\u{137F}'),
    ("km", '\u{1780}', '\u{17FF}'),
    ("ko", '\u{AC00}', '\u{D7AF}'),
    ("ja", '\u{3040}', '\u{30FF}'),
    ("zh", '\u{4E00}', '\u{9FFF}'),
];

/// The languages (phrase files, after [`primary`]) that share a script. A
/// page declaring one of them is taken at its word: Marathi and Hindi share
/// every letter, and a Macedonian page may lack the letters that tell it
/// from Serbian in its first paragraphs.
const SHARED_SCRIPTS: &[(&str, &[&str])] = &[
    ("cyrillic", &["ru", "uk", "bg", "hr", "mk"]),
    ("arabic", &["ar", "fa", "ur"]),
    ("devanagari", &["hi", "mr", "ne"]),
];

/// Which language of `script` the page is in: the declared one if it
/// writes that script, else by letters only one of them uses.
fn script_language(script: &'static str, sample: &str, declared: &str) -> &'static str {
    if let Some(lang) = SHARED_SCRIPTS
        .iter()
        .filter(|(s, _)| *s == script)
        .flat_map(|(_, langs)| langs.iter())
        .find(|l| **l == declared)
    {
        return lang;
    }
    let has = |set: &[char]| sample.chars().any(|c| set.contains(&c));
    match script {
        "cyrillic" if has(&['і', 'ї', 'є', 'ґ']) => "uk",
        "cyrillic" if has(&['ы', 'э', 'ё']) => "ru",
        "cyrillic" if has(&['ѓ', 'ќ', 'ѕ']) => "mk",
        "cyrillic" if has(&['ђ', 'ћ', 'љ', 'њ', 'џ', 'ј']) => "hr",
        "cyrillic" if has(&['ъ']) => "bg",
        "cyrillic" => "ru",
        // Urdu writes Persian's four letters too, so it is asked first.
        "arabic" if has(&['ٹ', 'ڈ', 'ڑ', 'ں', 'ے']) => "ur",
        "arabic" if has(&['پ', 'چ', 'ژ', 'گ']) => "fa",
        "arabic" => "ar",
        "devanagari" if has(&['ळ']) => "mr",
        "devanagari" => "hi",
        other => other,
    }
}

/// How much text is read: the language shows in the first pages of text.
pub const SAMPLE_CHARS: usize = 20_000;

/// The text overrides the declared tag only with this many function-word
/// hits, and this many times the declared language's own count.
pub const MIN_VOTES: usize = 20;
pub const OVERRIDE_RATIO: usize = 3;

/// A script's letters must be this share of all letters to name the page.
pub const SCRIPT_SHARE: f32 = 0.3;

/// (Hash of a function word, the word, index into [`STOPWORDS`] of a
/// language that uses it), sorted: one binary search on the hash per word
/// of the sample. (Not a hash map: the map type cost the WebAssembly more
/// than this; searching on the hash rather than the text keeps the string
/// comparisons to the one that confirms a hit.)
fn stopword_table() -> &'static [(u64, &'static str, usize)] {
    static TABLE: OnceLock<Vec<(u64, &'static str, usize)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(u64, &'static str, usize)> = STOPWORDS
            .iter()
            .enumerate()
            .flat_map(|(i, (_, words))| words.iter().map(move |w| (word_hash(w), *w, i)))
            .collect();
        crate::sort::sort_by(&mut t, |a, b| a.0.cmp(&b.0));
        t
    })
}

/// FNV-1a: a word's key in [`stopword_table`].
fn word_hash(w: &str) -> u64 {
    w.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The primary tag of `<html lang>` ("de-AT" → "de"), lower case, with
/// the merges of the phrase files (Norwegian "nb"/"nn" → "no", Serbian and
/// Bosnian → "hr", Malay → "id", Filipino "fil" → "tl").
pub fn primary(tag: &str) -> String {
    let p = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match p.as_str() {
        "nb" | "nn" => "no".into(),
        "sr" | "bs" => "hr".into(),
        "ms" => "id".into(),
        "fil" => "tl".into(),
        _ => p,
    }
}

/// The page's language: the declared tag unless the text (normalised, lower
/// case) clearly says another; empty when neither knows.
pub fn detect(declared: &str, text: &str) -> String {
    let declared = primary(declared);
    let sample: &str = match text.char_indices().nth(SAMPLE_CHARS) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    // Own scripts first: a Greek page is Greek whatever its tag says.
    // (One pass counts the letters and every script.)
    let mut letters = 0usize;
    let mut in_script = [0usize; SCRIPTS.len()];
    for c in sample.chars() {
        if c.is_ascii() {
            letters += usize::from(c.is_ascii_alphabetic());
            continue;
        }
        letters += usize::from(c.is_alphabetic());
        if let Some(i) = SCRIPTS
            .iter()
            .position(|&(_, lo, hi)| (lo..=hi).contains(&c))
        {
            in_script[i] += 1;
        }
    }
    let letters = letters.max(1);
    for (&(script, _, _), &n) in SCRIPTS.iter().zip(&in_script) {
        if n as f32 >= SCRIPT_SHARE * letters as f32 {
            return script_language(script, sample, &declared).to_string();
        }
    }
    let table = stopword_table();
    let mut votes = vec![0usize; STOPWORDS.len()];
    for word in sample.split(|c: char| !c.is_alphanumeric()) {
        let h = word_hash(word);
        let from = table.partition_point(|e| e.0 < h);
        for &(_, w, i) in table[from..].iter().take_while(|e| e.0 == h) {
            if w == word {
                votes[i] += 1;
            }
        }
    }
    // On a tie the later entry wins (`max_by_key`): see Galician.
    let Some((best, &n)) = votes.iter().enumerate().max_by_key(|&(_, n)| *n) else {
        return declared;
    };
    let own = STOPWORDS
        .iter()
        .position(|(l, _)| *l == declared)
        .map_or(0, |i| votes[i]);
    if n >= MIN_VOTES && (declared.is_empty() || n >= OVERRIDE_RATIO * own.max(1)) {
        STOPWORDS[best].0.to_string()
    } else {
        declared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str, times: usize) -> String {
        vec![s; times].join(" ")
    }

    #[test]
    fn every_phrase_file_language_can_be_told() {
        // A phrase file's language needs its own script or its own function
        // words: else any language's words outvote a page declared in it.
        for (lang, _) in crate::patterns::PHRASE_FILES {
            let script = SCRIPTS.iter().any(|(s, _, _)| s == lang)
                || SHARED_SCRIPTS.iter().any(|(_, ls)| ls.contains(lang));
            let words = STOPWORDS.iter().any(|(l, _)| l == lang);
            assert!(
                script || words,
                "{lang}: neither a script nor function words"
            );
        }
    }

    #[test]
    fn a_hausa_page_is_not_read_as_croatian() {
        let text = "manoma sun ce da na su za a ba da taki a cikin kasuwa, kuma wannan ya sa farashin ya tashi. ".repeat(12);
        assert_eq!(detect("ha", &text), "ha");
    }

    #[test]
    fn declared_tag_stands_without_evidence() {
        assert_eq!(detect("de-AT", "kurz"), "de");
        assert_eq!(detect("nb", ""), "no");
        assert_eq!(detect("", ""), "");
    }

    #[test]
    fn text_overrides_a_wrong_tag() {
        let es = text(
            "el gobierno y los diputados dijeron que la ley es para todos",
            10,
        );
        assert_eq!(detect("en", &es), "es");
        let en = text(
            "the minister said that the law is for all of us and this was it",
            10,
        );
        assert_eq!(detect("en", &en), "en");
        assert_eq!(detect("", &en), "en");
    }

    /// One paragraph of news (the same story in each language), lower
    /// case as the page text reaches [`detect`], five times over.
    fn news(s: &str) -> String {
        text(&s.to_lowercase(), 5)
    }

    const SQ: &str = "Qeveria tha se ligji i ri për mbrojtjen e bregdetit do të hyjë në fuqi muajin e ardhshëm dhe se nuk ka asnjë vonesë, edhe pse banorët janë ende të shqetësuar për një ndërtim të ri.";
    const SW: &str = "Serikali ilisema kwamba sheria mpya ya ulinzi wa pwani itaanza kutumika mwezi ujao, lakini wakazi wa mji huo pia wanataka fidia kwa nyumba zao katika eneo hilo.";
    const TL: &str = "Sinabi ng pamahalaan na ang bagong batas para sa proteksyon ng baybayin ay ipapatupad sa susunod na buwan, ngunit hindi pa rin kuntento ang mga residente sa bayan.";
    const IS: &str = "Ríkisstjórnin sagði að nýju lögin um vernd strandarinnar tækju gildi í næsta mánuði og að ekki væri hægt að fresta þeim, en íbúar bæjarins eru enn ósáttir við það.";
    const GL: &str = "O goberno dixo que a nova lei de protección do litoral entrará en vigor o mes que vén, pero os veciños non están satisfeitos e xa pediron unha reunión co concello para falar da obra.";
    const EU: &str = "Gobernuak esan du kostaldea babesteko lege berria datorren hilean sartuko dela indarrean, baina herritarrak ez daude pozik eta bilera bat eskatu dute udalarekin. Auzokideek ere izan zuten zalantzarik.";
    const BN: &str =
        "সরকার জানিয়েছে যে উপকূল রক্ষার নতুন আইনটি আগামী মাসে কার্যকর হবে, তবে শহরের বাসিন্দারা এখনও সন্তুষ্ট নন।";
    // Neighbours that share words with the new lists.
    const PT: &str = "O governo disse que a nova lei de proteção do litoral entrará em vigor no próximo mês, mas os moradores não estão satisfeitos e já pediram uma reunião com a prefeitura para falar da obra.";
    const ES: &str = "El gobierno dijo que la nueva ley de protección del litoral entrará en vigor el mes que viene, pero los vecinos no están satisfechos y ya pidieron una reunión con el ayuntamiento para hablar de la obra.";
    const SK: &str = "Vláda uviedla, že nový zákon o ochrane pobrežia nadobudne účinnosť budúci mesiac, ale obyvatelia mesta sa stále sťažujú a nie sú spokojní s tým, čo sa deje v meste.";
    const DA: &str = "Regeringen sagde, at den nye lov om beskyttelse af kysten træder i kraft i næste måned, men at beboerne ikke er tilfredse med det, og at de har bedt om et møde.";
    const HR: &str = "Vlada je priopćila da će novi zakon o zaštiti obale stupiti na snagu idući mjesec, ali stanovnici grada još uvijek nisu zadovoljni i traže sastanak za sve koji su oštećeni od poplave.";
    // Serbian and Malay are read by the Croatian and Indonesian files
    // (their phrase files hold both): their pages are detected as those.
    const SR_CYRL: &str = "Влада је саопштила да ће нови закон о заштити обале ступити на снагу следећег месеца, али становници града још увек нису задовољни.";
    const MS: &str = "Kerajaan berkata bahawa undang-undang baharu untuk melindungi pantai akan berkuat kuasa bulan depan, tetapi penduduk bandar itu masih tidak berpuas hati dengan keputusan yang dibuat oleh kerajaan negeri itu.";

    #[test]
    fn each_language_is_told_by_its_own_words() {
        let cases = [
            (SQ, "sq"),
            (SW, "sw"),
            (TL, "tl"),
            (IS, "is"),
            (GL, "gl"),
            (EU, "eu"),
            (BN, "bn"),
            (PT, "pt"),
            (ES, "es"),
            (SK, "sk"),
            (DA, "da"),
            (HR, "hr"),
            (SR_CYRL, "hr"),
            (MS, "id"),
        ];
        for (s, want) in cases {
            let t = news(s);
            assert_eq!(detect("", &t), want, "untagged: {s}");
            assert_eq!(detect("en", &t), want, "tagged en: {s}");
        }
        // The declared tag of a neighbour stands: a Galician page tagged
        // Portuguese is not overridden on shared words.
        assert_eq!(detect("pt", &news(GL)), "pt");
        assert_eq!(detect("gl", &news(PT)), "gl");
        assert_eq!(detect("fil", "maikli"), "tl");
    }

    #[test]
    fn scripts_name_their_language() {
        assert_eq!(
            detect("en", &text("Η κυβέρνηση ανακοίνωσε νέα μέτρα", 5)),
            "el"
        );
        assert_eq!(detect("", &text("Уряд оголосив нові заходи і їх", 5)), "uk");
        assert_eq!(detect("", &text("政府は新しい措置を発表しました", 5)), "ja");
        assert_eq!(
            detect("", &text("அரசு புதிய நடவடிக்கைகளை அறிவித்தது", 5)),
            "ta"
        );
        assert_eq!(detect("en", &text("መንግስት አዲስ እርምጃዎችን አስታውቋል", 5)), "am");
    }

    #[test]
    fn a_shared_script_keeps_the_declared_language_that_writes_it() {
        let devanagari = text("सरकार ने नई योजना की घोषणा की", 5);
        assert_eq!(detect("mr", &devanagari), "mr");
        assert_eq!(detect("ne-NP", &devanagari), "ne");
        assert_eq!(detect("", &devanagari), "hi");
        // A tag of another script is still overruled by the letters.
        assert_eq!(detect("en", &devanagari), "hi");
        let urdu = text("حکومت نے نئی اسکیم کا اعلان کیا ہے اور وزیر نے کہا", 5);
        assert_eq!(detect("", &urdu), "ur");
        assert_eq!(detect("fa", &urdu), "fa");
        assert_eq!(
            detect("", &text("Владата објави нови мерки за ѓаците", 5)),
            "mk"
        );
        assert_eq!(detect("mk", &text("Владата објави нови мерки", 5)), "mk");
    }
}
