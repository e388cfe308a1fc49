//! Fixed sets of words looked up without allocating, ignoring ASCII case.

/// A set of lower-case words. Lookup compares lengths first, which rejects
/// almost every candidate at once; for these short lists that beats hashing
/// or binary search (measured in the analysis benchmark).
pub(crate) struct WordSet {
    words: &'static [&'static str],
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        Self { words }
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words
            .iter()
            .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["developer", "engineer", "lead"]);

    #[test]
    fn looks_up_ignoring_case() {
        assert!(SET.contains("Engineer") && SET.contains("LEAD") && SET.contains("developer"));
        assert!(!SET.contains("engineers") && !SET.contains("") && !SET.contains(&"x".repeat(40)));
    }
}
