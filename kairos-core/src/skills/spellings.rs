//! The automaton of every spelling, asked one question: which is the
//! longest spelling that starts exactly here? The scan asks it only at word
//! starts the [`Gate`] lets through, so no failure links are ever followed
//! and most words cost a hash, not a walk; and at a spelling's leading
//! word the walk starts past the word, where [`LeadWords`] says it stands.
//!
//! For that anchored question a byte trie laid out for the walk beats
//! aho-corasick's DFA, which was used here before: measured on the
//! analysis benchmark, the whole analysis ran 7 % faster with the trie, and
//! the trie builds in a few milliseconds where the DFA (16 MB, failure
//! links included, though an anchored walk never follows them) took 35 ms,
//! three times that in WebAssembly, where the page waits for the build.
//! One automaton on every surface also means one behaviour to test; the
//! tests check the trie against aho-corasick's anchored leftmost-longest
//! search.

use super::gate::{has_bit, set_bit, Gate};
use super::lead_words::LeadWords;

/// Spellings compiled for anchored longest-match lookups. Matching ignores
/// ASCII case.
#[derive(Debug, Clone)]
pub(super) struct Spellings {
    gate: Gate,
    trie: Trie,
    leads: LeadWords,
}

impl Spellings {
    /// Compiles `patterns` (pattern ids are their indices);
    /// `counts_inside(pattern)` says whether a match that ends inside a
    /// word is wanted (see [`Gate`]).
    pub(super) fn new(patterns: &[String], counts_inside: impl Fn(usize) -> bool) -> Self {
        let mut trie = Trie::new(patterns);
        trie.end_with_words(patterns.len(), |pid| !counts_inside(pid));
        Self {
            gate: Gate::new(patterns, counts_inside),
            leads: LeadWords::new(patterns, &trie),
            trie,
        }
    }

    /// Calls `on_match(pattern, start, end)` for the longest spelling that
    /// starts at each word start, left to right, without overlaps. Word
    /// starts are the places after a character that is not part of a word
    /// (see [`is_word_char`]), and
    /// the end of a match that does not end in a word. A match that ends
    /// inside a word is reported only if the gate was told it counts there.
    #[inline(always)]
    pub(super) fn scan(&self, text: &str, mut on_match: impl FnMut(usize, usize, usize)) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let look = self.gate.look(rest);
            let word = &rest[..look.word];
            let found = if look.word == 0 {
                if look.first_byte {
                    self.trie.longest_at(rest)
                } else {
                    None
                }
            } else {
                // A leading word starts the walk past itself; a word whose
                // value only looked like one (the gate's set is of hashes)
                // may still hold a spelling counted inside words.
                match look
                    .lead
                    .then(|| self.leads.find(look.value, word))
                    .flatten()
                {
                    Some(lead) => lead.resume(&self.trie, rest),
                    None if self.gate.may_hold_inside(word) => self.trie.longest_at(rest),
                    None => None,
                }
            };
            if let Some((pattern, len)) = found {
                on_match(pattern, i, i + len);
                i += len;
                if ends_in_word(text, i) {
                    i = past_word_and_next(text, i);
                }
                continue;
            }
            if look.word > 0 {
                i = past_word_and_next(text, i + look.word);
            } else {
                let (is_word, len) = char_at(text, i);
                i = if is_word {
                    past_word_and_next(text, i + len)
                } else {
                    i + len
                };
            }
        }
    }
}

/// Whether a character is part of a word: ASCII letters and digits, `_`,
/// and the letters and digits of every other script (`é`, `ü`, `日`).
/// Other characters beyond ASCII separate words as ASCII punctuation does:
/// curly quotes, dashes, bullets and the ellipsis, so `“Python”`,
/// `Python’s` and `•Docker` name Python and Docker.
pub(super) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        is_ascii_word_byte(c as u8)
    } else {
        c.is_alphanumeric()
    }
}

