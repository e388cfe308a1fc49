//! The reader: phrase lists, one automaton over them, and the rules for
//! which of their words count.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

use super::{WorkMode, WorkModeInfo};
use crate::analysis::evidence::evidence_around;
use crate::analysis::location::{label_colon, HEAD_BYTES};
use crate::analysis::rights::is_whole_word;
use crate::analysis::structure::{sentence_bounds, Line, Role};
use crate::analysis::{cleaned, Analyzer};
use crate::find;
use crate::skills::in_lines;

/// Words a job board's head gives the mode with (`Berlin (Hybrid)`,
/// `Remote - US`); elsewhere in a listing they may be about something
/// else (`remote monitoring`, `hybrid apps`), so they count only on a
/// short line of the head or one with a label.
const REMOTE_WORDS: &str = phrase_lines!["remote", "remotely", "wfh", "work from home"];
/// See [`REMOTE_WORDS`].
const HYBRID_WORDS: &str = phrase_lines!["hybrid"];
/// See [`REMOTE_WORDS`].
const ONSITE_WORDS: &str = phrase_lines![
    "onsite",
    "on-site",
    "on site",
    "in-office",
    "in office",
    "in-person",
    "in person",
    "office-based",
    "office based",
];

/// Phrases that give the mode wherever they are.
const REMOTE_PHRASES: &str = phrase_lines![
    "fully remote",
    "100% remote",
    "remote-first",
    "remote first",
    "remote role",
    "remote position",
    "remote job",
    "remote opportunity",
    "remote-friendly",
    "work remotely from",
    "work from anywhere",
    "working from anywhere",
];
/// See [`REMOTE_PHRASES`].
const HYBRID_PHRASES: &str = phrase_lines![
    "hybrid role",
    "hybrid position",
    "hybrid working",
    "hybrid work",
    "hybrid model",
    "hybrid arrangement",
    "hybrid schedule",
    "not fully remote",
    "not a fully remote",
    "days in the office",
    "days in office",
    "days in-office",
    "days on-site",
    "days onsite",
    "days on site",
    "days from home",
    "days working from home",
    "days remote",
    "days remotely",
    "week in the office",
    "week in office",
    "week on-site",
    "week from home",
];
/// See [`REMOTE_PHRASES`].
const ONSITE_PHRASES: &str = phrase_lines![
    "not remote",
    "not a remote",
    "no remote",
    "non-remote",
    "on-site role",
    "onsite role",
    "on-site position",
    "onsite position",
    "fully on-site",
    "fully onsite",
    "100% on-site",
    "100% onsite",
    "fully office-based",
];

/// The longest line a head word counts on: a board's line of facts
/// (`Acme · Berlin, Germany (Hybrid) · Full time`), not a sentence.
const SHORT_LINE: usize = 100;

/// Nouns that make a head word describe a thing, not the work
/// (`Remote Sensing Analyst`, `Hybrid Apps Developer`).
const THINGS: &str = phrase_lines![
    "sensing",
    "support",
    "monitoring",
    "access",
    "desktop",
    "control",
    "pilot",
    "operations",
    "app",
    "apps",
    "mobile",
    "vehicle",
    "vehicles",
    "systems",
    "devices",
    "sites",
    "areas",
    "cloud",
    "infrastructure",
    "environment",
    "environments",
];

/// Whether a head word ending at byte `end` of the text, on `line` (which
/// starts at byte `line_start`), speaks of the work: on a short line of the
/// head or one opening with a label (`Work arrangement: Hybrid`), and not
/// before a thing's noun (`Remote Sensing`).
fn head_word_counts(line: &str, line_start: usize, end: usize) -> bool {
    let line = line.trim_end();
    if line.len() > SHORT_LINE || (line_start >= HEAD_BYTES && label_colon(line).is_none()) {
        return false;
    }
    !in_lines(
        THINGS,
        word_after(line.get(end - line_start..).unwrap_or("")),
    )
}

/// The word `text` starts with, past spaces and hyphens (`- Sensing`).
fn word_after(text: &str) -> &str {
    let after = find::trim_start_any(text, b" -");
    after
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .map_or(after, |to| &after[..to])
}

