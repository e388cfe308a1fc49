//! Fixed sets of words looked up without allocating, ignoring ASCII case.

/// A set of lower-case words. Two masks made at compile time — the lengths
/// and the first letters the set has — turn most lookups away before any
/// word is compared; the rest compare lengths first. For these short lists
/// that beats hashing (measured in the analysis benchmark, and most of all
/// in WebAssembly, where the old linear scan was 8 % of the analysis).
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Bit `n` set when a word has `n` bytes (63 for 63 or more).
    lengths: u64,
    /// Bit `b` set when a word starts with the byte `b`, lower-cased.
    firsts: [u64; 4],
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = 0u64;
        let mut firsts = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            let len = if w.len() < 63 { w.len() } else { 63 };
            lengths |= 1 << len;
            if !w.is_empty() {
                let b = w[0].to_ascii_lowercase() as usize;
                firsts[b / 64] |= 1 << (b % 64);
            }
            i += 1;
        }
        Self {
            words,
            lengths,
            firsts,
        }
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let Some(&first) = bytes.first() else {
            return self.words.iter().any(|w| w.is_empty());
        };
        let b = usize::from(first.to_ascii_lowercase());
        if self.lengths & (1 << bytes.len().min(63)) == 0
            || self.firsts[b / 64] & (1 << (b % 64)) == 0
        {
            return false;
        }
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
