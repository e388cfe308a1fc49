//! The cheap question asked before the automaton's: could any spelling
//! start at this word? Nine words in ten of a job description start no
//! spelling, and telling so from a hash of the word costs a fraction of
//! walking the automaton into it.
//!
//! A spelling's *leading word* is its first run of ASCII letters and digits
//! (`node` in `node.js`, `amazon` in `amazon web services`, `c` in `c++`).
//! A spelling can start where the text's word `w` starts only if
//! - its leading word is `w` itself (it may go on past `w`), or
//! - it is a run of letters and digits that ends inside `w` (`c` in `cat`,
//!   `sponsor` in `sponsorship`), which a caller may still want, or
//! - it has no leading word (`.net`, `#`, `$`) and starts with the byte there.
//!
//! The gate answers "maybe" for the first from a bit set of hashes, for
//! the second from a bit set of the hashes of the spellings the caller
//! accepts inside words (checked against the word's prefixes of their
//! lengths while the word is read), and for the third from a table of
//! first bytes. A false "maybe" only costs a walk. "No" is always right, so the gated scan finds what
//! the automaton at every word start finds, minus matches the caller would
//! have rejected for ending inside a word.

/// Bits in the set of leading-word hashes: 16 KB, which stays in the
/// first-level cache, for a few per cent of false "maybe"s.
const HASH_BITS: u32 = 17;

/// Bits in the set of spellings counted inside words (a few dozen).
const INSIDE_BITS: u32 = 12;

/// Which word starts may start a spelling.
#[derive(Debug, Clone)]
pub(super) struct Gate {
    /// Hashes of every leading word, as a bit set.
    leads: Box<[u64]>,
    /// For each byte that starts a spelling without a leading word, the
    /// bytes that may come second (folded, see [`folded_bit`]; all bits
    /// for a one-byte spelling); zero for other bytes. `.` starts `.net`
    /// and ends sentences: the end of a sentence is told by its space.
    first_bytes: [u64; 256],
    /// Hashes of the spellings that count even when they end inside a
    /// word, as a bit set.
    inside: Box<[u64]>,
    /// Bit `n` set when such a spelling has `n` bytes.
    inside_lengths: u64,
    /// The first two bytes of such spellings (see [`pair_bit`]), so that
    /// the words that start no such spelling (most) skip their checks.
    inside_pairs: [u64; 16],
}

impl Gate {
    /// The gate for `patterns`, where `counts_inside(pattern)` says whether
    /// a match of the pattern that ends inside a word is wanted.
    pub(super) fn new(patterns: &[String], counts_inside: impl Fn(usize) -> bool) -> Self {
        let mut leads = vec![0u64; 1 << (HASH_BITS - 6)].into_boxed_slice();
        let mut first_bytes = [0u64; 256];
        let mut inside = vec![0u64; 1 << (INSIDE_BITS - 6)].into_boxed_slice();
        let mut inside_lengths = 0u64;
        let mut inside_pairs = [0u64; 16];
        for (pid, pattern) in patterns.iter().enumerate() {
            let bytes = pattern.as_bytes();
            let (lead, h) = leading_word(bytes);
            if lead == 0 {
                if let Some(&b) = bytes.first() {
                    let second = match bytes.get(1) {
                        // The scan reads a tab, a hyphen or a no-break space
                        // as a space, and walks any byte past ASCII.
                        Some(b' ' | b'-') => {
                            folded_bit(b' ') | folded_bit(b'\t') | folded_bit(b'-')
                        }
                        Some(&c) if c < 0x80 => folded_bit(c),
                        _ => u64::MAX,
                    };
                    first_bytes[usize::from(b.to_ascii_lowercase())] |= second;
                    first_bytes[usize::from(b.to_ascii_uppercase())] |= second;
                }
                continue;
            }
            set_bit(&mut leads, top_bits(h, HASH_BITS));
            // Longer ones never end inside a word the gate reads to its end.
            if lead == bytes.len() && lead < 64 && counts_inside(pid) {
                set_bit(&mut inside, top_bits(h, INSIDE_BITS));
                inside_lengths |= 1 << lead;
                if let [b0, b1, ..] = *bytes {
                    set_bit(&mut inside_pairs, pair_bit(step(step(0, b0), b1)));
                }
            }
        }
        Self {
            leads,
            first_bytes,
            inside,
            inside_lengths,
            inside_pairs,
        }
    }

    /// What the gate reads at `rest`: the run of letters and digits there,
    /// its value, and whether it may be a spelling's leading word. Whether a
    /// spelling counted inside words ends inside it is asked apart
    /// ([`Gate::may_hold_inside`]), as only some callers need it.
    #[inline(always)]
    pub(super) fn look(&self, rest: &[u8]) -> Look {
        let (word, value) = leading_word(rest);
        if word == 0 {
            let first_byte = match *rest {
                [b, c, ..] => {
                    let second = self.first_bytes[usize::from(b)];
                    c >= 0x80 || second & folded_bit(c) != 0
                }
                // A last byte: only a one-byte spelling fits.
                [b] => self.first_bytes[usize::from(b)] == u64::MAX,
                [] => false,
            };
            return Look {
                word,
                value,
                lead: false,
                first_byte,
            };
        }
        Look {
            word,
            value,
            lead: has_bit(&self.leads, top_bits(value, HASH_BITS)),
            first_byte: false,
        }
    }

