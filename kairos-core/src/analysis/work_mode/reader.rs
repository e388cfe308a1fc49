//! The reader: phrase lists, one automaton over them, and the rules for
//! which of their words count.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

use super::{WorkMode, WorkModeInfo};
use crate::analysis::denials::{self, is_one_of};
use crate::analysis::evidence::evidence_around;
use crate::analysis::location::{label_colon, HEAD_BYTES};
use crate::analysis::rights::is_whole_word;
use crate::analysis::structure::{sentence_bounds, Line, Role};
use crate::analysis::{cleaned, Analyzer};
use crate::find;
use crate::skills::in_lines;

/// Words a job board's head gives the mode with (`Berlin (Hybrid)`,
/// `Remote - US`, `Location: Anywhere`); elsewhere in a listing they may be
/// about something else (`remote monitoring`, `hybrid apps`), so they count
/// only on a short line of the head, one with a label, or in a clause that
/// counts days of the week (`work from home 2 days a week`).
const REMOTE_WORDS: &str = phrase_lines!["remote", "remotely", "wfh", "work from home", "anywhere"];
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
    "partially remote",
    "partly remote",
    "semi-remote",
    // An option to work from home is a part of the week there; `home
    // office` is how German-speaking countries say working from home.
    "option to work from home",
    "options to work from home",
    "possibility to work from home",
    "work from home option",
    "work from home options",
    "home office possible",
    "home office option",
    "home office options",
    "home office opportunities",
    "possibility of home office",
    "possibility for home office",
];
/// See [`REMOTE_PHRASES`].
const ONSITE_PHRASES: &str = phrase_lines![
    "not remote",
    "not a remote",
    "no remote",
    "non-remote",
    "isn't remote",
    "isn't a remote",
    "isn’t remote",
    "isn’t a remote",
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
/// Days at the office, anywhere: hybrid, or on site when the clause
/// counts a whole week (`5 days in the office`).
const OFFICE_DAYS: &str = phrase_lines![
    "days in the office",
    "days in office",
    "days in-office",
    "days on-site",
    "days onsite",
    "days on site",
    "week in the office",
    "week in office",
    "week on-site",
];
/// Days at home, anywhere: hybrid, or remote when the clause counts a
/// whole week.
const HOME_DAYS: &str = phrase_lines![
    "days from home",
    "days working from home",
    "days remote",
    "days remotely",
    "week from home",
];
/// Places that say the mode only in a clause that counts days of the week
/// (`in the office 3 days per week`); alone they say nothing (`snacks in
/// the office`).
const OFFICE_PLACES: &str = phrase_lines![
    "in the office",
    "in our office",
    "at the office",
    "at our office",
    "from the office",
    "from our office",
];
/// See [`OFFICE_PLACES`].
const HOME_PLACES: &str = phrase_lines!["from home", "at home"];

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

/// Whether `line` (which starts at byte `line_start`) is one a head word
/// counts on: a short line of the head or one opening with a label (`Work
/// arrangement: Hybrid`).
fn on_a_line_of_facts(line: &str, line_start: usize) -> bool {
    let line = line.trim_end();
    line.len() <= SHORT_LINE && (line_start < HEAD_BYTES || label_colon(line).is_some())
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

/// The clause of `after` a phrase's denial is looked for in: up to a
/// bracket, a dot between facts, a comma or a dash (`Remote - no
/// relocation` denies nothing). A question's answer stands for it
/// (`Remote work? Sorry, no.`).
fn clause_after(after: &str) -> &str {
    let cut = find::find_any(after, b"(|,;.?").unwrap_or(after.len());
    if after.as_bytes().get(cut) == Some(&b'?') {
        let answer = &after[cut + 1..];
        let to = find::find_any(answer, b".!?\n").unwrap_or(answer.len());
        return &answer[..to];
    }
    let mut clause = &after[..cut];
    for stop in DASHES {
        if let Some(at) = find::find(clause, stop) {
            clause = &clause[..at];
        }
    }
    clause
}

/// The marks that end a clause beside a phrase as its punctuation does: a
/// board's dot between facts and dashes (not a hyphen inside a word).
const DASHES: [&str; 4] = ["·", "–", "—", " - "];

/// The clause of `before` that runs up to a phrase: past the last bracket,
/// colon, comma, stop or dash (`No visa sponsorship - remote` denies
/// nothing).
fn clause_before(before: &str) -> &str {
    let mut clause = &before[find::rfind_any(before, b"(|,;.?!:").map_or(0, |i| i + 1)..];
    for stop in DASHES {
        if let Some(at) = clause.rfind(stop) {
            clause = &clause[at + stop.len()..];
        }
    }
    clause
}

/// Whether `clause` denies (`not possible`, `isn't offered`, `cannot be
/// performed`, `Sorry, no`), unless it says the mode is no trouble
/// (`Remote? No problem`).
fn denies(clause: &str) -> bool {
    let mut words = denials::words(clause.as_bytes());
    words.clone().any(denials::denies) && !words.any(|word| is_one_of(word, NO_TROUBLE))
}

/// Words that turn a denial into consent (`no problem`, `not an issue`).
const NO_TROUBLE: &[&str] = &[
    "problem", "problems", "issue", "worries", "worry", "question",
];

/// `2 days a week`, `three days in the office`, `3 days/week`, `a day from
/// home` in `clause`: the first count of days of a working week; not `25
/// days holiday`, `2 days a year`, `posted 3 days ago` or `a 4 day week`.
fn days_a_week(clause: &str) -> Option<u32> {
    let mut words = denials::words(clause.as_bytes());
    let mut before: &[u8] = b"";
    while let Some(word) = words.next() {
        // `day` after a count over one names a kind of week (`a 4 day
        // week`), not days in it.
        let counted = if word.eq_ignore_ascii_case(b"days") {
            count_of(before)
        } else if word.eq_ignore_ascii_case(b"day") {
            count_of(before).filter(|&count| count == 1)
        } else {
            None
        };
        if let Some(count) = counted {
            let mut after = words.clone();
            let weekly = match after.next() {
                None => true,
                Some(next) if is_one_of(next, &["a", "per", "each", "every"]) => after
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"week")),
                Some(next) => is_one_of(next, AFTER_DAYS),
            };
            if weekly {
                return Some(count);
            }
        }
        before = word;
    }
    None
}