/// Whether an ASCII byte is part of a word: a letter, a digit or `_`.
#[inline]
fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether the character at byte `i` is part of a word, and its length in
/// bytes. ASCII is answered from the byte; past `i` not on a character
/// boundary (never reached by the scan) counts one word byte. Always
/// inlined: the scan asks it at every separator, and the WebAssembly
/// build, optimised for size, otherwise made it a call (1.4 % of the time
/// in the browser).
#[inline(always)]
pub(super) fn char_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (is_ascii_word_byte(b), 1);
    }
    match text.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => (is_word_char(c), c.len_utf8()),
        None => (true, 1),
    }
}

/// Whether the character that ends just before byte `i` is part of a word.
#[inline(always)]
pub(super) fn ends_in_word(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i - 1];
    if b < 0x80 {
        return is_ascii_word_byte(b);
    }
    text.get(..i)
        .and_then(|before| before.chars().next_back())
        .is_none_or(is_word_char)
}

/// The index past the rest of the word at `i` and the character after it:
/// that character follows a word, so no spelling starts there.
#[inline]
fn past_word_and_next(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let (is_word, len) = char_at(text, i);
        i += len;
        if !is_word {
            return i;
        }
    }
    i + 1
}

/// A byte trie over lower-cased patterns, frozen into flat arrays with the
/// nodes numbered breadth-first, so that a node's children have
/// consecutive numbers: node `n`'s children are `first..first + count`,
/// and `label[c]` is the byte leading to child `c`. Chains of nodes with
/// one child and no pattern are folded into the node they lead to, as its
/// `tail`: past the first few bytes most spellings go on alone
/// (`kubernetes` after `ku`), and comparing a run of bytes beats a step
/// per byte. The root's edges are a 256-entry table, since every walk
/// starts there.
#[derive(Debug, Clone)]
pub(super) struct Trie {
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
    label: Vec<u8>,
    /// Every node's tail, one after another.
    tails: Vec<u8>,
    /// For nodes with many children (the first bytes of words, the word
    /// after a space): which bytes lead to a child, as a 256-bit set, so
    /// the child is found by counting bits instead of a binary search
    /// whose branches the processor cannot predict.
    wide: Vec<[u64; 4]>,
    /// Patterns that end only where a word ends, a bit each (see
    /// [`Trie::end_with_words`]); none unless set.
    word_enders: Vec<u64>,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    /// The pattern ending here (after the tail), or `NONE`.
    pattern: u32,
    /// The first child's number.
    first: u32,
    /// How many children.
    count: u16,
    /// How many bytes of `tails` follow the edge into this node.
    tail_len: u16,
    /// Where they start.
    tail_start: u32,
    /// The node's entry in `wide`, or `NONE` when it has few children.
    wide: u32,
}

/// Nodes with more children than this get a bit set in [`Trie::wide`].
const FEW_CHILDREN: usize = 8;

/// No node, no pattern.
pub(super) const NONE: u32 = u32::MAX;

