//! Fixed sets of words looked up without allocating, ignoring ASCII case.

/// A set of lower-case words. Tables made at compile time — the lengths
/// of the words that start with each letter, and a bit per hash — turn
/// most lookups away before any word is compared; a word that passes them
/// is compared with the one or two words in its hash's slots, not with
/// every word of the set. (The old linear scan was 8 % of the analysis in
/// WebAssembly; comparing along the list after the filters, 3 % natively,
/// since the words that pass are mostly members.)
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// By the first byte's low five bits (letters of either case share a
    /// row): bit `n` set when a word of `n` bytes (31 for 31 or more)
    /// starts there.
    lengths: [u32; 32],
    /// A bit per word's case-folded hash (1,024 bits): of the words that
    /// pass the length table, most are turned away here with one load
    /// instead of a comparison with every word of the set.
    hashes: [u64; 16],
    /// An open-addressing table by the same hash: the index + 1 of a word
    /// (0 for an empty slot), probed linearly.
    slots: [u8; SLOTS],
}

/// Slots of the table (a byte each: the module is kept small); a set holds
/// at most 96 words, so a probe meets an empty slot soon. Most misses never
/// probe: the hash bits turn them away.
const SLOTS: usize = 128;

const fn first_slot(h: u64) -> usize {
    (h >> 32) as usize % SLOTS
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
const fn length_bit(len: usize) -> u32 {
    1 << if len < 31 { len } else { 31 }
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        assert!(
            words.len() <= SLOTS * 3 / 4,
            "a WordSet holds at most 96 words"
        );
        let mut lengths = [0u32; 32];
        let mut hashes = [0u64; 16];
        let mut slots = [0u8; SLOTS];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            if !w.is_empty() {
                lengths[row(w[0])] |= length_bit(w.len());
            }
            let h = fold_hash(w);
            let (word, bit) = hash_bit(h);
            hashes[word] |= bit;
            let mut slot = first_slot(h);
            while slots[slot] != 0 {
                slot = (slot + 1) % SLOTS;
            }
            slots[slot] = (i + 1) as u8;
            i += 1;
        }
        Self {
            words,
            lengths,
            hashes,
            slots,
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
        let h = fold_hash(bytes);
        let (word_index, bit) = hash_bit(h);
        if self.hashes[word_index] & bit == 0 {
            return false;
        }
        let mut slot = first_slot(h);
        loop {
            let Some(&word) = self.slots[slot]
                .checked_sub(1)
                .and_then(|i| self.words.get(usize::from(i)))
            else {
                return false;
            };
            if word.len() == bytes.len() && word.as_bytes().eq_ignore_ascii_case(bytes) {
                return true;
            }
            slot = (slot + 1) % SLOTS;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["developer", "engineer", "lead"]);

    /// Prepositions and names with marks, as the analysis's sets hold.
    static PLACES: WordSet = WordSet::new(&[
        "c++",
        "c#",
        ".net",
        "node.js",
        "ci/cd",
        "e.g.",
        "a",
        "an",
        "the",
        "at",
        "it",
        "to",
        "such",
        "like",
        "including",
        "or",
        "and",
        "on",
        "of",
        "using",
        "with",
        "in",
    ]);

    /// A member with its case changed where `mask` says, and then maybe
    /// one byte changed or one dropped; or any short string.
    fn near_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let words = PLACES.words();
        prop_oneof![
            (0..words.len(), any::<u16>(), 0..12usize, "[a-z.+#/-]").prop_map(
                move |(i, mask, at, with)| {
                    let mut w: String = words[i]
                        .chars()
                        .enumerate()
                        .map(|(k, c)| {
                            if mask >> k & 1 == 1 {
                                c.to_ascii_uppercase()
                            } else {
                                c
                            }
                        })
                        .collect();
                    match at {
                        0..=3 => {}
                        4 if !w.is_empty() => {
                            w.pop();
                        }
                        k if k - 5 < w.len() => w.replace_range(k - 5..k - 4, &with),
                        _ => w.push_str(&with),
                    }
                    w
                }
            ),
            "[a-zA-Z.+#/-]{0,9}",
        ]
    }

    proptest::proptest! {
        /// The tables answer as a look along the list would.
        #[test]
        fn answers_as_the_list_does(word in near_words()) {
            let listed = PLACES.words().iter().any(|w| w.eq_ignore_ascii_case(&word));
            proptest::prop_assert_eq!(PLACES.contains(&word), listed);
        }
    }

    #[test]
    fn every_word_is_found_in_any_case() {
        for w in PLACES.words() {
            assert!(
                PLACES.contains(w) && PLACES.contains(&w.to_uppercase()),
                "{w}"
            );
        }
    }

    #[test]
    fn looks_up_ignoring_case() {
        assert!(SET.contains("Engineer") && SET.contains("LEAD") && SET.contains("developer"));
        assert!(!SET.contains("engineers") && !SET.contains("") && !SET.contains(&"x".repeat(40)));
    }
}
