//! Hard-wrapped paragraphs: text from e-mails, PDFs and plain-text exports
//! breaks its lines at a fixed width, in the middle of sentences. The
//! analyzer reads a line break as the end of a sentence and of a label's
//! reach, so a wrapped `Nice to have: exposure to Kubernetes; experience
//! with\nKafka` would leave Kafka outside the label. A break that only
//! wraps a paragraph becomes a space (the same byte length, so every span
//! found in the unwrapped text lines up with the text as given).

use std::borrow::Cow;
use std::ops::Range;

use super::structure::is_heading;
use crate::skills::in_lines;

/// A wrapped line is at least this long (trimmed): text wrapped at 60 to
/// 100 columns breaks within a word or two of that. Shorter lines are list
/// items, headings or a short paragraph of their own.
const WRAPPED_LINE_MIN: usize = 45;

/// Words that never end a sentence or a list item, so a line ending with
/// one goes on in the next (`the strategy and execution of our\nB2B SaaS
/// analytics suite`).
const RUN_ON_WORDS: &str = phrase_lines![
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "including",
    "into",
    "is",
    "its",
    "like",
    "of",
    "on",
    "or",
    "our",
    "such",
    "the",
    "their",
    "to",
    "via",
    "will",
    "with",
    "your",
];

/// `text` with the line breaks that only wrap a paragraph turned into
/// spaces, and where the breaks it keeps are (each `\n`'s offset), which
/// [`super::structure::lines`] reads the lines from: the one search for
/// them serves both.
pub(crate) fn unwrap_paragraphs(text: Cow<'_, str>) -> (Cow<'_, str>, Vec<usize>) {
    let mut breaks = line_breaks(&text);
    let bytes = text.as_bytes();
    // Copied on the first break that wraps: most listings have none.
    let mut unwrapped: Option<Vec<u8>> = None;
    let (mut kept, mut start) = (0, 0);
    for k in 0..breaks.len() {
        // The line before the break, and the line after it.
        let end = breaks[k];
        let next_end = breaks.get(k + 1).copied().unwrap_or(bytes.len());
        if wraps(&text, start..end, end + 1..next_end) {
            let copy = unwrapped.get_or_insert_with(|| bytes.to_vec());
            copy[end] = b' ';
            // A Windows break (`\r\n`) goes with it.
            if end > 0 && copy[end - 1] == b'\r' {
                copy[end - 1] = b' ';
            }
        } else {
            breaks[kept] = end;
            kept += 1;
        }
        start = end + 1;
    }
    breaks.truncate(kept);
    // ASCII replaced by ASCII: still UTF-8, checked once more rather than assumed.
    let text = match unwrapped.map(String::from_utf8) {
        Some(Ok(unwrapped)) => Cow::Owned(unwrapped),
        _ => text,
    };
    (text, breaks)
}

/// The offset of every `\n` in `text`.
pub(crate) fn line_breaks(text: &str) -> Vec<usize> {
    // Lines are ~85 bytes on average (half the texts' shorter).
    let mut breaks = Vec::with_capacity(crate::skills::room_for(text, 40));
    // Natively `memchr`'s iterator; in WebAssembly its vector loops,
    // inlined here, would cost the module 1.5 KB: there the one copy of
    // them that `find` keeps out of line.
    #[cfg(not(target_arch = "wasm32"))]
    breaks.extend(memchr::memchr_iter(b'\n', text.as_bytes()));
    #[cfg(target_arch = "wasm32")]
    breaks.extend(crate::find::occurrences(text, "\n"));
    breaks
}

