//! Evidence: the words of the listing an item was read from.

use crate::find;
use crate::resume::text::past_bullets;
use crate::skills::floor_char_boundary;

/// The longest sentence kept whole as evidence, in bytes. A longer one (an
/// unpunctuated paste can be one sentence of megabytes) is cut to the words
/// around the mention: every item of a report keeps its own copy, so
/// whole sentences made a report as large as the text times its skills.
pub(crate) const EVIDENCE_MAX: usize = 400;

/// The evidence for the mention at `at` (byte offsets into `sentence`):
/// the sentence trimmed and past its list mark, or when it is longer than
/// [`EVIDENCE_MAX`] the whole words within about half that on either side
/// of the mention, with `…` where the sentence goes on.
pub(crate) fn evidence_around(sentence: &str, at: (usize, usize)) -> String {
    let rest = past_list_mark(sentence);
    let skipped = sentence.len() - rest.len();
    let sentence = rest.trim_end();
    if sentence.len() <= EVIDENCE_MAX {
        return sentence.to_owned();
    }
    // On character boundaries of what is left, whatever the caller passed.
    let (start, end) = (at.0.saturating_sub(skipped), at.1.saturating_sub(skipped));
    let start = floor_char_boundary(sentence, start.min(sentence.len()));
    let end = floor_char_boundary(sentence, end.min(sentence.len())).max(start);
    let half = EVIDENCE_MAX / 2;
    // Back to a character boundary, then on to the next word's start.
    let mut from = floor_char_boundary(sentence, start.saturating_sub(half));
    if from > 0 {
        if let Some(space) = sentence[from..start].find(char::is_whitespace) {
            from += space;
        }
    }
    let mut to = floor_char_boundary(sentence, (end + half).min(sentence.len()).max(end));
    if to < sentence.len() {
        if let Some(space) = sentence[end..to].rfind(char::is_whitespace) {
            to = end + space;
        }
    }
    let piece = sentence[from..to].trim();
    let cut_before = !sentence[..from].trim().is_empty();
    let cut_after = !sentence[to..].trim().is_empty();
    let mut out = String::with_capacity(piece.len() + 6);
    if cut_before {
        out.push('…');
    }
    out.push_str(piece);
    if cut_after {
        out.push('…');
    }
    out
}

/// `text` past its leading spaces and the list marks it opens with, which
/// belong to the list, not to the sentence (see [`past_bullets`]); `-`,
/// `*` and `+` only before a space, so `*nix` and `+1` stay; then an
/// item's number or letter in brackets (`2) `, `(3) `, `b) `, `1a) `).
/// (A number with a dot, `1. `, ends a sentence of its own before it gets
/// here.)
fn past_list_mark(text: &str) -> &str {
    let past = past_bullets(text);
    // Marks that touch the first word are its own (`*nix`, `+1`, `-5 °C`).
    let head = &text[..text.len() - past.len()];
    let rest = &text[find::trim_end_any(head, b"-*+").len()..];
    // An item's number or letter: `2) `, `(3) `, `a) `.
    let number = find::trim_start_any(rest, b"(0123456789");
    let taken = rest.len() - number.len();
    let (taken, after) = match number.as_bytes() {
        [letter, b')', ..] if taken < 2 && letter.is_ascii_alphabetic() => (1, &number[1..]),
        _ => (taken, number),
    };
    match after.strip_prefix(") ") {
        Some(item) if (1..=4).contains(&taken) => item,
        _ => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_sentences_are_kept_whole() {
        assert_eq!(
            evidence_around("  We use Rust daily. ", (9, 13)),
            "We use Rust daily."
        );
    }

    #[test]
    fn list_marks_are_not_part_of_the_evidence() {
        for (sentence, evidence) in [
            ("- 5+ years of Go", "5+ years of Go"),
            ("  • Docker, Kubernetes ", "Docker, Kubernetes"),
            ("•Docker", "Docker"),
            ("✅ Terraform", "Terraform"),
            ("👉\u{FE0F} AWS", "AWS"),
            ("* - Rust", "Rust"),
            // What only looks like a mark stays.
            ("*nix systems", "*nix systems"),
            ("+1 for Elixir", "+1 for Elixir"),
            ("-5 °C cold rooms", "-5 °C cold rooms"),
            ("2.5 years of Go", "2.5 years of Go"),
            ("- **Go** daily", "**Go** daily"),
            ("1) Some JavaScript", "Some JavaScript"),
            ("(3) Git basics", "Git basics"),
            ("- 12) Go", "Go"),
            ("a) Go", "Go"),
            ("(B) Terraform on AWS", "Terraform on AWS"),
            ("1b) Kafka", "Kafka"),
            ("(ab) Go", "(ab) Go"),
            ("(Go) daily", "(Go) daily"),
            ("3)Rust", "3)Rust"),
            ("(2020) was the year", "(2020) was the year"),
            ("(e.g. Go) daily", "(e.g. Go) daily"),
            ("- ", ""),
            ("", ""),
        ] {
            assert_eq!(evidence_around(sentence, (0, 0)), evidence, "{sentence:?}");
        }
    }

    #[test]
    fn a_long_sentence_is_cut_to_whole_words_around_the_mention() {
        let sentence = format!(
            "{}we need Rust here{}",
            "lorem ipsum ".repeat(100),
            " dolor sit".repeat(100)
        );
        let at = sentence.find("Rust").unwrap_or_default();
        let e = evidence_around(&sentence, (at, at + 4));
        assert!(e.contains("we need Rust here"), "{e}");
        assert!(e.starts_with('…') && e.ends_with('…'), "{e}");
        assert!(e.len() <= EVIDENCE_MAX + 2 * '…'.len_utf8(), "{}", e.len());
        // Whole words only.
        let inner = e.trim_matches('…');
        assert!(
            inner.starts_with("lorem") || inner.starts_with("ipsum"),
            "{e}"
        );
        assert!(inner.ends_with("dolor") || inner.ends_with("sit"), "{e}");
    }

    proptest! {
        /// Any sentence and mention: the evidence is at most the limit, the
        /// mention and two marks long, holds the mention, and is a piece of
        /// the sentence.
        #[test]
        fn evidence_is_bounded_and_holds_the_mention(
            words in proptest::collection::vec("[a-zé日 ]{0,12}", 0..120),
            pick in any::<prop::sample::Index>(),
        ) {
            let sentence = words.join(" ");
            let bounds: Vec<usize> = sentence.char_indices().map(|(i, _)| i).collect();
            prop_assume!(!bounds.is_empty());
            let start = bounds[pick.index(bounds.len())];
            let end = sentence[start..].char_indices().nth(3).map_or(sentence.len(), |(i, _)| start + i);
            let e = evidence_around(&sentence, (start, end));
            prop_assert!(e.len() <= EVIDENCE_MAX + (end - start) + 2 * '…'.len_utf8());
            let mention = sentence[start..end].trim();
            prop_assert!(e.contains(mention), "{:?} not in {:?}", mention, e);
            prop_assert!(sentence.contains(e.trim_matches('…')));
        }

        /// Offsets off character boundaries or past the end are read as
        /// the boundaries before them, never a panic.
        #[test]
        fn any_offsets_are_taken(
            words in proptest::collection::vec("[a-zé日 ]{0,12}", 0..120),
            start in 0usize..2000,
            len in 0usize..50,
        ) {
            let sentence = words.join(" ");
            let e = evidence_around(&sentence, (start, start + len));
            prop_assert!(e.len() <= EVIDENCE_MAX + len + 2 * '…'.len_utf8());
        }
    }
}
