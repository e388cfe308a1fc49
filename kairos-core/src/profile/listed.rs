//! A skills section's item as people write it: the skill's name, and the
//! years they say they have used it (`Python (6 years)`, `Rust — 1 yr`).

use crate::resume::text::LEVELS;
use crate::skills::in_lines;

/// Years past this are no years of use (`Java (1995)` is a year).
const MOST_YEARS: u32 = 50;

/// The item's name without a note of years or of a level (`Go (Expert)`),
/// and the years the note states. Any other note stays with the name
/// (`AWS (EC2, S3)`): the extractor reads it with the name.
///
/// Read byte by byte: with the standard library's searches and number
/// parsing this small reading cost the WebAssembly module 2.5 KB.
pub(super) fn listed_skill(item: &str) -> (&str, Option<f64>) {
    let bytes = item.as_bytes();
    // The note: in brackets at the end, or after the last dash or colon
    // (`—` and `–` end in 0x94 and 0x93 after 0xE2 0x80).
    let (name_end, note) = if bytes.last() == Some(&b')') {
        match bytes.iter().rposition(|&b| b == b'(') {
            Some(open) => (open, &bytes[open + 1..bytes.len() - 1]),
            None => return (item, None),
        }
    } else {
        match bytes
            .iter()
            .rposition(|&b| matches!(b, b'-' | b':' | 0x93 | 0x94))
        {
            Some(at) if bytes[at] >= 0x80 && at >= 2 && bytes[at - 2..at] == [0xE2, 0x80] => {
                (at - 2, &bytes[at + 1..])
            }
            Some(at) if bytes[at] < 0x80 => (at, &bytes[at + 1..]),
            _ => return (item, None),
        }
    };
    let name = item[..name_end].trim_end_matches(' ');
    if name.is_empty() {
        return (item, None);
    }
    // `React (Expert)`: a level says nothing of years, and hid the name
    // from the extractor's list as a note of years did.
    let level = std::str::from_utf8(note).is_ok_and(|n| in_lines(LEVELS, n.trim()));
    match years_in(note) {
        Some(years) => (name, Some(years)),
        None if level => (name, None),
        None => (item, None),
    }
}

/// `6 years`, `2 yrs`, `1 year`, `5+ years`, `3.5 yrs experience`: the
/// number of years a note states.
fn years_in(note: &[u8]) -> Option<f64> {
    let mut at = note.iter().take_while(|&&b| b == b' ').count();
    let mut tenths = 0u32;
    let mut digits = 0;
    while let Some(&b) = note.get(at).filter(|b| b.is_ascii_digit()) {
        tenths = tenths
            .saturating_mul(10)
            .saturating_add(u32::from(b - b'0') * 10);
        digits += 1;
        at += 1;
    }
    if note.get(at) == Some(&b'.') {
        let tenth = note.get(at + 1).filter(|b| b.is_ascii_digit())?;
        tenths += u32::from(tenth - b'0');
        at += 2;
    }
    while matches!(note.get(at), Some(b'+' | b' ')) {
        at += 1;
    }
    let unit = &note[at..];
    let is_years = [&b"years"[..], b"year", b"yrs", b"yr"].iter().any(|word| {
        unit.get(..word.len())
            .is_some_and(|u| u.eq_ignore_ascii_case(word))
            && !unit
                .get(word.len())
                .is_some_and(|b| b.is_ascii_alphabetic())
    });
    (is_years && digits > 0 && tenths > 0 && tenths <= MOST_YEARS * 10)
        .then(|| f64::from(tenths) / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_of_years_leave_the_name() {
        assert_eq!(listed_skill("Python (6 years)"), ("Python", Some(6.0)));
        assert_eq!(listed_skill("Go (2 yrs)"), ("Go", Some(2.0)));
        assert_eq!(listed_skill("Rust — 1 year"), ("Rust", Some(1.0)));
        assert_eq!(
            listed_skill("Kubernetes: 3+ Years"),
            ("Kubernetes", Some(3.0))
        );
        assert_eq!(listed_skill("SQL - 3.5 yrs experience"), ("SQL", Some(3.5)));
        assert_eq!(listed_skill("Go (Expert)"), ("Go", None));
    }

    #[test]
    fn other_notes_stay_with_the_name() {
        for item in [
            "AWS (EC2, S3)",
            "Java (1995)",
            "C++ (0 years)",
            "Node.js",
            "(5 years)",
            "Go (2 yearsago)",
        ] {
            assert_eq!(listed_skill(item), (item, None), "{item}");
        }
    }
}