    /// Whether a spelling counted inside words may end inside `word` (or
    /// at its end), by the value of each prefix of such a spelling's
    /// length. Most words start no such spelling, which their first two
    /// bytes tell, so this is read apart from the word's own value.
    #[inline(always)]
    pub(super) fn may_hold_inside(&self, word: &[u8]) -> bool {
        let mut h = 0;
        for (k, &b) in word.iter().enumerate().take(63) {
            h = step(h, b);
            let len = k + 1;
            if len == 2 && !has_bit(&self.inside_pairs, pair_bit(h)) {
                return false;
            }
            if self.inside_lengths & (1 << len) != 0
                && has_bit(&self.inside, top_bits(h, INSIDE_BITS))
            {
                return true;
            }
        }
        false
    }
}

/// What [`Gate::look`] read at a place.
#[derive(Debug, Clone, Copy)]
pub(super) struct Look {
    /// Bytes in the run of ASCII letters and digits there (0 when none).
    pub(super) word: usize,
    /// That run's value (see [`word_value`]).
    pub(super) value: u64,
    /// Whether the run may be a spelling's leading word (a "no" is sure).
    pub(super) lead: bool,
    /// Without a run: whether a spelling without a leading word starts
    /// with the byte there.
    pub(super) first_byte: bool,
}

/// The value [`Gate::look`] gives a run of letters and digits: the same
/// for every ASCII case, and for runs of up to eight bytes the run itself,
/// so that two runs of that length with one value are the same word.
pub(super) fn word_value(word: &[u8]) -> u64 {
    word.iter().fold(0, |h, &b| step(h, b))
}

/// The leading word of `rest` (its run of ASCII letters and digits): its
/// length and its value (as [`word_value`] gives it), read eight bytes at a
/// time.
/// A byte at a time, the loop's exit at the word's end was a branch the
/// processor could not predict, once a word.
#[inline(always)]
pub(super) fn leading_word(rest: &[u8]) -> (usize, u64) {
    let mut value = 0u64;
    let mut at = 0;
    while let Some(chunk) = rest.get(at..at + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let x = u64::from_le_bytes(bytes);
        let stop = not_alphanumeric(x);
        let n = if stop == 0 {
            8
        } else {
            (stop.trailing_zeros() / 8) as usize
        };
        if n > 0 {
            // The first `n` bytes, case folded, read big-end first: what
            // `n` steps of `step` add to the value.
            let kept = if n == 8 { !0 } else { (1u64 << (8 * n)) - 1 };
            let folded = ((x | 0x2020_2020_2020_2020) & kept).swap_bytes() >> (8 * (8 - n));
            value = value.rotate_left(8 * n as u32) ^ folded;
            at += n;
        }
        if n < 8 {
            return (at, value);
        }
    }
    for &b in &rest[at..] {
        if !b.is_ascii_alphanumeric() {
            break;
        }
        value = step(value, b);
        at += 1;
    }
    (at, value)
}

/// For each byte of `x` (little-endian) that is not an ASCII letter or
/// digit, its high bit; the others are clear. Byte-wise range checks
/// without carries between bytes: every sum stays under 256 as the high
/// bits are cleared first (bytes over 127 are never letters or digits).
#[inline(always)]
fn not_alphanumeric(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(b: u8) -> u64 {
        u64::from_ne_bytes([b; 8])
    }
    let low = x & !HIGH;
    let digit = (low + each(0x80 - b'0')) & !(low + each(0x80 - b'9' - 1));
    let folded = low | each(0x20);
    let letter = (folded + each(0x80 - b'a')) & !(folded + each(0x80 - b'z' - 1));
    !((digit | letter) & !x) & HIGH
}

/// One byte into a word's running value, ignoring ASCII case (`| 0x20`
/// lower-cases letters and leaves digits as they are). The bytes are
/// packed, not mixed (up to eight words are kept exactly, longer ones fold
/// over), so a byte costs a rotate; [`top_bits`] mixes once per look-up.
#[inline(always)]
fn step(h: u64, b: u8) -> u64 {
    h.rotate_left(8) ^ u64::from(b | 0x20)
}

/// A byte's bit in a set of 64, its low six bits with the case bit set:
/// both cases of a letter share one (a digit shares one with a letter,
/// which only costs a walk).
#[inline(always)]
pub(super) fn folded_bit(b: u8) -> u64 {
    1 << ((b | 0x20) & 63)
}

/// The bit of [`Gate::inside_pairs`] for the value of a word's first two
/// bytes (as [`step`] packs them): five low bits of each, so letters of
/// either case share a bit; digits share bits with letters, which only
/// costs a check.
#[inline(always)]
fn pair_bit(h: u64) -> usize {
    (((h >> 8) & 31) << 5 | (h & 31)) as usize
}

