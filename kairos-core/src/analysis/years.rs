//! Years of experience asked for: "5+ years", "at least three years",
//! "3–5 years of Python", "minimum 2 yrs", "Python (3+ years)".

use super::decimal::parse_decimal;
use super::report::YearsAsk;
use crate::find;
use crate::skills::{in_list, SkillHit};

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("a couple of", 2.0),
    ("a couple", 2.0),
    ("a few", 2.0),
    // The least the word says: `several` is more than a couple.
    ("several", 3.0),
];

/// A number of years found before a `years` word: the minimum and, for a
/// range, the maximum.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct YearsFound {
    pub(crate) min: f64,
    pub(crate) max: Option<f64>,
    /// Byte offset where the expression starts.
    pub(crate) start: usize,
    /// Byte offset just past the `years` word.
    pub(crate) end: usize,
}

fn number_before(text: &str, end: usize) -> Option<(f64, usize)> {
    let head = text[..end]
        .trim_end_matches(|c: char| c.is_whitespace() || c == '+' || c == ')' || c == '(');
    let digits_start = head
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
        .len();
    if digits_start < head.len() {
        let n = parse_decimal(head[digits_start..].trim_start_matches('.'))?;
        // "five (5) years": prefer the word before the parenthesis.
        let before = find::trim_end_any(&head[..digits_start], b" (");
        if let Some(w) = NUMBER_WORDS.iter().find(|(w, _)| ends_with_word(before, w)) {
            return Some((w.1, before.len() - w.0.len()));
        }
        return Some((n, digits_start));
    }
    let w = NUMBER_WORDS.iter().find(|(w, _)| ends_with_word(head, w))?;
    Some((w.1, head.len() - w.0.len()))
}

