//! A product name that names the employer instead (`At SAP, we believe…`,
//! `Oracle is an equal opportunity employer`): the company speaking of
//! itself, not a skill asked of the applicant.

use super::extract::{in_lines, next_word};
use crate::find;

/// Whether the mention at `start..end` of `text` is the employer speaking
/// of itself: `At SAP, we…` opening a sentence, `Oracle is an equal
/// opportunity employer` (or `is committed to`, `is growing`, `is a global
/// leader`: [`describes_an_employer`]), `Oracle's
/// hiring process` (a possessive before a word of the employer's own), or
/// `Join the SAP journey`. Other mentions of the same name stand: a job at
/// SAP may well ask for SAP.
// Out of line in WebAssembly, where the module's size counts.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(super) fn names_the_employer(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    let before = &text[..start];
    // Asked of every mention: most are followed by a space and a word that
    // starts none of these readings, or by other punctuation, and are
    // turned away by a byte or two.
    match after.as_bytes() {
        [b' ', b'i', b's', b' ', ..] => describes_an_employer(&after[4..]),
        [b' ', b'w' | b'o', ..] | [b',', b' ', b'w' | b'o', ..] => {
            opens_with_at(before)
                && matches!(next_word(after.trim_start_matches(',')).0, "we" | "our")
        }
        [b' ', ..] => joined(before) && in_lines(OWN_NOUNS, next_word(after).0),
        [b'\'', b's', b' ', ..] => in_lines(OWN_NOUNS, next_word(&after[3..]).0),
        [0xE2, 0x80, 0x99, b's', b' ', ..] => in_lines(OWN_NOUNS, next_word(&after[5..]).0),
        _ => false,
    }
}

/// Whether `before`, the text before a name, ends with `At ` opening a
/// line or sentence (`At SAP, we…`; not `experience at SAP, we`).
fn opens_with_at(before: &str) -> bool {
    before.strip_suffix("At ").is_some_and(|rest| {
        find::trim_end_any(rest, b" \t")
            .bytes()
            .next_back()
            .is_none_or(|b| matches!(b, b'\n' | b'.' | b'!' | b'?' | b'-' | b'*'))
    })
}

/// Whether `before`, the text before a name, ends with `join ` or `join the `.
fn joined(before: &str) -> bool {
    let before = before.strip_suffix("the ").unwrap_or(before);
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    // Bytes, not `str` slices: the text before may end in any character.
    let rest = rest.as_bytes();
    rest.len() >= 4
        && rest[rest.len() - 4..].eq_ignore_ascii_case(b"join")
        && !rest[..rest.len() - 4]
            .last()
            .is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether the words after a name's `is` describe an employer: `an equal
/// opportunity employer`, `committed to…`, `proud to…` (not `is an
/// advantage`, `is a must`).
fn describes_an_employer(rest: &str) -> bool {
    let (word, rest) = next_word(rest);
    match word {
        "an" | "a" | "the" => in_lines(EMPLOYER_KINDS, next_word(rest).0),
        _ => in_lines(EMPLOYER_DOINGS, word),
    }
}

/// What a company is after `is a`, `is an`, `is the`: `an equal opportunity
/// employer`, `a global leader`, `the world's…` (not `a must`, `a plus`).
const EMPLOYER_KINDS: &str = phrase_lines!["equal", "global", "leading", "leader", "world"];

/// What a company does or is after `is`: `committed to`, `proud to`,
/// `growing fast`, `hiring`, `looking for`, `seeking`.
const EMPLOYER_DOINGS: &str = phrase_lines![
    "committed",
    "proud",
    "growing",
    "hiring",
    "looking",
    "seeking"
];

/// Nouns of the employer's own, after its name's possessive (`Oracle's
/// hiring process`) or after `join` (`Join the SAP journey`).
const OWN_NOUNS: &str = phrase_lines![
    "employment",
    "hiring",
    "recruitment",
    "recruiting",
    "interview",
    "application",
    "culture",
    "mission",
    "values",
    "employees",
    "people",
    "benefits",
    "careers",
    "policy",
    "policies",
    "commitment",
    "offices",
    "journey",
    "family",
    "story",
    "adventure",
    "community",
    "talent",
    "team",
    "teams",
    "recruiters",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn employer(text: &str, name: &str) -> bool {
        let start = text.find(name).expect("the name");
        names_the_employer(text, start, start + name.len())
    }

    #[test]
    fn the_employer_speaking_of_itself() {
        for (text, name) in [
            ("At SAP, we believe in inclusion.", "SAP"),
            (
                "Requirements met.\nAt Oracle we hire for potential.",
                "Oracle",
            ),
            ("Oracle is an equal opportunity employer.", "Oracle"),
            ("Salesforce is committed to diversity.", "Salesforce"),
            ("SAP is proud to be an equal opportunity workplace.", "SAP"),
            ("Oracle's employment process includes a check.", "Oracle"),
            (
                "Applicants complete Oracle\u{2019}s hiring assessment.",
                "Oracle",
            ),
            ("Join the SAP journey and shape finance.", "SAP"),
            ("join SAP mission-driven teams", "SAP"),
            ("Snowflake is growing fast, and we're hiring.", "Snowflake"),
            ("Atlassian is looking for a senior engineer.", "Atlassian"),
            ("SAP is a global leader in enterprise software.", "SAP"),
            ("Salesforce is the world's #1 CRM.", "Salesforce"),
            ("Workday's Talent Acquisition team", "Workday"),
            ("’ join SAP mission", "SAP"),
        ] {
            assert!(employer(text, name), "{text}");
        }
    }

    #[test]
    fn a_product_asked_for_stays_a_skill() {
        for (text, name) in [
            ("Experience with SAP is essential.", "SAP"),
            ("Oracle is a must.", "Oracle"),
            ("Experience with Oracle is an advantage.", "Oracle"),
            ("Python is a plus.", "Python"),
            ("Kubernetes is the platform we run on.", "Kubernetes"),
            ("Oracle's PL/SQL dialect", "Oracle"),
            ("Experience at SAP, Oracle or similar.", "SAP"),
            ("Worked at Oracle, we", "Oracle"),
            ("SAP, Oracle and Salesforce", "SAP"),
            ("We use SAP journey maps", "SAP"),
            ("Rejoin SAP journey", "SAP"),
            // Whatever comes before: a curly quote ends three bytes back.
            ("it’s SAP journey", "SAP"),
            ("’s SAP", "SAP"),
            ("’ab SAP journey", "SAP"),
        ] {
            assert!(!employer(text, name), "{text}");
        }
    }
}