/// A word's bit in a set of `2^bits` bits: the high bits of its value
/// times an odd constant, the best mixed.
#[inline(always)]
pub(super) fn top_bits(h: u64, bits: u32) -> usize {
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}

pub(super) fn set_bit(set: &mut [u64], bit: usize) {
    set[bit / 64] |= 1 << (bit % 64);
}

#[inline(always)]
pub(super) fn has_bit(set: &[u64], bit: usize) -> bool {
    set[bit / 64] & (1 << (bit % 64)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate() -> Gate {
        let patterns: Vec<String> = [
            "c++",
            "node.js",
            "amazon web services",
            ".net",
            "sponsor",
            "go",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Only `sponsor` (an analyzer trigger) counts inside a word.
        Gate::new(&patterns, |pid| pid == 4)
    }

    /// Whether the gate lets the scan walk from the start of `text`.
    fn may_start(g: &Gate, text: &str) -> bool {
        let bytes = text.as_bytes();
        let look = g.look(bytes);
        if look.word == 0 {
            look.first_byte
        } else {
            look.lead || g.may_hold_inside(&bytes[..look.word])
        }
    }

    #[test]
    fn lets_through_words_that_lead_a_spelling_ignoring_case() {
        let g = gate();
        for text in [
            "C++ and",
            "Node.js",
            "node",
            "Amazon Web",
            ".NET Core",
            "GO",
            "go ",
        ] {
            assert!(may_start(&g, text), "{text}");
        }
    }

    #[test]
    fn a_mark_is_let_through_when_its_next_byte_may_go_on() {
        let g = gate();
        assert!(may_start(&g, ".NET Core") && may_start(&g, ".net"));
        // The end of a sentence, and a last byte that no spelling is alone.
        assert!(!may_start(&g, ". Next") && !may_start(&g, ".\n") && !may_start(&g, "."));
        let dollar = Gate::new(&["$".to_string(), "$ sign".to_string()], |_| false);
        assert!(
            may_start(&dollar, "$") && may_start(&dollar, "$5") && may_start(&dollar, "$\tsign")
        );
    }

    #[test]
    fn lets_through_spellings_wanted_inside_words() {
        let g = gate();
        assert!(may_start(&g, "sponsorship"));
        // `go` inside `good` would be rejected for ending inside a word.
        assert!(!may_start(&g, "good"));
    }

    #[test]
    fn tells_letters_and_digits_in_every_lane() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = [b'a'; 8];
                bytes[lane] = b;
                let flags = not_alphanumeric(u64::from_le_bytes(bytes));
                let want = if b.is_ascii_alphanumeric() {
                    0
                } else {
                    0x80 << (8 * lane)
                };
                assert_eq!(flags, want, "byte {b:#x} in lane {lane}");
            }
        }
    }

    proptest::proptest! {
        /// Where the gate says no spelling without a leading word starts,
        /// the trie finds none: on random spellings that start with marks,
        /// and text of marks, letters and spaces of every kind.
        #[test]
        fn a_mark_turned_away_starts_no_spelling(
            patterns in proptest::collection::vec("[.$+#][abAB .+]{0,5}|[ab]{1,3}", 1..8),
            text in "[.$+#abAB x\t\u{a0}]{0,30}",
        ) {
            let gate = Gate::new(&patterns, |_| false);
            let trie = crate::skills::spellings::Trie::new(&patterns);
            for (i, _) in text.char_indices() {
                let at = &text.as_bytes()[i..];
                let look = gate.look(at);
                if look.word == 0 && !look.first_byte {
                    proptest::prop_assert_eq!(trie.longest_at(at), None, "at {}", i);
                }
            }
        }

        /// Eight bytes at a time, the run and its value are what a byte at a
        /// time gives, for words of every length and any bytes around them.
        #[test]
        fn reads_words_as_byte_steps_do(
            bytes in proptest::collection::vec(proptest::sample::select(vec![
                b'a', b'Z', b'z', b'A', b'0', b'9', b'@', b'[', b'`', b'{', b'/', b':', b' ',
                b'-', 0x80, 0xC3, 0xFF, 0x7F, 0x00,
            ]), 0..40),
            word_len in 0usize..30,
        ) {
            let mut text: Vec<u8> = b"Kubernetes0123456789abcdefXYZ"[..word_len.min(29)].to_vec();
            text.extend(&bytes);
            let len = text.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(leading_word(&text), (len, word_value(&text[..len])));
        }
    }

    #[test]
    fn stops_most_other_words() {
        let g = gate();
        let stopped = [
            "the",
            "team",
            "cats",
            "nodes",
            "amazing",
            " ",
            "(",
            "experience",
        ]
        .iter()
        .filter(|t| !may_start(&g, t))
        .count();
        // A hash collision may let a word through; never most of them.
        assert!(stopped >= 7, "{stopped}");
    }
}