impl Trie {
    pub(super) fn new(patterns: &[String]) -> Self {
        // Built breadth-first from the spellings sorted, with no node
        // before it is frozen: a node is a run of sorted keys sharing its
        // first `depth` bytes, and its children are the runs that share one
        // more. (Growing a trie of edge lists first made one allocation per
        // byte of every spelling, 40,000 of them, half the analyzer's build
        // time natively and more in WebAssembly, where the page waits.)
        let mut keys: Vec<(Vec<u8>, u32)> = patterns
            .iter()
            .enumerate()
            .map(|(pid, p)| {
                let mut key = as_walked(p).into_bytes();
                key.make_ascii_lowercase();
                (key, pid as u32)
            })
            .filter(|(key, _)| !key.is_empty())
            .collect();
        // Equal spellings sort by pattern id: the first of them wins, as in
        // the DFA.
        keys.sort_unstable();
        let mut nodes: Vec<Node> = Vec::new();
        let mut label = Vec::new();
        let mut tails = Vec::new();
        let mut wide = Vec::new();
        // Each queued node: its keys `lo..hi`, how many bytes they share,
        // and the byte of the edge into it.
        let mut queue = std::collections::VecDeque::from([(0usize, keys.len(), 0usize, 0u8)]);
        while let Some((lo, hi, mut depth, byte)) = queue.pop_front() {
            let is_root = nodes.is_empty();
            // Fold the chain below the edge: nodes with one child and no
            // pattern (never the root, whose edges are the table). Sorted,
            // a key ending here comes first, and the run has one child when
            // its first and last keys agree on the next byte.
            let tail_start = tails.len();
            while !is_root
                && keys[lo].0.len() > depth
                && keys[lo].0[depth] == keys[hi - 1].0[depth]
                && tails.len() - tail_start < usize::from(u16::MAX)
            {
                tails.push(keys[lo].0[depth]);
                depth += 1;
            }
            let (pattern, mut from) = match keys.get(lo) {
                Some((key, pid)) if !is_root && key.len() == depth => {
                    // Equal keys after the first end here too.
                    let past = lo + keys[lo..hi].partition_point(|(k, _)| k.len() == depth);
                    (*pid, past)
                }
                _ => (NONE, lo),
            };
            // Children are numbered in the order they are queued, after
            // every node already numbered or queued.
            let first = (nodes.len() + 1 + queue.len()) as u32;
            let mut set = [0u64; 4];
            let mut count = 0usize;
            while from < hi {
                let b = keys[from].0[depth];
                let run_end = from + keys[from..hi].partition_point(|(k, _)| k[depth] == b);
                set[usize::from(b) / 64] |= 1 << (b % 64);
                queue.push_back((from, run_end, depth + 1, b));
                count += 1;
                from = run_end;
            }
            let wide_index = if count > FEW_CHILDREN {
                wide.push(set);
                (wide.len() - 1) as u32
            } else {
                NONE
            };
            nodes.push(Node {
                pattern,
                first,
                // At most 256 children, one per byte.
                count: count as u16,
                // Folding stops at u16::MAX bytes, so this never truncates.
                tail_len: (tails.len() - tail_start) as u16,
                tail_start: tail_start as u32,
                wide: wide_index,
            });
            label.push(byte);
        }
        let mut root = Box::new([NONE; 256]);
        let top = nodes[0];
        for child in top.first..top.first + u32::from(top.count) {
            root[usize::from(label[child as usize])] = child;
        }
        Self {
            root,
            nodes,
            label,
            tails,
            wide,
            word_enders: Vec::new(),
        }
    }

    /// Makes the patterns `ends_word(pattern)` names (of `count`) match
    /// only where a word ends, so the walk falls back to a shorter one:
    /// `Oracle databases` holds `oracle database` glued to an `s`, which
    /// no boundary accepts, and then `Oracle`, which counts. (Reporting the
    /// longer one lost both: the scan goes on past a match.)
    pub(super) fn end_with_words(&mut self, count: usize, ends_word: impl Fn(usize) -> bool) {
        self.word_enders = vec![0; count.div_ceil(64)];
        for pid in (0..count).filter(|&p| ends_word(p)) {
            set_bit(&mut self.word_enders, pid);
        }
    }

    /// Whether `pattern`, ending at `depth` of `bytes`, may be the match:
    /// not when it must end a word and a word byte on each side of `depth`
    /// says the word goes on.
    #[inline(always)]
    fn may_end(&self, pattern: u32, bytes: &[u8], depth: usize) -> bool {
        let glued = bytes.get(depth).is_some_and(|&b| is_ascii_word_byte(b))
            && is_ascii_word_byte(bytes[depth - 1]);
        !glued || self.word_enders.is_empty() || !has_bit(&self.word_enders, pattern as usize)
    }

    pub(super) fn longest_at(&self, bytes: &[u8]) -> Option<(usize, usize)> {
        let (&b0, _) = bytes.split_first()?;
        let start = WalkState {
            node: self.root[usize::from(b0.to_ascii_lowercase())],
            tail_read: 0,
            depth: 1,
            best: None,
        };
        self.walk_on(start, bytes)
    }

