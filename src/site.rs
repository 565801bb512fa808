//! Site keys: the one rule for the key a page's rules are stored and looked
//! up under. It lives here only: the extension calls it through the
//! WebAssembly face (`siteKey` in `wasm.rs`) instead of repeating it in
//! JavaScript, because two copies had drifted (one stripped `www.` once and
//! kept a trailing dot, the other stripped repeatedly and trimmed it, so
//! undoing a pick on `www.www.example.com` looked up a key never stored).
//!
//! The key of a host: lower case, every leading `www.` and any trailing dot
//! removed, and each non-ASCII label in the ASCII form browsers put in
//! `location.hostname` (`xn--` + Punycode, RFC 3492), so that a key typed as
//! `Bücher.example` matches the page `xn--bcher-kva.example`. (Full IDNA
//! also maps compatibility characters and normalises to NFC; keys are
//! lower-cased only, which covers what readers type.) The shared table of
//! cases is `tests/contract/site-keys.json`, checked here and, through the
//! WebAssembly build, in `tests/browser/site-keys.test.mjs`.

/// Key for rules that apply to every site.
pub const ALL_SITES: &str = "*";

/// Longest host name (RFC 1035) and label.
const MAX_HOST_LEN: usize = 253;
const MAX_LABEL_LEN: usize = 63;

/// The key form of a host or of a key typed by the reader (unchecked).
fn canonical(raw: &str) -> String {
    let mut s = crate::text::lower(raw.trim().trim_end_matches('.'));
    // Idempotent: a key normalised twice is the same key ("www.www.a.com").
    while let Some(rest) = s.strip_prefix("www.") {
        s = rest.to_string();
    }
    if s.is_ascii() {
        return s;
    }
    s.split('.')
        .map(|label| {
            if label.is_ascii() {
                label.to_string()
            } else {
                punycode(label).map_or_else(|| label.to_string(), |p| format!("xn--{p}"))
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Lower-cases and checks a site key: a domain, or `*`.
pub fn normalize_site(raw: &str) -> Result<String, String> {
    let s = canonical(raw);
    if s == ALL_SITES {
        return Ok(s);
    }
    let ok = !s.is_empty()
        && s.len() <= MAX_HOST_LEN
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= MAX_LABEL_LEN
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
    if ok {
        Ok(s)
    } else {
        Err(format!("{raw:?} is not a domain"))
    }
}

/// The host of a URL, as written (no user, no port).
fn host_part(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    host.split(':').next().unwrap_or("")
}

/// The site key of a URL: its host in key form; empty when it has none.
pub fn site_of_url(url: &str) -> String {
    canonical(host_part(url))
}

/// Suffix match at a label boundary: `example.com` covers `a.example.com`.
pub fn site_matches(key: &str, host: &str) -> bool {
    key == ALL_SITES
        || host == key
        || host.ends_with(key)
            && host.len() > key.len()
            && host.as_bytes()[host.len() - key.len() - 1] == b'.'
}

/// RFC 3492's parameters for Punycode.
const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

/// Punycode of one label (without the `xn--` prefix); `None` on overflow,
/// which only absurdly long labels reach (and those fail the length check).
fn punycode(label: &str) -> Option<String> {
    let code: Vec<u32> = label.chars().map(u32::from).collect();
    let mut out: String = label.chars().filter(char::is_ascii).collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (INITIAL_N, 0u32, INITIAL_BIAS, basic);
    while (handled as usize) < code.len() {
        let m = code.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &code {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = (k.saturating_sub(bias)).clamp(T_MIN, T_MAX);
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n += 1;
    }
    Some(out)
}

fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn digit(d: u32) -> char {
    // 0..26 are a..z, 26..36 are 0..9.
    char::from(if d < 26 {
        b'a' + d as u8
    } else {
        b'0' + (d - 26) as u8
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `tests/contract/site-keys.json`: `[input, key]` pairs for URLs and,
    /// with `"key"`, for keys typed in a rules file (`null` = refused).
    #[derive(serde::Deserialize)]
    struct Cases {
        urls: Vec<(String, String)>,
        keys: Vec<(String, Option<String>)>,
    }

    fn cases() -> Cases {
        serde_json::from_str(include_str!("../tests/contract/site-keys.json")).unwrap()
    }

    #[test]
    fn the_shared_table_of_url_cases() {
        for (url, key) in cases().urls {
            assert_eq!(site_of_url(&url), key, "{url}");
        }
    }

    #[test]
    fn the_shared_table_of_typed_keys() {
        for (raw, key) in cases().keys {
            assert_eq!(normalize_site(&raw).ok(), key, "{raw}");
        }
    }

    #[test]
    fn punycode_of_rfc_3492_samples() {
        assert_eq!(punycode("bücher").unwrap(), "bcher-kva");
        assert_eq!(punycode("münchen").unwrap(), "mnchen-3ya");
        assert_eq!(punycode("пример").unwrap(), "e1afmkfd");
        assert_eq!(punycode("例え").unwrap(), "r8jz45g");
    }

    #[test]
    fn keys_are_idempotent_and_match_by_label() {
        for raw in [
            "www.www.Example.COM.",
            "Bücher.example",
            "xn--bcher-kva.example",
        ] {
            let k = normalize_site(raw).unwrap();
            assert_eq!(normalize_site(&k).unwrap(), k);
        }
        assert!(site_matches("example.com", "example.com"));
        assert!(site_matches("example.com", "news.example.com"));
        assert!(!site_matches("example.com", "badexample.com"));
        assert!(!site_matches("news.example.com", "example.com"));
    }
}
