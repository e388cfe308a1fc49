//! Finding skills in text: one pass of a multi-pattern automaton, then word
//! boundaries and context rules.

use crate::find;
use serde::{Deserialize, Serialize};

use super::acronyms::drop_redefined_acronyms;
use super::context::accept_in_context;
use super::cues::{cue_words, Cue, PatternCues};
use super::spellings::{char_at, ends_in_word, Spellings};
use super::taxonomy::{SkillId, Taxonomy};
use super::words::WordSet;
use crate::case::Lowercase;
use crate::fasthash::FastSet;

/// A skill found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillHit {
    /// The skill.
    pub skill: SkillId,
    /// Byte offset where the mention starts (a char boundary).
    pub start: usize,
    /// Byte offset just past the mention (a char boundary).
    pub end: usize,
    /// Whether the mention names a role or team rather than asking for the
    /// skill: `Java Developer`, `our QA engineers`, `the Backend team`.
    pub names_role: bool,
}

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone, Copy)]
enum PatternKind {
    Skill(SkillId),
    /// A phrase that hides the skill names inside it.
    Stop,
    /// A caller's extra word, by index.
    Extra(usize),
    /// A word that only tells what its sentence is about (see [`super::cues`]).
    Cue,
}

/// What [`Extractor::scan`] found.
struct Scan {
    hits: Vec<SkillHit>,
    extras: Vec<ExtraHit>,
    cues: Vec<Cue>,
    /// Whether a hit needs the context rules.
    pending_context: bool,
}

/// An extra word found by [`Extractor::extract_with_extras`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExtraHit {
    /// Index of the word in the extras given to [`Extractor::with_extras`].
    pub extra: usize,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset just past the end.
    pub end: usize,
}

/// A hit in wire form: the canonical name and the span, for highlighting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillSpan {
    /// Canonical skill name.
    pub skill: String,
    /// The skill's category or kind (`language`, …, `spoken`, `domain`, `certification`).
    pub category: String,
    /// Byte offset of the start, in the UTF-8 text.
    pub start: usize,
    /// Byte offset just past the end.
    pub end: usize,
    /// The text as written.
    pub text: String,
}

/// Finds taxonomy skills in text. Build it once per taxonomy and reuse it:
/// building compiles every spelling into one automaton.
#[derive(Debug, Clone)]
pub struct Extractor {
    taxonomy: Taxonomy,
    /// Every spelling, compiled into one automaton searched anchored at word starts.
    automaton: Spellings,
    /// Pattern index → what the pattern stands for.
    pattern_skill: Vec<PatternKind>,
    /// Pattern index → the sentence cue words in it (any kind of pattern:
    /// `user experience` holds `experience`).
    pattern_cues: Vec<PatternCues>,
}

/// Every spelling of every skill, with the skill it stands for: every
/// skill's own name first, then the aliases, so a skill's name is never
/// taken by another's alias (`Android Studio` is no spelling of the
/// Android SDK, whatever the alias lists say); otherwise the first skill
/// to claim a spelling keeps it. Each spelling is added to `seen`.
fn skill_spellings(taxonomy: &Taxonomy, seen: &mut FastSet<String>) -> Vec<(String, SkillId)> {
    let mut out = Vec::new();
    let names = taxonomy.skills().map(|(id, skill)| (id, &skill.name));
    let aliases = taxonomy
        .skills()
        .flat_map(|(id, skill)| skill.aliases.iter().map(move |alias| (id, alias)));
    for (id, spelling) in names.chain(aliases) {
        for v in variants(spelling) {
            if !v.trim().is_empty() && seen.insert(v.clone()) {
                out.push((v, id));
            }
        }
    }
    out
}

