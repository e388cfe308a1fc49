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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