/// Words that make a phrase before them speak of something else than the
/// work: the hiring (`a fully remote interview process`), or what a company
/// is not (`we're not remote-first`: not remote, hybrid or on site).
const NOT_THE_WORK: &str = phrase_lines![
    "first",
    "interview",
    "interviews",
    "interviewing",
    "hiring",
    "recruitment",
    "recruiting",
    "onboarding",
    "selection",
    "assessment",
];

/// Whether the clause after a head word denies it (`: No`, `is not
/// possible`, `isn't offered`), up to a bracket, a dot between facts, a
/// comma or a dash (`Remote - no relocation` denies nothing).
fn denied(after: &str) -> bool {
    let mut clause = &after[..find::find_any(after, b"(|,;.").unwrap_or(after.len())];
    for stop in ["·", "–", "—", " - "] {
        if let Some(at) = find::find(clause, stop) {
            clause = &clause[..at];
        }
    }
    find::contains(clause, "n't")
        || find::contains(clause, "n’t")
        || clause
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|word| in_lines(DENIALS, word))
}

/// Words that deny what comes before them in a clause.
const DENIALS: &str = phrase_lines!["no", "not", "cannot", "never", "unavailable"];

/// Every phrase list, with the mode it gives and whether it counts
/// anywhere (else only on a short line of the head or a labelled line).
const LISTS: [(&str, WorkMode, bool); 6] = [
    (REMOTE_WORDS, WorkMode::Remote, false),
    (HYBRID_WORDS, WorkMode::Hybrid, false),
    (ONSITE_WORDS, WorkMode::Onsite, false),
    (REMOTE_PHRASES, WorkMode::Remote, true),
    (HYBRID_PHRASES, WorkMode::Hybrid, true),
    (ONSITE_PHRASES, WorkMode::Onsite, true),
];

/// The phrases of every list in one automaton, with the mode each gives
/// and whether it counts anywhere; built once per process.
struct Phrases {
    automaton: DFA,
    kinds: Vec<(WorkMode, bool)>,
}

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut kinds = Vec::new();
        for (list, mode, anywhere) in LISTS {
            for phrase in list.lines() {
                patterns.push(phrase);
                kinds.push((mode, anywhere));
            }
        }
        // A DFA walked directly, as the analysis's phrase lists are: the
        // library's `AhoCorasick` (NFAs, SIMD prefilters) added 50 KB to
        // the WebAssembly module, its generic search over a DFA 3.3 KB.
        let automaton = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(&patterns)
            // Fixed lists: only a bug fails here, and every test builds it
            // (the error unformatted, as in `phrases.rs`).
            .unwrap_or_else(|_| panic!("the work-mode automaton could not be built"));
        Phrases { automaton, kinds }
    })
}

impl Analyzer {
    /// Whether a job is remote, hybrid or on site, and the words that say
    /// so: a word of the title (`Software Engineer (Remote)`; not `Remote
    /// Sensing Analyst`), else the first of a word on a short line of the
    /// description's head or a labelled line (`Acme · Berlin, Germany
    /// (Hybrid) · Full time`, `Work arrangement: Hybrid`) and a phrase that
    /// says it anywhere (`fully remote`, `This is not a remote role`, `two
    /// days a week in the office`). `None` when nothing says; a word in a
    /// sentence of the body (`remote monitoring`) says nothing.
    ///
    /// Use it beside [`Analyzer::analyze`] when filtering or showing jobs
    /// by where they are done; it reads the description again (about 15 %
    /// of an analysis's time), cleaned as the analysis cleans it.
    /// Built with the `work-mode` feature, on by default.
    pub fn work_mode(&self, title: &str, description: &str) -> Option<WorkModeInfo> {
        listing_work_mode(title, None, description)
    }

    /// [`Analyzer::work_mode`] of a listing whose board gives its place
    /// apart (`Remote (Australia)`, `Sydney NSW (Hybrid)`): the title, then
    /// the place (evidence `location: …`), then the description. Rankings
    /// of scraped listings read it so.
    pub fn listing_work_mode(
        &self,
        title: &str,
        place: Option<&str>,
        description: &str,
    ) -> Option<WorkModeInfo> {
        listing_work_mode(title, place, description)
    }
}