/// The spellings a name is matched in: as written, and with `/` read as a
/// space (`CI/CD`, `CI CD`). (Hyphens and spaces need no variants: the
/// walk reads a hyphen between words as a space.)
fn variants(name: &str) -> Vec<String> {
    let lower = name.lowercase();
    let mut out = Vec::with_capacity(2);
    // Most names have none of these characters: skip building copies then.
    for (from, to) in [("/", " "), (" / ", "/")] {
        if lower.contains(from) {
            let v = lower.replace(from, to);
            if v != lower && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out.insert(0, lower);
    out
}

impl Extractor {
    /// Compiles every name and alias of `taxonomy` into one automaton.
    pub fn new(taxonomy: Taxonomy) -> Self {
        Self::with_extras(taxonomy, &[])
    }

    /// Like [`Extractor::new`], also matching `extras` (words at word starts,
    /// reported by [`Extractor::extract_with_extras`] with their index and
    /// without boundary or context checks), so a caller that looks for other
    /// words too (the analyzer's work-rights and salary triggers) needs no
    /// second pass over the text.
    pub fn with_extras(taxonomy: Taxonomy, extras: &[&str]) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_skill = Vec::new();
        // The spellings found fill `seen`, so the words added after them
        // are checked against them without a second set of the same
        // thousands of names.
        let mut seen = FastSet::default();
        for (spelling, id) in skill_spellings(&taxonomy, &mut seen) {
            patterns.push(spelling);
            pattern_skill.push(PatternKind::Skill(id));
        }
        for stop in STOP_PHRASES.lines() {
            if seen.insert(stop.to_owned()) {
                patterns.push(stop.to_owned());
                pattern_skill.push(PatternKind::Stop);
            }
        }
        for (k, extra) in extras.iter().enumerate() {
            let extra = extra.to_ascii_lowercase();
            if seen.insert(extra.clone()) {
                patterns.push(extra);
                pattern_skill.push(PatternKind::Extra(k));
            }
        }
        for cue in cue_words() {
            if seen.insert(cue.to_owned()) {
                patterns.push(cue.to_owned());
                pattern_skill.push(PatternKind::Cue);
            }
        }
        let pattern_cues = patterns.iter().map(|p| PatternCues::of(p)).collect();
        // Anchored at word starts: a skill never starts inside a word, and
        // searching only there skips the many matches of short names
        // (`c`, `r`, `go`) inside other words.
        // Analyzer triggers (`sponsor` in `sponsorship`) count inside
        // words; skills and stop phrases there would be rejected anyway.
        let automaton = Spellings::new(&patterns, |pid| {
            matches!(pattern_skill[pid], PatternKind::Extra(_))
        });
        Self {
            taxonomy,
            automaton,
            pattern_skill,
            pattern_cues,
        }
    }

    /// Every spelling the automaton matches, lower-cased, with the canonical
    /// skill it stands for: the dictionary other extractors are given in
    /// the benchmark, so all of them look for the same words. A matcher
    /// that reads text as written gets a multiword spelling in both forms
    /// the walk reads alike, with spaces and with hyphens (`machine
    /// learning`, `machine-learning`).
    pub fn spellings(&self) -> Vec<(String, String)> {
        let mut seen = FastSet::default();
        let mut out = Vec::new();
        for (spelling, id) in skill_spellings(&self.taxonomy, &mut FastSet::default()) {
            let name = &self.taxonomy.get(id).name;
            let hyphened = spelling.replace(' ', "-");
            let spaced = spelling.replace('-', " ");
            for form in [spelling, hyphened, spaced] {
                if seen.insert(form.clone()) {
                    out.push((form, name.clone()));
                }
            }
        }
        out
    }

    /// The taxonomy this extractor matches.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.taxonomy
    }

    /// Every raw automaton match at the word starts the scan tries, before
    /// boundaries and context (skill spellings, stop phrases, extras and
    /// sentence cue words): the lower bound of extraction cost, used by the
    /// benchmark.
    pub fn count_raw_matches(&self, text: &str) -> usize {
        let mut n = 0;
        self.automaton.scan(text, |_, _, _| n += 1);
        n
    }

    /// Every skill mentioned in `text`, in order, without overlaps.
    ///
    /// Matches are case-insensitive, longest first, and must stand on word
    /// boundaries that understand names like `C++`, `C#`, `.NET`, `Node.js`
    /// and `CI/CD`. A skill that is also an everyday word ("Go", "Rust",
    /// "Swift", "Excel", …) counts only in technical context: in a list of
    /// other skills, or next to words like "programming", "experience in" or
    /// "developer".
    pub fn extract(&self, text: &str) -> Vec<SkillHit> {
        self.extract_with_extras(text).0
    }

    /// [`Extractor::extract`], plus the extra words given to
    /// [`Extractor::with_extras`], in one pass.
    pub fn extract_with_extras(&self, text: &str) -> (Vec<SkillHit>, Vec<ExtraHit>) {
        let Scan {
            mut hits,
            extras,
            cues,
            pending_context,
        } = self.scan(text);
        if pending_context {
            accept_in_context(text, &self.taxonomy, &cues, &mut hits);
        }
        drop_redefined_acronyms(text, &self.taxonomy, &mut hits);
        (hits, extras)
    }

    /// The automaton's pass over `text`: the skill names on word boundaries
    /// (before context rules), the extra words and the sentence cues.
    fn scan(&self, text: &str) -> Scan {
        // Job descriptions name a skill every ~120 bytes (before the
        // context rules), an extra word every ~400 and a sentence cue every
        // ~50 (the benchmark corpus; half the texts more often): reserving
        // twice that up front saves nearly all the growing, which in
        // WebAssembly's allocator copies.
        let mut extras: Vec<ExtraHit> = Vec::with_capacity(room_for(text, 200));
        let mut hits: Vec<SkillHit> = Vec::with_capacity(room_for(text, 60));
        let mut pending_context = false;
        // The line of the last hit: its bounds, whether it reads as a job
        // title, and then where its role nouns are.
        let mut title_line = ((usize::MAX, 0), false);
        let mut role_nouns: Vec<(usize, usize)> = Vec::new();
        // The last list read on to its end for a team noun after it, so
        // each item of one list shares one reading (see [`list_of_teams`]).
        let mut team_list = (0, false);
        // The sentence cue words, in order: a few per sentence.
        let mut cues: Vec<Cue> = Vec::with_capacity(room_for(text, 25));
        self.automaton.scan(text, |pattern, start, end| {
            let in_pattern = self.pattern_cues[pattern];
            if !in_pattern.is_empty() {
                in_pattern.found(text, start, end, &mut cues);
            }
            let skill = match self.pattern_skill[pattern] {
                PatternKind::Skill(skill) => skill,
                PatternKind::Extra(extra) => {
                    extras.push(ExtraHit { extra, start, end });
                    return;
                }
                // A stop phrase swallows the skill names inside it.
                PatternKind::Stop | PatternKind::Cue => return,
            };
            if !on_boundaries(text, start, end)
                || !short_name_case_ok(&text[start..end])
                || in_url(text, start, end)
                || (end - start == 5 && super::context::is_react_the_verb(text, start, end))
                || super::employer::names_the_employer(text, start, end)
            {
                return;
            }
            let def = self.taxonomy.get(skill);
            pending_context |= def.needs_context || def.needs_capital || def.generic;
            let names_role =
                names_role(text, end) || in_a_list_of_teams(text, end, &mut team_list) || {
                    let ((lo, hi), _) = title_line;
                    let line = if lo <= start && end <= hi {
                        (lo, hi)
                    } else {
                        line_bounds(text, start)
                    };
                    if title_line.0 != line {
                        let title =
                            title_role_nouns(&text[line.0..line.1], line.0, &mut role_nouns);
                        title_line = (line, title);
                    }
                    // Skills on a title naming a role elsewhere name the position.
                    title_line.1
                        && role_nouns
                            .iter()
                            .any(|&(from, to)| !(from < end && start < to))
                };
            // `Senior Python Ninja`: the title's role noun is no skill.
            if title_line.1 && role_nouns.iter().any(|&(from, _)| from == start) {
                return;
            }
            hits.push(SkillHit {
                skill,
                start,
                end,
                names_role,
            });
        });
        Scan {
            hits,
            extras,
            cues,
            pending_context,
        }
    }

    /// The sentence cues the pass over `text` finds, for tests.
    #[cfg(test)]
    pub(super) fn cues(&self, text: &str) -> Vec<Cue> {
        self.scan(text).cues
    }

    /// [`Extractor::extract`] in wire form, for highlighting.
    pub fn extract_spans(&self, text: &str) -> Vec<SkillSpan> {
        self.extract(text)
            .into_iter()
            .map(|h| {
                let def = self.taxonomy.get(h.skill);
                SkillSpan {
                    skill: def.name.clone(),
                    category: def.kind.as_str().to_owned(),
                    start: h.start,
                    end: h.end,
                    text: text[h.start..h.end].to_owned(),
                }
            })
            .collect()
    }
}

