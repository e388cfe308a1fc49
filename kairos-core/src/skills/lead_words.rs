//! Where the trie's walk stands after each spelling's leading word, found
//! by the word's value. Most words the scan walks from are a whole
//! spelling's leading word (`python`, `aws`, `we` of `we use`): one probe
//! here replaces the walk through the word's nodes, which read a node per
//! branching letter. The entry also says which bytes after the word take
//! the walk on (a space after `amazon`, `.` after `node`), which first
//! bytes of the next word do after a space (`w` after `amazon`), and what
//! it has found if not; most words are followed by bytes that do not, and
//! are answered without touching the trie.

use super::gate::{folded_bit, leading_word, top_bits, word_value};
use super::spellings::{space_run, NextStep, Trie, WalkState, NONE};

/// The leading words of a set of spellings, each with the walk's state
/// after it.
#[derive(Debug, Clone)]
pub(super) struct LeadWords {
    /// Open addressing by the word's value; a power of two, at most half full.
    slots: Box<[Slot]>,
    bits: u32,
    /// The lower-cased bytes of the words longer than eight bytes, whose
    /// values may be shared by other words: they are compared byte by byte.
    long_words: Vec<u8>,
}

/// A leading word: where the walk stands after it, and what the next bytes
/// of the text can do there. Packed (64 bytes, where the walk's own state
/// and its next steps take 104): the table is probed once a leading word.
#[derive(Debug, Clone, Copy)]
pub(super) struct Slot {
    value: u64,
    /// The bytes that take the walk on past the word (see [`NextStep`]).
    goes_on: [u64; 2],
    /// After a run of spaces past the word, the bytes that may take the
    /// walk on, folded (see [`folded_bit`]): `amazon` goes on only into
    /// `w` (`amazon web services`), `we` only into `u` (`we use`). Nine
    /// walks in ten past a leading word and a space found nothing more.
    after_space: u64,
    /// The walk's node; `NONE` for an empty slot.
    node: u32,
    /// Where a long word's bytes start in `long_words`.
    long_at: u32,
    len: u32,
    tail_read: u16,
    /// The longest spelling inside the word, and the one the walk ends
    /// with when the next byte does not take it on.
    best: Packed,
    stop: Packed,
}

/// A pattern and its length, or none (`NONE`).
#[derive(Debug, Clone, Copy)]
struct Packed(u32, u32);

impl Packed {
    const NOTHING: Self = Self(NONE, 0);

    fn new(found: Option<(usize, usize)>) -> Self {
        // Pattern ids and lengths come from the trie, which numbers them in u32.
        found.map_or(Self::NOTHING, |(p, len)| Self(p as u32, len as u32))
    }

    #[inline(always)]
    fn get(self) -> Option<(usize, usize)> {
        (self.0 != NONE).then_some((self.0 as usize, self.1 as usize))
    }
}

impl Default for Slot {
    fn default() -> Self {
        Self {
            value: 0,
            goes_on: [0; 2],
            after_space: 0,
            node: NONE,
            long_at: 0,
            len: 0,
            tail_read: 0,
            best: Packed::NOTHING,
            stop: Packed::NOTHING,
        }
    }
}

impl Slot {
    /// The longest spelling that starts with this word where `rest` starts
    /// with it. Most words are followed by a byte no spelling goes on with
    /// (`python,`, `aws `): the answer is then known without walking the
    /// trie, whose node would be a read from memory far away.
    #[inline(always)]
    pub(super) fn resume(&self, trie: &Trie, rest: &[u8]) -> Option<(usize, usize)> {
        let len = self.len as usize;
        match rest.get(len) {
            Some(&b) if b >= 0x80 || self.goes_on[usize::from(b) / 64] & (1 << (b % 64)) != 0 => {
                // Past a run of spaces, the byte after it decides (unless
                // the space itself may end a spelling: all bits set).
                let run = space_run(rest, len);
                if run > 0 && self.after_space != u64::MAX {
                    let goes_on = rest
                        .get(len + run)
                        .is_some_and(|&c| c >= 0x80 || self.after_space & folded_bit(c) != 0);
                    if !goes_on {
                        return self.stop.get();
                    }
                }
                let state = WalkState {
                    node: self.node,
                    tail_read: self.tail_read,
                    depth: len,
                    best: self.best.get(),
                };
                trie.walk_on(state, rest)
            }
            _ => self.stop.get(),
        }
    }
}

