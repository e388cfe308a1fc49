//! The way to apply or be interviewed: `Please submit your resume through
//! our Workday portal`, `Interviews are held over Zoom or Microsoft
//! Teams`. The tools named there are how the employer hires, not skills the
//! job asks for.
//!
//! The openers below are found in the automaton's one pass, and read only
//! where a skill follows within [`REACH`] bytes (a few times in a hundred
//! descriptions); a check on every mention cost 2.8 % of the analysis
//! (docs/performance.md).

use super::structure::list_of_names_end;
use crate::skills::{in_lines, word_span_after};

/// Words that open a sentence about applying or interviewing, matched by
/// the automaton as extra words.
pub(crate) const CHANNEL_OPENERS: &str = phrase_lines![
    "apply",
    "submit your",
    "send your",
    "applications",
    "interview",
    "interviews",
    "interviewing",
];

/// What is done to an application (`Applications must be submitted
/// via`): `applications` alone is wider than applying (`applications
/// built on AWS`) and names a channel only after one of these.
const SUBMISSION_VERBS: &str = phrase_lines![
    "submitted",
    "sent",
    "accepted",
    "received",
    "lodged",
    "made"
];

/// Other words that may stand between an opener and the channel's
/// preposition (`Apply now via`, `submit your resume and cover letter
/// through`, `Interviews will be conducted remotely over`). Any word in
/// neither list means the sentence is about something else (`apply best
/// practices using`).
const BETWEEN: &str = phrase_lines![
    "now",
    "online",
    "today",
    "directly",
    "only",
    "please",
    "all",
    "and",
    "for",
    "the",
    "this",
    "role",
    "position",
    "job",
    "resume",
    "cv",
    "application",
    "cover",
    "letter",
    "process",
    "are",
    "is",
    "will",
    "be",
    "must",
    "should",
    "can",
    "may",
    "held",
    "conducted",
    "run",
    "done",
    "remotely",
];

/// Prepositions that name the channel after them.
const CHANNEL_PREPOSITIONS: &str = phrase_lines!["via", "through", "over", "using", "on", "at"];

/// Words between the preposition and the channel's name (`through our`).
const BEFORE_THE_NAME: &str = phrase_lines!["our", "the", "a", "an", "their", "either"];

/// The most bytes from an opener to the first skill named as its channel
/// (`Applications must be submitted online through our |Workday`).
pub(crate) const REACH: usize = 96;

/// The most words read from an opener to the channel's name.
const MAX_WORDS: usize = 10;

/// Where the channel's names lie after the opener `opener` ending at
/// `end`, if the words after it lead to some: from the first name
/// (`through our |Workday portal`) to the end of the names there (see
/// [`list_of_names_end`]), or of a second channel's after `or`/`and`
/// (`via LinkedIn or through Workday`).
pub(crate) fn channel_names(text: &str, opener: &str, end: usize) -> Option<(usize, usize)> {
    let first = name_start(text, end, !opener.eq_ignore_ascii_case("applications"))?;
    let mut to = list_of_names_end(text, first);
    // Each step moves past a name, so this ends.
    while let Some(next) = name_start(text, to, true).filter(|&next| next > to) {
        to = list_of_names_end(text, next);
    }
    Some((first, to))
}

/// Where a channel's name starts after the words from `end`, if they lead
/// to one; `verb_seen` says whether an application's verb may be skipped.
fn name_start(text: &str, end: usize, mut verb_seen: bool) -> Option<usize> {
    let mut after_preposition = false;
    let mut at = end;
    for _ in 0..=MAX_WORDS {
        let (from, to) = word_span_after(text, at)?;
        let word = &text[from..to];
        at = to;
        if after_preposition {
            // `through our Workday portal`: the name is the first word
            // that is not an article or a possessive.
            if !in_lines(BEFORE_THE_NAME, word) {
                return Some(from);
            }
        } else if in_lines(CHANNEL_PREPOSITIONS, word) {
            if !verb_seen {
                return None;
            }
            after_preposition = true;
        } else if in_lines(SUBMISSION_VERBS, word) {
            verb_seen = true;
        } else if !in_lines(BETWEEN, word) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_after<'s>(sentence: &'s str, opener: &str) -> Option<&'s str> {
        let end = sentence.to_ascii_lowercase().find(opener)? + opener.len();
        channel_names(sentence, opener, end)
            .map(|(from, to)| sentence[from..to].trim_end_matches([' ', ',']))
    }

    #[test]
    fn the_channel_after_applying_and_interviewing() {
        for (sentence, opener, names) in [
            ("Apply via Workday.", "apply", "Workday"),
            (
                "Please apply now through our Workday portal",
                "apply",
                "Workday",
            ),
            (
                "Submit your resume and cover letter through the Greenhouse form",
                "submit your",
                "Greenhouse",
            ),
            (
                "Applications must be submitted via SmartRecruiters",
                "applications",
                "SmartRecruiters",
            ),
            (
                "Interviews are held over Zoom or Microsoft Teams.",
                "interviews",
                "Zoom or Microsoft Teams",
            ),
            (
                "All interviews will be conducted remotely using Google Meet",
                "interviews",
                "Google Meet",
            ),
            (
                "Our interview process is run over Slack",
                "interview",
                "Slack",
            ),
            (
                "Send your CV via LinkedIn or through Workday, with a cover letter",
                "send your",
                "LinkedIn or through Workday",
            ),
        ] {
            assert_eq!(name_after(sentence, opener), Some(names), "{sentence}");
        }
    }

    #[test]
    fn other_sentences_with_the_same_words_name_no_channel() {
        for (sentence, opener) in [
            ("Apply best practices using Terraform", "apply"),
            ("Build web applications on AWS", "applications"),
            ("Applications are deployed on Kubernetes", "applications"),
            ("Submit your code via GitHub pull requests", "submit your"),
            ("Interview candidates with the hiring manager", "interview"),
            ("Applications are run on Kubernetes", "applications"),
            ("Apply.", "apply"),
            ("Apply", "apply"),
        ] {
            assert_eq!(name_after(sentence, opener), None, "{sentence}");
        }
    }
}
