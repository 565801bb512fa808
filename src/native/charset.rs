//! Decoding saved pages. Order: byte-order mark; valid UTF-8 (saved pages
//! are often re-saved as UTF-8 while keeping a legacy `<meta>`); the
//! `<meta charset>` / `http-equiv` declaration in the first 1024 bytes;
//! then statistical detection, so pages that declare nothing do not come
//! out as mojibake.

use encoding_rs::Encoding;

/// Decodes `bytes`, returning the text and the encoding's name.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc.name());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), "UTF-8");
    }
    let enc = declared(bytes).unwrap_or_else(|| {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        det.guess(None, chardetng::Utf8Detection::Allow)
    });
    let (text, _) = enc.decode_without_bom_handling(bytes);
    (text.into_owned(), enc.name())
}

/// The charset a page declares in its first 1024 bytes, if any.
pub fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"charset") {
        let mut i = from + at + b"charset".len();
        from = i;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= lower.len() || lower[i] != b'=' {
            continue;
        }
        i += 1;
        while i < lower.len()
            && (lower[i].is_ascii_whitespace() || lower[i] == b'"' || lower[i] == b'\'')
        {
            i += 1;
        }
        let start = i;
        while i < lower.len() && (lower[i].is_ascii_alphanumeric() || b"-_:.".contains(&lower[i])) {
            i += 1;
        }
        if let Some(enc) = Encoding::for_label(&lower[start..i]) {
            // A page cannot be UTF-16 if this byte-oriented scan found it.
            return Some(
                if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else {
                    enc
                },
            );
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_utf8_meta_and_detection() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi").0, "hi");
        assert_eq!(decode("é".as_bytes()).1, "UTF-8");
        let latin = b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>";
        assert_eq!(decode(latin).0, "<meta charset=\"iso-8859-1\"><p>café</p>");
        let equiv = b"<meta http-equiv=Content-Type content='text/html; charset=windows-1250'>\x9c";
        assert_eq!(decode(equiv).1, "windows-1250");
        // No declaration, Polish in windows-1250: detected, not mojibake.
        let pl = b"<p>Za\xbf\xf3\xb3\xe6 g\xea\x9cl\xb9 ja\x9f\xf1. Pozosta\xb3o 7 z 8 darmowych artyku\xb3\xf3w.</p>";
        let (text, _) = decode(pl);
        assert!(text.contains("artykułów"), "{text}");
    }
}