/// [`Analyzer::listing_work_mode`], which needs no analyzer.
pub(crate) fn listing_work_mode(
    title: &str,
    place: Option<&str>,
    description: &str,
) -> Option<WorkModeInfo> {
    let labelled = |label: &str, short: &str| {
        said_in(short).map(|said| WorkModeInfo {
            evidence: format!("{label}: {}", short.trim()),
            ..said
        })
    };
    labelled("title", title)
        .or_else(|| place.and_then(|place| labelled("location", place)))
        .or_else(|| said_in(&cleaned(description).0))
}

/// The mode the first phrase of `text` that counts gives, with its line
/// (a head word) or sentence (a phrase) as evidence.
fn said_in(text: &str) -> Option<WorkModeInfo> {
    let phrases = phrases();
    let mut from = 0;
    std::iter::from_fn(|| {
        let found = leftmost_longest(&phrases.automaton, text.as_bytes(), from)?;
        from = found.2;
        Some(found)
    })
    .find_map(|(pattern, start, end)| {
        if !is_whole_word(text, start, end) {
            return None;
        }
        let (mut mode, anywhere) = phrases.kinds[pattern];
        if anywhere && in_lines(NOT_THE_WORK, word_after(&text[end..])) {
            return None;
        }
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        if !anywhere {
            if !head_word_counts(&text[line_start..line_end], line_start, end) {
                return None;
            }
            // `Remote: No`, `Remote work is not possible for this role`:
            // not remote is on site; a hybrid or on-site word denied says
            // nothing of which.
            if denied(&text[end..line_end]) {
                match mode {
                    WorkMode::Remote => mode = WorkMode::Onsite,
                    WorkMode::Hybrid | WorkMode::Onsite => return None,
                }
            }
        }
        let (from, to) = if anywhere {
            let line = Line {
                start: line_start,
                end: line_end,
                role: Role::Intro,
            };
            sentence_bounds(text, &line, start, end)
        } else {
            (line_start, line_end)
        };
        Some(WorkModeInfo {
            mode,
            evidence: evidence_around(&text[from..to], (start - from, end - from)),
        })
    })
}

/// The leftmost-longest phrase of `text` from byte `from` on: its pattern,
/// start and end. In a leftmost DFA a match state leads only to longer
/// matches of the same start or to the dead state, so the walk keeps the
/// last match it passed and stops at the dead state.
fn leftmost_longest(dfa: &DFA, text: &[u8], from: usize) -> Option<(usize, usize, usize)> {
    let mut state = dfa.start_state(Anchored::No).ok()?;
    let mut found = None;
    for (at, &b) in text.iter().enumerate().skip(from) {
        state = dfa.next_state(Anchored::No, state, b);
        if dfa.is_special(state) {
            if dfa.is_dead(state) {
                break;
            }
            if dfa.is_match(state) {
                let pattern = dfa.match_pattern(state, 0);
                let end = at + 1;
                found = Some((pattern.as_usize(), end - dfa.pattern_len(pattern), end));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;
    use proptest::prelude::*;

    proptest! {
        /// The walk finds what the library's own leftmost-longest search
        /// finds, one match after another.
        #[test]
        fn the_walk_finds_what_the_library_finds(
            pieces in proptest::collection::vec(
                "(remote|Remote|fully remote|not remote|not a remote|REMOTE-first|hybrid work|hybrid|days in the office|on-site|onsite role|é|日|[ a-z.\\n]{1,4})",
                0..40,
            ),
        ) {
            let text = pieces.concat();
            let patterns: Vec<&str> = LISTS.iter().flat_map(|(list, ..)| list.lines()).collect();
            let library = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .unwrap();
            let expected: Vec<(usize, usize, usize)> = library
                .find_iter(&text)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            let mut walked = Vec::new();
            let mut from = 0;
            while let Some(found) = leftmost_longest(&phrases().automaton, text.as_bytes(), from) {
                from = found.2;
                walked.push(found);
            }
            prop_assert_eq!(walked, expected);
        }
    }
}