/// Phrases that contain a skill's name without meaning the skill; being
/// longer, they win the leftmost-longest match and hide it.
const STOP_PHRASES: &str = phrase_lines![
    "r&d",
    "r & d",
    "m/f/d",
    "m/w/d",
    "f/m/d",
    "w/m/d",
    "m/f/x",
    "m/f/div",
    // (The walk reads `go to market` and `c suite` in these too.)
    "go-to-market",
    "go-live",
    "c-suite",
    "c-level",
    "b2b",
    "b2c",
    "share scheme",
    "bonus scheme",
    "pension scheme",
    "protection scheme",
    "assistance scheme",
    "incentive scheme",
    "referral scheme",
    "cycle to work scheme",
    "grade c",
    "plan b",
    "r&d tax",
    "q&a",
    "p&l",
    // Benefits and everyday phrases around general terms.
    "job security",
    "national insurance",
    "health insurance",
    "medical insurance",
    "life insurance",
    "dental insurance",
    "travel insurance",
    "accident insurance",
    "disability insurance",
    "insurance plan",
    "insurance plans",
    "insurance scheme",
    "insurance schemes",
    // An applicant's privacy notice, not data protection asked for.
    "data protection statement",
    "data protection notice",
    "data protection policy",
    "data protection information",
    // A benefit, not the skill of mentoring others.
    "mentoring program",
    "mentoring programme",
    "mentorship program",
    "mentorship programme",
    // Where to see an applicant's code, not a tool asked for.
    "github profile",
    "github link",
    // The shape of a test suite, not the Python framework.
    "testing pyramid",
    "test pyramid",
    // Meeting people, not computer networks.
    "networking opportunities",
    "networking opportunity",
    "networking events",
    "networking event",
    "private healthcare",
    "private health care",
    "private health insurance",
    "rest of",
    "rest assured",
    "in compliance with",
    // The season of a program, not the Java framework (`Spring Graduate
    // Program`, a bank's `Spring Week`).
    "spring graduate",
    "spring intern",
    "spring internship",
    "spring internships",
    "spring week",
    "spring semester",
    "spring term",
    "spring cohort",
    // Coffee, not the language, however it is capitalised (`a hot cup of
    // Java`, `freshly brewed Java`, `dark roasted Java`, `We roast our own
    // Java`).
    "cup of java",
    "cups of java",
    "mug of java",
    "java coffee",
    "java beans",
    "java blend",
    "java break",
    "roasted java",
    "brewed java",
    "roast our own java",
    "freshly ground java",
];

/// Nouns that, right after a skill, make the phrase name a role or a team.
static ROLE_NOUNS: WordSet = WordSet::new(&[
    "developer",
    "developers",
    "engineer",
    "engineers",
    "engineering",
    "programmer",
    "programmers",
    "architect",
    "architects",
    "lead",
    "leads",
    "team",
    "teams",
    "specialist",
    "specialists",
    "consultant",
    "consultants",
    "administrator",
    "administrators",
    "analyst",
    "analysts",
    "tester",
    "testers",
    "manager",
    "managers",
    "position",
    "role",
    "roles",
    "opening",
    "vacancy",
    "guild",
    "chapter",
    "squad",
    "squads",
    "department",
    "ninja",
    "expert",
    "experts",
    "professional",
    "professionals",
    "designer",
    "designers",
    "scientist",
    "scientists",
    "intern",
    "interns",
    "contractor",
    "contractors",
    // `PhD students`, `Master students`: the people, not the degree asked.
    "student",
    "students",
    "postdoc",
    "postdocs",
]);