/// Whether the line break between the lines `before` and `after` wraps a
/// paragraph: the line before is long and stops mid-sentence, and the line
/// after goes on with it (it starts in lower case, or the line before ends
/// with a comma or a word that cannot end a sentence) and is no heading or
/// list item.
fn wraps(text: &str, before: Range<usize>, after: Range<usize>) -> bool {
    // On bytes, with no string patterns: the marks read are ASCII, and
    // each pattern type would add its searcher to the WebAssembly module.
    let bytes = text.as_bytes();
    let before = trimmed(bytes, before);
    let Some(&last) = bytes[before.clone()].last() else {
        return false;
    };
    if before.len() < WRAPPED_LINE_MIN || matches!(last, b'.' | b'!' | b'?' | b':') {
        return false;
    }
    let after = trimmed(bytes, after);
    let Some(&opening) = bytes[after.clone()].first() else {
        return false;
    };
    // A number or a bullet opens an item of its own; so, read safely, does
    // any other mark beyond ASCII (`•`, `▪`).
    if opening.is_ascii_digit() || !opening.is_ascii() || matches!(opening, b'-' | b'*' | b'+') {
        return false;
    }
    let word_start = bytes[before.clone()]
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(before.start, |i| before.start + i + 1);
    let last_word = &text[word_start..before.end];
    let runs_on = opening.is_ascii_lowercase()
        || matches!(last, b',' | b';' | b'&')
        || in_lines(RUN_ON_WORDS, last_word);
    runs_on && !is_heading(&text[after]) && !is_heading(&text[before])
}

/// `range` without the ASCII white space at either end.
fn trimmed(bytes: &[u8], range: Range<usize>) -> Range<usize> {
    let (mut from, mut to) = (range.start, range.end);
    while from < to && bytes[from].is_ascii_whitespace() {
        from += 1;
    }
    while to > from && bytes[to - 1].is_ascii_whitespace() {
        to -= 1;
    }
    from..to
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_paragraph_becomes_one_line_of_the_same_length() {
        let text = "Nice to have: exposure to Kubernetes, Terraform or other tools;\n\
                    experience with Kafka and event-driven systems; familiarity with\n\
                    Rust or Go for performance-sensitive services.";
        let unwrapped = unwrap_paragraphs(Cow::Borrowed(text)).0;
        assert_eq!(unwrapped.len(), text.len());
        assert!(!unwrapped.contains('\n'), "{unwrapped}");
        assert!(unwrapped.contains("tools; experience") && unwrapped.contains("with Rust"));
    }

    #[test]
    fn a_line_ending_with_a_word_that_runs_on_joins_the_next() {
        let text = "We want a Senior Product Manager to drive the strategy of our\n\
                    B2B SaaS analytics suite.";
        assert!(!unwrap_paragraphs(Cow::Borrowed(text)).0.contains('\n'));
    }

    #[test]
    fn lists_headings_short_lines_and_finished_sentences_keep_their_breaks() {
        for text in [
            // One skill a line.
            "Experience building distributed services with Python\nDjango\nPostgreSQL",
            // A bullet or a number opens an item of its own.
            "Strong experience building backend services and APIs in\n- Kotlin",
            "Strong experience building backend services and APIs with\n2. Kotlin",
            // A finished sentence, then the next paragraph.
            "We build the services that move money for thousands of merchants.\nwe also",
            // A short line is an item or a heading, not a wrapped line.
            "Python and Go\nexperience with Kafka",
            // A heading after a long line.
            "We build the services that move money for thousands of merchants and\nnice to have",
            // Capitalised after a line that could end there.
            "Experience with cloud platforms such as Amazon Web Services\nStrong Python skills",
        ] {
            assert!(
                unwrap_paragraphs(Cow::Borrowed(text)).0.contains('\n'),
                "{text:?} was unwrapped"
            );
        }
    }

    #[test]
    fn windows_breaks_unwrap_too() {
        let text = "Requirements: five years building backend services in Python and\r\n\
                    strong knowledge of PostgreSQL.";
        let unwrapped = unwrap_paragraphs(Cow::Borrowed(text)).0;
        assert_eq!(unwrapped.len(), text.len());
        assert!(!unwrapped.contains(['\r', '\n']));
    }
}
