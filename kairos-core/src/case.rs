//! Lower case for matching text against the taxonomy and the phrase lists.
//!
//! `str::to_lowercase` carries the whole Unicode case table: 11.7 KB of
//! data, 5.2 KB of the gzipped WebAssembly module, which has a size bar.
//! What this crate lower-cases is job listings, resumes and skill names in
//! Latin, Greek and Cyrillic script, which the ranges below cover exactly;
//! a character outside them is kept as written (it then matches only as
//! written). Every mapping keeps the character's UTF-8 length, so a
//! lower-cased copy has the same byte offsets as its original.

/// Lower-casing for `str`, in place of `str::to_lowercase` (see the module).
pub(crate) trait Lowercase {
    /// The text in lower case, as [`lower_char`] maps each character.
    fn lowercase(&self) -> String;
}

impl Lowercase for str {
    fn lowercase(&self) -> String {
        let mut out = self.to_ascii_lowercase();
        // The rest in place: every mapping keeps the UTF-8 length, and
        // most characters past ASCII in a listing are punctuation (`’`,
        // `–`, `•`) that stays as it is.
        let bytes = self.as_bytes();
        let mut at = 0;
        while let Some(lead) = bytes[at..].iter().position(|&b| b >= 0xC0) {
            let start = at + lead;
            let Some(c) = self[start..].chars().next() else {
                break;
            };
            let lower = lower_char(c);
            if lower != c {
                let mut buf = [0u8; 4];
                out.replace_range(start..start + c.len_utf8(), lower.encode_utf8(&mut buf));
            }
            at = start + c.len_utf8();
        }
        out
    }
}

/// `c` in lower case: ASCII, Latin-1, Latin Extended-A and Additional,
/// Greek and Cyrillic capitals map to their small letters; anything else
/// (small letters included) is returned as it is.
pub(crate) fn lower_char(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 0x20,
        // Pairs, the capital first: even code points in these runs.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF
            if code % 2 == 0 =>
        {
            code + 1
        }
        // Pairs, the capital first, at odd code points.
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        // Greek: accented capitals, then the alphabet (no capital at 0x3A2).
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => code + 0x3F,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 0x20,
        // Cyrillic: Ѐ–Џ, А–Я, and the pairs of the extended letters.
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if code % 2 == 0 => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the ranges are used, they agree with the standard library.
    #[test]
    fn agrees_with_the_standard_library_on_the_scripts_it_covers() {
        let ranges = [
            0x00..=0x17F,
            0x386..=0x3CE,
            0x400..=0x4BF,
            0x4D0..=0x52F,
            0x1E00..=0x1E95,
            0x1EA0..=0x1EFF,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let std: Vec<char> = c.to_lowercase().collect();
            let ours = lower_char(c);
            if std.len() == 1 && std[0].len_utf8() == c.len_utf8() {
                assert_eq!(ours, std[0], "{c:?} U+{:04X}", u32::from(c));
            } else {
                // `İ` lowers to two characters: kept as it is.
                assert_eq!(ours, c, "{c:?} U+{:04X}", u32::from(c));
            }
            assert_eq!(ours.len_utf8(), c.len_utf8(), "{c:?}");
        }
        assert_eq!("Über UNS, Ärger".lowercase(), "über uns, ärger");
        assert_eq!("ОПЫТ Python".lowercase(), "опыт python");
        assert_eq!("– Naïve ÉCOLE • 東京".lowercase(), "– naïve école • 東京");
    }
}
