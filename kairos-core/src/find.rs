//! Substring search for the short texts the analysis reads closely: a
//! sentence, a line, a label.
//!
//! Use these rather than `str::contains`, `str::find` or
//! `str::match_indices` with a `&str` needle on the analysis's hot path.
//! Those build a two-way searcher on every call, which costs more than a
//! search of a 150-byte sentence, and in WebAssembly they search without
//! SIMD: there they took about 5 % of the browser's batch ranking (the
//! work-rights sentences' dozens of words, a pay's country names).
//! Looking for the needle's first byte with `memchr` (SIMD on every
//! target, WebAssembly's included) and comparing the rest needs no set-up.

/// Every byte offset where `needle` starts in `haystack`, left to right,
/// overlapping ones included (`aa` twice in `aaa`). Each offset is a
/// character boundary, as is the offset past the needle. An empty needle
/// is found nowhere.
pub(crate) fn occurrences<'a>(haystack: &'a str, needle: &'a str) -> Occurrences<'a> {
    Occurrences {
        haystack: haystack.as_bytes(),
        needle: needle.as_bytes(),
        from: 0,
    }
}

/// The iterator of [`occurrences`].
pub(crate) struct Occurrences<'a> {
    haystack: &'a [u8],
    needle: &'a [u8],
    /// Where the search goes on.
    from: usize,
}

impl Iterator for Occurrences<'_> {
    type Item = usize;

    // One copy in WebAssembly, where the module's size counts: a dozen
    // readers search this way.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next(&mut self) -> Option<usize> {
        // A needle's first byte is never a UTF-8 continuation byte, so a
        // match starts on a character boundary; it ends on one as it ends
        // with a whole character.
        let (&first, rest) = self.needle.split_first()?;
        loop {
            let unsearched = self.haystack.get(self.from..)?;
            let found = memchr::memchr(first, unsearched)?;
            let at = self.from + found;
            self.from = at + 1;
            if unsearched
                .get(found + 1..)
                .is_some_and(|after| after.starts_with(rest))
            {
                return Some(at);
            }
        }
    }
}

/// Whether `needle` occurs in `haystack` (an empty needle never does).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn contains(haystack: &str, needle: &str) -> bool {
    occurrences(haystack, needle).next().is_some()
}

/// The byte offset of the first `needle` in `haystack`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn find(haystack: &str, needle: &str) -> Option<usize> {
    occurrences(haystack, needle).next()
}

/// The byte offset of the first byte of `haystack` in `marks`, a set of
/// ASCII marks (`b"([:"`), so the offset is a character boundary.
///
/// Use these `*_any` helpers rather than `str` methods with a `[char; N]`
/// pattern: each `N` (and each method) compiles its own searcher, decoding
/// characters, and there were dozens in the module. Here the set becomes a
/// bit mask where the helper is called (a constant, folded there), and one
/// loop over bytes serves every set.
#[inline]
pub(crate) fn find_any(haystack: &str, marks: &[u8]) -> Option<usize> {
    let bytes = haystack.as_bytes();
    // Two or three marks, natively: memchr's SIMD search (the match on a
    // constant set is folded away where this is called). Its searchers
    // for two and three bytes would add 3 KB (gzipped) to the module.
    #[cfg(not(target_arch = "wasm32"))]
    match *marks {
        [a, b] => return memchr::memchr2(a, b, bytes),
        [a, b, c] => return memchr::memchr3(a, b, c, bytes),
        _ => {}
    }
    find_in(bytes, Marks::new(marks))
}

/// The byte offset of the last byte of `haystack` in `marks` (ASCII).
#[inline]
pub(crate) fn rfind_any(haystack: &str, marks: &[u8]) -> Option<usize> {
    let bytes = haystack.as_bytes();
    #[cfg(not(target_arch = "wasm32"))]
    match *marks {
        [a, b] => return memchr::memrchr2(a, b, bytes),
        [a, b, c] => return memchr::memrchr3(a, b, c, bytes),
        _ => {}
    }
    rfind_in(bytes, Marks::new(marks))
}

/// `text` past the bytes in `marks` (ASCII) it starts with.
#[inline]
pub(crate) fn trim_start_any<'t>(text: &'t str, marks: &[u8]) -> &'t str {
    // Past ASCII bytes only: a character boundary.
    let start = find_in(text.as_bytes(), Marks::new(marks).not()).unwrap_or(text.len());
    text.get(start..).unwrap_or(text)
}

/// `text` without the bytes in `marks` (ASCII) it ends with.
#[inline]
pub(crate) fn trim_end_any<'t>(text: &'t str, marks: &[u8]) -> &'t str {
    let end = rfind_in(text.as_bytes(), Marks::new(marks).not()).map_or(0, |i| i + 1);
    text.get(..end).unwrap_or(text)
}

/// Whether `text` starts with a byte in `marks` (ASCII).
#[inline]
pub(crate) fn starts_with_any(text: &str, marks: &[u8]) -> bool {
    text.as_bytes()
        .first()
        .is_some_and(|&b| Marks::new(marks).has(b))
}