/// Whether `s` ends with `word`, in any ASCII case, as a whole word.
pub(crate) fn ends_with_word(s: &str, word: &str) -> bool {
    s.len() >= word.len()
        && s.is_char_boundary(s.len() - word.len())
        && s[s.len() - word.len()..].eq_ignore_ascii_case(word)
        && s[..s.len() - word.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Finds `N years` expressions in a sentence, and with `months`, months
/// of experience as years (`6 months of experience` is half a year).
/// `offset` is the sentence's position in the whole text, so the results
/// are absolute.
/// Not inlined in WebAssembly: the years reader and the title's both call
/// it, and one copy keeps the module small.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn find_years(sentence: &str, offset: usize, months: bool) -> Vec<YearsFound> {
    let bytes = sentence.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    // Months of experience are read in the same pass, in order: `6 months
    // of experience` is half a year.
    let mut next_month = if months {
        next_month_word(sentence, 0)
    } else {
        None
    };
    loop {
        let (i, month) = match (next_years_word(bytes, from), next_month) {
            (Some(y), Some(m)) if m < y => (m, true),
            (Some(y), _) => (y, false),
            (None, Some(m)) => (m, true),
            (None, None) => break,
        };
        let german = !month && matches!(bytes[i], b'j' | b'J');
        let word_len = if month {
            5
        } else if german || starts_with_folded(&bytes[i..], b"year") {
            4
        } else {
            2
        };
        let mut end = i + word_len;
        if german {
            // `Jahr`, `Jahre`, `Jahren`.
            end += [&b"en"[..], b"e"]
                .iter()
                .find(|ending| starts_with_folded(&bytes[end..], ending))
                .map_or(0, |ending| ending.len());
        } else if matches!(bytes.get(end), Some(b's' | b'S')) {
            end += 1;
        }
        if month {
            next_month = next_month_word(sentence, end);
        } else {
            from = end;
        }
        // `yearly`, `yrs.`: the word must end here, and start here but
        // after a figure (`3yrs`, `10years`).
        if sentence[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
            || sentence[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() && !c.is_ascii_digit())
        {
            continue;
        }
        // Most months in a listing are a contract's or a probation's (`6
        // month contract`): only months of experience count. A German
        // listing's years in the company's voice are its history (`Seit 20
        // Jahren entwickeln wir…`).
        if (month && !experience_follows(&bytes[end..]))
            || (german && company_voice(clause_around(sentence, i, end)))
        {
            continue;
        }
        let (bounds, per_year) = if month {
            (1.0..=120.0, 12.0)
        } else {
            (0.5..=40.0, 1.0)
        };
        let (min, max, start, end) = match amount_before(sentence, i, bounds.clone()) {
            Some((min, max, start)) => (min, max, start, end),
            // `Years of experience: 7`, a job board's label.
            None => match figure_after_label(sentence, end) {
                Some((n, figure_end)) if bounds.contains(&n) => (n, None, i, figure_end),
                _ => continue,
            },
        };
        out.push(YearsFound {
            min: min / per_year,
            max: max.map(|m| m / per_year),
            start: offset + start,
            end: offset + end,
        });
    }
    if let Some(at) = find::find(sentence, "decade") {
        // In order with the years around them (a few at most: no sort's
        // code in the WebAssembly module for them).
        for decade in decades(sentence, at, offset) {
            let at = out.partition_point(|y| y.start < decade.start);
            out.insert(at, decade);
        }
    }
    if let Some(last) = out.last().copied() {
        let from = last.end - offset;
        out.extend(share_after(sentence, from, offset, last.min));
    }
    out
}

/// The number, or range, of a unit before its word at byte `unit_at` of
/// `sentence` (`5+ years`, `3-5 years`, `between 3 and 5 years`, `five
/// plus years`, `6 or more months`, `up to 2 years`, which is 0 to 2):
/// the minimum, the maximum of a range, and where the expression starts.
/// `None` when no number stands there or it falls outside `bounds`.
fn amount_before(
    sentence: &str,
    unit_at: usize,
    bounds: std::ops::RangeInclusive<f64>,
) -> Option<(f64, Option<f64>, usize)> {
    // "5 or more years", "five plus years", "seven-plus years": the
    // number is the minimum.
    let head = sentence[..unit_at].trim_end();
    let number_end = ["or more", "plus"]
        .iter()
        .find(|w| ends_with_word(head, w))
        .map_or(unit_at, |w| {
            head[..head.len() - w.len()].trim_end_matches('-').len()
        });
    let (n, mut start) = number_before(sentence, number_end)?;
    if !bounds.contains(&n) {
        return None;
    }
    let mut min = n;
    let mut max = None;
    // A range: "3-5 years", "3 to 5 years", "3–5 years".
    let head = sentence[..start].trim_end();
    for sep in ["-", "–", "—", " to ", "to", "and"] {
        if let Some(h) = head.strip_suffix(sep.trim()) {
            // "between 3 and 5 years"; elsewhere `and` joins two asks
            // ("Bachelor's degree and 2 years").
            if sep == "and"
                && !ends_with_word(
                    number_before(h, h.len()).map_or("", |(_, at)| h[..at].trim_end()),
                    "between",
                )
            {
                break;
            }
            if let Some((lo, lo_start)) = number_before(h, h.len()) {
                if lo < n {
                    min = lo;
                    max = Some(n);
                    start = lo_start;
                }
            }
            break;
        }
    }
    // A ceiling: `up to 2 years of experience` asks for no minimum.
    let head = sentence[..start].trim_end();
    if max.is_none() && ends_with_word(head, "up to") {
        (min, max, start) = (0.0, Some(n), head.len() - "up to".len());
    }
    Some((min, max, start))
}

/// Whether `experience` (or `exp`) is among the first few words of
/// `rest`, in its clause (`of hands-on experience`; not `probation;
/// experience with Go`). A byte loop: no string searcher's code in the
/// WebAssembly module for it.
pub(crate) fn experience_follows(rest: &[u8]) -> bool {
    let mut words = 0;
    let mut i = 0;
    while i < rest.len() && words < MONTHS_TO_EXPERIENCE {
        let b = rest[i];
        if matches!(b, b',' | b';' | b'.' | b':' | b'(') {
            return false;
        }
        if !b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < rest.len() && rest[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let word = &rest[start..i];
        if word.eq_ignore_ascii_case(b"experience") || word.eq_ignore_ascii_case(b"exp") {
            return true;
        }
        words += 1;
    }
    false
}

/// Words after `months` within which `experience` must come (`6 months
/// of hands-on experience`).
const MONTHS_TO_EXPERIENCE: usize = 6;

/// Where the next `month` (`Month`) starts in `sentence` from `from`. By
/// its `onth`, with the string search the analyzer already holds: a
/// searcher of its own cost the WebAssembly module 0.7 KB.
fn next_month_word(sentence: &str, from: usize) -> Option<usize> {
    let mut at = from + 1;
    loop {
        let i = at + find::find(sentence.get(at..)?, "onth")?;
        if matches!(sentence.as_bytes()[i - 1], b'm' | b'M') {
            return Some(i - 1);
        }
        at = i + 4;
    }
}

/// `a decade`, `over a decade`, `two decades` from the first `decade` at
/// `at` on: ten years a decade, as a minimum.
fn decades(sentence: &str, mut at: usize, offset: usize) -> Vec<YearsFound> {
    let mut out = Vec::new();
    loop {
        let mut end = at + "decade".len();
        if sentence.as_bytes().get(end) == Some(&b's') {
            end += 1;
        }
        let whole_word = !sentence[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let head = sentence[..at].trim_end();
        let number = if ends_with_word(head, "a") {
            Some((1.0, head.len() - 1))
        } else {
            // `two decades`; `2 decades`.
            number_before(sentence, at).filter(|&(n, _)| n <= 4.0)
        };
        if let (true, Some((n, start))) = (whole_word, number) {
            out.push(YearsFound {
                min: n * 10.0,
                max: None,
                start: offset + start,
                end: offset + end,
            });
        }
        match find::find(&sentence[end..], "decade") {
            Some(next) => at = end + next,
            None => return out,
        }
    }
}

/// Whether a sentence speaks as the company (`we`, `our`, `us`) and neither
/// to nor of the reader (`you`, `candidate`, `someone`, `looking for`,
/// `require`, `must`): the voice in which a listing tells its own history.
/// `US` in capitals is the country (`US citizens or anyone with work
/// authorization`), so read the sentence as written.
pub(crate) fn company_voice(sentence: &str) -> bool {
    const COMPANY: &[&str] = &[
        "we", "our", "us", "ours", // German: `wir`, `unser…`.
        "wir", "unser", "unsere", "unseren", "unserem", "unserer",
    ];
    const READER: &[&str] = &[
        "you",
        "your",
        "candidate",
        "candidates",
        "applicant",
        "applicants",
        "someone",
        "person",
        "individual",
        "looking",
        "seeking",
        "require",
        "requires",
        "required",
        "need",
        "needs",
        "must",
        "should",
        // German: the reader (`du`, `dein…`) and `suchen` (looking for).
        "du",
        "dein",
        "deine",
        "deinen",
        "suchen",
    ];
    let mut company = false;
    for word in sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if in_list(READER, word) {
            return false;
        }
        company |= word != "US" && in_list(COMPANY, word);
    }
    company
}

/// The clause of `sentence` holding bytes `start..end`: from the last `(`,
/// `:` or `;` before to the first `)` or `;` after. Commas do not part it
/// (`For over 30 years, our team…` is one clause).
pub(crate) fn clause_around(sentence: &str, start: usize, end: usize) -> &str {
    let lo = sentence
        .get(..start)
        .and_then(|head| find::rfind_any(head, b"(:;"))
        .map_or(0, |i| i + 1);
    let hi = sentence
        .get(end..)
        .and_then(|tail| find::find_any(tail, b");"))
        .map_or(sentence.len(), |i| end + i);
    sentence.get(lo..hi).unwrap_or(sentence)
}

/// Whether the years ending at byte `end` of `sentence` are years in a
/// role: `5+ years as a software engineer`, `2-4 years in a data analyst
/// role`, `3 years in a similar position`.
pub(crate) fn in_a_role(sentence: &str, end: usize) -> bool {
    let Some(rest) = sentence.get(end..).map(str::trim_start) else {
        return false;
    };
    let bytes = rest.as_bytes();
    if starts_with_folded(bytes, b"as a ") || starts_with_folded(bytes, b"as an ") {
        return true;
    }
    let Some(named) = ["in a ", "in an "]
        .iter()
        .find(|w| starts_with_folded(bytes, w.as_bytes()))
        .map(|w| &rest[w.len()..])
    else {
        return false;
    };
    // The role's name is a few words, and the clause ends before a comma:
    // `in a team, building roles` is not a role.
    let clause = named
        .split([',', ';', '.', '(', ')', ':'])
        .next()
        .unwrap_or("");
    clause
        .split_whitespace()
        .take(ROLE_NAME_WORDS + 1)
        .any(|w| ROLE_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

/// Whether the years ending at byte `end` of `sentence` are years in a
/// field named in lower case (`10+ yrs in enterprise software`, `5 years
/// in fintech`, `3 years in the industry`): experience, as a requirement
/// says it without the word. A place (`10 years in Australia`, a
/// clearance's residence) is capitalised, and a sentence about living
/// somewhere is not about work.
pub(crate) fn in_a_field(sentence: &str, end: usize) -> bool {
    let Some(rest) = sentence.get(end..).map(str::trim_start) else {
        return false;
    };
    let field = rest.as_bytes();
    starts_with_folded(field, b"in ")
        && field.get(3).is_some_and(u8::is_ascii_lowercase)
        && !["lived", "resided", "resident", "residing", "citizen"]
            .iter()
            .any(|w| sentence.contains(w))
}

/// Whether the years ending at byte `end` of `sentence` are followed by a
/// word that asks for them as they are (`5 years required`, `Minimum 3
/// years required`, `5+ years overall`): experience, unnamed.
pub(crate) fn asked_bare(sentence: &str, end: usize) -> bool {
    let Some(rest) = sentence.get(end..) else {
        return false;
    };
    super::denials::words_after(rest, 0)
        .next()
        .is_some_and(|w| super::denials::is_one_of(w, &["required", "overall", "essential"]))
}

/// Words at most before the noun of `in a … role`.
const ROLE_NAME_WORDS: usize = 4;

/// The nouns that end `in a … role`.
const ROLE_NOUNS: &[&str] = &["role", "position", "capacity", "job"];

/// Whether `gap`, the text between two mentions, joins them in one list:
/// a comma, a slash, `and`, `&`, `or`, `and/or`, or only spaces (a list
/// pasted without its commas: `Terraform GCP and Kubernetes`), with
/// brackets around (`Amazon Web Services (AWS), Azure`, `Java (Spring`).
pub(crate) fn joins_a_list(gap: &str) -> bool {
    let join = find::trim_end_any(find::trim_start_any(gap, b" ()"), b" ()");
    gap.len() <= 10
        && find::find_any(join, b"()").is_none()
        && in_list(
            &[
                "", ",", "/", "&", "and", ", and", "or", ", or", "and/or", "und", "oder",
            ],
            join,
        )
}

/// The experience a job title states as a part of its own (`DevOps
/// Engineer (4-7 yrs)`, `Java Developer | 5+ years exp`), for a listing
/// whose text asks no years overall. A term (`2 year fixed term`) is no
/// part of its own.
pub(crate) fn in_title(title: &str) -> Option<YearsAsk> {
    let found = find_years(title, 0, true).into_iter().find(|y| {
        let before = title[..y.start].trim_end();
        let after = title[y.end..].trim_start();
        let after =
            strip_any_prefix(after, &["experience", "exp.", "exp"]).map_or(after, str::trim_start);
        (before.is_empty() || before.ends_with(['(', '[', '|', '-', '–', ',', ':']))
            && (after.is_empty() || after.starts_with([')', ']', '|', '-', '–', ',']))
    })?;
    Some(YearsAsk {
        min: found.min,
        max: found.max,
        skill: None,
        evidence: format!("title: {title}"),
    })
}

/// Where the clause starts whose skills the years at `start` of
/// `sentence` were spent on, when they follow `for` (`writing Rust
/// professionally for 3+ years`, `using Python and Django for at least 5
/// years`): after the last comma, semicolon, colon or bracket before
/// them. `None` when the years do not follow `for`.
pub(crate) fn spent_on_what_came_before(sentence: &str, start: usize) -> Option<usize> {
    let mut before = sentence[..start].trim_end();
    for hedge in ["at least", "over", "more than", "the past", "the last"] {
        if ends_with_word(before, hedge) {
            before = before[..before.len() - hedge.len()].trim_end();
            break;
        }
    }
    if !ends_with_word(before, "for") {
        return None;
    }
    Some(find::rfind_any(before, b",;:()").map_or(0, |i| i + 1))
}

/// The figure a label of years gives after its colon (`Years of
/// experience: 7`, `Years experience: 5+`), with where it ends, the unit
/// ending at `end`.
fn figure_after_label(sentence: &str, end: usize) -> Option<(f64, usize)> {
    let rest = &sentence[end..];
    let rest = strip_any_prefix(rest, &[" of experience", " experience", " of exp", " exp"])
        .unwrap_or(rest);
    let rest = strip_any_prefix(rest, &[" required", " needed"]).unwrap_or(rest);
    let figure = rest.strip_prefix(':')?.trim_start();
    let len = figure
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let n = parse_decimal(figure[..len].trim_end_matches('.'))?;
    Some((n, sentence.len() - figure.len() + len))
}

/// Whether the years at `start` of `sentence` are denied as an ask by a
/// word among the few before them in their clause (`You don't need 5
/// years of experience`, `Not looking for 10 years`), but not a bound
/// (`no less than 3 years`).
pub(crate) fn denied(sentence: &str, start: usize) -> bool {
    super::denials::denied_before(sentence, start, MAX_DENIAL_WORDS)
}

/// How many words before years a denial of them is read.
const MAX_DENIAL_WORDS: usize = 4;

/// Whether the text between a skill and the years after it makes them the
/// skill's: a bracket, a colon or a dash (`Python (3+ years)`, `Java: 5+
/// years`, `Go – 2 years`), with a word that bounds them (`Python (min
/// 2 yrs)`, `Java: at least 5 years`).
pub(crate) fn opens_on_the_skill(gap: &str) -> bool {
    let gap = gap.trim();
    let Some(mark) = ["(", ":", "-", "–", "—"]
        .into_iter()
        .find(|mark| gap.starts_with(mark))
    else {
        return false;
    };
    let bound = gap[mark.len()..].trim_start();
    bound.is_empty() || in_list(BOUNDING_WORDS, bound)
}

/// Words between a skill's bracket, colon or dash and its years.
const BOUNDING_WORDS: &[&str] = &[
    "min",
    "min.",
    "minimum",
    "at least",
    "over",
    "approx",
    "approx.",
    "approximately",
    "around",
    "about",
];

/// Where the list of skills ending with `hits[last]` starts, no earlier
/// than `hits[lo]`: back over the joins of a list (`React and TypeScript`,
/// `Python, Django`) in `sentence`, which starts at `offset` of the text.
pub(crate) fn list_start(
    hits: &[SkillHit],
    lo: usize,
    last: usize,
    sentence: &str,
    offset: usize,
) -> usize {
    let mut first = last;
    while first > lo
        && joins_a_list(&sentence[hits[first - 1].end - offset..hits[first].start - offset])
    {
        first -= 1;
    }
    first
}

/// Whether a clause speaks of a skill named before it through a pronoun
/// (`having used it`, `run them in production`).
pub(crate) fn points_back(clause: &str) -> bool {
    has_word_in(clause, &["it", "them"])
}

/// Whether a word of `text` (its runs of ASCII letters) is in `list`; one
/// copy for every caller, which the module's size asks for.
#[inline(never)]
fn has_word_in(text: &str, list: &[&str]) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| in_list(list, w))
}

/// Whether `gap`, the text between the years and the first skill after
/// them, hedges that skill (`3+ years of backend experience, ideally in
/// Go`): the years are then experience overall, and the skill only
/// wished for.
pub(crate) fn hedges_the_skill(gap: &str) -> bool {
    const HEDGES: &[&str] = &[
        "ideally",
        "preferably",
        "preferred",
        "ideal",
        "bonus",
        "plus",
    ];
    has_word_in(gap, HEDGES)
}

/// Whether `gap`, the text between the years and a general field after
/// them, only says it is experience (`2 years of experience with software
/// development`).
pub(crate) fn experience_of(gap: &str) -> bool {
    const WORDS: &[&str] = &[
        "of",
        "in",
        "with",
        "as",
        "a",
        "an",
        "experience",
        "professional",
        "commercial",
        "industry",
        "relevant",
        "hands",
        "on",
    ];
    gap.split(|c: char| !c.is_ascii_alphabetic())
        .all(|w| w.is_empty() || in_list(WORDS, w))
}

/// Whether `gap`, the text between a general field and the skills after
/// it, makes them examples or a choice (`in one or more programming
/// languages (e.g., Java, C++)`, `using a language such as Go`), by its
/// words (`e.g.` reads `e`, `g`).
pub(crate) fn gives_examples(gap: &str) -> bool {
    const MARKS: &[&str] = &[
        "e",
        "eg",
        "such",
        "example",
        "instance",
        "including",
        "like",
        "one",
        "any",
    ];
    has_word_in(gap, MARKS)
}

/// Whether the years starting at byte `start` of `sentence` are how long
/// something has lasted (`for 20 years`, `for over 30 years`, `over the
/// past 10 years`, `for a 2 year contract`) rather than how long someone
/// has worked: `for` among the three words before, or `the past` / `the
/// last` just before.
pub(crate) fn reads_as_duration(sentence: &str, start: usize) -> bool {
    let mut before = [""; 3];
    let words = sentence
        .get(..start)
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    for (slot, word) in before.iter_mut().zip(words) {
        *slot = word;
    }
    let is = |i: usize, w: &str| before[i].eq_ignore_ascii_case(w);
    (0..3).any(|i| is(i, "for")) || (is(1, "the") && (is(0, "past") || is(0, "last")))
}

/// Whether the years starting at byte `start` of `sentence` are what a
/// subject has or brings (`Our founders bring 20 years`, `our team has over
/// 30 years`): in the company's voice, the company's own experience.
pub(crate) fn held_by_subject(sentence: &str, start: usize) -> bool {
    const HOLDING: &[&str] = &["has", "have", "bring", "brings", "boasts", "combine"];
    sentence
        .get(..start)
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| in_list(HOLDING, w))
}

/// Words that introduce a share of the years just asked: the share's
/// number after them (`10+ years' experience, including 5 with Go`), or
/// before them (`6+ years in platform roles, 3+ of them running
/// Kubernetes`; `of which` takes both). `Those` and `these` also point at
/// things (`at least one of these areas`), so they count only before a
/// word that says how the years were spent.
const SHARE_WORDS: &[&str] = &[
    "including",
    "incl.",
    "of which",
    "with at least",
    " of them ",
    " of those ",
    " of these ",
];

/// How far after the last ask a share of it is looked for, in bytes.
const SHARE_WINDOW: usize = 120;

/// Words after a share's number, or after `of those` / `of these`, that
/// say how the years were spent.
const SPENT_WORDS: &[&str] = &[
    "with", "in", "using", "on", "running", "working", "building",
];

/// The share of an ask of `total` years that a later clause gives one
/// skill (`8 years, including 3 with Rust`; `of which 2 in Go`; `3+ of
/// them running Kubernetes`), with no `years` word of its own. Read after
/// the last ask, so the skill (the first named after the share) gets its
/// share and the ask stays experience overall. A share is at most the
/// whole, and a number before the words stands alone and counts from two
/// (`one of them` points at a thing).
fn share_after(sentence: &str, from: usize, offset: usize, total: f64) -> Option<YearsFound> {
    // A share follows its ask closely (`10+ years' experience, including
    // 5 with Go`): looking no further keeps a long sentence's reading short.
    let window =
        crate::skills::floor_char_boundary(sentence, (from + SHARE_WINDOW).min(sentence.len()));
    let rest = &sentence[from..window];
    let first_word = |s: &str| -> bool {
        let w = s
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        SPENT_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))
    };
    // `5+ years backend engineering, 2+ in Go`: the share in digits right
    // after the comma, then how the years were spent.
    if let Some(comma) = rest.find(',') {
        let after = rest[comma + 1..].trim_start();
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let tail = after[digits..]
            .strip_prefix('+')
            .unwrap_or(&after[digits..]);
        let n = parse_decimal(&after[..digits]).unwrap_or(0.0);
        if digits > 0
            && tail.starts_with(' ')
            && first_word(tail.trim_start())
            && (1.0..=total).contains(&n)
        {
            let start = rest.len() - after.len();
            return Some(YearsFound {
                min: n,
                max: None,
                start: offset + from + start,
                end: offset + window - tail.trim_start().len(),
            });
        }
    }
    let (at, word) = first_share_word(rest.as_bytes())?;
    let after = rest[at + word.len()..].trim_start();
    // The number first: `3+ of them running Kubernetes`, `two of those in Go`.
    if word.starts_with(' ') || word == "of which" {
        let found = number_before(rest, at).filter(|&(n, start)| {
            rest[..start]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == ',' || c == '(')
                && (2.0..=total).contains(&n)
                && (word == " of them " || word == "of which" || first_word(after))
        });
        if let Some((n, start)) = found {
            return Some(YearsFound {
                min: n,
                max: None,
                start: offset + from + start,
                end: offset + window - after.len(),
            });
        }
        if word.starts_with(' ') {
            return None;
        }
    }
    let after = strip_any_prefix(after, &["at least ", "a minimum of "]).unwrap_or(after);
    let number_len = after
        .find(|c: char| !c.is_alphanumeric() && c != '.' && c != '+')
        .unwrap_or(after.len());
    let (n, _) = number_before(after, number_len)?;
    let tail = after[number_len..].trim_start();
    if !(0.5..=40.0).contains(&n) || !first_word(tail) {
        return None;
    }
    Some(YearsFound {
        min: n,
        max: None,
        start: offset + from + at,
        end: offset + window - tail.len(),
    })
}

