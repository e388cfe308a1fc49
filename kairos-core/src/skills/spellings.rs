//! The automaton of every spelling, asked one question: which is the
//! longest spelling that starts exactly here? The scan asks it only at word
//! starts the [`Gate`] lets through, so no failure links are ever followed
//! and most words cost a hash, not a walk.
//!
//! Natively it is aho-corasick's anchored DFA: one table lookup a byte, for
//! a build of ~35 ms. In WebAssembly, where the page waits for the build
//! before its first score and the DFA's construction (failure links
//! included, though an anchored walk never uses them) costs three times as
//! much, it is a plain byte trie that builds in a few milliseconds. Both
//! give the same matches; the shared vectors check it on every surface.

use super::gate::Gate;

/// Spellings compiled for anchored longest-match lookups. Matching ignores
/// ASCII case.
#[derive(Debug, Clone)]
pub(super) struct Spellings {
    gate: Gate,
    #[cfg(not(target_arch = "wasm32"))]
    dfa: aho_corasick::dfa::DFA,
    #[cfg(target_arch = "wasm32")]
    trie: Trie,
}

impl Spellings {
    /// Compiles `patterns` (pattern ids are their indices);
    /// `counts_inside(pattern)` says whether a match that ends inside a
    /// word is wanted (see [`Gate`]).
    pub(super) fn new(patterns: &[String], counts_inside: impl Fn(usize) -> bool) -> Self {
        let gate = Gate::new(patterns, counts_inside);
        #[cfg(not(target_arch = "wasm32"))]
        {
            let dfa = aho_corasick::dfa::DFA::builder()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .start_kind(aho_corasick::StartKind::Anchored)
                .build(patterns)
                // Only an automaton over the size limits fails; the bundled
                // taxonomy is far below them, and the tests build it.
                .unwrap_or_else(|e| panic!("the skill automaton cannot be built: {e}"));
            Self { gate, dfa }
        }
        #[cfg(target_arch = "wasm32")]
        {
            Self {
                gate,
                trie: Trie::new(patterns),
            }
        }
    }

    /// Calls `on_match(pattern, start, end)` for the longest spelling that
    /// starts at each word start, left to right, without overlaps. Word
    /// starts are the places after a byte that is not part of a word, and
    /// the end of a match that does not end in a word. A match that ends
    /// inside a word is reported only if the gate was told it counts there.
    pub(super) fn scan(&self, text: &str, mut on_match: impl FnMut(usize, usize, usize)) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let (may_start, word) = self.gate.may_start(rest);
            if may_start {
                if let Some((pattern, len)) = self.longest_at(rest) {
                    on_match(pattern, i, i + len);
                    i += len;
                    if is_word_byte(bytes[i - 1]) {
                        i = past_word_and_next(bytes, i);
                    }
                    continue;
                }
            }
            if word == 0 && !is_word_byte(rest[0]) {
                i += 1;
            } else {
                i = past_word_and_next(bytes, i + word);
            }
        }
    }

    /// The longest pattern that `bytes` starts with: its id and length.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline]
    pub(super) fn longest_at(&self, bytes: &[u8]) -> Option<(usize, usize)> {
        use aho_corasick::automaton::Automaton;
        use aho_corasick::Anchored;

        let dfa = &self.dfa;
        let mut sid = dfa.start_state(Anchored::Yes).ok()?;
        let mut best = None;
        for (j, &b) in bytes.iter().enumerate() {
            sid = dfa.next_state(Anchored::Yes, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                // A match state also carries the patterns that end here but
                // start later (suffixes such as `al` in `essential`); keep
                // only a pattern that starts at the word start.
                if dfa.is_match(sid) {
                    let from_start = (0..dfa.match_len(sid))
                        .map(|k| dfa.match_pattern(sid, k))
                        .find(|&pid| dfa.pattern_len(pid) == j + 1);
                    if let Some(pid) = from_start {
                        best = Some((pid.as_usize(), j + 1));
                    }
                }
            }
        }
        best
    }

    /// The longest pattern that `bytes` starts with: its id and length.
    #[cfg(target_arch = "wasm32")]
    #[inline]
    pub(super) fn longest_at(&self, bytes: &[u8]) -> Option<(usize, usize)> {
        self.trie.longest_at(bytes)
    }
}