/// Whether `text` ends with a byte in `marks` (ASCII).
#[inline]
pub(crate) fn ends_with_any(text: &str, marks: &[u8]) -> bool {
    text.as_bytes()
        .last()
        .is_some_and(|&b| Marks::new(marks).has(b))
}

fn find_in(bytes: &[u8], marks: Marks) -> Option<usize> {
    bytes.iter().position(|&b| marks.has(b))
}

fn rfind_in(bytes: &[u8], marks: Marks) -> Option<usize> {
    bytes.iter().rposition(|&b| marks.has(b))
}

/// A set of bytes as a bit mask: one test a byte, whatever the set's size.
#[derive(Clone, Copy)]
struct Marks {
    ascii: u128,
    /// Whether the bytes beyond ASCII are in the set (only in a
    /// complement: they are never marks).
    beyond: bool,
}

impl Marks {
    #[inline]
    fn new(marks: &[u8]) -> Self {
        debug_assert!(marks.is_ascii(), "marks are ASCII: {marks:?}");
        let ascii = marks.iter().fold(0, |set, &b| set | 1 << (b & 0x7f));
        Marks {
            ascii,
            beyond: false,
        }
    }

    /// Every byte but these.
    #[inline]
    fn not(self) -> Self {
        Marks {
            ascii: !self.ascii,
            beyond: !self.beyond,
        }
    }

    #[inline]
    fn has(self, b: u8) -> bool {
        if b < 0x80 {
            self.ascii >> b & 1 == 1
        } else {
            self.beyond
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sets_of_marks_are_found_and_trimmed_on_character_boundaries() {
        assert_eq!(find_any("é (x: y)", b"(:"), Some(3));
        assert_eq!(rfind_any("é (x: y)", b"(:"), Some(5));
        assert_eq!(find_any("é", b"(:"), None);
        assert_eq!(trim_start_any("- (Rust)", b"- ("), "Rust)");
        assert_eq!(trim_end_any("Go, ", b" ,"), "Go");
        assert_eq!(trim_end_any(" ,", b" ,"), "");
        assert_eq!(trim_start_any("", b" "), "");
        assert!(starts_with_any("(a", b"([") && !starts_with_any("", b"("));
        assert!(ends_with_any("a.", b".:") && !ends_with_any("a…", b".:"));
        assert_eq!(find_any("é;b(", b",;:()"), Some(2));
        assert_eq!(rfind_any("é;b(", b",;:()"), Some(4));
    }

    proptest! {
        /// The same answers as `str`'s own methods with the marks as chars.
        #[test]
        fn sets_of_marks_agree_with_char_patterns(text in "[a-c(;:, é…\t]{0,12}", pick in 1usize..6) {
            let marks = &b"(;:, "[..pick];
            let chars: Vec<char> = marks.iter().map(|&b| char::from(b)).collect();
            prop_assert_eq!(find_any(&text, marks), text.find(&chars[..]));
            prop_assert_eq!(rfind_any(&text, marks), text.rfind(&chars[..]));
            prop_assert_eq!(trim_start_any(&text, marks), text.trim_start_matches(&chars[..]));
            prop_assert_eq!(trim_end_any(&text, marks), text.trim_end_matches(&chars[..]));
            prop_assert_eq!(starts_with_any(&text, marks), text.starts_with(&chars[..]));
            prop_assert_eq!(ends_with_any(&text, marks), text.ends_with(&chars[..]));
        }
    }

    #[test]
    fn finds_every_start_including_overlaps() {
        assert_eq!(
            occurrences("or for orb", "or").collect::<Vec<_>>(),
            [0, 4, 7]
        );
        assert_eq!(occurrences("aaa", "aa").collect::<Vec<_>>(), [0, 1]);
        assert_eq!(occurrences("citizen", "citizenship").count(), 0);
        assert_eq!(occurrences("naïve naïve", "ïv").collect::<Vec<_>>(), [2, 9]);
        assert!(contains("visa sponsorship", "sponsor"));
        assert!(!contains("visa", ""));
        assert_eq!(find("x sponsor y", "sponsor"), Some(2));
        assert_eq!(find("", "a"), None);
    }

    proptest! {
        /// The same offsets as the standard library's search, which finds
        /// matches without overlaps: every one of its offsets is found, and
        /// every offset found is a match on character boundaries.
        #[test]
        fn agrees_with_the_standard_library(
            haystack in "[a-cé ]{0,40}",
            needle in "[a-cé]{1,3}",
        ) {
            let found: Vec<usize> = occurrences(&haystack, &needle).collect();
            for (at, _) in haystack.match_indices(needle.as_str()) {
                prop_assert!(found.contains(&at));
            }
            for &at in &found {
                prop_assert_eq!(haystack.get(at..at + needle.len()), Some(needle.as_str()));
            }
            prop_assert_eq!(contains(&haystack, &needle), haystack.contains(needle.as_str()));
            prop_assert_eq!(find(&haystack, &needle), haystack.find(needle.as_str()));
        }
    }
}