impl LeadWords {
    /// The leading words of `patterns`, with their states in `trie` (built
    /// from the same patterns).
    pub(super) fn new(patterns: &[String], trie: &Trie) -> Self {
        let mut words: Vec<Vec<u8>> = patterns
            .iter()
            .filter_map(|p| {
                let (len, _) = leading_word(p.as_bytes());
                (len > 0).then(|| p.as_bytes()[..len].to_ascii_lowercase())
            })
            .collect();
        words.sort_unstable();
        words.dedup();
        let bits = (words.len().max(1) * 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let mut slots = vec![Slot::default(); 1 << bits].into_boxed_slice();
        let mut long_words = Vec::new();
        let mask = (1usize << bits) - 1;
        for word in &words {
            let Some(state) = trie.state_after(word) else {
                continue;
            };
            let value = word_value(word);
            let mut i = top_bits(value, bits);
            while slots[i].node != NONE {
                i = (i + 1) & mask;
            }
            let long_at = if word.len() > 8 {
                long_words.extend_from_slice(word);
                (long_words.len() - word.len()) as u32
            } else {
                0
            };
            let NextStep { goes_on, stop } = trie.next_step(&state);
            slots[i] = Slot {
                value,
                goes_on,
                after_space: after_space(trie, word, stop),
                node: state.node,
                long_at,
                // Spellings are far shorter than 4 GB.
                len: word.len() as u32,
                tail_read: state.tail_read,
                best: Packed::new(state.best),
                stop: Packed::new(stop),
            };
        }
        Self {
            slots,
            bits,
            long_words,
        }
    }

    /// The entry of `word` (a run of letters and digits whose value is
    /// `value`), if it is a spelling's leading word.
    #[inline(always)]
    pub(super) fn find(&self, value: u64, word: &[u8]) -> Option<&Slot> {
        let mask = self.slots.len() - 1;
        let mut i = top_bits(value, self.bits);
        loop {
            let slot = &self.slots[i];
            if slot.node == NONE {
                return None;
            }
            // Up to eight bytes the value is the word itself, case folded.
            if slot.value == value
                && slot.len as usize == word.len()
                && (word.len() <= 8 || self.long_word(slot).eq_ignore_ascii_case(word))
            {
                return Some(slot);
            }
            i = (i + 1) & mask;
        }
    }

    fn long_word(&self, slot: &Slot) -> &[u8] {
        let at = slot.long_at as usize;
        &self.long_words[at..at + slot.len as usize]
    }
}

/// [`Slot::after_space`] for `word`, whose walk stops with `stop` when the
/// next byte does not go on: the bytes that go on after the word and a
/// space. When the space itself could end a spelling (the walk would then
/// answer something other than `stop`), every byte is let through.
fn after_space(trie: &Trie, word: &[u8], stop: Option<(usize, usize)>) -> u64 {
    let Some(spaced) = trie.state_after(&[word, b" "].concat()) else {
        // No spelling goes on past the word with a space.
        return 0;
    };
    let next = trie.next_step(&spaced);
    if next.stop != stop {
        return u64::MAX;
    }
    (0..128u8)
        .filter(|&b| next.goes_on[usize::from(b) / 64] & (1 << (b % 64)) != 0)
        .fold(0, |set, b| set | folded_bit(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patterns(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// The walk from a leading word's state finds what the whole walk
    /// from the word's start finds, or `None` when the word leads no
    /// spelling.
    fn from_lead(leads: &LeadWords, trie: &Trie, text: &[u8]) -> Option<Option<(usize, usize)>> {
        let (len, value) = leading_word(text);
        leads
            .find(value, &text[..len])
            .map(|lead| lead.resume(trie, text))
    }

    #[test]
    fn resumes_where_the_whole_walk_would_be() {
        let list = patterns(&[
            "amazon web services",
            "aws",
            "c",
            "c++",
            "go",
            "golang",
            "node.js",
            "kubernetes",
            "kubernetes operators",
            "we use",
        ]);
        let trie = Trie::new(&list);
        let leads = LeadWords::new(&list, &trie);
        for text in [
            // The word ends inside a folded chain.
            "Amazon Web Services",
            "amazon web",
            "AWS",
            "C++ and",
            "c or",
            "GoLang",
            "go on",
            "Node.JS",
            "node",
            // Longer than eight bytes: compared byte by byte.
            "Kubernetes operators",
            "KUBERNETES",
            "we use Rust",
            "we want",
        ] {
            let bytes = text.as_bytes();
            assert_eq!(
                from_lead(&leads, &trie, bytes),
                Some(trie.longest_at(bytes)),
                "{text}"
            );
        }
        for text in ["amazing", "cat", "gone", "nodes", "kubernetesx", "wee", "x"] {
            assert_eq!(from_lead(&leads, &trie, text.as_bytes()), None, "{text}");
        }
    }

    /// Past eight bytes two words can share a value (`abcdefghi` and
    /// `ibcdefgha` fold the first and ninth bytes together): only the
    /// spelling's own word is found.
    #[test]
    fn long_words_with_one_value_are_told_apart() {
        assert_eq!(word_value(b"abcdefghi"), word_value(b"ibcdefgha"));
        let list = patterns(&["abcdefghi"]);
        let trie = Trie::new(&list);
        let leads = LeadWords::new(&list, &trie);
        assert_eq!(from_lead(&leads, &trie, b"ABCDEFGHI"), Some(Some((0, 9))));
        assert_eq!(from_lead(&leads, &trie, b"ibcdefgha"), None);
    }

    proptest::proptest! {
        /// On random patterns and text over a small alphabet, at every run
        /// of letters and digits: a spelling's leading word resumes the walk
        /// to the whole walk's answer, and any other run is not found.
        #[test]
        fn agrees_with_the_whole_walk_on_random_input(
            list in proptest::collection::vec("[abAB0+. ]{1,11}", 1..12),
            text in "[abAB0+. x\t\u{a0}]{0,24}",
        ) {
            let trie = Trie::new(&list);
            let leads = LeadWords::new(&list, &trie);
            let lead_words: Vec<Vec<u8>> = list
                .iter()
                .map(|p| {
                    let len = leading_word(p.as_bytes()).0;
                    p.as_bytes()[..len].to_ascii_lowercase()
                })
                .filter(|w| !w.is_empty())
                .collect();
            // The spellings themselves too, so that words ending inside
            // folded chains come up, not only near misses.
            let text = format!("{text} {}", list.join(" x "));
            let bytes = text.as_bytes();
            for i in 0..bytes.len() {
                let at = &bytes[i..];
                let len = at.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                if len == 0 {
                    continue;
                }
                let is_lead = lead_words.contains(&at[..len].to_ascii_lowercase());
                let found = from_lead(&leads, &trie, at);
                proptest::prop_assert_eq!(found.is_some(), is_lead, "at {}", i);
                if let Some(found) = found {
                    proptest::prop_assert_eq!(found, trie.longest_at(at), "at {}", i);
                }
            }
        }
    }
}
