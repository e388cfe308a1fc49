//! Whether a role a skill names (`Java developer`) is the one the listing
//! fills, so the skill is asked of the reader, or a colleague's.

use crate::skills::{in_list, next_word};

/// A person in one role, or the role itself: the hire is one person, so a
/// plural person (`our Java developers`, `mentor Python engineers`) is
/// never the hire, and a team (`the Java team`) is never a person; roles
/// may be plural (the hire's past ones).
const HIRE_NOUNS: &[&str] = &[
    "developer",
    "engineer",
    "programmer",
    "architect",
    "specialist",
    "consultant",
    "administrator",
    "analyst",
    "tester",
    "role",
    "position",
    // The kind of role the hire has held (`4+ years in DevOps / SRE roles`).
    "roles",
    "positions",
];

/// Words before a role (or its article) that make it someone the hire
/// works with, for or beside: `work with a Java developer`, `report to the
/// Lead Python Engineer`, `our Go developer`.
const COLLEAGUE_WORDS: &[&str] = &[
    "with",
    "alongside",
    "to",
    "by",
    "from",
    "support",
    "supporting",
    "help",
    "helping",
    "mentor",
    "mentoring",
    "coach",
    "coaching",
    "under",
    "beside",
    "like",
    "than",
    "our",
    "their",
    "his",
    "her",
    "other",
    "another",
    "every",
    "each",
    "fellow",
];

/// How many words may stand between the start of a list item or an
/// article and the skill (`- Senior level (5+ yrs) Java developer`).
const MAX_WORDS_BEFORE: usize = 6;

/// Whether a skill naming a role (`Java` before `developer`) names the
/// role the listing fills, given the sentence before the skill and the
/// text after it: a singular role after an article the clause addresses to
/// the reader (`You are an experienced Java developer`, `5+ years as a
/// Python engineer`, `We're hiring a Go developer`), after `as`, or heading
/// a list item with only its adjectives before it (`- Experienced Java
/// developer`). A colleague's role (`work with a Java developer`, `our QA
/// engineers`, `report to the Java lead`) is not, nor a title-like line
/// with no bullet (a heading, or another job's title).
pub(crate) fn names_the_hire(before: &str, after: &str) -> bool {
    if !in_list(HIRE_NOUNS, next_word(after).0) {
        return false;
    }
    // Words between spaces, nearest first, trimmed of punctuation
    // (`(5+`, `yrs)`); a bullet trims to nothing.
    let mut words = before
        .rsplit([' ', '\t'])
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .peekable();
    let mut seen = 0;
    while let Some(word) = words.next() {
        if word.is_empty() {
            // A bullet first on the line heads a list item; a dash inside
            // one (`Senior level - Java developer`) is punctuation.
            if words.peek().is_none() {
                return true;
            }
            continue;
        }
        seen += 1;
        if seen > MAX_WORDS_BEFORE || in_list(COLLEAGUE_WORDS, word) {
            return false;
        }
        if in_list(&["a", "an", "the"], word) {
            // `a designer and a Java developer`: one of several people met.
            return !words
                .next()
                .is_some_and(|w| in_list(COLLEAGUE_WORDS, w) || in_list(&["and", "or"], w));
        }
        if word.eq_ignore_ascii_case("as") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `sentence` around `skill` and asks.
    fn hire(sentence: &str, skill: &str) -> bool {
        let at = sentence.find(skill).expect("the skill is in the sentence");
        names_the_hire(&sentence[..at], &sentence[at + skill.len()..])
    }

    #[test]
    fn the_reader_in_the_role_is_the_hire() {
        for sentence in [
            "- Experienced Java developer",
            "• Senior level (5+ yrs) Java developer",
            "You are an experienced Java developer who loves testing",
            "5+ years as a Java developer",
            "Proven experience as Java developer",
            "We're hiring a senior Java engineer to join the payments squad",
            "The Java developer will own our billing services",
            "- Strong Java developer, comfortable with Spring",
            "- 4+ years in DevOps / Java roles",
            "You are a Kotlin or Java developer",
        ] {
            assert!(hire(sentence, "Java"), "{sentence}");
        }
    }

    #[test]
    fn a_colleague_or_a_team_is_not() {
        for sentence in [
            "- Work closely with our Java developers",
            "- Mentor junior Java developers",
            "You will pair with a senior Java engineer",
            "You will report to the Java lead",
            "Report to the Java architect",
            "Join the Java team",
            "Our Java developer wrote the first version",
            "Senior Java Developer",
            "Experienced Java developer",
            "Help every Java developer ship faster",
            "Our Java roles are open to remote applicants",
            "You will work with a designer and a Java developer",
        ] {
            assert!(!hire(sentence, "Java"), "{sentence}");
        }
    }
}
