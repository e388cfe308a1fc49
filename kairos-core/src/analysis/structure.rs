//! The structure of a job description: which section each line is in,
//! and the sentences inside lines.

use crate::find;
use std::sync::OnceLock;

use crate::fasthash::FastMap;
use crate::resume::text::{normalize_words_into, past_bullets};
use crate::skills::{in_lines, in_list, last_sentence_end, next_sentence_end, WordSet};

/// What a section of a job description is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    /// Before any heading (usually an introduction).
    Intro,
    /// About the company, benefits, how to apply: skills here are context.
    Context,
    /// What the job involves.
    Duties,
    /// What the job asks for.
    Required,
    /// What the job would like.
    Preferred,
}

const REQUIRED: &str = phrase_lines![
    "requirements",
    "requirement",
    "what you ll bring",
    "what you will bring",
    "what you bring",
    "what we re looking for",
    // A recruiter's third person: `What they're looking for`.
    "what they re looking for",
    "what they are looking for",
    "what my client is looking for",
    "what our client is looking for",
    "what the client is looking for",
    "what we are looking for",
    "who you are",
    "about you",
    "you have",
    "you will have",
    "you ll have",
    "must have",
    "must haves",
    "essential",
    "essential criteria",
    "essential skills",
    "essential requirements",
    "key requirements",
    "minimum qualifications",
    "basic qualifications",
    "required qualifications",
    "qualifications",
    "skills and experience",
    "experience",
    "your skills",
    "your experience",
    "your profile",
    "profile",
    "the ideal candidate",
    "ideal candidate",
    "to be successful",
    "to be successful in this role",
    "to succeed in this role",
    "selection criteria",
    "key skills",
    "required skills",
    "technical skills",
    "skills",
    "what you need",
    "what you ll need",
    "what you need to succeed",
    "we re looking for",
    "we are looking for",
    "you ll need",
    "requirements and qualifications",
    "your background",
    "qualifications and experience",
    "skills and qualifications",
    "experience and qualifications",
    "mandatory",
    "mandatory skills",
    "core skills",
    "key criteria",
    "about the candidate",
    "candidate requirements",
    "what we need",
    "who we re looking for",
    "who we are looking for",
    "must have skills",
    "knowledge and experience",
    "your qualifications",
    "minimum requirements",
    "skills required",
    "experience required",
    "qualifications required",
    "technical requirements",
    "education and experience",
    "experience and skills",
    "requirements and skills",
    "the basics",
    "the essentials",
    "you should have",
    "you bring",
    "what we expect",
    "what we expect from you",
    // German listings' (`Dein Profil`, `Das bringst du mit`).
    "dein profil",
    "ihr profil",
    "das bringst du mit",
    "was du mitbringst",
    "das bringen sie mit",
    "was sie mitbringen",
    "anforderungen",
    "deine qualifikationen",
    "ihre qualifikationen",
    "qualifikationen",
    "dein skillset",
    "das zeichnet dich aus",
    "was dich auszeichnet",
    "was sie auszeichnet",
];

const PREFERRED: &str = phrase_lines![
    "nice to have",
    "nice to haves",
    "nice to have skills",
    "bonus",
    "bonus points",
    "bonus points for",
    "you ll stand out if you have",
    "you will stand out if you have",
    "what will make you stand out",
    "what makes you stand out",
    "what would make you stand out",
    "what sets you apart",
    "what will set you apart",
    "what would set you apart",
    "to stand out",
    "bonus skills",
    "added bonus",
    "plus if you have",
    "desirable",
    "desirable criteria",
    "desirable skills",
    // `Desirable but not essential`, as Australian and British listings
    // head their second list.
    "desirable but not essential",
    "desirable not essential",
    "good to know",
    "nice to know",
    "desired",
    "desired skills",
    "preferred",
    "preferred qualifications",
    "preferred skills",
    "good to have",
    "pluses",
    "plus",
    "extra credit",
    "extra points",
    "extra points for",
    "it would be great if",
    "great to have",
    "highly regarded",
    "highly desirable",
    "plus points",
    "not essential but great",
    "not essential but desirable",
    "not essential but a plus",
    "would be nice",
    "advantageous",
    "even better",
    "brownie points",
    "it s a bonus if",
    "bonus if you have",
    "nice if you have",
    "what would be nice",
    "additional skills",
    "preferred experience",
    "great if you have",
    "it s great if you have",
    "ideally",
    "ideally you have",
    "ideally you will have",
    "ideally you ll have",
    "ideally you would have",
    "ideally you d have",
    // `Not required`, said of what follows: the listing's own nice to have.
    "not required",
    "not required but a plus",
    "not required but nice",
    "not required but helpful",
    "preferred but not required",
    "not essential",
    "not necessary",
    // German (`Von Vorteil`, `Wünschenswert`).
    "von vorteil",
    "wünschenswert",
    "nice to have aber kein muss",
];

const CONTEXT: &str = phrase_lines![
    "about us",
    "about the company",
    "who we are",
    "our company",
    "company overview",
    "about the team",
    "our team",
    "the team",
    "our stack",
    "our tech stack",
    "tech stack",
    "the tech",
    "our tech",
    "technology stack",
    "the stack",
    "our technology",
    "our technologies",
    "our tools",
    "tools we use",
    "technologies we use",
    "tech we use",
    "what we use",
    "what we do",
    "our mission",
    "benefits",
    "perks",
    "benefits and perks",
    "compensation and benefits",
    "the package",
    "what we re offering",
    "what we are offering",
    // A recruiter's listing (`Your new company`, `Your new role`).
    "your new company",
    "perks and benefits",
    "our offer",
    "we offer",
    "what we offer",
    "what they offer",
    "what s on offer",
    "what is on offer",
    "what s in it for you",
    "why join us",
    "why work with us",
    "culture",
    "our culture",
    "how to apply",
    "equal opportunity",
    "diversity",
    "diversity and inclusion",
    "our values",
    "life at",
    "why you ll love working here",
    "what you ll get",
    "what you get",
    // What a graduate program or a junior role teaches: the team's stack,
    // not asks (`What you'll learn: microservices in Java`).
    "what you ll learn",
    "what you will learn",
    "you ll learn",
    "you will learn",
    "what we ll teach you",
    "what we will teach you",
    "what you ll gain",
    "how you ll grow",
    "learning and development",
    "compensation",
    "salary and benefits",
    "the company",
    "company",
    "our client",
    "about our client",
    "the client",
    "about the business",
    "the business",
    "next steps",
    "apply",
    "apply now",
    // The details a job board lists under a listing pasted whole
    // (LinkedIn's `Seniority level`, `Employment type`, `Job function`,
    // `Industries`, after `Show more`): labels of the listing, no asks.
    "show more",
    "show less",
    "seniority level",
    "employment type",
    "job function",
    "industries",
    // German (`Über uns`, `Was wir bieten`).
    "über uns",
    "das sind wir",
    "was wir bieten",
    "wir bieten",
    "das bieten wir",
    "das bieten wir dir",
    "was wir dir bieten",
    "was wir ihnen bieten",
    "deine benefits",
];