    /// Where the walk stands after reading `word` (letters and digits, so
    /// no run of spaces inside), or `None` when no spelling starts with
    /// it. [`Trie::walk_on`] from there with the text that starts with
    /// `word` finds what [`Trie::longest_at`] finds, without reading the
    /// word again.
    pub(super) fn state_after(&self, word: &[u8]) -> Option<WalkState> {
        let (&b0, _) = word.split_first()?;
        let mut node = self.root[usize::from(b0.to_ascii_lowercase())];
        let mut best = None;
        let mut depth = 1;
        loop {
            if node == NONE {
                return None;
            }
            let n = self.nodes[node as usize];
            let start = n.tail_start as usize;
            let tail = &self.tails[start..start + usize::from(n.tail_len)];
            // The word may end inside the folded chain (tails are lower case).
            let read = tail.len().min(word.len() - depth);
            if !word[depth..depth + read].eq_ignore_ascii_case(&tail[..read]) {
                return None;
            }
            if read < tail.len() {
                return Some(WalkState {
                    node,
                    tail_read: read as u16,
                    depth: word.len(),
                    best,
                });
            }
            depth += read;
            if depth == word.len() {
                // The walk records this node's pattern itself.
                return Some(WalkState {
                    node,
                    tail_read: n.tail_len,
                    depth,
                    best,
                });
            }
            // Inside the word, which goes on past the pattern.
            if n.pattern != NONE && self.may_end(n.pattern, word, depth) {
                best = Some((n.pattern as usize, depth));
            }
            node = self.child(&n, word[depth].to_ascii_lowercase());
            depth += 1;
        }
    }

    /// The longest pattern `bytes` starts with, going on from `state`
    /// (the first `state.depth` bytes already read).
    pub(super) fn walk_on(&self, state: WalkState, bytes: &[u8]) -> Option<(usize, usize)> {
        let WalkState {
            mut node,
            tail_read,
            mut depth,
            mut best,
        } = state;
        let mut tail_read = usize::from(tail_read);
        while node != NONE {
            let n = self.nodes[node as usize];
            if usize::from(n.tail_len) > tail_read {
                let start = n.tail_start as usize;
                let tail = &self.tails[start + tail_read..start + usize::from(n.tail_len)];
                match match_tail(bytes, depth, tail) {
                    Some(end) => depth = end,
                    None => break,
                }
            }
            tail_read = 0;
            if n.pattern != NONE && self.may_end(n.pattern, bytes, depth) {
                best = Some((n.pattern as usize, depth));
            }
            let Some(&b) = bytes.get(depth) else { break };
            // A run of spaces in the text is the one space of a spelling,
            // a curly apostrophe its straight one.
            let (b, step) = match space_run(bytes, depth) {
                0 if b == 0xE2 => match curly_apostrophe(bytes, depth) {
                    0 => (b, 1),
                    len => (b'\'', len),
                },
                0 => (b.to_ascii_lowercase(), 1),
                run => (b' ', run),
            };
            node = self.child(&n, b);
            depth += step;
        }
        best
    }

    /// The child of `n` along byte `b` (lower-cased), or `NONE`.
    #[inline(always)]
    fn child(&self, n: &Node, b: u8) -> u32 {
        let found = if n.wide == NONE {
            // Past the first few bytes almost every node has one or two
            // children: a scan finds the child.
            let first = n.first as usize;
            self.label[first..first + usize::from(n.count)]
                .iter()
                .position(|&l| l == b)
        } else {
            // The child's rank among the node's children: the set bits
            // below `b`'s, children being numbered in byte order.
            let set = &self.wide[n.wide as usize];
            let (word, bit) = (usize::from(b) / 64, b % 64);
            (set[word] & (1 << bit) != 0).then(|| {
                let below: u32 = set[..word].iter().map(|w| w.count_ones()).sum();
                (below + (set[word] & ((1 << bit) - 1)).count_ones()) as usize
            })
        };
        found.map_or(NONE, |k| n.first + k as u32)
    }

