//! Fixed sets of words looked up without allocating, ignoring ASCII case.

/// A set of lower-case words. A table made at compile time — the lengths
/// of the words that start with each letter — turns most lookups away
/// before any word is compared; the rest compare lengths first. For these
/// short lists that beats hashing (measured in the analysis benchmark, and
/// most of all in WebAssembly, where the old linear scan was 8 % of the
/// analysis).
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// By the first byte's low five bits (letters of either case share a
    /// row): bit `n` set when a word of `n` bytes (63 for 63 or more)
    /// starts there.
    lengths: [u64; 32],
    /// A bit per word's case-folded hash (1,024 bits): of the words that
    /// pass the length table, most are turned away here with one load
    /// instead of a comparison with every word of the set.
    hashes: [u64; 16],
}

/// A hash of a word, ignoring ASCII case, usable at compile time: its
/// length and its first, middle and last bytes (`| 0x20` folds letters),
/// mixed by one multiply. A constant cost, where hashing every byte was a
/// chain of multiplies as long as the word; words that share those four
/// facts only cost a comparison.
const fn fold_hash(word: &[u8]) -> u64 {
    let n = word.len();
    if n == 0 {
        return 0;
    }
    let x = (word[0] | 0x20) as u64
        | ((word[n / 2] | 0x20) as u64) << 8
        | ((word[n - 1] | 0x20) as u64) << 16
        | (n as u64) << 24;
    x.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The bit of [`WordSet::hashes`] for a hash: its top ten bits.
const fn hash_bit(h: u64) -> (usize, u64) {
    let bit = (h >> 54) as usize;
    (bit / 64, 1 << (bit % 64))
}

/// The row of [`WordSet::lengths`] for a first byte.
const fn row(first: u8) -> usize {
    (first & 31) as usize
}

/// The bit of [`WordSet::lengths`] for a word length.
const fn length_bit(len: usize) -> u64 {
    1 << if len < 63 { len } else { 63 }
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = [0u64; 32];
        let mut hashes = [0u64; 16];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            if !w.is_empty() {
                lengths[row(w[0])] |= length_bit(w.len());
            }
            let (word, bit) = hash_bit(fold_hash(w));
            hashes[word] |= bit;
            i += 1;
        }
        Self {
            words,
            lengths,
            hashes,
        }
    }

    /// The words of the set.
    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// [`WordSet::contains`] for a word read as bytes (the set's words are
    /// text; bytes that are not cannot match).
    pub(crate) fn contains_bytes(&self, bytes: &[u8]) -> bool {
        let Some(&first) = bytes.first() else {
            return self.words.iter().any(|w| w.is_empty());
        };
        if self.lengths[row(first)] & length_bit(bytes.len()) == 0 {
            return false;
        }
        let (word_index, bit) = hash_bit(fold_hash(bytes));
        if self.hashes[word_index] & bit == 0 {
            return false;
        }
        self.words
            .iter()
            .any(|w| w.len() == bytes.len() && w.as_bytes().eq_ignore_ascii_case(bytes))
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