const DUTIES: &str = phrase_lines![
    "responsibilities",
    "key responsibilities",
    "what you ll do",
    "what you will do",
    "the role",
    "about the role",
    "role",
    "your role",
    "day to day",
    "duties",
    "your responsibilities",
    "what you ll be doing",
    "in this role you will",
    "the opportunity",
    "job description",
    "position summary",
    "overview",
    "role overview",
    "the position",
    "about the position",
    "what you will be doing",
    "your day to day",
    "key accountabilities",
    "accountabilities",
    "your mission",
    "the job",
    "about the job",
    "what the role involves",
    "in this role",
    "your impact",
    "roles and responsibilities",
    "role and responsibilities",
    "roles responsibilities",
    "job responsibilities",
    "duties and responsibilities",
    "responsibilities and duties",
    "main responsibilities",
    "primary responsibilities",
    "what you ll be responsible for",
    "job duties",
    "key duties",
    "about the opportunity",
    "your new role",
    "role description",
    "position description",
    "main duties",
    "your duties",
    "key tasks",
    "main tasks",
    "your tasks",
    "key accountabilities and duties",
    // German (`Deine Aufgaben`, `Das erwartet dich`).
    "deine aufgaben",
    "ihre aufgaben",
    "aufgaben",
    "deine rolle",
    "ihre rolle",
    "das erwartet dich",
    "was dich erwartet",
    "was sie erwartet",
    "dein aufgabengebiet",
    "ihr aufgabengebiet",
    "deine verantwortung",
];

/// The roles of the heading lists, in the order a heading in two lists
/// keeps the first of.
const HEADING_ROLES: [(&str, Role); 4] = [
    (REQUIRED, Role::Required),
    (PREFERRED, Role::Preferred),
    (CONTEXT, Role::Context),
    (DUTIES, Role::Duties),
];

/// Every known heading, normalised, with the role it introduces, as its
/// list's place in [`HEADING_ROLES`]. Every short line is looked up, so
/// this is a map, not a scan of the lists. (Its values are `usize`s so that
/// it shares its code with the scoring memo's map of names: a hash table's
/// code for each type of entry costs the module ~0.9 KB.)
fn known_headings() -> &'static FastMap<&'static str, usize> {
    static HEADINGS: OnceLock<FastMap<&'static str, usize>> = OnceLock::new();
    HEADINGS.get_or_init(|| {
        let mut map = FastMap::default();
        for (k, (list, _)) in HEADING_ROLES.iter().enumerate() {
            for heading in list.lines() {
                map.entry(heading).or_insert(k);
            }
        }
        map
    })
}

/// The role a known heading (normalised) introduces.
fn known_heading(words: &str) -> Option<Role> {
    known_headings().get(words).map(|&k| HEADING_ROLES[k].1)
}

/// The first word of every known heading, and of the heading patterns
/// (`about …`, `why …`, `life at …`): a line whose first word is none of
/// these is not a heading, which most short lines show without being
/// normalised. (A test keeps the list equal to the headings' first words.)
static HEADING_FIRST_WORDS: WordSet = WordSet::new(&[
    "about",
    "accountabilities",
    "added",
    "additional",
    "advantageous",
    "anforderungen",
    "apply",
    "aufgaben",
    "basic",
    "benefits",
    "bonus",
    "brownie",
    "candidate",
    "company",
    "compensation",
    "core",
    "culture",
    "das",
    "day",
    "dein",
    "deine",
    "desirable",
    "desired",
    "diversity",
    "duties",
    "education",
    "employment",
    "equal",
    "essential",
    "even",
    "experience",
    "extra",
    "good",
    "great",
    "highly",
    "how",
    "ideal",
    "ideally",
    "ihr",
    "ihre",
    "in",
    "industries",
    "it",
    "job",
    "key",
    "knowledge",
    "learning",
    "life",
    "main",
    "mandatory",
    "minimum",
    "must",
    "next",
    "nice",
    "not",
    "our",
    "overview",
    "perks",
    "plus",
    "pluses",
    "position",
    "preferred",
    "primary",
    "profile",
    "qualifications",
    "qualifikationen",
    "required",
    "requirement",
    "requirements",
    "responsibilities",
    "role",
    "roles",
    "salary",
    "selection",
    "seniority",
    "show",
    "skills",
    "tech",
    "technical",
    "technologies",
    "technology",
    "the",
    "to",
    "tools",
    "von",
    "was",
    "we",
    "what",
    "who",
    "why",
    "wir",
    "would",
    "wünschenswert",
    "you",
    "your",
    "über",
]);