/// How far the context rules look around a mention. Bounding the look
/// keeps extraction linear on text without line breaks.
pub(crate) const WINDOW: usize = 400;

/// The line around `at`. Hits come in order and share their line's
/// verdict, so each line is searched once, however long.
fn line_bounds(text: &str, at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let from = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
    let to = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |i| at + i);
    (from, to)
}

pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Room for the items of `text` found every `bytes` bytes, and for a
/// handful more in a description (short ones are often dense); none for a
/// title, which may have none.
pub(crate) fn room_for(text: &str, bytes: usize) -> usize {
    text.len() / bytes + if text.len() > 256 { 16 } else { 0 }
}

/// The longest line that can be a job title, in bytes.
const TITLE_MAX: usize = 120;

/// Words that make a line a sentence rather than a job title.
static SENTENCE_WORDS: WordSet = WordSet::new(&[
    "you", "we", "will", "are", "is", "with", "for", "our", "your", "join", "looking",
]);

/// Words of a requirement, not of a title: in lower case anywhere on a
/// line (`Bachelor degree in Computer Science or Software Engineering`,
/// `Strong Python skills`), or as its first word in any case (`A degree
/// in…`, `Experience working in an Agile Team`, `Knowledge of Kubernetes
/// and DevOps Engineering`). Without them such a line, short, unpunctuated
/// and holding a capitalised role noun, read as a title, and its skills
/// as naming the role.
static REQUIREMENT_WORDS: WordSet = WordSet::new(&[
    "a",
    "an",
    "ability",
    "background",
    "building",
    "degree",
    "demonstrated",
    "developing",
    "equivalent",
    "excellent",
    "experience",
    "expertise",
    "exposure",
    "familiarity",
    "good",
    "including",
    "knowledge",
    "practices",
    "proficiency",
    "proficient",
    "proven",
    "similar",
    "skill",
    "skills",
    "solid",
    "strong",
    "understanding",
    "using",
]);

/// Role nouns that, first on a line, describe what follows instead
/// (`- Expert SQL`, `Professional Java experience`, `Lead Kubernetes
/// migrations`): a requirement or a duty, not a title.
static LEADING_MODIFIERS: WordSet = WordSet::new(&["expert", "professional", "lead"]);

/// Whether `word` is one of the [`LEADING_MODIFIERS`]; their lengths answer
/// for most first words of a line before the set is asked.
fn is_leading_modifier(word: &str) -> bool {
    matches!(word.len(), 4 | 6 | 12) && LEADING_MODIFIERS.contains(word)
}

/// Whether `word` numbers a list item as a bullet would mark it: `1.`,
/// `12)`, `(3)`, `a)`, `(b)`.
fn is_item_number(word: &str) -> bool {
    let bytes = word.as_bytes();
    let inner = match bytes {
        [b'(', inner @ .., b')'] => inner,
        [inner @ .., b'.' | b')'] => inner,
        _ => return false,
    };
    match inner {
        [b'a'..=b'z'] => bytes.last() == Some(&b')'),
        _ => (1..=3).contains(&inner.len()) && inner.iter().all(u8::is_ascii_digit),
    }
}

/// Whether a line could be a job title (`Senior Java Developer`,
/// `Software Engineer - Java (m/f/d)`): short and not a sentence. If it
/// could, its capitalised role nouns go into `role_nouns` (emptied first),
/// as spans from `offset` with the whitespace after them: a skill on the
/// line names the position when a role noun lies outside its span. One
/// pass over the words answers both.
fn title_role_nouns(line: &str, offset: usize, role_nouns: &mut Vec<(usize, usize)>) -> bool {
    role_nouns.clear();
    // Most lines are sentences: the end mark tells before the words do.
    if line.len() >= TITLE_MAX || find::ends_with_any(line.trim_end(), b".:!?") {
        return false;
    }
    let mut count = 0;
    // No word with a letter or digit yet (bullets and dashes come first).
    let mut leading = true;
    // Whether the word before ended with a comma: a role noun after one is
    // an item of a list (`Python, Ninja, Go` names the build tool).
    let mut listed = false;
    // Whether the word is inside brackets: a role noun there says what
    // the skill is for (`AWS certification (Solutions Architect)`), not
    // the line's role.
    let mut bracketed = false;
    for (from, to) in whitespace_words(line) {
        count += 1;
        let word = &line[from..to];
        let after_comma = std::mem::replace(&mut listed, word.ends_with(','));
        let in_brackets = bracketed || word.starts_with('(');
        bracketed = in_brackets && !word.ends_with(')');
        if count > 16 || SENTENCE_WORDS.contains(word) {
            role_nouns.clear();
            return false;
        }
        let first_word = leading;
        // `1. Expert in Java`: the number is the item's bullet.
        if first_word && is_item_number(word) {
            continue;
        }
        // A word starting with a lower-case letter starts so when trimmed:
        // it names no role (most words of a line), but may be a
        // requirement's.
        if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            if REQUIREMENT_WORDS.contains(word.trim_end_matches(|c: char| !c.is_alphanumeric())) {
                role_nouns.clear();
                return false;
            }
            leading = false;
            continue;
        }
        let w = word.trim_matches(|c: char| !c.is_alphanumeric());
        if first_word && REQUIREMENT_WORDS.contains(w) {
            role_nouns.clear();
            return false;
        }
        leading &= w.is_empty();
        if first_word && is_leading_modifier(w) {
            continue;
        }
        if !after_comma
            && !in_brackets
            && w.chars().next().is_some_and(char::is_uppercase)
            && ROLE_NOUNS.contains(w)
        {
            // The span takes the one whitespace character after the word.
            let space = line[to..].chars().next().map_or(0, char::len_utf8);
            role_nouns.push((offset + from, offset + to + space));
        }
    }
    count > 0
}