/// How many days of the week are named right after the phrase at
/// `start..end` of `sentence` (`remote Fridays`, `in office Monday to
/// Wednesday`, `on-site Mon-Fri`) or right before it (`Mondays and Fridays
/// from home`), or `None`.
fn weekdays_beside(sentence: &str, start: usize, end: usize) -> Option<u32> {
    let bytes = sentence.as_bytes();
    let days = weekdays(bytes, end, true) | weekdays(bytes, start, false);
    (days != 0).then(|| days.count_ones())
}

/// The days (a bit each, Monday first) the run of words from byte `at` of
/// `text` on names, walking `forward` or back, past `on` or `every`
/// (`Monday, Wednesday and Friday`, `Tue–Thu`, `Monday to Wednesday`); a
/// word of another kind, or a gap other than spaces, commas, slashes,
/// dashes or a bracket, ends it. Byte by byte: iterator adapters here cost
/// the WebAssembly module 2 KB.
fn weekdays(text: &[u8], mut at: usize, forward: bool) -> u8 {
    let next = |at: usize| {
        if forward {
            text.get(at).copied()
        } else {
            at.checked_sub(1).map(|i| text[i])
        }
    };
    let step = |at: usize| if forward { at + 1 } else { at - 1 };
    let (mut days, mut last, mut range) = (0u8, None, false);
    loop {
        let mut dash = false;
        while let Some(b) = next(at).filter(|b| !b.is_ascii_alphanumeric()) {
            // `–` is the bytes E2 80 93.
            if !b" ,/&-(:\xe2\x80\x93".contains(&b) {
                return days;
            }
            dash |= b == b'-' || b == 0x93;
            at = step(at);
        }
        let word_start = at;
        while next(at).is_some_and(|b| b.is_ascii_alphanumeric()) {
            at = step(at);
        }
        let word = &text[word_start.min(at)..word_start.max(at)];
        if word.is_empty() {
            return days;
        }
        if let Some(day) = weekday(word) {
            match last {
                Some(from) if range || dash => {
                    (day.min(from)..=day.max(from)).for_each(|d| days |= 1 << d);
                }
                _ => days |= 1 << day,
            }
            (last, range) = (Some(day), false);
        } else if last.is_some() && is_one_of(word, &["to", "through", "thru", "until"]) {
            range = true;
        } else if !(last.is_some() && is_one_of(word, &["and", "or"])
            || last.is_none() && is_one_of(word, &["on", "every", "each"]))
        {
            return days;
        }
    }
}