/// Whether the first word [`normalize_words_into`] would give `text` may begin a
/// heading. Decided on ASCII words without allocating; anything else is
/// left to the full reading.
fn may_begin_heading(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Skipped by normalisation: everything but letters, digits and `&`.
    let Some(start) = bytes
        .iter()
        .position(|&b| b.is_ascii_alphanumeric() || b == b'&' || b >= 0x80)
    else {
        return false;
    };
    match bytes[start] {
        b'&' => return HEADING_FIRST_WORDS.contains("and"),
        // A non-ASCII word: leave it to the full reading.
        b if b >= 0x80 => return true,
        _ => {}
    }
    let len = bytes[start..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len() - start);
    if bytes.get(start + len).is_some_and(|&b| b >= 0x80) {
        // A non-ASCII letter may continue the word: read it in full.
        return true;
    }
    HEADING_FIRST_WORDS.contains_bytes(&bytes[start..start + len])
}

/// Whether the words ending at `end` of `text` are a label: a colon or a
/// dash follows them (`Nice to have: Scala`, `Optional - Scala`).
pub(crate) fn labels(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    let rest = bytes[end..].trim_ascii_start();
    rest.first() == Some(&b':') || (bytes.get(end) == Some(&b' ') && rest.first() == Some(&b'-'))
}

/// Whether `line` is a known section heading (`Role Description`), which
/// no job title is, though it may name a role.
pub(crate) fn is_heading(line: &str) -> bool {
    heading_role_with(line, &mut String::new()).is_some()
}

/// The role of the section a line introduces, when it is a heading.
/// `words` is a buffer for the line's normalised words, kept between lines.
// Natively inlined into the reading of every line (one call a line cost
// 0.5 % of the analysis once `is_heading` became a second caller); in
// WebAssembly one copy (0.7 KB of the gzipped module).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn heading_role_with(line: &str, words: &mut String) -> Option<Role> {
    let t = line.trim();
    // Headings are short and are not sentences (which also keeps a colon
    // line with a sentence after it out): skip the rest cheaply. The first
    // word turns most short lines away, so it is asked before the line is
    // read whole. (Markdown marks, `## `, `**`, `_`, and a closing colon
    // are not letters or digits: normalising drops them.)
    // (On 64 bytes at most, a byte loop beats setting up a substring search.)
    if t.is_empty()
        || t.len() > 64
        || !may_begin_heading(t)
        || t.as_bytes().windows(2).any(|w| w == b". ")
        || t.bytes().filter(|&b| b == b' ').count() > 9
    {
        return None;
    }
    normalize_words_into(t, words);
    // Normalised words are separated by single spaces.
    if words.is_empty() || words.bytes().filter(|&b| b == b' ').count() > 8 {
        return None;
    }
    if let Some(role) = known_heading(words) {
        Some(role)
    } else if words.starts_with("about ")
        || words.starts_with("why ")
        || words.starts_with("life at ")
    {
        Some(Role::Context)
    } else if PREFERRED_OPENINGS.iter().any(|o| words.starts_with(o)) {
        // `Bonus points if you have`, `It would be great if you've used`.
        Some(Role::Preferred)
    } else {
        importance_and_section(words)
    }
}

/// A heading made of a word of importance and a section's nouns, in a
/// pairing the lists do not spell out: `Desired Qualifications`,
/// `Preferred Skills & Experience`, `Minimum Skills and Qualifications`.
fn importance_and_section(words: &str) -> Option<Role> {
    let (first, rest) = words.split_once(' ')?;
    let role = if in_list(&["desired", "desirable", "preferred", "bonus"], first) {
        Role::Preferred
    } else if in_list(
        &[
            "required",
            "minimum",
            "basic",
            "essential",
            "mandatory",
            "key",
            "core",
        ],
        first,
    ) {
        Role::Required
    } else {
        return None;
    };
    rest.split(' ')
        .all(|w| in_list(SECTION_NOUNS, w) || w == "and" || w == "&")
        .then_some(role)
}

/// The nouns a requirements section is named by.
const SECTION_NOUNS: &[&str] = &[
    "qualifications",
    "qualification",
    "skills",
    "skill",
    "experience",
    "requirements",
    "criteria",
    "knowledge",
    "attributes",
    "competencies",
    "abilities",
    "expertise",
];

/// How headings of a preferred section open when they go on in the
/// writer's own words (each begins with a known heading's first word, so
/// the heading prefilter lets them through).
const PREFERRED_OPENINGS: &[&str] = &[
    "bonus points if ",
    "bonus points for ",
    "you ll stand out if ",
    "you will stand out if ",
    "bonus if ",
    "added bonus if ",
    "plus if ",
    "nice to have if ",
    "it would be great if ",
    "it would be nice if ",
    "it d be great if ",
    "it would be awesome if ",
    "it would be amazing if ",
    "even better if ",
    "extra credit if ",
    "extra points if ",
    "brownie points if ",
    "it s a bonus if ",
    "it s great if ",
    "great if ",
    "nice if ",
    "we d love it if ",
    "we would love it if ",
    "you might also have",
    "you may also have",
];

/// Sentence-level phrasing that makes a mention preferred wherever it is.
pub(crate) const PREFERRED_PHRASES: &str = phrase_lines![
    "a plus",
    "is a plus",
    "nice to have",
    "nice-to-have",
    "bonus",
    "desirable",
    "preferred",
    "preferably",
    "ideally",
    "exposure to",
    "would be great",
    "would be nice",
    "advantageous",
    "an advantage",
    "beneficial",
    "good to have",
    "good-to-have",
    "highly regarded",
    "well regarded",
    "optional",
    "great to have",
    "would be a plus",
    "will be a plus",
    "is an asset",
    "an asset",
    "a bonus",
    "extra points",
    "extra credit",
    "brownie points",
    "is desired",
    "appreciated",
    // `Elixir knowledge is a big plus`, `is welcome`, `would help`.
    "big plus",
    "huge plus",
    "major plus",
    "strong plus",
    "definite plus",
    "great plus",
    "is welcome",
    "are welcome",
    // `Familiarity with Rust is also welcome`.
    "also welcome",
    // `Primary skills: Java; Secondary skills: Python`, as Indian listings
    // split them (the heading words' set is full: on a line of its own it
    // is not read as a heading).
    "secondary skills",
    "secondary skill",
    "would be welcome",
    "would help",
    // `It would be awesome if you also knew Svelte`.
    "would be awesome",
    "would be amazing",
    // `Familiarity with Terraform would be handy`.
    "would be handy",
    "is handy",
    "would be useful",
    "also helps",
    // `Knowledge of Kotlin wouldn't hurt`, `It'd be great if you know Rust`.
    "wouldn't hurt",
    "would not hurt",
    "won't hurt",
    "it'd be great",
    "it'd be nice",
    // `Not required, but helpful: Kubernetes`.
    "but helpful:",
    "is helpful",
    "are helpful",
    "would be helpful",
    // German: `ist ein Plus`, `von Vorteil`, `wünschenswert`.
    "ein plus",
    "von vorteil",
    "wünschenswert",
    "idealerweise",
    "gerne gesehen",
];