/// Where the first line of `text` lies, trimmed, when it reads as a job
/// title (`Senior Backend Engineer (Go)`: short, not a sentence, naming a
/// role), as the text of a listing pasted whole begins.
pub(crate) fn leading_title(text: &str) -> Option<(usize, usize)> {
    let start = text.len() - text.trim_start().len();
    let line = text[start..].lines().next()?.trim_end();
    let mut role_nouns = Vec::new();
    (title_role_nouns(line, 0, &mut role_nouns) && !role_nouns.is_empty())
        .then_some((start, start + line.len()))
}

/// The words of a line between whitespace, as byte ranges, as
/// `split_whitespace` finds them. An ASCII line is read byte by byte (the
/// scan asks this of every line with a skill on it, and tag lines are
/// many); another is split by `char`.
fn whitespace_words(line: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = line.as_bytes();
    let ascii = line.is_ascii();
    let mut at = 0;
    std::iter::from_fn(move || {
        if ascii {
            let from = at + bytes[at..].iter().position(|&b| !is_ascii_space(b))?;
            let to = bytes[from..]
                .iter()
                .position(|&b| is_ascii_space(b))
                .map_or(bytes.len(), |n| from + n);
            at = to;
            Some((from, to))
        } else {
            let from = at + line[at..].find(|c: char| !c.is_whitespace())?;
            let to = line[from..]
                .find(char::is_whitespace)
                .map_or(line.len(), |n| from + n);
            at = to;
            Some((from, to))
        }
    })
}

/// The ASCII characters `char::is_whitespace` accepts: tab to carriage
/// return, and the space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Whether the words after a skill name a role or a team (`Java
/// developer`, `our QA engineers`). `Engineering` names one only with a
/// role noun of its own after it (`our Java engineering team`): alone it
/// is the discipline asked for (`4+ years in ML engineering`).
fn names_role(text: &str, end: usize) -> bool {
    let (word, rest) = next_word(&text[end..]);
    if word.eq_ignore_ascii_case("engineering") {
        let (after, _) = next_word(rest);
        return !after.is_empty() && ROLE_NOUNS.contains(after);
    }
    !word.is_empty() && ROLE_NOUNS.contains(word)
}

/// Whether the mention ending at `end` is one of a list of teams (`data
/// science, and go-to-market teams`, `our DevOps, QA and security teams`):
/// a list goes on after it, and ends in a team noun. `read` is the last
/// list read (where its reading ended, and its answer): the list's other
/// items share it. Asked of every mention; most are turned away by the
/// bytes after them. Out of line: inlined, it changed how the scan's loop
/// around it was compiled (+1 % of the analysis's instructions).
#[inline(never)]
fn in_a_list_of_teams(text: &str, end: usize, read: &mut (usize, bool)) -> bool {
    if end < read.0 {
        return read.1;
    }
    let after = &text.as_bytes()[end..];
    let rest = match after {
        [b' ', rest @ ..] => rest,
        rest => rest,
    };
    let goes_on = match rest {
        [b',' | b'/' | b'&', ..] => true,
        [a, n, d, b' ', ..] => [a, n, d].map(|b| b | 0x20) == [b'a', b'n', b'd'],
        [o, r, b' ', ..] => [o, r].map(|b| b | 0x20) == [b'o', b'r'],
        _ => false,
    };
    if !goes_on {
        return false;
    }
    *read = list_of_teams(text, end);
    read.1
}

