//! A small JSON writer for what the engine sends out: the verdict, the
//! rules export, the import report.
//!
//! Why not serde_json's serializer: it is compiled once per derived type
//! and per collection type (each `Vec<T>`, each map), over an `io::Write`
//! whose errors bring `std::io`'s messages along; for the WebAssembly's
//! handful of types that was ~8 KB gzipped. This writer emits the same
//! bytes as `serde_json::to_string` (compact) and `to_string_pretty`
//! (two-space indent): the same string escapes, floats through the same
//! shortest-form formatter (`zmij`), the same layout of empty objects and
//! lists. The native tests compare the two on the types that use it.

/// Writes JSON into a string, compact or pretty.
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Nothing written yet in the object or list just opened.
    empty: bool,
}

impl Writer {
    pub fn new(pretty: bool) -> Self {
        Writer {
            out: String::new(),
            pretty,
            depth: 0,
            empty: true,
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// `{`; then a [`Writer::key`] before each value, then [`Writer::end_object`].
    pub fn object(&mut self) -> &mut Self {
        self.open('{')
    }

    pub fn end_object(&mut self) -> &mut Self {
        self.close('}')
    }

    /// `[`; then an [`Writer::item`] before each value, then [`Writer::end_list`].
    pub fn list(&mut self) -> &mut Self {
        self.open('[')
    }

    pub fn end_list(&mut self) -> &mut Self {
        self.close(']')
    }

    /// The key of the next value in an object.
    pub fn key(&mut self, k: &str) -> &mut Self {
        self.next();
        string(&mut self.out, k);
        self.out.push_str(if self.pretty { ": " } else { ":" });
        self
    }

    /// The place of the next value in a list.
    pub fn item(&mut self) -> &mut Self {
        self.next();
        self
    }

    pub fn str(&mut self, s: &str) -> &mut Self {
        string(&mut self.out, s);
        self
    }

    pub fn bool(&mut self, b: bool) -> &mut Self {
        self.raw(if b { "true" } else { "false" })
    }

    /// A whole number (any integer type; written by its `Display`).
    pub fn int(&mut self, n: impl Into<u64>) -> &mut Self {
        let n: u64 = n.into();
        self.raw(&n.to_string())
    }

    /// A float the way serde_json writes an `f32`: shortest round-trip
    /// form, `null` when not finite.
    pub fn f32(&mut self, x: f32) -> &mut Self {
        if x.is_finite() {
            let mut buf = zmij::Buffer::new();
            self.out.push_str(buf.format_finite(x));
        } else {
            self.out.push_str("null");
        }
        self
    }

    pub fn null(&mut self) -> &mut Self {
        self.raw("null")
    }

    /// A list of strings.
    pub fn strs<'a>(&mut self, items: impl IntoIterator<Item = &'a String>) -> &mut Self {
        self.list();
        for s in items {
            self.item().str(s);
        }
        self.end_list()
    }

    fn raw(&mut self, s: &str) -> &mut Self {
        self.out.push_str(s);
        self
    }

    fn open(&mut self, c: char) -> &mut Self {
        self.out.push(c);
        self.depth += 1;
        self.empty = true;
        self
    }

    fn close(&mut self, c: char) -> &mut Self {
        self.depth = self.depth.saturating_sub(1);
        if !self.empty {
            self.newline();
        }
        self.out.push(c);
        self.empty = false;
        self
    }

    /// The separator before an element: a comma unless it is the first.
    fn next(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.newline();
        self.empty = false;
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }
}

/// `s` as a JSON string: `"` and `\` escaped, control characters as
/// `\n`-style or `\u00xx` escapes, everything else as it is.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0x08 => 'b',
            0x0C => 'f',
            0..0x20 => 'u',
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push('\\');
        out.push(short);
        if short == 'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn quoted(s: &str) -> String {
        let mut out = String::new();
        string(&mut out, s);
        out
    }

    proptest! {
        #[test]
        fn strings_as_serde_json_writes_them(s in any::<String>()) {
            prop_assert_eq!(quoted(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn floats_as_serde_json_writes_them(x in any::<f32>()) {
            let mut w = Writer::new(false);
            w.f32(x);
            prop_assert_eq!(w.finish(), serde_json::to_string(&x).unwrap());
        }
    }

    #[test]
    fn control_characters_and_quotes() {
        let s = "a\"b\\c\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}é\u{2028}";
        assert_eq!(quoted(s), serde_json::to_string(s).unwrap());
    }

    #[test]
    fn nesting_compact_and_pretty() {
        let value = serde_json::json!({
            "a": [], "b": {}, "c": [1, {"d": [true, null]}], "e": {"f": "g"}
        });
        for pretty in [false, true] {
            let mut w = Writer::new(pretty);
            w.object();
            w.key("a").list().end_list();
            w.key("b").object().end_object();
            w.key("c").list();
            w.item().int(1u32);
            w.item().object().key("d").list();
            w.item().bool(true).item().null();
            w.end_list().end_object().end_list();
            w.key("e").object().key("f").str("g").end_object();
            w.end_object();
            let want = if pretty {
                serde_json::to_string_pretty(&value)
            } else {
                serde_json::to_string(&value)
            };
            assert_eq!(w.finish(), want.unwrap(), "pretty: {pretty}");
        }
    }
}