/// The working day `word` names, Monday 0: the name, its plural or a
/// short form of three letters or more (`Fridays`, `Tue`, `Thurs`).
/// Weekends are left out: days there are shifts (`on site Saturdays`), and
/// `sat` and `sun` are words.
fn weekday(word: &[u8]) -> Option<u8> {
    let word = match word.split_last() {
        Some((last, rest)) if last.eq_ignore_ascii_case(&b's') => rest,
        _ => word,
    };
    if word.len() < 3 {
        return None;
    }
    let days = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    let at = days.iter().position(|day| {
        day.len() >= word.len() && day.as_bytes()[..word.len()].eq_ignore_ascii_case(word)
    })?;
    Some(at as u8)
}

/// Words after `N days` that make it days of a working week.
const AFTER_DAYS: &[&str] = &[
    "week", "weekly", "pw", "in", "on", "at", "from", "working", "remote", "remotely", "wfh",
    "onsite", "office", "home", "hybrid",
];

/// The count `word` says: `3`, `three`, `a`.
fn count_of(word: &[u8]) -> Option<u32> {
    if !word.is_empty() && word.len() <= 2 && word.iter().all(u8::is_ascii_digit) {
        return Some(word.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')));
    }
    let at = NUMBERS
        .iter()
        .position(|number| word.eq_ignore_ascii_case(number.as_bytes()))?;
    Some(at.max(1) as u32)
}

/// Numbers in words, each at its value's place (`a` is one).
const NUMBERS: &[&str] = &["a", "one", "two", "three", "four", "five", "six", "seven"];

/// Where a list's phrases count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// On a short line of the head or a labelled line (a board's line of
    /// facts), or in a clause that counts days of the week.
    Head,
    /// Anywhere.
    Anywhere,
    /// Only in a clause that counts days of the week.
    Days,
}

/// Every phrase list: the mode it gives, where it counts, and the mode
/// when its clause counts a whole week of days (`5 days in the office`;
/// fewer days are hybrid).
const LISTS: [(&str, WorkMode, Scope, WorkMode); 10] = [
    (
        REMOTE_WORDS,
        WorkMode::Remote,
        Scope::Head,
        WorkMode::Remote,
    ),
    (
        HYBRID_WORDS,
        WorkMode::Hybrid,
        Scope::Head,
        WorkMode::Hybrid,
    ),
    (
        ONSITE_WORDS,
        WorkMode::Onsite,
        Scope::Head,
        WorkMode::Onsite,
    ),
    (
        REMOTE_PHRASES,
        WorkMode::Remote,
        Scope::Anywhere,
        WorkMode::Remote,
    ),
    (
        HYBRID_PHRASES,
        WorkMode::Hybrid,
        Scope::Anywhere,
        WorkMode::Hybrid,
    ),
    (
        ONSITE_PHRASES,
        WorkMode::Onsite,
        Scope::Anywhere,
        WorkMode::Onsite,
    ),
    (
        OFFICE_DAYS,
        WorkMode::Hybrid,
        Scope::Anywhere,
        WorkMode::Onsite,
    ),
    (
        HOME_DAYS,
        WorkMode::Hybrid,
        Scope::Anywhere,
        WorkMode::Remote,
    ),
    (
        OFFICE_PLACES,
        WorkMode::Onsite,
        Scope::Days,
        WorkMode::Onsite,
    ),
    (HOME_PLACES, WorkMode::Remote, Scope::Days, WorkMode::Remote),
];