/// Reads on from `end` over a list's other items, word by word, to a team
/// noun after them (`and security teams`; `teams`, `squads`,
/// `departments`: plural, as the singular is also a modifier, `CI/CD and
/// great team spirit`); a word that starts another
/// clause (`for`, `our`, `with`), the end of a sentence or line, or a
/// bracket ends the list first. Gives where the reading stopped, and
/// whether it found the noun.
#[inline(never)]
fn list_of_teams(text: &str, end: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut at = end;
    // The words of the item being read; none right after a word that joins
    // items (`,`, `and`), where the noun may not stand (`Python, Go, teams
    // of five` lists no teams).
    let mut item_words = 0;
    for _ in 0..8 {
        while bytes.get(at).is_some_and(|&b| b == b' ' || b == b'\t') {
            at += 1;
        }
        let from = at;
        while bytes
            .get(at)
            .is_some_and(|&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            at += 1;
        }
        let token = &bytes[from..at];
        if token.is_empty() {
            // The end of the line or text.
            break;
        }
        let marks = token
            .iter()
            .rev()
            .take_while(|b| matches!(b, b',' | b'.' | b';' | b':' | b'!' | b'?'))
            .count();
        let word = &token[..token.len() - marks];
        if matches!(word.len(), 5 | 6 | 11)
            && [&b"teams"[..], b"squads", b"departments"]
                .iter()
                .any(|noun| word.eq_ignore_ascii_case(noun))
        {
            return (at, item_words > 0);
        }
        // A mark other than a comma after the word ends the sentence or
        // clause; so does a bracket, or a word that starts a clause.
        if token[word.len()..].iter().any(|&b| b != b',')
            || word.iter().any(|&b| b == b'(' || b == b')')
            || CLAUSE_WORDS.contains_bytes(word)
        {
            break;
        }
        let joins = matches!(word, b"&" | b"/")
            || word.eq_ignore_ascii_case(b"and")
            || word.eq_ignore_ascii_case(b"or");
        let words = if joins || word.is_empty() {
            0
        } else {
            item_words + 1
        };
        // An item of more than three words is a clause of its own
        // (`and experience in regulated industries`).
        if words > 3 {
            break;
        }
        item_words = if marks > 0 { 0 } else { words };
    }
    (at, false)
}

/// Words that start another clause, ending a list before its noun: `Python
/// and Go for our data teams` lists no teams.
static CLAUSE_WORDS: WordSet = WordSet::new(&[
    "a",
    "across",
    "an",
    "are",
    "as",
    "at",
    "be",
    "by",
    "can",
    "for",
    "from",
    "in",
    "including",
    "into",
    "is",
    "its",
    "like",
    "must",
    "of",
    "on",
    "our",
    "should",
    "such",
    "that",
    "the",
    "their",
    "this",
    "to",
    "we",
    "which",
    "while",
    "who",
    "will",
    "with",
    "you",
    "your",
    // What a requirement does with teams starts a clause of its own
    // (`and experience leading teams`, `mentoring junior teams`).
    "experience",
    "ability",
    "plus",
    "lead",
    "leading",
    "manage",
    "managing",
    "mentor",
    "mentoring",
    "build",
    "building",
    "grow",
    "growing",
    "coach",
    "coaching",
    "scale",
    "scaling",
    "support",
    "supporting",
    "run",
    "running",
    "guide",
    "guiding",
    "help",
    "helping",
    "work",
    "working",
    "join",
    "joining",
    "within",
]);

/// The text after the last of `marks` within `reach` bytes of the end of
/// `head` (all of `head` when it is that short and holds none); `None`
/// when the clause runs on further back. For readers that want the start
/// of a short clause without reading a one-line paste of megabytes back.
pub(crate) fn short_clause_before<'t>(
    head: &'t str,
    marks: &[char],
    reach: usize,
) -> Option<&'t str> {
    let from = floor_char_boundary(head, head.len().saturating_sub(reach));
    match head[from..].rfind(marks) {
        Some(i) => Some(&head[from + i + 1..]),
        None if from == 0 => Some(head),
        None => None,
    }
}

/// The run of ASCII letters and digits after spaces, tabs and dashes at
/// the start of `text`, and the text after it.
pub(crate) fn next_word(text: &str) -> (&str, &str) {
    let rest = find::trim_start_any(text, b" \t-");
    let len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    rest.split_at(len)
}

/// Whether `word` is in `list` (lower-case entries), ignoring ASCII case,
/// without allocating. Not inlined in WebAssembly: a copy at each of its
/// hundred-odd readers cost 10 KB of the module.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// [`in_list`] for a list written with `phrase_lines!`, a phrase a line
/// in lower case; `word` is one phrase, without a newline.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn in_lines(lines: &str, word: &str) -> bool {
    let (lines, word) = (lines.as_bytes(), word.as_bytes());
    let Some(first) = word.first() else {
        return false;
    };
    // One search for the word's first letter over the whole list (SIMD),
    // then a comparison where a line of the word's length starts there.
    memchr::memchr_iter(first.to_ascii_lowercase(), lines).any(|at| {
        let end = at + word.len();
        (at == 0 || lines[at - 1] == b'\n')
            && lines.get(end).map_or(end == lines.len(), |&b| b == b'\n')
            && lines[at..end].eq_ignore_ascii_case(word)
    })
}

/// Short names usually written in lower case, which may match as written.
static LOWERCASE_SHORT_NAMES: WordSet = WordSet::new(&[
    "npm", "pip", "dbt", "git", "vim", "zsh", "sed", "awk", "sql", "css", "php", "aws", "gcp",
    "xml",
    // Tag lines (`java kotlin spring-boot tdd`) and lower-case stack lists;
    // none of these is an everyday word.
    "tdd", "bdd", "etl", "ios", "oop", "vue", "lua", "jwt", "svn", "eks", "aks", "gke", "dns",
    "cdn",
]);