/// The first of [`SHARE_WORDS`] in `rest`, in any case: one pass over
/// the window (a substring search per word built seven searchers a call,
/// 1.5 % of an analysis).
fn first_share_word(rest: &[u8]) -> Option<(usize, &'static str)> {
    (0..rest.len()).find_map(|at| {
        let first = rest[at].to_ascii_lowercase();
        SHARE_WORDS
            .iter()
            .filter(|w| w.as_bytes()[0] == first)
            .find(|w| starts_with_folded(&rest[at..], w.as_bytes()))
            .map(|w| (at, *w))
    })
}

/// Where the next `year` or `yr` starts, in any case, from `from`: one
/// pass over the sentence without a lower-cased copy (a search per word
/// from each match read a long sentence once per match), the `y`s found
/// with SIMD (a byte loop read the 0.9 MB of years sentences a benchmark
/// pass holds at a byte a cycle).
fn next_years_word(bytes: &[u8], from: usize) -> Option<usize> {
    let english = memchr::memchr2_iter(b'y', b'Y', &bytes[from..])
        .map(|i| from + i)
        .find(|&i| {
            starts_with_folded(&bytes[i + 1..], b"ear") || starts_with_folded(&bytes[i + 1..], b"r")
        });
    // German: `3+ Jahre Erfahrung`.
    let german = memchr::memchr2_iter(b'j', b'J', &bytes[from..english.unwrap_or(bytes.len())])
        .map(|i| from + i)
        .find(|&i| starts_with_folded(&bytes[i + 1..], b"ahr"));
    german.or(english)
}