/// Wording that says a skill is not asked for (`No prior TypeScript
/// experience needed`, `Kubernetes is not required`): the skills in its
/// clause are at most preferred wherever else the listing names them, and
/// the rest of its sentence preferred as with [`PREFERRED_PHRASES`].
pub(crate) const WAIVER_PHRASES: &str = phrase_lines![
    "not required",
    "not essential",
    "not mandatory",
    "not necessary",
    "not needed",
    "not a requirement",
    "not a must",
    // Contracted: `TypeScript isn't essential`.
    "isn't required",
    "isn't essential",
    "isn't necessary",
    "isn't needed",
    "isn't mandatory",
    "isn't a requirement",
    "isn't a must",
    "aren't required",
    "aren't essential",
    "aren't necessary",
    // `No prior Kubernetes experience required`: taught, not asked.
    "no prior",
    "don't need",
    "do not need",
    // `Elixir (or a willingness to learn)`, `Willingness to learn Elixir`.
    "willingness to learn",
    "willing to learn",
    "desire to learn",
    "eager to learn",
    "keen to learn",
    "happy to learn",
    "interest in learning",
    "open to learning",
    "chance to learn",
    "opportunity to learn",
    // Taught on the job: `We'll train you on SAP`, `Training provided in
    // Salesforce`.
    "we'll train you",
    "we will train you",
    "we'll teach you",
    "we will teach you",
    "training provided",
    "training is provided",
    "training will be provided",
];

/// What a waiver at `start..end` of `text[from..to]` (a sentence) speaks
/// of: the words after it for those that lead (`no prior TypeScript
/// experience`, `you don't need Go`, `not required to know Go`), else the
/// words before it (`Airflow and Singer are not required`), and both for a
/// willingness to learn (`Elixir or a willingness to learn it`, `Willingness
/// to learn Elixir`); up to the nearest comma, colon, bracket or dash, so
/// `Strong JavaScript, no prior TypeScript needed` waives TypeScript only,
/// except past an `or` that offers the waiver instead of the skill before
/// it (`Elixir, or a desire to learn it`).
pub(crate) fn waiver_clause(
    text: &str,
    (from, to): (usize, usize),
    start: usize,
    end: usize,
) -> (usize, usize) {
    let bytes = text.as_bytes();
    let waiver = &text[start..end];
    let is = |list: &[&str]| in_list(list, waiver);
    // A clause reaches no further than a few words: a pasted listing can
    // be one sentence of thousands of bytes.
    let (from, to) = (
        crate::skills::floor_char_boundary(text, start.saturating_sub(WAIVER_REACH).max(from)),
        crate::skills::floor_char_boundary(text, (end + WAIVER_REACH).min(to)),
    );
    let next_part = || (end..to).find(|&i| part_at(bytes, i) > 0).unwrap_or(to);
    // `You are not required to have a computer science degree` leads too.
    let part_before = |at: usize| {
        (from..at)
            .rev()
            .find(|&i| part_at(bytes, i) > 0)
            .map_or(from, |i| i + part_at(bytes, i))
    };
    // `Not required: Django, Airflow`: a label speaks of what follows it.
    if bytes.get(end) == Some(&b':') {
        return (end + 1, to);
    }
    if is(&["no prior", "don't need", "do not need", "don\u{2019}t need"])
        || teaches(waiver)
        || text[end..to].starts_with(" to ")
    {
        // `We use Go, but you don't need to know it`: what it points back
        // to is waived, over the `but` that turns to the waiver.
        if !points_back(&text[end..to]) {
            return (end, next_part());
        }
        let lo = part_before(start);
        let turns = |lo: usize| {
            let (first, _) = crate::skills::next_word(&text[lo..start]);
            in_list(&["but", "though", "although"], first)
        };
        return (
            if lo > from && turns(lo) {
                part_before(lo - 1)
            } else {
                lo
            },
            start,
        );
    }
    let offered_instead = |lo: usize| {
        let between = text[lo..start].trim().trim_start_matches('(').trim_start();
        in_list(&["or", "or a", "or an", "or be"], between)
    };
    let mut lo = part_before(start);
    if lo > from && offered_instead(lo) {
        lo = part_before(lo - 1);
    }
    // A willingness to learn waives what it names after it, and what it is
    // offered instead of (`Elixir or a willingness to learn it`); `Curious
    // and willing to learn` is a trait, not a waiver of what came before.
    if learns(waiver) {
        // `or a willingness to learn`, and `or are willing to learn it`
        // (`You know Go or are willing to learn it`); `know or be willing
        // to learn automation tooling` speaks of what follows.
        let before = text[from..start].trim_end();
        let ends_with = |list: &[&str]| {
            list.iter()
                .any(|w| crate::analysis::years::ends_with_word(before, w))
        };
        let refers_back = text[end..to]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| in_list(&["it", "them", "this"], w));
        let or_before =
            ends_with(&["or", "or a", "or an"]) || (ends_with(&["or be", "or are"]) && refers_back);
        return (if or_before { lo } else { start }, next_part());
    }
    (lo, start)
}

/// Whether the words after a waiver that leads speak of what came before
/// it: ` to know it`, ` to have used them`.
fn points_back(after: &str) -> bool {
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("to"))
        && words
            .take(3)
            .any(|w| in_list(&["it", "them", "this", "these", "those"], w))
}