/// The phrases of every list in one automaton, with the mode each gives
/// its list gives (see [`LISTS`]); built once per process.
struct Phrases {
    automaton: DFA,
    kinds: Vec<(WorkMode, Scope, WorkMode)>,
}

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut kinds = Vec::new();
        for (list, mode, scope, full_week) in LISTS {
            for phrase in list.lines() {
                patterns.push(phrase);
                kinds.push((mode, scope, full_week));
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
    /// days a week in the office`), or a word whose clause counts the
    /// week's days (`work from home 2 days a week`: hybrid). A denied word
    /// (`Remote: No`, `cannot be performed remotely`) reads on site for
    /// remote and nothing for the others; a choice (`onsite or remote`) the
    /// freer mode. `None` when nothing says; a word
    /// in a sentence of the body (`remote monitoring`) says nothing.
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
    while let Some((pattern, start, end)) =
        leftmost_longest(&phrases.automaton, text.as_bytes(), from)
    {
        if !is_whole_word(text, start, end) {
            // A phrase inside a word (`days in the office` in `Fridays in
            // the office`) must not hide one that starts after it.
            from = start + 1;
            continue;
        }
        from = end;
        if let Some(said) = read_phrase(text, phrases.kinds[pattern], start, end) {
            return Some(said);
        }
    }
    None
}

/// What the phrase at `start..end` of `text`, of the list `kind` says, if
/// it counts there.
fn read_phrase(
    text: &str,
    (mut mode, scope, full_week): (WorkMode, Scope, WorkMode),
    start: usize,
    end: usize,
) -> Option<WorkModeInfo> {
    if scope != Scope::Head && in_lines(NOT_THE_WORK, word_after(&text[end..])) {
        return None;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let on_facts =
        scope == Scope::Head && on_a_line_of_facts(&text[line_start..line_end], line_start);
    if scope == Scope::Head && in_lines(THINGS, word_after(&text[end..line_end])) {
        return None;
    }
    let line = Line {
        start: line_start,
        end: line_end,
        role: Role::Intro,
    };
    let (from, to) = sentence_bounds(text, &line, start, end);
    // Days named beside an office place are too often a meeting's
    // (`we meet in the office on Mondays`).
    let days = days_a_week(&text[from..to]).or_else(|| {
        (scope == Scope::Head || mode == WorkMode::Remote)
            .then(|| weekdays_beside(&text[from..to], start - from, end - from))
            .flatten()
    });
    if !on_facts && scope != Scope::Anywhere && days.is_none() {
        return None;
    }
    // `Remote: No`, `This role cannot be performed remotely`: not
    // remote is on site; a denied phrase of another mode says nothing
    // of which (`This is not a hybrid role`).
    let denied = denies(clause_before(&text[line_start..start]))
        || (scope != Scope::Anywhere && denies(clause_after(&text[end..line_end])));
    if denied {
        match (mode, scope) {
            (WorkMode::Remote, Scope::Head | Scope::Days) => mode = WorkMode::Onsite,
            _ => return None,
        }
    } else {
        if let Some(days) = days {
            mode = if days >= 5 {
                full_week
            } else {
                WorkMode::Hybrid
            };
        }
        // `Onsite or remote`, `Remote/Hybrid`: the listing's choice,
        // so the freer mode (a search for remote jobs wants it).
        if let Some(other) = choice_after(text, end) {
            if freedom(other) > freedom(mode) {
                mode = other;
            }
        }
    }
    let (from, to) = if on_facts {
        (line_start, line_end)
    } else {
        (from, to)
    };
    Some(WorkModeInfo {
        mode,
        evidence: evidence_around(&text[from..to], (start - from, end - from)),
    })
}

/// The mode a word right after `or` or a slash at byte `end` of `text`
/// names (`onsite or remote`, `Remote / Hybrid`).
fn choice_after(text: &str, end: usize) -> Option<WorkMode> {
    let rest = text[end..].trim_start_matches(' ');
    let after = rest
        .strip_prefix('/')
        .or_else(|| rest.strip_prefix("or "))?
        .trim_start_matches(' ');
    let at = text.len() - after.len();
    let phrases = phrases();
    let (pattern, start, found_end) = leftmost_longest(&phrases.automaton, text.as_bytes(), at)?;
    let (mode, scope, _) = phrases.kinds[pattern];
    (start == at && scope != Scope::Days && is_whole_word(text, start, found_end)).then_some(mode)
}

/// How free a mode leaves where one works: remote, hybrid, on site.
fn freedom(mode: WorkMode) -> u8 {
    match mode {
        WorkMode::Onsite => 0,
        WorkMode::Hybrid => 1,
        WorkMode::Remote => 2,
    }
}

/// The leftmost-longest phrase of `text` from byte `from` on: its pattern,
/// start and end. In a leftmost DFA a match state leads only to longer
/// matches of the same start or to the dead state, so the walk keeps the
/// last match it passed and stops at the dead state.
// Kept out of `said_in`: inlined there, its loop ran 7 % slower natively
// (the walk is nearly all of a work mode's time).
#[inline(never)]
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