    /// The [`NextStep`] of a walk standing at `state`.
    pub(super) fn next_step(&self, state: &WalkState) -> NextStep {
        let n = self.nodes[state.node as usize];
        let mut goes_on = [0u64; 2];
        let mut add = |b: u8| {
            let also = if b == b' ' {
                [b'\t', b'-']
            } else {
                [b.to_ascii_uppercase(); 2]
            };
            for c in [b, also[0], also[1]] {
                if c < 128 {
                    goes_on[usize::from(c) / 64] |= 1 << (c % 64);
                }
            }
        };
        if state.tail_read < n.tail_len {
            // Inside a folded chain: only its next byte goes on.
            add(self.tails[n.tail_start as usize + usize::from(state.tail_read)]);
            return NextStep {
                goes_on,
                stop: state.best,
            };
        }
        let first = n.first as usize;
        for &b in &self.label[first..first + usize::from(n.count)] {
            add(b);
        }
        let stop = if n.pattern == NONE {
            state.best
        } else {
            Some((n.pattern as usize, state.depth))
        };
        NextStep { goes_on, stop }
    }
}

/// Where a walk of the [`Trie`] stands: at `node`, with the first
/// `tail_read` bytes of its folded chain read, `depth` bytes of the text
/// read, and the longest pattern found so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WalkState {
    pub(super) node: u32,
    pub(super) tail_read: u16,
    pub(super) depth: usize,
    pub(super) best: Option<(usize, usize)>,
}

/// What a walk can do from a [`WalkState`] at its next byte: the bytes
/// that take it on (ASCII only, both cases; a tab wherever a space does),
/// and the longest pattern it has found if it cannot go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct NextStep {
    pub(super) goes_on: [u64; 2],
    pub(super) stop: Option<(usize, usize)>,
}

/// A spelling as the walk reads the text (see [`space_run`]): each run of
/// spaces (tabs and no-break spaces too) made one space, a hyphen between
/// two words a space, and curly apostrophes straight.
pub(super) fn as_walked(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut last_space = false;
    for (i, c) in pattern.char_indices() {
        let joins = c == '-'
            && i > 0
            && !last_space
            && pattern
                .as_bytes()
                .get(i + 1)
                .is_some_and(u8::is_ascii_alphanumeric);
        let space = joins || matches!(c, ' ' | '\t' | '\u{a0}');
        if !space {
            out.push(if matches!(c, '\u{2018}' | '\u{2019}') {
                '\''
            } else {
                c
            });
        } else if !last_space {
            out.push(' ');
        }
        last_space = space;
    }
    out
}

/// How many bytes of spaces between words start at `bytes[at]`: spaces,
/// tabs and no-break spaces (U+00A0, which pages pasted as text and the
/// `&nbsp;` of HTML put between the words of a name); or one hyphen
/// right before a letter or digit, which joins the same words as often as
/// a space parts them (`machine-learning models`, `real time systems`).
/// A hyphen with a space after it is a dash (`Python - 3+ years`), and
/// not read as one. Zero when none.
#[inline]
pub(super) fn space_run(bytes: &[u8], at: usize) -> usize {
    if bytes.get(at) == Some(&b'-') {
        return usize::from(bytes.get(at + 1).is_some_and(u8::is_ascii_alphanumeric));
    }
    let mut i = at;
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t') => i += 1,
            Some(0xC2) if bytes.get(i + 1) == Some(&0xA0) => i += 2,
            _ => return i - at,
        }
    }
}

/// How many bytes of a curly apostrophe start at `bytes[at]`: `’` (U+2019,
/// which word processors put in `Bachelor’s`) and `‘` (U+2018, typed by
/// them at a word's start). Zero when none. A spelling's straight `'`
/// matches either.
#[inline]
fn curly_apostrophe(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at..at + 3) {
        Some([0xE2, 0x80, 0x98 | 0x99]) => 3,
        _ => 0,
    }
}