/// Whether the clause `head` ends (the text before a `required`) opens
/// with `no` and says little else: `No Scala experience`, `- No degree`;
/// not `Python, with no downtime, is`.
pub(crate) fn opens_with_no(head: &str) -> bool {
    // A few words back at most.
    let marks = [',', ';', ':', '(', '\n', '.'];
    let Some(clause) = crate::skills::short_clause_before(head, &marks, NO_CLAUSE_BYTES) else {
        return false;
    };
    let clause = past_bullets(clause);
    let (first, rest) = crate::skills::next_word(clause);
    first.eq_ignore_ascii_case("no") && rest.split_whitespace().count() <= MAX_WAIVED_WORDS
}

/// How far back `opens_with_no` reads for the clause's start.
const NO_CLAUSE_BYTES: usize = 80;

/// How many words `No … required` may hold between its ends.
const MAX_WAIVED_WORDS: usize = 5;

/// Whether a waiver outweighs every other mention of the skills it speaks
/// of (`No prior TypeScript experience needed`), or only makes its own
/// preferred (a willingness to learn: `Strong Go, or Java and a
/// willingness to learn Go` still asks for Go).
pub(crate) fn caps_the_skill(waiver: &str) -> bool {
    !learns(waiver)
}

/// Whether a waiver says the job teaches what follows it (`we'll train
/// you`, `training provided`).
fn teaches(waiver: &str) -> bool {
    let bytes = waiver.as_bytes();
    // `we’ll teach you` as pasted from a word processor.
    let starts =
        |w: &str| bytes.len() >= w.len() && bytes[..w.len()].eq_ignore_ascii_case(w.as_bytes());
    starts("training") || (starts("we") && (waiver.ends_with("you")))
}

/// Whether a waiver is a willingness to learn (`willing to learn`,
/// `interest in learning`).
fn learns(waiver: &str) -> bool {
    let ends = |w: &str| {
        waiver
            .get(waiver.len().saturating_sub(w.len())..)
            .is_some_and(|end| end.eq_ignore_ascii_case(w))
    };
    ends("learn") || ends("learning")
}

/// How far a waiver's clause reaches each way, in bytes.
const WAIVER_REACH: usize = 80;

/// The length of the mark that parts clauses at byte `i`, or 0: a comma,
/// semicolon, colon or bracket, a hyphen between spaces, an en or em dash.
pub(super) fn part_at(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b',' | b';' | b':' | b'(' | b')' => 1,
        b'-' if i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ') => 1,
        0xE2 if bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0x93 | 0x94)) =>
        {
            3
        }
        _ => 0,
    }
}

/// Whether the mention starting at `start` is in a bracket after another
/// team, one the sentence works with (`working closely with design and our
/// Android team (Kotlin)`, `partner with the data team (Python, dbt)`,
/// `collaborate with Android engineers (Kotlin)`):
/// that team's stack, not an ask. The reader's own team (`Join our
/// Platform team (Go)`) has no `with` before it.
pub(crate) fn in_another_teams_bracket(text: &str, start: usize) -> bool {
    // Most mentions follow neither a bracket nor a list's comma.
    let before = text[..start].trim_end_matches(' ');
    if !find::ends_with_any(before, b"(,/") {
        return false;
    }
    let from = crate::skills::floor_char_boundary(text, start.saturating_sub(TEAM_BRACKET_BYTES));
    let head = &text[from..start];
    let Some(open) = head.rfind('(') else {
        return false;
    };
    if find::find_any(&head[open..], b")\n").is_some() {
        return false;
    }
    // Back to the start of the clause: the `with` may govern a list of
    // teams (`with design, our Android team (Kotlin) and the data team (…)`).
    let clause = &head[..open];
    let clause = &clause[find::rfind_any(clause, b".;:\n").map_or(0, |i| i + 1)..];
    let mut words = clause
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words
        .next()
        .is_some_and(|w| crate::skills::in_list(OTHER_TEAMS, w))
        && words.any(|w| w.eq_ignore_ascii_case("with"))
}

/// The word before such a bracket that names the people it speaks of: a
/// team, or colleagues of a kind (`with our Android engineers (Kotlin)`).
const OTHER_TEAMS: &[&str] = &[
    "team",
    "teams",
    "squad",
    "squads",
    "engineers",
    "developers",
    "designers",
    "scientists",
    "analysts",
    "colleagues",
];

/// How far back the bracket and the team before it are looked for.
const TEAM_BRACKET_BYTES: usize = 120;

/// Colleagues, and the `who` or `that` that tells what they know or use
/// (`engineers who`, `a team that`): found in the one pass, so only their
/// sentences are read for [`colleagues_clause`]. Many people (the hire is
/// one), or a mentor, or a team.
pub(crate) const COLLEAGUE_RELATIVES: &str = phrase_lines![
    "engineers who",
    "developers who",
    "people who",
    "colleagues who",
    "experts who",
    "folks who",
    "mentors who",
    "team who",
    "team that",
    "teams that",
    // `The role sits in our Data team, which uses dbt`.
    "team, which",
    "team which",
];

/// Wording that opens a list of the company's customers or partners,
/// whose names are companies (`Our clients include Shell, Oracle and
/// Amazon`), however many of them share a name with a skill.
pub(crate) const CUSTOMER_LISTS: &str = phrase_lines![
    "customers include",
    "customers including",
    "customers such as",
    "customers like",
    "clients include",
    "clients including",
    "clients such as",
    "clients like",
    "partners include",
    "partners including",
    "partners such as",
    "brands such as",
    "brands like",
    "brands including",
    "trusted by",
];

