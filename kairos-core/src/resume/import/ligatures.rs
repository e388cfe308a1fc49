//! Ligatures, as a PDF turned to text often gives them: `Certiﬁcations`,
//! `Proﬁle`, `ﬂuent` hold one character for `fi` or `fl` (U+FB00–U+FB06),
//! which no heading, month or skill name matches. They are read as the
//! letters they join.

/// Each ligature of Unicode's Latin block and the letters it joins.
/// Written as strings: `str::replace` is then the same code the rest of
/// the crate calls, one copy in the WebAssembly module.
const LIGATURES: [(&str, &str); 7] = [
    ("\u{FB00}", "ff"),
    ("\u{FB01}", "fi"),
    ("\u{FB02}", "fl"),
    ("\u{FB03}", "ffi"),
    ("\u{FB04}", "ffl"),
    ("\u{FB05}", "st"),
    ("\u{FB06}", "st"),
];

/// `text` with its ligatures written out, or `None` when it has none
/// (most text), which is then read as it is.
pub(super) fn written_out(text: &str) -> Option<String> {
    // U+FB00–U+FB06 are EF AC 80–86 in UTF-8; most text has no EF byte
    // at all, which a memchr tells fastest.
    let bytes = text.as_bytes();
    let has_one = bytes.contains(&0xEF)
        && bytes
            .windows(3)
            .any(|w| w[0] == 0xEF && w[1] == 0xAC && (0x80..=0x86).contains(&w[2]));
    if !has_one {
        return None;
    }
    // Rare text: a pass for each ligature is the smallest code.
    let mut out = text.to_owned();
    for (ligature, letters) in LIGATURES {
        out = out.replace(ligature, letters);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligatures_are_written_out() {
        assert_eq!(
            written_out("Certi\u{FB01}cations: \u{FB02}uent, e\u{FB00}ort, o\u{FB03}ce").as_deref(),
            Some("Certifications: fluent, effort, office")
        );
        assert_eq!(written_out("Certifications"), None);
        // Other characters of the same lead bytes stay (U+FB1D, Hebrew).
        assert_eq!(written_out("\u{FB1D}"), None);
    }
}