/// Where a folded chain's bytes end when `bytes` from `at` spells them,
/// ignoring ASCII case and reading a run of spaces as one space and a curly
/// apostrophe as a straight one.
#[inline]
fn match_tail(bytes: &[u8], mut at: usize, tail: &[u8]) -> Option<usize> {
    for &t in tail {
        if t == b' ' {
            let run = space_run(bytes, at);
            if run == 0 {
                return None;
            }
            at += run;
        } else if bytes.get(at)?.to_ascii_lowercase() == t {
            at += 1;
        } else if t == b'\'' && curly_apostrophe(bytes, at) > 0 {
            at += 3;
        } else {
            return None;
        }
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::automaton::Automaton;
    use aho_corasick::{Anchored, MatchKind, StartKind};

    /// The reference: aho-corasick's anchored leftmost-longest DFA.
    fn reference(patterns: &[String], bytes: &[u8]) -> Option<(usize, usize)> {
        let dfa = aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(patterns)
            .unwrap();
        let mut sid = dfa.start_state(Anchored::Yes).unwrap();
        let mut best = None;
        for (j, &b) in bytes.iter().enumerate() {
            sid = dfa.next_state(Anchored::Yes, sid, b);
            if dfa.is_dead(sid) {
                break;
            }
            if dfa.is_match(sid) {
                // A match state also holds patterns that start later.
                let from_start = (0..dfa.match_len(sid))
                    .map(|k| dfa.match_pattern(sid, k))
                    .find(|&pid| dfa.pattern_len(pid) == j + 1);
                if let Some(pid) = from_start {
                    best = Some((pid.as_usize(), j + 1));
                }
            }
        }
        best
    }

    /// Owned copies of test spellings, as [`Trie::new`] takes them.
    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Asserts the trie of `patterns` finds, at the start of each text, the
    /// longest spelling and its length in the text given with it.
    fn finds_at_start(patterns: &[&str], cases: &[(&str, Option<(usize, usize)>)]) {
        let trie = Trie::new(&strings(patterns));
        for &(text, want) in cases {
            assert_eq!(trie.longest_at(text.as_bytes()), want, "{text:?}");
        }
    }

    /// Asserts the trie finds what aho-corasick finds at every byte of `text`.
    fn agrees_at_every_position(trie: &Trie, patterns: &[String], text: &str) {
        for i in 0..text.len() {
            let at = &text.as_bytes()[i..];
            assert_eq!(
                trie.longest_at(at),
                reference(patterns, at),
                "at {i}: {:?}",
                &text[i..]
            );
        }
    }

    /// The trie agrees with aho-corasick on every position of a text full
    /// of near misses.
    #[test]
    fn the_trie_finds_what_aho_corasick_finds() {
        let patterns = strings(&[
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
        ]);
        let trie = Trie::new(&patterns);
        agrees_at_every_position(
            &trie,
            &patterns,
            "C++ and c# with GoLang, Node.JS; node CI/CD essentials al rust RUST go",
        );
        assert_eq!(trie.longest_at(b"C++ rocks"), Some((1, 3)));
        assert_eq!(trie.longest_at(b"RUST"), Some((10, 4)));
        assert_eq!(trie.longest_at(b"xyz"), None);
        assert_eq!(trie.longest_at(b""), None);
    }

    /// Nodes with many children (found through their bit sets) agree with
    /// aho-corasick too: every letter and digit after `x`, and after `x `.
    #[test]
    fn wide_nodes_find_what_aho_corasick_finds() {
        let mut patterns: Vec<String> = Vec::new();
        for c in ('a'..='z').chain('0'..='9').step_by(2) {
            patterns.push(format!("x{c}"));
            patterns.push(format!("x {c}z"));
        }
        patterns.push("x".into());
        agrees_at_every_position(
            &Trie::new(&patterns),
            &patterns,
            "xa xb xC x0 x1 x z x az x Cz xz x9 x 8z x 9z xy",
        );
    }

    /// A run of spaces, tabs or no-break spaces in the text matches the one
    /// space of a spelling, in folded chains and at branching nodes alike.
    #[test]
    fn runs_of_spaces_read_as_one_space() {
        finds_at_start(
            &[
                "apache",
                "apache spark",
                "apache kafka",
                "google cloud platform",
                "a  b",
            ],
            &[
                ("Apache Spark", Some((1, 12))),
                ("Apache  Spark", Some((1, 13))),
                ("Apache\tKafka", Some((2, 12))),
                ("Apache\u{a0}Spark", Some((1, 13))),
                ("Google \u{a0}\tCloud  Platform", Some((3, 25))),
                ("Apache \nSpark", Some((0, 6))),
                ("Apache Hive", Some((0, 6))),
                ("a b", Some((4, 3))),
            ],
        );
    }

    /// A hyphen joining two words is the space of a spelling, and a
    /// spelling's hyphen between words matches a space; a hyphen with
    /// spaces around it is a dash and matches only itself.
    #[test]
    fn a_hyphen_between_words_reads_as_a_space() {
        finds_at_start(
            &[
                "machine learning",
                "real-time os",
                "architect - professional",
                "python",
                "python 3",
            ],
            &[
                ("machine-learning", Some((0, 16))),
                ("Machine learning", Some((0, 16))),
                ("real time OS", Some((1, 12))),
                ("Real-Time OS", Some((1, 12))),
                ("architect - professional", Some((2, 24))),
                ("python-3", Some((4, 8))),
                ("Python - 3+ years", Some((3, 6))),
                ("Python -3", Some((3, 6))),
                ("Machine - learning", None),
                ("machine--learning", None),
                ("machine-", None),
            ],
        );
    }

    /// A curly apostrophe in the text, as word processors type it, is the
    /// straight one of a spelling, in folded chains and at branching nodes;
    /// a spelling given with a curly one is read the same way.
    #[test]
    fn curly_apostrophes_read_as_straight_ones() {
        finds_at_start(
            &[
                "bachelor's degree",
                "bachelor's",
                "cap'n proto",
                "rock’n’roll",
            ],
            &[
                ("Bachelor's degree", Some((0, 17))),
                ("Bachelor\u{2019}s degree", Some((0, 19))),
                ("bachelor\u{2018}s Degree", Some((0, 19))),
                ("Bachelor\u{2019}s diploma", Some((1, 12))),
                ("Cap\u{2019}n Proto", Some((2, 13))),
                ("rock'n'roll", Some((3, 11))),
                ("Rock\u{2019}n\u{2019}roll", Some((3, 15))),
                // Other marks are not apostrophes.
                ("Bachelor\u{201d}s degree", None),
                ("Bachelor\u{2014}s degree", None),
                ("Bachelor\u{2019}", None),
            ],
        );
    }

    /// A spelling glued to the rest of a word gives way to a shorter one
    /// that ends on the word's edge, or to none; spellings that count
    /// inside words (`sponsor` in `sponsorship`) still match there.
    #[test]
    fn a_spelling_glued_to_a_longer_word_gives_way() {
        let patterns = strings(&[
            "oracle",
            "oracle database",
            "sponsor",
            "java",
            "javascript es6",
        ]);
        let spellings = Spellings::new(&patterns, |pid| pid == 2);
        let matches = |text: &str| {
            let mut found = Vec::new();
            spellings.scan(text, |pid, from, to| found.push((pid, from, to)));
            found
        };
        assert_eq!(matches("Oracle databases"), [(0, 0, 6)]);
        assert_eq!(matches("Oracle database."), [(1, 0, 15)]);
        assert_eq!(matches("Oracle, Java"), [(0, 0, 6), (3, 8, 12)]);
        assert_eq!(matches("sponsorship"), [(2, 0, 7)]);
        // Inside a leading word: `java` is no match in `JavaScript`.
        assert_eq!(matches("JavaScript ES5"), []);
        assert_eq!(matches("JavaScript ES6"), [(4, 0, 14)]);
    }

    proptest::proptest! {
        /// On random patterns and text over a small alphabet (so that
        /// prefixes collide often), the trie and aho-corasick agree.
        #[test]
        fn the_trie_agrees_with_aho_corasick_on_random_input(
            patterns in proptest::collection::vec("[abAB+. ]{1,9}", 1..12),
            text in "[abAB+. x]{0,24}",
        ) {
            // Runs of spaces are read as one space, which aho-corasick does not do.
            proptest::prop_assume!(!text.contains("  ") && patterns.iter().all(|p| !p.contains("  ")));
            let trie = Trie::new(&patterns);
            for i in 0..text.len() {
                let at = &text.as_bytes()[i..];
                proptest::prop_assert_eq!(trie.longest_at(at), reference(&patterns, at));
            }
        }
    }
}