/// A name of three letters or fewer must not match an all-lower-case word
/// (`it`, `hr`, `ai`, `ml` are everyday words or units; `IT`, `HR`, `AI`
/// and `ML` are the skills), unless it is usually written that way.
fn short_name_case_ok(mention: &str) -> bool {
    if mention.len() > 3 || !mention.bytes().all(|b| b.is_ascii_alphabetic()) {
        return true;
    }
    !mention.bytes().all(|b| b.is_ascii_lowercase()) || LOWERCASE_SHORT_NAMES.contains(mention)
}

/// Whether `[start, end)` stands on word boundaries. A mention may not
/// continue a word on either side; `C` followed by `+` or `#` is another
/// language, and `x.NET` or `Node.jsx` are other words. Punctuation beyond
/// ASCII bounds words too (`“Python”`, `Python’s`).
fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let first = bytes[start];
    let word_first = first.is_ascii_alphanumeric() || first == b'_' || first >= 0x80;
    if start > 0 {
        if word_first && ends_in_word(text, start) {
            return false;
        }
        // `foo.js`, `api-key`: a dot or hyphen glued to a word before.
        if word_first
            && matches!(bytes[start - 1], b'.' | b'-' | b'@')
            && start > 1
            && ends_in_word(text, start - 1)
        {
            return false;
        }
    }
    if end < bytes.len() {
        if ends_in_word(text, end) && char_at(text, end).0 {
            return false;
        }
        // `C` of `C++`, `F` of `F#`; but a version's `+` is `or later`
        // (`Java 11+`, `Python 3+`).
        if matches!(bytes[end], b'+' | b'#')
            && !(bytes[end] == b'+' && bytes[end - 1].is_ascii_digit())
        {
            return false;
        }
        // `Node.jsx`, `node@18`: a longer word; but a version goes on
        // after its major number (`Python 3.11`, `Python 3.x`).
        let next = bytes.get(end + 1).copied();
        let version_goes_on = bytes[end] == b'.'
            && bytes[end - 1].is_ascii_digit()
            && next.is_some_and(|b| b.is_ascii_digit() || b == b'x');
        if matches!(bytes[end], b'.' | b'@')
            && next.is_some_and(|b| b.is_ascii_alphanumeric())
            && !version_goes_on
        {
            return false;
        }
    }
    true
}