/// Where a list of names from `end` ends (after a [`CUSTOMER_LISTS`]
/// wording, or a channel's preposition): at the first word not written as
/// a name nor joining names (`such as banks and insurers, on AWS` names no
/// company), or at the sentence's end.
pub(crate) fn list_of_names_end(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = (end + MAX_LIST_OF_NAMES).min(bytes.len());
    let mut at = end;
    while at < limit {
        match bytes[at] {
            b' ' | b',' | b'&' | b'/' | b'\'' | b'"' => at += 1,
            b'.' | b';' | b'\n' | b'\r' | b'(' | b')' | b'!' | b'?' => return at,
            first => {
                let len = bytes[at..limit]
                    .iter()
                    .position(|b| matches!(b, b' ' | b',' | b'.' | b';' | b'\n' | b'(' | b')'))
                    .unwrap_or(limit - at);
                let word = &bytes[at..at + len];
                let names = first.is_ascii_uppercase() || first.is_ascii_digit() || first >= 0x80;
                if !(names || word.eq_ignore_ascii_case(b"and") || word.eq_ignore_ascii_case(b"or"))
                {
                    return at;
                }
                at += len;
            }
        }
    }
    at
}

/// The most bytes a list of names is read for.
const MAX_LIST_OF_NAMES: usize = 200;

/// The clause of the sentence `text[from..to]` that tells what the
/// reader's colleagues know or use (`You'll join a team of engineers who
/// know Kafka inside out`, `work alongside people who have scaled
/// Postgres`, `be part of a team that uses Terraform`), given where the
/// colleagues are named (`noun`) and where their `who` or `that` ends
/// (see [`COLLEAGUE_RELATIVES`]): to the clause's end, when the sentence
/// has the reader join or work with them. Their stack, not an ask: the
/// hire is sought elsewhere (`We're looking for engineers who know Kafka`
/// asks it), and a team the reader leads (`lead a team that builds in Go`)
/// is theirs.
pub(crate) fn colleagues_clause(
    text: &str,
    (from, to): (usize, usize),
    noun: usize,
    relative_end: usize,
) -> Option<(usize, usize)> {
    let mut joined = false;
    // The sentence's words before them, nearest first.
    for (k, word) in crate::skills::words_before(&text[from..], noun - from).enumerate() {
        // `We want to expand our team with engineers who…` seeks them.
        if in_list(SEEKING, word) {
            return None;
        }
        joined |= k < COLLEAGUE_WORDS && in_list(JOINED, word);
    }
    let clause = text.as_bytes()[relative_end..to]
        .iter()
        .position(|b| matches!(b, b',' | b';' | b':' | b'('));
    joined.then(|| (relative_end, clause.map_or(to, |i| relative_end + i)))
}

/// Words before the colleagues that have the reader join or work beside
/// them.
const JOINED: &[&str] = &[
    "join",
    "in",
    "joining",
    "alongside",
    "with",
    "beside",
    "among",
    "surrounded",
    "part",
    "from",
];

/// Words of a sentence that seeks the people it names.
const SEEKING: &[&str] = &[
    "looking",
    "seeking",
    "hiring",
    "hire",
    "need",
    "want",
    "searching",
    "recruiting",
    "expand",
    "grow",
    "growing",
    // `Experience working in a team that uses Scrum`: the reader's own past.
    "experience",
    "experienced",
    "worked",
];

/// Words at most between such a word and the people (`join a team of
/// world-class engineers who`).
const COLLEAGUE_WORDS: usize = 6;

/// Wording that, in brackets after a skill, makes it required in any
/// section (`Nice to have: Kubernetes (required)`); in a clause opening
/// with `no`, it waives (see [`opens_with_no`]: `No Scala needed`).
pub(crate) const REQUIRED_IN_BRACKETS: &str = phrase_lines![
    "required",
    "must have",
    "must-have",
    "must",
    "mandatory",
    "essential",
    "needed",
    "necessary",
];

/// Sentence-level phrasing that describes the company's stack, not the
/// candidate: skills here are context unless a requirement section names them.
pub(crate) const STACK_PHRASES: &str = phrase_lines![
    "our stack",
    "our tech stack",
    "our technology stack",
    // A label before the stack on its line (`Tech stack: Go, PostgreSQL`),
    // as the heading on a line of its own is read.
    "tech stack:",
    "technology stack:",
    "stack includes",
    "we use",
    "we work with",
    "we're built on",
    "we are built on",
    "built on top of",
    "our platform is built",
    "our product is built",
    "we run on",
    "we run everything on",
    "we build on",
    "we build with",
    "our backend is",
    "our frontend is",
    "our infrastructure is",
    "our infrastructure runs on",
    "our data lives in",
    "heavy users of",
    "our tech:",
    "the stack is",
    "the tech stack is",
    "we currently use",
    "our tools include",
    "tools we use",
    // The team's own work, in the third person (`Our engineering team of
    // 40 works across Kotlin, TypeScript and Postgres`, `Our backend is
    // written in Go`); the reader's own (`you'll work across`) stays asked.
    "works across",
    "team works with",
    "team uses",
    // `Our teams use Spanner`, `Our engineering teams use Kafka`; not
    // `help teams use Terraform`, the reader's work.
    "our teams work with",
    "our teams use",
    "engineering teams use",
    "we rely on",
    "our engineers use",
    "our developers use",
    "is written in",
    "are written in",
    // What the company did to its own systems (`We rewrote our backend in
    // Rust`, `Our team migrated our monolith to Go last year`); the
    // reader's part in it (`you'll help migrate`) stays asked.
    "we migrated",
    "we've migrated",
    "we have migrated",
    "migrated our",
    "we rewrote",
    "rewrote our",
    "we've rewritten",
    "we have rewritten",
    "we ported",
    "ported our",
];

/// A line of the description with its section role.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) role: Role,
}

