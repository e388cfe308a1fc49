//! Fixed phrase lists searched in one pass. Reading a sentence asked "does
//! it contain any of these?" for a hundred phrases; one automaton answers
//! for all of them at once (in WebAssembly, where `str::contains` has no
//! SIMD, the separate searches were a tenth of the analysis).

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

/// Up to 128 lower-case phrases, grouped into `N` lists.
///
/// The number of lists is part of the type so that asking a list by its
/// constant index (`found.any(PAY)`) needs no bounds check: the analysis
/// asks some thirty such questions, and each check was a branch to a
/// panic in the WebAssembly module. The automaton and its walk are not
/// generic, so there is one copy of them however many sets there are.
pub(crate) struct PhraseSet<const N: usize> {
    automaton: Phrases,
    /// Bit mask of each list's phrases.
    lists: [u128; N],
}

impl<const N: usize> PhraseSet<N> {
    /// Compiles `lists`, each a phrase a line (`phrase_lines!`), at most 128
    /// phrases in all. Phrases are matched as substrings, exactly as
    /// written.
    pub(crate) fn new(lists: &[&str; N]) -> Self {
        let mut masks = [0u128; N];
        let automaton = Phrases::new(lists, &mut masks);
        Self {
            automaton,
            lists: masks,
        }
    }

    /// Whether `text` contains any of the phrases; stops at the first.
    pub(crate) fn contains_any(&self, text: &str) -> bool {
        self.automaton.contains_any(text.as_bytes())
    }

    /// Which phrases `text` contains, as a bit mask over all phrases.
    pub(crate) fn scan(&self, text: &str) -> Found<'_, N> {
        self.scan_bytes(text.as_bytes())
    }

    /// [`PhraseSet::scan`] over bytes (a padded copy on the stack).
    pub(crate) fn scan_bytes(&self, text: &[u8]) -> Found<'_, N> {
        Found {
            mask: self.automaton.mask(text),
            lists: &self.lists,
        }
    }
}

/// The automaton of a [`PhraseSet`]: its phrases, numbered in list order.
struct Phrases(DFA);

impl Phrases {
    /// Compiles the phrases of `lists`, writing each list's bit mask to
    /// `masks`.
    fn new(lists: &[&str], masks: &mut [u128]) -> Self {
        let phrases: Vec<&str> = lists.iter().flat_map(|l| l.lines()).collect();
        assert!(
            phrases.len() <= 128,
            "a PhraseSet holds at most 128 phrases"
        );
        let mut next = 0u32;
        for (list, mask) in lists.iter().zip(masks) {
            for _ in list.lines() {
                *mask |= 1 << next;
                next += 1;
            }
        }
        // A DFA, used directly: one table load a byte, where the contiguous
        // NFA it replaced followed failure links and searched sparse states
        // (3.8 against 1.6 ns a byte on the corpus's sentences; the
        // sentences read for work rights, pay and years are ~5 % of the
        // analysis). All of them build in under a millisecond and take
        // ~0.44 MB (the work-rights lists 0.38 MB); the WebAssembly module
        // came out no larger.
        let automaton = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .prefilter(false)
            .build(&phrases)
            // Fixed, short phrase lists: only a bug makes this fail, and
            // every test that reads a JD builds it. The library's error is
            // not formatted: its Display code would ship in the
            // WebAssembly module for a message no user can see.
            .unwrap_or_else(|_| panic!("the phrase automaton could not be built"));
        Self(automaton)
    }

    /// Whether `text` contains any of the phrases; stops at the first.
    fn contains_any(&self, text: &[u8]) -> bool {
        let mut found = false;
        self.walk(text, |_| {
            found = true;
            false
        });
        found
    }

    /// The phrases `text` contains, as a bit mask.
    fn mask(&self, text: &[u8]) -> u128 {
        let mut mask = 0u128;
        self.walk(text, |phrase| {
            mask |= 1 << phrase;
            true
        });
        mask
    }

    /// Runs the automaton over `text`, telling `found` every phrase that
    /// ends at each byte, until it returns `false`. The table is walked
    /// directly: only which phrases occur matters, not where, and the
    /// library's overlapping search (made for positions) took ~670 bytes
    /// of the gzipped WebAssembly module for the same speed.
    fn walk(&self, text: &[u8], mut found: impl FnMut(usize) -> bool) {
        let dfa = &self.0;
        // An unanchored DFA always has an unanchored start state.
        let Ok(mut state) = dfa.start_state(Anchored::No) else {
            return;
        };
        for &b in text {
            state = dfa.next_state(Anchored::No, state, b);
            // Without a prefilter, only match states (and a dead state,
            // which an unanchored search never reaches) are special.
            if dfa.is_special(state) && dfa.is_match(state) {
                for k in 0..dfa.match_len(state) {
                    if !found(dfa.match_pattern(state, k).as_usize()) {
                        return;
                    }
                }
            }
        }
    }
}

/// The phrases one text contains.
pub(crate) struct Found<'a, const N: usize> {
    mask: u128,
    lists: &'a [u128; N],
}

impl<const N: usize> Found<'_, N> {
    /// Whether the text contains any phrase of list `i`.
    pub(crate) fn any(&self, list: usize) -> bool {
        self.mask & self.lists[list] != 0
    }

    /// Whether the text contains phrase `k` of list `i`.
    pub(crate) fn has(&self, list: usize, k: usize) -> bool {
        let offset = self.lists[list].trailing_zeros() as usize;
        self.mask & (1u128 << (offset + k)) & self.lists[list] != 0
    }

    /// The first phrase of list `i`, in list order, that the text contains.
    pub(crate) fn first_in(&self, list: usize) -> Option<usize> {
        let hits = self.mask & self.lists[list];
        let offset = self.lists[list].trailing_zeros();
        (hits != 0).then(|| (hits.trailing_zeros() - offset) as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer_like_contains() {
        let set = PhraseSet::new(&["per hour\nhourly", "citizen\nzen", "nothing"]);
        let found = set.scan("must be a citizen, paid hourly");
        assert!(found.any(0) && found.any(1) && !found.any(2));
        assert_eq!(found.first_in(0), Some(1));
        assert_eq!(found.first_in(1), Some(0));
        assert_eq!(found.first_in(2), None);
        assert!(set.contains_any("paid hourly") && !set.contains_any("paid by the job"));
    }

    /// Phrases that end together, inside one another and across each
    /// other, so a position often ends several at once.
    const NESTED: &[&str] = &["a", "ab", "bab", "abab", "b c", "c", "cab", "aa"];

    proptest::proptest! {
        /// The walk finds exactly the phrases `str::contains` finds: every
        /// phrase ending at a position, not only the longest (fails if a
        /// match state's later patterns are skipped).
        #[test]
        fn scan_finds_what_contains_finds(text in "[abc ]{0,24}") {
            let (first, second) = (NESTED[..4].join("\n"), NESTED[4..].join("\n"));
            let set = PhraseSet::new(&[first.as_str(), second.as_str()]);
            let found = set.scan(&text);
            let mut mask = 0u128;
            for (i, p) in NESTED.iter().enumerate() {
                if text.contains(p) {
                    mask |= 1 << i;
                }
            }
            proptest::prop_assert_eq!(found.mask, mask);
            proptest::prop_assert_eq!(set.contains_any(&text), mask != 0);
        }
    }
}
