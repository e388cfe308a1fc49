//! Words that take back what stands next to them: `You don't need 5 years
//! of experience`, `We are not able to provide visa sponsorship`,
//! `Citizenship is not a requirement`. The readers of years and of work
//! rights ask these questions of the few words around a mention, byte by
//! byte (one copy of the code in the WebAssembly module for all of them).

/// Whether a denying word stands among the `reach` words before `start` of
/// `text`, in its clause: back to a mark, or to a word that turns, joins
/// or demands (`but`, `and`, `must`); not a denial that bounds a figure
/// (`no less than 3 years`).
pub(crate) fn denied_before(text: &str, start: usize, reach: usize) -> bool {
    let bytes = text.as_bytes();
    // A few words back at most: a pasted listing can be one sentence of
    // thousands of mentions.
    let from = start.saturating_sub(WINDOW);
    let clause = bytes[from..start]
        .iter()
        .rposition(|b| CLAUSE_MARKS.contains(b))
        .map_or(from, |i| from + i + 1);
    let mut after_denial: &[u8] = b"";
    for word in words(&bytes[clause..start]).rev().take(reach) {
        if is_one_of(word, &["but", "however", "must", "only", "and"]) {
            return false;
        }
        if denies(word) {
            return !is_one_of(after_denial, &["less", "fewer", "under", "more", "over"]);
        }
        after_denial = word;
    }
    false
}

/// Whether the word or two right before a mention starting at `start`
/// deny it: `no Java please`, `Go or Rust, not Java`, `not a PHP role`,
/// `We don't use Angular anymore`. Not `not just Python`, nor a denial
/// in the clause before (`No. Java is`).
pub(crate) fn mention_denied(text: &str, start: usize) -> bool {
    // Asked of every mention: the words right before it are read byte by
    // byte, no further back than they go.
    let bytes = text.as_bytes();
    let end = start - spaces_before(bytes, start);
    if !may_deny(bytes, end) {
        return false;
    }
    let Some((at, word)) = word_ending(bytes, end) else {
        return false;
    };
    if denies(word) {
        return true;
    }
    is_one_of(word, LEAD_INS) && word_ending(bytes, at).is_some_and(|(_, word)| denies(word))
}

/// Whether the word ending at `end` ends as a denying word or a lead-in
/// does, by its last two bytes: most words before a mention (`with`, `of`,
/// `in`, `and`) are turned away without reading them whole.
fn may_deny(bytes: &[u8], end: usize) -> bool {
    let (Some(&last), before) = (bytes[..end].last(), end.checked_sub(2).map(|i| bytes[i])) else {
        return false;
    };
    let before = before.map_or(b' ', |b| b | 0x20);
    matches!(
        (before, last | 0x20),
        // no, not / cannot, never, without, unable, non, n't / n’t
        (b'n', b'o') | (b'o', b't') | (b'e', b'r') | (b'u', b't') | (b'l', b'e') | (b'o', b'n')
            | (b'\'' | 0xb9, b't')
            // a, an, any, use, uses, do (see LEAD_INS)
            | (b' ', b'a') | (b'a', b'n') | (b'n', b'y') | (b's', b'e') | (b'e', b's') | (b'd', b'o')
    )
}

/// The word that ends at `end` of `bytes` past the spaces before it, and
/// where it starts; `None` past a mark (`No. Java`, `Not required: Go`).
fn word_ending(bytes: &[u8], end: usize) -> Option<(usize, &[u8])> {
    let end = end - spaces_before(bytes, end);
    let floor = end.saturating_sub(MENTION_WINDOW);
    let mut start = end;
    while start > floor && is_word_byte(bytes[start - 1]) {
        start -= 1;
    }
    (start < end).then(|| (start, &bytes[start..end]))
}

/// How many spaces stand right before `end` of `bytes`.
fn spaces_before(bytes: &[u8], end: usize) -> usize {
    bytes[..end]
        .iter()
        .rev()
        .take_while(|&&b| b == b' ')
        .count()
}

/// The longest word [`mention_denied`] reads.
const MENTION_WINDOW: usize = 24;