/// Bytes that make up words: ASCII letters and digits, `_`, and any byte
/// of a non-ASCII character.
pub(super) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The index past the rest of the word at `i` and the byte after it: that
/// byte follows a word, so no spelling starts there.
#[inline]
fn past_word_and_next(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && is_word_byte(bytes[i]) {
        i += 1;
    }
    i + 1
}

/// A byte trie over lower-cased patterns, frozen into flat arrays: node `n`
/// has the edges `labels[first[n]..first[n + 1]]` (sorted) to `targets[…]`.
/// The root's edges are a 256-entry table, since every walk starts there.
#[derive(Debug, Clone)]
pub(super) struct Trie {
    root: Box<[u32; 256]>,
    first: Vec<u32>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// The pattern ending at each node, or `NONE`.
    pattern: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Trie {
    pub(super) fn new(patterns: &[String]) -> Self {
        // Build with per-node edge lists, then freeze.
        let mut edges: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut pattern = vec![NONE];
        for (pid, p) in patterns.iter().enumerate() {
            let mut node = 0usize;
            for b in p.bytes().map(|b| b.to_ascii_lowercase()) {
                node = match edges[node].iter().find(|(l, _)| *l == b) {
                    Some(&(_, t)) => t as usize,
                    None => {
                        let t = edges.len();
                        edges.push(Vec::new());
                        pattern.push(NONE);
                        edges[node].push((b, t as u32));
                        t
                    }
                };
            }
            // The first of equal spellings wins, as in the DFA.
            if node != 0 && pattern[node] == NONE {
                pattern[node] = pid as u32;
            }
        }
        let mut root = Box::new([NONE; 256]);
        for &(b, t) in &edges[0] {
            root[usize::from(b)] = t;
        }
        let mut first = Vec::with_capacity(edges.len() + 1);
        let mut labels = Vec::new();
        let mut targets = Vec::new();
        for list in &mut edges {
            list.sort_unstable_by_key(|&(b, _)| b);
            first.push(labels.len() as u32);
            for &(b, t) in list.iter() {
                labels.push(b);
                targets.push(t);
            }
        }
        first.push(labels.len() as u32);
        Self {
            root,
            first,
            labels,
            targets,
            pattern,
        }
    }

    pub(super) fn longest_at(&self, bytes: &[u8]) -> Option<(usize, usize)> {
        let (&b0, rest) = bytes.split_first()?;
        let mut node = self.root[usize::from(b0.to_ascii_lowercase())];
        let mut best = None;
        let mut depth = 1;
        while node != NONE {
            let n = node as usize;
            if self.pattern[n] != NONE {
                best = Some((self.pattern[n] as usize, depth));
            }
            let Some(&b) = rest.get(depth - 1) else { break };
            let (lo, hi) = (self.first[n] as usize, self.first[n + 1] as usize);
            let b = b.to_ascii_lowercase();
            // Past the first few bytes almost every node has one or two
            // edges: a scan beats a binary search there.
            let labels = &self.labels[lo..hi];
            let found = if labels.len() <= 8 {
                labels.iter().position(|&l| l == b)
            } else {
                labels.binary_search(&b).ok()
            };
            node = found.map_or(NONE, |k| self.targets[lo + k]);
            depth += 1;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trie (the WebAssembly automaton) agrees with the DFA on every
    /// position of a text full of near misses.
    #[test]
    fn the_trie_finds_what_the_dfa_finds() {
        let patterns: Vec<String> = [
            "c",
            "c++",
            "c#",
            "go",
            "golang",
            "node.js",
            "node",
            "ci/cd",
            "essential",
            "al",
            "Rust",
            "rust",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let trie = Trie::new(&patterns);
        let spellings = Spellings::new(&patterns, |_| false);
        let text = "C++ and c# with GoLang, Node.JS; node CI/CD essentials al rust RUST go";
        for i in 0..text.len() {
            assert_eq!(
                trie.longest_at(&text.as_bytes()[i..]),
                spellings.longest_at(&text.as_bytes()[i..]),
                "at {i}: {:?}",
                &text[i..]
            );
        }
        assert_eq!(trie.longest_at(b"C++ rocks"), Some((1, 3)));
        assert_eq!(trie.longest_at(b"RUST"), Some((10, 4)));
        assert_eq!(trie.longest_at(b"xyz"), None);
        assert_eq!(trie.longest_at(b""), None);
    }
}