/// Splits the text into lines at `breaks` (the offset of each `\n`, as
/// [`super::wrap`] finds them), each with the role of the section it is
/// in. Heading lines themselves get the role they introduce.
pub(crate) fn lines(text: &str, breaks: &[usize]) -> Vec<Line> {
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let mut role = Role::Intro;
    let mut start = 0;
    let mut words = String::with_capacity(64);
    // Line breaks are ASCII, so every piece is on char boundaries.
    let breaks = breaks.iter().map(|&i| i + 1);
    let last = (!text.is_empty() && !text.ends_with('\n')).then_some(text.len());
    // Colons are rare: found in one search, not looked for on every line.
    let mut colons = crate::find::occurrences(text, ":").peekable();
    for end in breaks.chain(last) {
        let content = text[start..end].trim_end_matches(['\n', '\r']);
        while colons.next_if(|&at| at < start).is_some() {}
        // Labels are short: a colon far into the line ends a sentence's clause.
        let label = colons
            .peek()
            .map(|&at| at - start)
            .filter(|&at| at < content.len().min(48));
        let line_role = match heading_role_with(content, &mut words) {
            Some(r) => {
                role = r;
                r
            }
            // `Nice to have: exposure to Kubernetes; experience with
            // Kafka`: a label opening a line speaks for the whole line (a
            // wrapped paragraph is one, see `wrap`), not for the lines after.
            // Among the asks, `- Tech stack: Kafka` is one more ask.
            None => match label.and_then(|colon| label_role(content, colon, &mut words)) {
                Some(Role::Context) if matches!(role, Role::Required | Role::Preferred) => role,
                Some(label) => label,
                None => role,
            },
        };
        out.push(Line {
            start,
            end,
            role: line_role,
        });
        start = end;
    }
    out
}

/// The role of the section a label opening `line`, up to its `colon`,
/// names (`Requirements: 5+ years of Go`, `About us: …`), when it has one.
fn label_role(line: &str, colon: usize, words: &mut String) -> Option<Role> {
    // `https://…`, `10:30`: no label.
    let after = line.get(colon + 1..)?;
    if after.starts_with(|c: char| !c.is_whitespace()) {
        return None;
    }
    heading_role_with(line.get(..colon + 1)?, words)
}

/// Where the employer's name lies on the line after a listing's own title
/// (`title`, where [`crate::skills::leading_title`] found it), as job
/// boards lay out a listing pasted whole: `Acme Robotics · Toronto, ON
/// (Hybrid)` (LinkedIn), or the name alone on its line (SEEK). A skill
/// there (`Robotics`, `Oracle`) names the company, not an ask. Alone on its
/// line, the name must be a few capitalised words and more than one, so a
/// line naming one skill is still read.
pub(crate) fn employer_line(text: &str, title: Option<(usize, usize)>) -> Option<(usize, usize)> {
    let (_, title_end) = title?;
    let rest = &text[title_end..];
    let from = title_end + (rest.len() - rest.trim_start().len());
    let line = text[from..].lines().next()?.trim_end();
    // A heading here (`Key Selection Criteria`) names no skill either way.
    if line.len() > 80 {
        return None;
    }
    // `Stripe — Seattle, WA`, `Canva - Remote` (Glassdoor, company sites):
    // a dash or bar parts the name from a place, which must read as one
    // (`Python - 5 years` parts no name).
    let placed = || {
        [" — ", " – ", " - ", " | "]
            .iter()
            .find_map(|sep| line.split_once(sep))
            .filter(|(_, place)| reads_as_a_place(place))
    };
    let (name, dotted) = match line.find(" · ") {
        Some(i) => (&line[..i], true),
        None => placed().map_or((line, false), |(name, _)| (name, true)),
    };
    let connective = |w: &str| matches!(w, "&" | "and" | "of" | "the" | "de" | "-");
    let words = name.split_whitespace();
    let count = words.clone().count();
    let looks_like_name = (if dotted { 1..=6 } else { 2..=6 }).contains(&count)
        && find::find_any(name, b",;:/|()!?").is_none()
        && !name.ends_with('.')
        && words.into_iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || connective(w)
        });
    looks_like_name.then_some((from, from + name.len()))
}

/// Whether the words after an employer's name on its line read as where the
/// job is: capitalised, and a place with its region (`Seattle, WA`) or a
/// way of working (`Remote`, `Hybrid`).
fn reads_as_a_place(words: &str) -> bool {
    words.starts_with(|c: char| c.is_uppercase())
        && (words.contains(", ")
            || in_lines(
                phrase_lines!["remote", "hybrid", "on-site", "onsite"],
                words.split(&[' ', '('][..]).next().unwrap_or_default(),
            ))
}

/// The line containing byte `at`.
pub(crate) fn line_at(lines: &[Line], at: usize) -> Option<&Line> {
    let i = lines.partition_point(|l| l.end <= at);
    lines.get(i)
}