/// Words between a denial and the mention it denies (`not a PHP role`,
/// `don't use Angular`, `not any Perl`); each must end as [`may_deny`]
/// lets through.
const LEAD_INS: &[&str] = &["a", "an", "any", "use", "uses", "do"];

/// The words that follow `end` of `text` in its clause, in order (up to a
/// mark: `Sponsorship available, no relocation` denies nothing after
/// `available`).
pub(crate) fn words_after(text: &str, end: usize) -> impl Iterator<Item = &[u8]> {
    let bytes = &text.as_bytes()[end..];
    let bytes = &bytes[..bytes.len().min(WINDOW)];
    let clause = bytes
        .iter()
        .position(|b| CLAUSE_MARKS.contains(b))
        .unwrap_or(bytes.len());
    words(&bytes[..clause])
}

/// The marks that end a clause.
const CLAUSE_MARKS: &[u8] = b",;:(.!?\n";

/// Whether a word denies what follows it: `not`, `no`, `never`, `can't`,
/// `non` (of `non-citizens`).
pub(crate) fn denies(word: &[u8]) -> bool {
    is_one_of(
        word,
        &["not", "no", "never", "without", "unable", "cannot", "non"],
    ) || ends_with_folded(word, b"n't")
        || ends_with_folded(word, "n\u{2019}t".as_bytes())
}

/// Whether `word` is one of `list` (ASCII lower case), ignoring ASCII case.
pub(crate) fn is_one_of(word: &[u8], list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
}

/// How many bytes around a mention its denial is looked for.
const WINDOW: usize = 96;

/// The words of `bytes`: runs of ASCII letters and digits, apostrophes
/// and bytes beyond ASCII (`don’t`, `ü`).
pub(crate) fn words(bytes: &[u8]) -> impl DoubleEndedIterator<Item = &[u8]> + Clone {
    bytes.split(|&b| !is_word_byte(b)).filter(|w| !w.is_empty())
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\'' || b >= 0x80
}

fn ends_with_folded(word: &[u8], end: &[u8]) -> bool {
    word.len() >= end.len() && word[word.len() - end.len()..].eq_ignore_ascii_case(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_denial_speaks_of_its_own_clause() {
        let at = |text: &str, word: &str| text.find(word).unwrap();
        for (text, word) in [
            ("You don't need 5 years", "5"),
            ("We are not currently able to sponsor", "able"),
            ("Non-citizens are welcome", "citizens"),
            ("you don’t need 5 years", "5"),
        ] {
            assert!(denied_before(text, at(text, word), 6), "{text}");
        }
        assert_eq!(words_after("is not, no", 0).count(), 2);
        for (text, word) in [
            ("No less than 3 years", "3"),
            ("No relocation, we sponsor", "sponsor"),
            ("Not a visa holder but must be a citizen", "citizen"),
            ("You must have 5 years", "5"),
        ] {
            assert!(!denied_before(text, at(text, word), 6), "{text}");
        }
    }

    #[test]
    fn a_mention_denied_by_the_words_right_before_it() {
        let denied = |text: &str, name: &str| mention_denied(text, text.find(name).unwrap());
        for (text, name) in [
            ("Python (no Java please)", "Java"),
            ("Go or Rust, not Java", "Java"),
            ("Not a PHP role", "PHP"),
            ("We don't use Angular anymore", "Angular"),
            ("Python without Django", "Django"),
        ] {
            assert!(denied(text, name), "{text}");
        }
        for (text, name) in [
            ("Not just Python but Go", "Python"),
            ("No. Java is what we use", "Java"),
            ("Not required: Django", "Django"),
            ("No experience with Java needed", "Java"),
            ("Strong Java", "Java"),
        ] {
            assert!(!denied(text, name), "{text}");
        }
    }

    proptest::proptest! {
        /// Any text, any position: no panic (mentions may follow bytes
        /// beyond ASCII).
        #[test]
        fn reads_any_text(text in "\\PC{0,40}", cut in 0usize..160) {
            let start = text.len().min(cut);
            let _ = denied_before(&text, start, 6);
            let _ = words_after(&text, start).count();
            let _ = mention_denied(&text, start);
        }
    }
}