/// `s` after the first of `prefixes` (ASCII lower case) it starts with,
/// ignoring ASCII case.
fn strip_any_prefix<'s>(s: &'s str, prefixes: &[&str]) -> Option<&'s str> {
    prefixes
        .iter()
        .find(|p| starts_with_folded(s.as_bytes(), p.as_bytes()))
        .map(|p| &s[p.len()..])
}

/// Whether `bytes` starts with `lower` (ASCII lower case), ignoring ASCII case.
pub(crate) fn starts_with_folded(bytes: &[u8], lower: &[u8]) -> bool {
    bytes.len() >= lower.len() && bytes[..lower.len()].eq_ignore_ascii_case(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(s: &str) -> Vec<(f64, Option<f64>)> {
        find_years(s, 0, true)
            .iter()
            .map(|y| (y.min, y.max))
            .collect()
    }

    #[test]
    fn the_shapes_jds_use() {
        assert_eq!(years("5+ years of experience"), [(5.0, None)]);
        assert_eq!(
            years("at least three years in a similar role"),
            [(3.0, None)]
        );
        assert_eq!(years("3–5 years of Python"), [(3.0, Some(5.0))]);
        assert_eq!(years("3-5 years"), [(3.0, Some(5.0))]);
        assert_eq!(years("3 to 5 years"), [(3.0, Some(5.0))]);
        assert_eq!(years("minimum 2 yrs commercial"), [(2.0, None)]);
        assert_eq!(years("Python (3+ years)"), [(3.0, None)]);
        assert_eq!(years("five (5) years"), [(5.0, None)]);
        assert_eq!(years("Five or more years with Python"), [(5.0, None)]);
        assert_eq!(years("3 plus years"), [(3.0, None)]);
        assert_eq!(years("2 or more yrs"), [(2.0, None)]);
        // Words that give no figure, at the least they say.
        assert_eq!(years("a couple years of Go"), [(2.0, None)]);
        assert_eq!(years("several years of Java"), [(3.0, None)]);
        // Only a number before the words counts.
        assert!(years("ten-fold or more years").is_empty());
        assert!(years("surplus years").is_empty());
        assert_eq!(years("Seven-plus years of C++"), [(7.0, None)]);
        assert_eq!(years("Between 3 and 5 years of SQL"), [(3.0, Some(5.0))]);
        assert_eq!(years("between two and four years"), [(2.0, Some(4.0))]);
        // `and` without `between` joins two asks, not a range.
        assert_eq!(years("Go 2 and 4 years of Python"), [(4.0, None)]);
        assert!(years("yearly bonus").is_empty());
        // Any case, without a lower-cased copy of the sentence.
        assert_eq!(years("5+ YEARS of Go"), [(5.0, None)]);
        assert_eq!(years("Minimum 2 Yrs; 3 yEaR"), [(2.0, None), (3.0, None)]);
        assert!(years("Yearly bonus, 2 Yesterdays, every Yr2").is_empty());
        assert!(years("over 100 years of history").is_empty());
        assert!(years("founded in 2015, eight years ago we").len() == 1);
        // A share of the years for one skill, after the ask overall.
        assert_eq!(
            years("10+ years' experience, including 5 with Go"),
            [(10.0, None), (5.0, None)]
        );
        assert_eq!(
            years("8 years in software, of which at least three in Rust"),
            [(8.0, None), (3.0, None)]
        );
        assert_eq!(
            years("5 years, including 2 years with Go"),
            [(5.0, None), (2.0, None)]
        );
        assert_eq!(years("5 years including mentoring with Go"), [(5.0, None)]);
        assert_eq!(years("5 years including 300 with Go"), [(5.0, None)]);
        // The share's number first.
        assert_eq!(
            years("6+ years in platform roles, 3+ of them running Kubernetes"),
            [(6.0, None), (3.0, None)]
        );
        assert_eq!(
            years("5 years of backend work, two of those in Go"),
            [(5.0, None), (2.0, None)]
        );
        assert_eq!(years("5 years, 300 of them in Go"), [(5.0, None)]);
        assert_eq!(years("5 years; v2 of them in Go"), [(5.0, None)]);
        assert_eq!(
            years("5+ years with embedded systems, at least one of these areas: Rust"),
            [(5.0, None)]
        );
        assert_eq!(years("3 years across two of these products"), [(3.0, None)]);
        assert_eq!(years("3 years, 4 of them with Go"), [(3.0, None)]);
        assert_eq!(
            years("8 years in software, 3 of which in Rust"),
            [(8.0, None), (3.0, None)]
        );
        assert_eq!(
            years("5+ years backend engineering, 2+ in Go"),
            [(5.0, None), (2.0, None)]
        );
        assert_eq!(years("5 years, 20 in Go"), [(5.0, None)]);
        assert_eq!(years("5 years, 2 teams in Go"), [(5.0, None)]);
        assert_eq!(
            years("5 years, including 2 running Kubernetes"),
            [(5.0, None), (2.0, None)]
        );
    }

    #[test]
    fn a_decade_is_ten_years() {
        assert_eq!(years("A decade of experience"), [(10.0, None)]);
        assert_eq!(years("over a decade of experience"), [(10.0, None)]);
        assert_eq!(years("Two decades in finance"), [(20.0, None)]);
        assert_eq!(years("2 decades in finance"), [(20.0, None)]);
        // In order with the years around them.
        assert_eq!(
            years("a decade in software, including 3 years with Go"),
            [(10.0, None), (3.0, None)]
        );
        assert_eq!(
            years("3 years of Go and a decade of C"),
            [(3.0, None), (10.0, None)]
        );
        assert!(years("the decadent decades").is_empty());
        assert!(years("decades of history").is_empty());
    }

    #[test]
    fn months_of_experience_are_twelfths_of_a_year() {
        assert_eq!(
            years("6 months of experience with Terraform"),
            [(0.5, None)]
        );
        assert_eq!(years("18+ months' hands-on experience"), [(1.5, None)]);
        assert_eq!(years("6-12 Months Experience"), [(0.5, Some(1.0))]);
        assert_eq!(
            years("6 months of experience in Go and 2 years of Python"),
            [(0.5, None), (2.0, None)]
        );
        // A contract's months, or a probation's, are no experience.
        assert!(years("6 month contract, extension likely").is_empty());
        assert!(years("3 months probation; experience with Go").is_empty());
        assert!(years("monthly experience reports").is_empty());
    }
}