/// The sentence around `[start, end)`: within its line, bounded by `. `,
/// `! `, `? ` and `; `.
pub(crate) fn sentence_bounds(text: &str, line: &Line, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    // Within the line, so its break never comes up going back.
    let mut from = last_sentence_end(bytes, line.start, start).map_or(line.start, |i| i + 1);
    let mut to = next_sentence_end(bytes, end, line.end).unwrap_or(line.end);
    // Keep boundaries on char boundaries (the scan moved byte by byte over ASCII marks only).
    while from < text.len() && !text.is_char_boundary(from) {
        from += 1;
    }
    while to < text.len() && !text.is_char_boundary(to) {
        to += 1;
    }
    (from, to.max(from))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading_role(line: &str) -> Option<Role> {
        heading_role_with(line, &mut String::new())
    }

    #[test]
    fn headings_in_their_usual_styles() {
        for (h, r) in [
            ("Requirements", Role::Required),
            ("What you'll bring:", Role::Required),
            ("**Must have**", Role::Required),
            ("## Essential", Role::Required),
            ("Nice to have", Role::Preferred),
            ("Bonus points:", Role::Preferred),
            ("Bonus points if you have", Role::Preferred),
            ("Bonus points for:", Role::Preferred),
            ("Bonus points for experience with:", Role::Preferred),
            ("Plus if you have:", Role::Preferred),
            ("Added bonus if you know:", Role::Preferred),
            ("You'll stand out if you have:", Role::Preferred),
            ("You'll stand out if you've worked with:", Role::Preferred),
            ("What will make you stand out", Role::Preferred),
            ("What would make you stand out:", Role::Preferred),
            ("What sets you apart", Role::Preferred),
            ("It would be great if you’ve used:", Role::Preferred),
            ("Desirable", Role::Preferred),
            ("Desired Qualifications:", Role::Preferred),
            ("⭐ Extra points", Role::Preferred),
            ("Extra points if you've used:", Role::Preferred),
            ("Preferred Skills & Experience", Role::Preferred),
            ("Desirable knowledge and experience", Role::Preferred),
            ("Minimum Skills and Qualifications", Role::Required),
            ("Required Experience:", Role::Required),
            ("Great if you have:", Role::Preferred),
            ("Ideally, you'll have:", Role::Preferred),
            ("### Not required", Role::Preferred),
            ("Not required, but a plus:", Role::Preferred),
            ("Preferred but not required:", Role::Preferred),
            ("It's a bonus if you have", Role::Preferred),
            ("We'd love it if you have:", Role::Preferred),
            ("You might also have", Role::Preferred),
            ("Desirable but not essential", Role::Preferred),
            ("Desirable, not essential:", Role::Preferred),
            ("Good to know", Role::Preferred),
            ("It would be awesome if you have:", Role::Preferred),
            ("The basics", Role::Required),
            ("You should have:", Role::Required),
            ("What we expect from you", Role::Required),
            ("About us", Role::Context),
            ("About Acme", Role::Context),
            ("Benefits", Role::Context),
            ("Tools we use", Role::Context),
            ("The tech:", Role::Context),
            ("What they're looking for:", Role::Required),
            ("What's on offer:", Role::Context),
            ("Technologies we use:", Role::Context),
            ("What you'll learn", Role::Context),
            ("What we will teach you:", Role::Context),
            ("What you'll do", Role::Duties),
            ("Key duties", Role::Duties),
            ("About the opportunity", Role::Duties),
            ("What we're offering:", Role::Context),
            ("Compensation & Benefits", Role::Context),
            ("Plus points", Role::Preferred),
            ("Role Description", Role::Duties),
            ("Highly Desirable", Role::Preferred),
            ("Benefits & Perks", Role::Context),
            ("We offer:", Role::Context),
            ("Your tasks:", Role::Duties),
        ] {
            assert_eq!(heading_role(h), Some(r), "{h}");
        }
        assert_eq!(heading_role("We use Rust and Go."), None);
    }

    #[test]
    fn every_known_heading_is_read_as_one() {
        for heading in known_headings().keys() {
            assert!(heading_role(heading).is_some(), "{heading}");
            assert!(
                heading_role(&format!("## {}:", heading.to_uppercase())).is_some(),
                "{heading}"
            );
        }
    }

    #[test]
    fn first_words_are_those_of_the_known_headings() {
        let mut want: Vec<&str> = known_headings()
            .keys()
            .filter_map(|h| h.split(' ').next())
            .chain(["about", "why", "life"])
            .collect();
        want.sort_unstable();
        want.dedup();
        let mut have = HEADING_FIRST_WORDS.words().to_vec();
        have.sort_unstable();
        assert_eq!(have, want);
    }

    #[test]
    fn the_employer_on_the_line_after_the_title() {
        fn name(text: &str) -> Option<&str> {
            let title = crate::skills::leading_title(text);
            employer_line(text, title).map(|(a, b)| &text[a..b])
        }
        assert_eq!(
            name("Platform Engineer\nAcme Robotics · Toronto, ON (Hybrid)\nAbout the job"),
            Some("Acme Robotics")
        );
        assert_eq!(
            name("Backend Engineer\n\nOracle · Austin, TX"),
            Some("Oracle")
        );
        assert_eq!(
            name("Senior Data Engineer\nRedgum Analytics\nSydney NSW"),
            Some("Redgum Analytics")
        );
        // A dash or a bar before a place, as other boards write it.
        assert_eq!(
            name("Senior Backend Engineer\nStripe — Seattle, WA"),
            Some("Stripe")
        );
        assert_eq!(name("Data Engineer\nSnowflake - Remote"), Some("Snowflake"));
        assert_eq!(
            name("Data Engineer\nRedgum Analytics | Sydney, NSW"),
            Some("Redgum Analytics")
        );
        // Not a name: a sentence, a list, one word alone, no title.
        for text in [
            "Data Engineer\nWe build data platforms.",
            "Data Engineer\nPython, SQL, dbt",
            "Data Engineer\nPython",
            "We are hiring.\nAcme Robotics · Sydney",
            "Data Engineer\nFull time",
            "Data Engineer\nPython - 5 years",
            "Data Engineer\nPython - essential",
        ] {
            assert_eq!(name(text), None, "{text}");
        }
    }

    #[test]
    fn lines_carry_their_section() {
        let text = "Intro line\nRequirements:\n- Rust\nNice to have\n- Go\nAbout us\nWe use Java";
        let roles: Vec<Role> = lines(text, &crate::analysis::wrap::line_breaks(text))
            .iter()
            .map(|l| l.role)
            .collect();
        use Role::*;
        assert_eq!(
            roles,
            [Intro, Required, Required, Preferred, Preferred, Context, Context]
        );
    }

    #[test]
    fn a_label_gives_its_line_a_role_and_leaves_the_section_as_it_was() {
        let roles = |text: &str| -> Vec<Role> {
            lines(text, &crate::analysis::wrap::line_breaks(text))
                .iter()
                .map(|l| l.role)
                .collect()
        };
        use Role::*;
        assert_eq!(
            roles("Intro line\nNice to have: Go; Rust\nPython\nAbout us: we use Java"),
            [Intro, Preferred, Intro, Context]
        );
        // No label: a colon past a label's length, one in a link or a time,
        // or one on the next line.
        assert_eq!(
            roles(
                "Requirements\n- We would like you to have these skills and more: Go\n\
                 - Nice to have:https://example.com\n- Go\nNice to have: Rust"
            ),
            [Required, Required, Required, Required, Preferred]
        );
    }
}
