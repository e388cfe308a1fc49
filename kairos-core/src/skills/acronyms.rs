//! Acronyms a text spells out for itself.
//!
//! A listing that writes `Strategic Partnership Agreement (SPA)` means that
//! agreement by every `SPA` in it, not single-page applications; one that
//! writes `Continuous Integration (CI)` or `Site Reliability Engineer (SRE)`
//! confirms the skill. Only the text's own definitions count: an acronym it
//! never spells out keeps the taxonomy's meaning.

use super::extract::SkillHit;
use super::taxonomy::{SkillDef, Taxonomy};

/// The longest acronym read as one (`DCFR`, `FSMS` fit; longer runs of
/// capitals are words written in capitals, not acronyms).
const MAX_LETTERS: usize = 6;

/// Words an expansion may have between its initials (`Statement of Work`).
const JOINING_WORDS: [&[u8]; 7] = [b"of", b"and", b"the", b"for", b"in", b"on", b"&"];

/// Whether `word` is one of [`JOINING_WORDS`], in any case.
fn is_joining(word: &[u8]) -> bool {
    JOINING_WORDS.iter().any(|j| word.eq_ignore_ascii_case(j))
}

/// An acronym the text defines, and the words it stands for there.
#[derive(Debug, PartialEq, Eq)]
struct Definition<'t> {
    acronym: &'t str,
    expansion: &'t str,
}

/// Drops the hits of acronyms the text defines as something other than
/// their skill: with `Strategic Partnership Agreement (SPA)` in the text,
/// no `SPA` in it is single-page applications.
pub(crate) fn drop_redefined_acronyms(text: &str, taxonomy: &Taxonomy, hits: &mut Vec<SkillHit>) {
    let definitions = definitions(text);
    if definitions.is_empty() {
        return;
    }
    hits.retain(|h| {
        let mention = &text[h.start..h.end];
        !definitions
            .iter()
            .any(|d| d.acronym == mention && !stands_for(taxonomy.get(h.skill), d.expansion))
    });
}

/// Every `Words Spelled Out (WSO)` in `text`: capitals in parentheses
/// whose letters are the initials of the words right before them.
fn definitions(text: &str) -> Vec<Definition<'_>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for close in memchr::memchr_iter(b')', bytes) {
        // `(SPA)` or, tokenised, `( SPA )`: the opening bracket is near.
        let window = close.saturating_sub(MAX_LETTERS + 4);
        let Some(open) = bytes[window..close].iter().rposition(|&b| b == b'(') else {
            continue;
        };
        let open = window + open;
        // Both brackets are ASCII, so the slice is on char boundaries.
        let inside = text[open + 1..close].trim_matches(' ');
        let acronym = inside.strip_suffix('s').unwrap_or(inside);
        if !(2..=MAX_LETTERS).contains(&acronym.len())
            || !acronym.bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        if let Some(expansion) = spelled_out_before(&text[..open], acronym) {
            found.push(Definition { acronym, expansion });
        }
    }
    found
}

/// The words at the end of `before` whose initials spell `acronym`, as
/// one slice (`Strategic Partnership Agreement`), joining words allowed
/// between them and counted when the acronym has their letter
/// (`Statement of Work` for both `SW` and `SOW`).
fn spelled_out_before<'t>(before: &'t str, acronym: &str) -> Option<&'t str> {
    let before = before.trim_end();
    // The last words with where each starts, last first: an acronym of
    // n letters has at most n joining words besides.
    let mut words: Vec<(&[u8], usize)> = Vec::with_capacity(2 * MAX_LETTERS);
    let mut end = before.len();
    let separator = |b: &u8| matches!(b, b' ' | b'\t' | b'-' | b'/');
    for word in before.as_bytes().rsplit(separator).take(2 * MAX_LETTERS) {
        let start = end - word.len();
        end = start.saturating_sub(1);
        if !word.is_empty() {
            words.push((word, start));
        }
    }
    let first = initials_match(&words, acronym.as_bytes())?;
    // Each word starts after an ASCII separator: a char boundary.
    before.get(words[first].1..)
}

/// The index in `words` (last word first) of the word that starts the
/// expansion of `letters`, matching from the last letter back.
fn initials_match(words: &[(&[u8], usize)], letters: &[u8]) -> Option<usize> {
    let (&want, rest) = letters.split_last()?;
    let (&(word, _), _) = words.split_first()?;
    if word[0].eq_ignore_ascii_case(&want) {
        if rest.is_empty() {
            return Some(0);
        }
        if let Some(i) = initials_match(&words[1..], rest) {
            return Some(i + 1);
        }
    }
    // A joining word may also just sit between the initials.
    if is_joining(word) {
        initials_match(&words[1..], letters).map(|i| i + 1)
    } else {
        None
    }
}

/// Whether `expansion` spells out the skill: its words are the words of
/// the skill's name or of one of its aliases, each word alike in its first
/// four letters (`Engineer` for `engineering`, `Optimisation` for
/// `optimization`).
fn stands_for(def: &SkillDef, expansion: &str) -> bool {
    std::iter::once(&def.name)
        .chain(&def.aliases)
        .any(|spelling| same_words(spelling.as_bytes(), expansion.as_bytes()))
}

/// The words of `s` but for joining words, each cut to its first four
/// bytes.
fn significant_words(s: &[u8]) -> impl Iterator<Item = &[u8]> {
    s.split(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !is_joining(w))
        .map(|w| &w[..w.len().min(4)])
}

/// Whether `a` and `b` have the same words but for joining words, each
/// alike (ignoring ASCII case) in its first four bytes. Bytes beyond
/// ASCII are letters here (`Ärzte` is one word).
fn same_words(a: &[u8], b: &[u8]) -> bool {
    let (mut a, mut b) = (significant_words(a), significant_words(b));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_are_capitals_spelled_out_right_before() {
        let text = "the Strategic Partnership Agreement (SPA) and a Statement of Work ( SOW ), \
                    SPA (see below), Google (GOOG), Site-Reliability Engineers (SREs)";
        let found = definitions(text);
        assert_eq!(
            found,
            [
                Definition {
                    acronym: "SPA",
                    expansion: "Strategic Partnership Agreement"
                },
                Definition {
                    acronym: "SOW",
                    expansion: "Statement of Work"
                },
                Definition {
                    acronym: "SRE",
                    expansion: "Site-Reliability Engineers"
                },
            ]
        );
    }

    #[test]
    fn nothing_is_defined_by_brackets_that_are_not_acronyms() {
        for text in [
            "(",
            ")",
            "()",
            "(S)",
            "a (ABCDEFG) b",
            "x (SPA)",
            "(SPA)",
            "é (É)",
        ] {
            assert!(definitions(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_expansion_stands_for_the_skill_by_the_first_letters_of_its_words() {
        let taxonomy = Taxonomy::bundled();
        let def = |name| taxonomy.get(taxonomy.lookup(name).expect(name));
        assert!(stands_for(def("SRE"), "Site Reliability Engineer"));
        assert!(stands_for(def("SEO"), "Search Engine Optimisation"));
        assert!(!stands_for(def("SPA"), "Strategic Partnership Agreement"));
    }
}