/// Whether `[start, end)` is part of a web address rather than a name in
/// the text: the scheme (`https` of `https://jobs.example.com`), or a piece
/// of the address after it or after `www.` (`rust` in
/// `https://example.com/jobs/rust`). An application link would otherwise
/// ask every listing for HTTP. An address without either (`github.com/x`)
/// is not told from a list such as `Node.js/React`, so it is read as text.
fn in_url(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[end..].starts_with(b"://") {
        return true;
    }
    // Inside an address a name follows its punctuation; most names follow
    // a space, and are answered by this one byte.
    if start == 0 || !b"/.=?&#-_:@%~+".contains(&bytes[start - 1]) {
        return false;
    }
    // The address-like run before the name: back to a space, `(`, `<` or `"`.
    let floor = start.saturating_sub(WINDOW);
    let token_start = bytes[floor..start]
        .iter()
        .rposition(|b| b.is_ascii_whitespace() || matches!(b, b'(' | b'<' | b'"'))
        .map_or(floor, |i| floor + i + 1);
    let token = &bytes[token_start..start];
    token.windows(3).any(|w| w == b"://") || token.starts_with(b"www.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The readings the byte-level ones replaced, by `char` throughout.
    fn could_be_title_by_char(line: &str) -> bool {
        if line.len() >= TITLE_MAX || find::ends_with_any(line.trim_end(), b".:!?") {
            return false;
        }
        let mut count = 0;
        let mut leading = true;
        for w in line.split_whitespace() {
            count += 1;
            if count > 16 || SENTENCE_WORDS.contains(w) {
                return false;
            }
            let first_word = leading;
            if first_word && is_item_number(w) {
                continue;
            }
            let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric());
            leading &= trimmed.is_empty();
            if REQUIREMENT_WORDS.contains(trimmed)
                && (first_word || w.starts_with(|c: char| c.is_ascii_lowercase()))
            {
                return false;
            }
        }
        count > 0
    }

    fn role_nouns_by_char(line: &str, offset: usize) -> Vec<(usize, usize)> {
        let mut at = offset;
        let mut leading = true;
        let mut listed = false;
        let mut bracketed = false;
        line.split_inclusive(char::is_whitespace)
            .filter_map(|w| {
                let span = (at, at + w.len());
                at = span.1;
                let after_comma = if w.trim().is_empty() {
                    listed
                } else {
                    std::mem::replace(&mut listed, w.trim_end().ends_with(','))
                };
                let word = w.trim_end();
                let in_brackets = bracketed || word.starts_with('(');
                if !word.is_empty() {
                    bracketed = in_brackets && !word.ends_with(')');
                }
                let first_word = leading;
                if first_word && is_item_number(w.trim_end()) {
                    return None;
                }
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                leading &= w.is_empty();
                (!after_comma
                    && !in_brackets
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && ROLE_NOUNS.contains(w)
                    && !(first_word && LEADING_MODIFIERS.contains(w)))
                .then_some(span)
            })
            .collect()
    }

    /// The title reading as one pass gives it: whether the line could be
    /// a title, and then its role nouns.
    fn title_reading(line: &str, offset: usize) -> (bool, Vec<(usize, usize)>) {
        let mut role_nouns = vec![(0, 0)];
        let title = title_role_nouns(line, offset, &mut role_nouns);
        (title, role_nouns)
    }

    /// The same by `char`, from the two readings the pass replaced.
    fn title_reading_by_char(line: &str, offset: usize) -> (bool, Vec<(usize, usize)>) {
        let title = could_be_title_by_char(line);
        let nouns = if title {
            role_nouns_by_char(line, offset)
        } else {
            Vec::new()
        };
        (title, nouns)
    }

    #[test]
    fn in_lines_finds_whole_lines_in_any_case() {
        let list = phrase_lines!["go", "javascript", "ruby on rails"];
        for word in ["go", "Go", "JavaScript", "ruby on rails"] {
            assert!(in_lines(list, word), "{word}");
        }
        for word in ["java", "javascripts", "g", "rails", "", "on"] {
            assert!(!in_lines(list, word), "{word:?}");
        }
        // Without the final newline too.
        assert!(in_lines("a\nbc", "bc") && !in_lines("a\nbc", "b"));
    }

    #[test]
    fn title_lines_and_their_role_nouns() {
        assert!(title_reading("Senior Java Developer", 0).0);
        assert_eq!(
            title_reading("We are looking for a Java Developer", 0),
            (false, vec![])
        );
        assert!(!title_reading("Java Developer.", 0).0);
        assert_eq!(
            title_reading("Java  Developer\t(m/f/d)", 10),
            (true, vec![(16, 26)])
        );
        // First on the line, `Expert` and `Lead` describe what follows.
        for line in [
            "* Expert SQL",
            "— Expert SQL",
            "•  Professional Java experience",
            // A numbered item's number is its bullet.
            "1. Expert in Java or Kotlin",
            "12) Expert SQL",
            "(b) Professional Java experience",
        ] {
            // (`experience` then says the line is a requirement outright.)
            let reading = title_reading(line, 0);
            assert!(reading.1.is_empty(), "{line}");
            assert_eq!(reading.0, !line.ends_with("experience"), "{line}");
            assert_eq!(title_reading_by_char(line, 0), reading, "{line}");
        }
        assert_eq!(
            title_reading("Lead Java Developer", 0),
            (true, vec![(10, 19)])
        );
        // Requirements with a capitalised role noun are not titles.
        for line in [
            "- A degree in Computer Science, Software Engineering or similar",
            "Bachelor degree in Computer Science or Software Engineering",
            "- Experience working in an Agile Team",
            "* Strong Python skills, Software Engineering best practices",
            "2. Knowledge of Kubernetes and DevOps Engineering",
        ] {
            assert_eq!(title_reading(line, 0), (false, vec![]), "{line}");
            assert_eq!(title_reading_by_char(line, 0), (false, vec![]), "{line}");
        }
        // Their words elsewhere on a title, capitalised, are the title's.
        assert!(title_reading("User Experience Designer", 0).0);
        assert!(title_reading("Senior Java Developer - Customer Experience Team", 0).0);
        // A role noun in brackets says what a skill is for, not the line's role.
        for line in [
            "- AWS certification (Solutions Architect Associate or higher)",
            "AWS (Solutions Architect)",
        ] {
            assert!(title_reading(line, 0).1.is_empty(), "{line}");
            assert_eq!(
                title_reading_by_char(line, 0),
                title_reading(line, 0),
                "{line}"
            );
        }
        let line = "Rust\u{a0}Engineer\u{2003}Lead";
        assert_eq!(title_reading(line, 0), title_reading_by_char(line, 0));
        assert_eq!(title_reading(line, 0).1.len(), 2);
    }

    /// Pieces of title lines: ASCII ones (the byte-level reading) first.
    const ASCII_PIECES: &[&str] = &[
        "Java",
        "Developer",
        "Expert",
        "*",
        "engineer",
        "Lead",
        "we",
        "You",
        "-",
        "(m/f/d)",
        "1.",
        "(2)",
        "a)",
        ",",
        " ",
        "  ",
        "\t",
        "\u{b}",
        "\u{c}",
        "\r",
        "Engineer:",
        "(Solutions",
        "Architect)",
        "(",
        ")",
        "degree",
        "Strong",
        "a",
        "skills,",
        ".",
        "!",
        "x",
    ];
    const OTHER_PIECES: &[&str] = &[
        "\u{a0}",
        "\u{2003}",
        "\u{85}",
        "é",
        "Ingénieur",
        "日本",
        "—",
        "•",
    ];

    fn agree(line: &str, offset: usize) -> Result<(), TestCaseError> {
        prop_assert_eq!(
            title_reading(line, offset),
            title_reading_by_char(line, offset)
        );
        Ok(())
    }

    proptest! {
        #[test]
        fn byte_level_title_reading_agrees_with_chars_on_ascii(
            parts in proptest::collection::vec(proptest::sample::select(ASCII_PIECES), 0..40),
            offset in 0usize..1000,
        ) {
            agree(&parts.concat(), offset)?;
        }

        #[test]
        fn title_reading_agrees_with_chars_beyond_ascii(
            parts in proptest::collection::vec(
                proptest::sample::select([ASCII_PIECES, OTHER_PIECES].concat()),
                0..40,
            ),
            offset in 0usize..1000,
        ) {
            agree(&parts.concat(), offset)?;
        }
    }
}
