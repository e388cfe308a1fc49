//! Context rules for skills whose names are also everyday words or names:
//! "Go" in "go to market", "Rust" in "a rust-coloured logo", "Swift" in "a
//! swift response", "Java" in "a cup of java".
//!
//! Such a mention counts when it is written as a name (capitalised, or in
//! the taxonomy's own case for one-letter names like `R` and `C`) and
//! stands in technical context:
//! - in a list with another skill that counts (`Python, Go and Rust`), or
//! - next to a technical cue: a word after it like "programming",
//!   "developer", "code", "skills", or before it like "experience in",
//!   "proficient with", "written in", or
//! - alone on a line or bullet (`- Go`), as skill lists are written;
//!
//! and is not followed by a word that gives the everyday sense away
//! (`go to`, `rust-coloured`, `swift response`, `excel at`).

use super::cues::{sentence_verdicts, Cue};
use super::extract::{
    floor_char_boundary, in_lines, in_list, short_clause_before, SkillHit, WINDOW,
};
use super::taxonomy::{SkillKind, Taxonomy};
use super::words::WordSet;
use crate::find;
use crate::resume::text::{past_bullets, BULLETS};

/// Words after a mention that mark it as technical.
static CUE_AFTER: WordSet = WordSet::new(&[
    "programming",
    "program",
    "programs",
    "language",
    "languages",
    "lang",
    "developer",
    "developers",
    "development",
    "engineer",
    "engineers",
    "engineering",
    "code",
    "coding",
    "codebase",
    "codebases",
    "services",
    "microservices",
    "backend",
    "back-end",
    "frontend",
    "stack",
    "sdk",
    "runtime",
    "framework",
    "frameworks",
    "scripts",
    "scripting",
    "experience",
    "modules",
    "module",
    "applications",
    "apps",
    "ecosystem",
    "toolchain",
    "skills",
    "knowledge",
    "expertise",
    "proficiency",
    "libraries",
    "library",
    "api",
    "apis",
    "spreadsheets",
    "formulas",
    "macros",
    "workbooks",
    "cookbooks",
    "recipes",
    "manifests",
    "jobs",
    "clusters",
    "cluster",
    "queries",
    "server",
    "servers",
    "projects",
    "environment",
    "environments",
    "templates",
    "pipelines",
    "notebooks",
    "packages",
    "tooling",
    "development.",
    "based",
    "compiler",
    "binaries",
    "versions",
    "version",
    "certification",
]);

/// Words shortly before a mention (up to three words back) that mark it as
/// technical when the word right before is a preposition.
static CUE_BEFORE: WordSet = WordSet::new(&[
    "experience",
    "experienced",
    "proficient",
    "proficiency",
    "expert",
    "expertise",
    "knowledge",
    "skills",
    "skilled",
    "familiar",
    "familiarity",
    "fluent",
    "fluency",
    "background",
    "written",
    "writing",
    "coding",
    "programming",
    "develop",
    "developing",
    "developed",
    "build",
    "building",
    "built",
    "years",
    "yrs",
    "work",
    "working",
    "worked",
    "exposure",
    "competency",
    "competent",
    "strong",
    "solid",
    "hands-on",
    "understanding",
    // `a good command of English`.
    "command",
    // A field of study: `degree in Computer Science`, `Master's in Biology`.
    "degree",
    "degrees",
    "bachelor",
    "bachelors",
    "bachelor's",
    "bachelor’s",
    "master",
    "masters",
    "master's",
    "master’s",
    "bsc",
    "msc",
    // `BS in Computer Science`, `MA in Economics`, as US listings write them.
    "bs",
    "ba",
    "ms",
    "ma",
    "beng",
    "meng",
    "phd",
    "studies",
    "diploma",
    "major",
]);

/// Words right before a mention that ask for it (`fluent English`,
/// `strong SQL`, `solid understanding of`).
static CUE_ADJECTIVE: WordSet = WordSet::new(&[
    "fluent",
    "native",
    "business",
    "written",
    "spoken",
    "proficient",
    "strong",
    "solid",
    "excellent",
    "good",
    "advanced",
    "deep",
    "expert",
    "proven",
    "demonstrated",
    "commercial",
    "professional",
    "hands-on",
    "practical",
    "working",
    "sound",
    "extensive",
    "relevant",
    "prior",
    // Spoken languages: `speak and write English`, `master German`,
    // `work while speaking Swedish`, `Bilingual English/French`.
    "bilingual",
    "speak",
    "speaks",
    "speaking",
    "write",
    "master",
    // German: `fließend Deutsch`, `verhandlungssicheres Englisch`.
    "fließend",
    "fliessend",
    "verhandlungssicher",
    "verhandlungssicheres",
]);

/// Words after a general term that mark it as asked for (`cloud
/// experience`, `agile practices`, `security principles`).
static GENERIC_CUE_AFTER: WordSet = WordSet::new(&[
    "experience",
    "skills",
    "knowledge",
    "expertise",
    "background",
    "principles",
    "practices",
    "practice",
    "methodologies",
    "methodology",
    "methods",
    "concepts",
    "fundamentals",
    "proficiency",
    "understanding",
    "required",
    "preferred",
    "essential",
    "desirable",
    "degree",
    "certification",
    "best",
    "frameworks",
    "tools",
    "technologies",
    "platforms",
    "services",
    "skillset",
    "expert",
    "experts",
    // Spoken languages: `English fluently`, `German speaking`.
    "fluently",
    "speaking",
    "speaker",
    "speakers",
    "spoken",
    "written",
]);

/// Words after a spoken language that say how well it is spoken, as a
/// resume's language list or a listing's ask writes it: `German (native)`,
/// `English (C1)`, `French fluent`, `Spanish mother tongue`.
static SPOKEN_CUE_AFTER: WordSet = WordSet::new(&[
    "native",
    "fluent",
    "fluency",
    "bilingual",
    "mother",
    "conversational",
    "proficient",
    "intermediate",
    "advanced",
    "basic",
    "a1",
    "a2",
    "b1",
    "b2",
    "c1",
    "c2",
]);

/// Whether a spoken language is named as German listings ask for it:
/// `Deutschkenntnisse` (knowledge of German) says so itself, and so does
/// the first of two joined by a hyphen (`Deutsch- und Englischkenntnisse`).
fn german_language_skills(text: &str, end: usize, mention: &str) -> bool {
    const SKILLS: &str = "kenntnisse";
    let says_so = |word: &str| {
        word.len() > SKILLS.len()
            && word.is_char_boundary(word.len() - SKILLS.len())
            && word[word.len() - SKILLS.len()..].eq_ignore_ascii_case(SKILLS)
    };
    says_so(mention)
        || text[end..]
            .strip_prefix("- ")
            .and_then(|rest| {
                rest.strip_prefix("und ")
                    .or_else(|| rest.strip_prefix("oder "))
            })
            .is_some_and(|rest| {
                says_so(
                    rest.split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or(""),
                )
            })
}

/// The only cues after a one-letter name (`C`, `R`, `D`) or a very common
/// word (`Scheme`, `Shell`, `Make`): `R programming`, `C code`, `strong R
/// skills`.
static NARROW_CUE_AFTER: WordSet = WordSet::new(&[
    "skills",
    "knowledge",
    "expertise",
    "proficiency",
    "programming",
    "language",
    "lang",
    "code",
    "coding",
    "scripts",
    "scripting",
    "developer",
    "developers",
    "programmer",
    "programmers",
]);

/// Names too common to trust with the broad cues.
static NARROW_NAMES: WordSet = WordSet::new(&["Scheme", "Shell", "Make"]);

fn is_narrow(name: &str) -> bool {
    let mut chars = name.chars();
    (chars.next().is_some() && chars.next().is_none()) || NARROW_NAMES.contains(name)
}

/// Words right before a mention that are enough on their own (`using Go`, `in Rust`).
/// Nouns for a kind of tool, which a name given as an example of one is
/// (`a language such as Ruby`, `frameworks like Rails`, `languages (Ruby,
/// Go)`).
static KIND_NOUNS: WordSet = WordSet::new(&[
    "language",
    "languages",
    "framework",
    "frameworks",
    "library",
    "libraries",
    "tool",
    "tools",
    "tooling",
    "technology",
    "technologies",
    "platform",
    "platforms",
    "database",
    "databases",
    "runtime",
    "runtimes",
]);

/// Words that introduce an example after a kind's noun (`such as` is read
/// apart, as two words).
static EXAMPLE_WORDS: WordSet = WordSet::new(&["like", "e.g", "eg", "including"]);

/// Words right before a name that say it is a technology (`using Go`,
/// `in Rust`, `with Spark`), among them the verbs of knowing and writing
/// one (`know Rust`, `learn Swift`, `write Go`).
static STRONG_PREPOSITIONS: WordSet = WordSet::new(&[
    "using", "use", "uses", "in", "with", "know", "learn", "learning", "write", "writing",
]);

/// Parts of a stack that `is` a technology (`Our backend is Go`).
const STACK_PARTS: &[&str] = &[
    "backend",
    "frontend",
    "stack",
    "language",
    "languages",
    "infrastructure",
    "infra",
    "tooling",
];

/// Words before `in` that make what follows a place (`based in Phoenix`).
const PLACE_WORDS: &[&str] = &[
    "based",
    "located",
    "headquartered",
    "office",
    "offices",
    "live",
    "living",
    "relocate",
    "relocating",
    "hiring",
    "onsite",
    "hybrid",
];

/// Words before `with` that make it the company of people, not of tools
/// (`work closely with Ruby from Sales`, `we partner with Shell`).
static WITH_PEOPLE: WordSet = WordSet::new(&[
    "closely",
    "partner",
    "partners",
    "partnered",
    "partnering",
    "partnership",
    "collaborate",
    "collaborates",
    "collaborating",
    "meet",
    "alongside",
]);

/// Whether the mention at `start` is one of the people or teams a role
/// works with: after `partner with`, `work closely with` (`work closely
/// with finance`), or a later item of a short list after one (`partner
/// with product and data science`). A general term there names a team,
/// not what the job asks, whatever cue took it (`finance or data science`
/// reads as a field). Out of line, and asked only of a general term found
/// asked: a look at the bytes for a `with` comes before the words are
/// read.
#[inline(never)]
fn worked_with(text: &str, start: usize) -> bool {
    let near = floor_char_boundary(text, start.saturating_sub(WITH_LIST_BYTES));
    if !find::contains(&text[near..start], "with ") {
        return false;
    }
    let mut before = words_before(text, start);
    let first = before.next().unwrap_or_default();
    let with = |w: &str| w.eq_ignore_ascii_case("with");
    (with(first) || in_list(&["and", "or", "&"], first) && before.by_ref().take(4).any(with))
        && before.next().is_some_and(|w| WITH_PEOPLE.contains(w))
}

/// How far before a mention [`worked_with`] looks for the
/// `with`: past a short list (`collaborate with design, product and `).
const WITH_LIST_BYTES: usize = 48;

/// Whether the mention at `start..end` is the verb `react` (`react
/// quickly to incidents`): lower case, with a word after it that only the
/// verb takes. React is too common a library to need context everywhere
/// (`pure react for web`), so this one spelling is read where it is found.
pub(crate) fn is_react_the_verb(text: &str, start: usize, end: usize) -> bool {
    match &text.as_bytes()[start..end] {
        b"react" => word_after(text, end).is_some_and(|w| REACT_AS_VERB.contains(w)),
        // A duty's first word (`- React quickly to production alerts`):
        // only an adverb makes it the verb there (`React to build UIs`).
        b"React" => {
            starts_a_clause(&text[..start])
                && word_after(text, end).is_some_and(|w| {
                    REACT_AS_VERB.contains(w) && !in_list(&["to", "as", "when", "well"], w)
                })
        }
        _ => false,
    }
}

/// Whether `before`, the text before a word, leaves that word first in
/// its line, bullet or sentence.
fn starts_a_clause(before: &str) -> bool {
    find::trim_end_any(before, b" \t")
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '\n' | '-' | '*' | '•' | '●' | '▪' | '–' | '.' | '!' | '?' | ':'
            )
        })
}

/// Words after a lower-case `react` that make it the verb (`react quickly
/// to incidents`), not the library; after `React` first in a line, the
/// adverbs among them.
static REACT_AS_VERB: WordSet = WordSet::new(&[
    "to",
    "quickly",
    "fast",
    "swiftly",
    "promptly",
    "rapidly",
    "immediately",
    "appropriately",
    "accordingly",
    "calmly",
    "effectively",
    "well",
    "when",
    "as",
]);

static PREPOSITIONS: WordSet = WordSet::new(&[
    "in",
    "with",
    "using",
    "of",
    "on",
    "and",
    "or",
    "including",
    "like",
    "e.g.",
    "such",
]);

/// Nouns a language name describes as a nationality or a place
/// (`Danish universities`, `the German market`, `English clients`): there
/// it asks for no language.
static NATIONALITY_NOUNS: WordSet = WordSet::new(&[
    "universities",
    "university",
    "grading",
    "ministry",
    "government",
    "authorities",
    "confederation",
    "market",
    "markets",
    "people",
    "population",
    "citizens",
    "nationals",
    "residents",
    "network",
    "culture",
    "company",
    "companies",
    "subsidiary",
    "headquarters",
    "office",
    "offices",
    "region",
    "customers",
    "clients",
    "banks",
    "law",
    "tax",
    "healthcare",
    "education",
    "educations",
    "startups",
    "espresso",
]);

/// Verbs of moving a system from one technology to another, read before
/// `to` (`migrated the settlement service to Go`).
const MIGRATION_VERBS: &str = phrase_lines![
    "migrate",
    "migrated",
    "migrating",
    "migration",
    "moved",
    "moving",
    "port",
    "ported",
    "porting",
    "rewrite",
    "rewrote",
    "rewriting",
    "rewritten",
    "switched",
    "switching",
    "converted",
    "converting",
    "transitioned",
    "transitioning",
];

/// Words right after a mention that give the everyday sense away.
static NEGATIVE_AFTER: WordSet = WordSet::new(&[
    "to",
    "through",
    "live",
    "ahead",
    "beyond",
    "above",
    "back",
    "out",
    "into",
    "forward",
    "coloured",
    "colored",
    "belt",
    "proof",
    "resistant",
    "response",
    "responses",
    "action",
    "turnaround",
    "resolution",
    "manner",
    "joy",
    "interest",
    "curiosity",
    "conversation",
    "conversations",
    "creativity",
    "change",
    "yourself",
    "consent",
    "at",
    "kitchen",
    "cup",
    "coffee",
    "beans",
    "a",
    "an",
    "the",
    "sure",
    "it",
    "sense",
    "decisions",
    "impact",
    "difference",
]);

/// Words that give away the everyday sense of one particular spelling.
const NEGATIVE_AFTER_SPELLING: &[(&str, &[&str])] = &[
    ("excel", &["in", "as", "and", "when", "under", "within"]),
    (
        "spring",
        &[
            "break",
            "clean",
            "season",
            "term",
            "semester",
            "launch",
            "collection",
        ],
    ),
    ("rust", &["stains", "stain", "spots"]),
    ("swift", &["pace", "turnaround", "response"]),
    // `go from idea to production`, `Julia from HR`; not `in Rust from
    // scratch` or `learn Swift from our engineers`.
    ("go", &["from"]),
    ("julia", &["from"]),
    ("ruby", &["from"]),
    ("cassandra", &["from"]),
    ("ada", &["from"]),
    ("luigi", &["from"]),
    // `Less than 2 years of experience? Apply anyway`, `Crystal clear
    // communication`.
    ("less", &["than", "often", "so", "likely", "time"]),
    ("crystal", &["clear", "ball"]),
    // `Rest assured, we read every application`.
    (
        "rest assured",
        &["that", "there", "we", "you", "your", "our", "it", "this"],
    ),
];

/// The words before `start`, nearest first, split at whitespace and
/// `,;:()"`, each trimmed of punctuation but `-`, within [`WINDOW`] bytes.
/// Read lazily: most hits ask only for the nearest.
pub(crate) fn words_before(text: &str, start: usize) -> impl Iterator<Item = &str> {
    let floor = floor_char_boundary(text, start.saturating_sub(WINDOW));
    let mut end = Some(start);
    std::iter::from_fn(move || word_before(text, floor, &mut end))
}

/// The word of [`words_before`] that ends at `end` (none past `floor`),
/// moving `end` to its start. Not inlined in WebAssembly: each reader of
/// the words before held a copy.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn word_before<'t>(text: &'t str, floor: usize, end: &mut Option<usize>) -> Option<&'t str> {
    loop {
        let until = (*end)?;
        let separator = last_separator(text, floor, until);
        *end = separator.map(|(at, _)| at);
        let word = &text[separator.map_or(floor, |(at, len)| at + len)..until];
        if !word.is_empty() {
            return Some(word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
        }
    }
}

/// Whether the mention starting at `start`, `first` the word before it,
/// is given as an example of a kind of tool: `another language such as
/// Ruby`, `frameworks like Rails`, `languages (e.g. Ruby`, `languages
/// (Ruby, Go)`.
fn names_an_example(text: &str, start: usize, first: &str) -> bool {
    let opens_bracket = || text[..start].trim_end().ends_with('(');
    if KIND_NOUNS.contains(first) {
        return opens_bracket();
    }
    let mut before = words_before(text, start).skip(1);
    let introduced = EXAMPLE_WORDS.contains(first)
        || (first.eq_ignore_ascii_case("as")
            && before
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("such")));
    // The noun may have a comma after it (`languages, such as`) or a
    // bracket before the example (`languages (e.g. Ruby`).
    introduced && before.next().is_some_and(|w| KIND_NOUNS.contains(w))
}

/// The last character in `text[floor..end]` that separates the words
/// [`words_before`] reads, as its start and length. Read byte by byte back
/// from `end`, decoding a character only beyond ASCII: these searches run
/// for most hits that need context.
fn last_separator(text: &str, floor: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = end;
    while i > floor {
        let b = bytes[i - 1];
        if b < 0x80 {
            i -= 1;
            // `\t..=\r` and the space are ASCII's whitespace for `char`.
            if matches!(
                b,
                b'\t'..=b'\r' | b' ' | b',' | b';' | b':' | b'(' | b')' | b'"'
            ) {
                return Some((i, 1));
            }
        } else {
            let c = text[floor..i].chars().next_back()?;
            i -= c.len_utf8();
            if c.is_whitespace() {
                return Some((i, c.len_utf8()));
            }
        }
    }
    None
}

/// Whether the mention at `start` is the value of a listing's own field
/// `Industry:` or `Sector:` (`Industry: Financial Services`, also with the
/// value on the next line); the words in running text (`business,
/// industry, government`) are no cue.
fn after_industry_field(text: &str, start: usize) -> bool {
    let Some(label) = text[..start].trim_end().strip_suffix(':') else {
        return false;
    };
    let from = label
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    in_list(&["industry", "industries", "sector"], &label[from..])
}

/// Whether the words after a mention say what kind of tool it is (`Go is
/// our main language`, `Rust is the language we use`, `Swift is our
/// language of choice`): `is` or `as`, and a kind's noun within the next
/// four words of the clause.
fn declared_a_kind(text: &str, end: usize) -> bool {
    // Most words after a mention are neither: the one word read first.
    if !word_after(text, end).is_some_and(|w| in_list(&["is", "as"], w)) {
        return false;
    }
    // Five short words at most: read no further (a long line with no
    // punctuation would otherwise be read to its end for every mention).
    let rest = &text[end..floor_char_boundary(text, (end + KIND_REACH).min(text.len()))];
    let clause = &rest[..find::find_any(rest, b",.;\n").unwrap_or(rest.len())];
    clause
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .skip(1)
        .take(4)
        .any(|w| KIND_NOUNS.contains(w))
}

/// How far past a mention [`declared_a_kind`] reads.
const KIND_REACH: usize = 48;

fn word_after(text: &str, end: usize) -> Option<&str> {
    word_span_after(text, end).map(|(from, to)| &text[from..to])
}

/// Where the word after `end` lies, as [`word_after`] finds it.
pub(crate) fn word_span_after(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = find::trim_start_any(&text[end..], b"- \t()");
    let from = text.len() - rest.len();
    // ASCII letters and digits byte by byte; from the first other byte
    // beyond ASCII on, by `char`.
    let ascii = rest
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let len = if rest.as_bytes().get(ascii).is_some_and(|&b| b >= 0x80) {
        rest[ascii..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| ascii + i)
    } else {
        ascii
    };
    (len > 0).then_some((from, from + len))
}

/// `Go for backend services`, `Julia for numerical work`: a name followed
/// by `for` and the kind of work it is used for (not `Go for a walk`).
/// `after` is the word after the name.
fn used_for_work(text: &str, end: usize, after: Option<&str>) -> bool {
    after.is_some_and(|w| w.eq_ignore_ascii_case("for"))
        && word_span_after(text, end)
            .and_then(|(_, to)| word_after(text, to))
            .is_some_and(|w| CUE_AFTER.contains(w) || in_list(KINDS_OF_WORK, w))
}

/// What a language or tool is used for, besides [`CUE_AFTER`]'s words.
const KINDS_OF_WORK: &[&str] = &[
    "systems",
    "numerical",
    "scientific",
    "web",
    "mobile",
    "infrastructure",
    "automation",
    "concurrency",
    "tools",
];

/// Whether the text between two mentions is only list punctuation and
/// conjunctions (`, `, ` / `, ` and `, ` or `, ` & `, ` as well as `,
/// parentheses, quotes).
/// Not inlined: two readers ask it, and one copy keeps the WebAssembly
/// module small.
#[inline(never)]
fn is_list_gap(gap: &str) -> bool {
    if gap.len() > 12 || gap.contains('\n') {
        return false;
    }
    gap.split(|c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                ',' | '/' | '&' | '(' | ')' | '|' | ';' | '+' | '"' | '\'' | '‘' | '’' | '“' | '”'
            )
    })
    .all(|w| w.is_empty() || in_list(LIST_WORDS, w))
}

/// The words that may join two mentions of one list (`Python as well as
/// Go`, `Python but also Go`, `Python plus Go`).
const LIST_WORDS: &[&str] = &[
    "and", "or", "e.g.", "eg", "und", "oder", "plus", "also", "but", "as", "well",
];

/// Whether the words before a `for` (nearest first) are a hedge's credit:
/// `bonus`, `bonus points`, `extra credit`, `brownie points`.
fn credited_by_a_hedge<'t>(mut before: impl Iterator<Item = &'t str>) -> bool {
    match before.next() {
        Some(w) if w.eq_ignore_ascii_case("bonus") => true,
        Some(w) if in_list(&["points", "credit"], w) => before
            .next()
            .is_some_and(|w| in_list(&["bonus", "extra", "brownie"], w)),
        _ => false,
    }
}

/// Whether the mention is written as a name: capitalised, or exactly as the
/// taxonomy writes a short name.
fn written_as_name(mention: &str, canonical: &str) -> bool {
    // `SOLID`, `SAFe`, `BASIC`: names with capitals past the first letter
    // must be written with them.
    if canonical.chars().skip(1).any(char::is_uppercase)
        && canonical.chars().all(char::is_alphabetic)
    {
        return mention == canonical || mention.chars().all(|c| !c.is_lowercase());
    }
    // `Rest assured, we read every application` is not REST Assured: a
    // name of several words is written with the capitals of each.
    if mention.contains(' ') && mention.eq_ignore_ascii_case(canonical) {
        return mention.split(' ').zip(canonical.split(' ')).all(|(m, c)| {
            !c.starts_with(|c: char| c.is_ascii_uppercase())
                || m.starts_with(|c: char| c.is_ascii_uppercase())
        });
    }
    if mention.chars().count() <= 2 {
        return mention == canonical
            || mention.eq_ignore_ascii_case(canonical)
                && mention.chars().all(|c| !c.is_lowercase());
    }
    mention.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a mention of two or three letters is written as an everyday
/// word at a sentence start: `It` is the pronoun, `IT` the field (`PhD`,
/// `IoT` keep their inner capitals).
fn is_capitalised_word(mention: &str) -> bool {
    let bytes = mention.as_bytes();
    (2..=3).contains(&bytes.len())
        && bytes[0].is_ascii_uppercase()
        && bytes[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether the mention stands alone on its line or bullet.
fn alone_on_line(text: &str, start: usize, end: usize) -> bool {
    opens_line(text, start) && closes_line(text, end)
}

/// Whether the mention starts what a label at the start of its line or
/// clause introduces (`Nice to have: Go, Rust`, `- Must have: Go`, `Tech
/// stack: Go`, `Python; bonus: Rust`, `Must have: Python. Nice to have:
/// Rust`, `… | Bonus: Rust`): the label says its words are skills.
fn after_label(text: &str, start: usize) -> bool {
    let head = find::trim_end_any(&text[..start], b" \t");
    let Some(head) = head.strip_suffix(':') else {
        return false;
    };
    // The label is short: look back only as far as the longest one.
    let Some(line) = short_clause_before(head, &['\n', ';', '.', '|'], MAX_LABEL + 8) else {
        return false;
    };
    let label = past_bullets(line).trim_end();
    // `Nice-to-have skills:`, `Secondary skills:`, `Technical skills:`.
    let of_skills = |label: &str| {
        let words = label.as_bytes();
        words.len() >= 6 && words[words.len() - 6..].eq_ignore_ascii_case(b"skills")
    };
    label.len() <= MAX_LABEL
        && (in_list(SKILL_LABELS, label)
            || of_skills(label)
            || in_lines(crate::analysis::PREFERRED_PHRASES, label)
            || in_lines(crate::analysis::REQUIRED_IN_BRACKETS, label))
}

/// Whether a hedge opens the clause after the mention (`- Go, ideally in
/// production`, `- Rust (preferably)`): it would like the name, so the name
/// is the skill. Read where the name opens its line or bullet.
fn hedged_after(text: &str, end: usize) -> bool {
    let rest = find::trim_start_any(&text[end..], b" \t");
    rest.strip_prefix([',', '(']).is_some_and(|rest| {
        let (word, tail) = super::extract::next_word(rest);
        // `- Go (or a willingness to learn)`: offered instead, it is asked.
        in_list(HEDGES, word)
            || (word.eq_ignore_ascii_case("or")
                && tail.split(' ').take(5).any(|w| {
                    w.as_bytes()
                        .get(..5)
                        .is_some_and(|b| b.eq_ignore_ascii_case(b"learn"))
                }))
    })
}

/// Words that would like the name next to them rather than ask for it.
const HEDGES: &[&str] = &["ideally", "preferably"];

/// The longest label [`after_label`] reads.
const MAX_LABEL: usize = 24;

/// Labels whose words are skills (in any case), besides the words of
/// importance (`Nice to have`, `Bonus`, `Must have`, `Required`).
const SKILL_LABELS: &[&str] = &[
    "requirements",
    "skills",
    "key skills",
    "tech stack",
    "stack",
    "tech",
    "technologies",
    "languages",
    "tools",
    "bonus points",
];

/// Whether only a bullet and spaces stand before `start` on its line.
fn opens_line(text: &str, start: usize) -> bool {
    let bullet_or_space = |c: char| c.is_whitespace() && c != '\n' || BULLETS.contains(&c);
    text[..start]
        .chars()
        .rev()
        .find(|&c| !bullet_or_space(c))
        .is_none_or(|c| c == '\n')
}

/// Whether only spaces, an end mark and trademark signs (`Rust®`, `Go™`,
/// as vendors' pages are pasted) stand after `end` on its line.
fn closes_line(text: &str, end: usize) -> bool {
    text[end..]
        .chars()
        .find(|&c| !(c.is_whitespace() && c != '\n' || matches!(c, '.' | ',' | ';' | '®' | '™')))
        .is_none_or(|c| c == '\n')
}

/// Accepts the undecided, not narrow hits of every line that is nothing
/// but names in a list (`- Go or Rust`, `Swift / Kotlin`): each name's
/// neighbours vouch for it as an asked skill would, though each alone
/// needs context. Read from the undecided hits only (few), each line once.
fn accept_lines_of_names(text: &str, taxonomy: &Taxonomy, hits: &[SkillHit], state: &mut [u8]) {
    let joined = |k: usize| is_list_gap(&text[hits[k].end..hits[k + 1].start]);
    let mut i = 0;
    while i < hits.len() {
        if state[i] != 0 {
            i += 1;
            continue;
        }
        let (mut first, mut last) = (i, i);
        while first > 0 && joined(first - 1) {
            first -= 1;
        }
        while last + 1 < hits.len() && joined(last) {
            last += 1;
        }
        if last > first && opens_line(text, hits[first].start) && closes_line(text, hits[last].end)
        {
            for k in first..=last {
                if state[k] == 0 && !is_narrow(&taxonomy.get(hits[k].skill).name) {
                    state[k] = 1;
                }
            }
        }
        i = last + 1;
    }
}

/// Importance written in brackets right after a mention (`Go
/// (preferred)`, `Rust (a plus)`), after a colon (`Rust: nice to have`), or
/// without either (`Python or R a plus`,
/// `Go is a plus`, `Rust preferred`, `Go would be a bonus`): said only of
/// a skill. `after` is the first word after the mention, read past the
/// bracket.
fn importance_in_brackets(text: &str, start: usize, end: usize, after: Option<&str>) -> bool {
    let rest = text[end..].trim_start_matches(' ');
    // `Rust: nice to have`, `Go: a plus`, as a list of skills labels each.
    if let Some(label) = rest.strip_prefix(':') {
        let at = text.len() - label.len();
        let Some((from, to)) = word_span_after(text, at) else {
            return false;
        };
        let word = &text[from..to];
        return if word.eq_ignore_ascii_case("a") {
            word_after(text, to).is_some_and(|w| in_list(&["plus", "bonus", "must"], w))
        } else {
            BRACKETED_IMPORTANCE.contains(word) && !in_list(&["not", "strongly", "highly"], word)
        };
    }
    let Some(after) = after else {
        return false;
    };
    if rest.starts_with('(') {
        return BRACKETED_IMPORTANCE.contains(after);
    }
    // Most names are followed by none of the words read below: decided
    // on the first word, before any more are read.
    if !in_list(&["would", "is", "a", "an", "very"], after)
        && !in_list(HOPED_FOR, after)
        && !in_list(IMPORTANCE_WORDS, after)
    {
        return false;
    }
    // Unbracketed, the name stands on its own (`V&V is an advantage` is
    // verification and validation, not the language V).
    if text[..start]
        .bytes()
        .next_back()
        .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b',' | b';' | b'/' | b'('))
    {
        return false;
    }
    // `Go a long way`, `Go is where we are`, `Go would mean` are the verb
    // or the word: only an importance after `a`, `is` or `would be` is read.
    let mut words = [""; 5];
    let mut at = end;
    for word in &mut words {
        let Some((from, to)) = word_span_after(text, at) else {
            break;
        };
        *word = &text[from..to];
        at = to;
    }
    let mut words = words.iter().copied().peekable();
    let mut next_if = |list: &[&str]| words.next_if(|w| in_list(list, w)).is_some();
    if next_if(&["would"]) && !next_if(&["be"]) {
        return false;
    }
    next_if(&["is"]);
    if next_if(&["a", "an", "very"]) {
        next_if(&[
            "big", "huge", "real", "strong", "definite", "major", "great",
        ]);
        // `Rust is a nice-to-have`, `a good to have`; not `a nice language`.
        if next_if(&["nice", "good"]) {
            return next_if(&["to"]);
        }
        return next_if(&["plus", "bonus", "advantage", "must"]);
    }
    next_if(IMPORTANCE_WORDS) || next_if(HOPED_FOR)
}

/// Words after `would be` that hope for a skill (`Rust would be useful`).
const HOPED_FOR: &[&str] = &["nice", "great", "useful", "handy", "helpful", "awesome"];

/// Words that say how much a skill named right before them is wanted,
/// with no bracket (`Rust preferred`, `Go is desirable`).
const IMPORTANCE_WORDS: &[&str] = &[
    "preferred",
    "required",
    "desirable",
    "desired",
    "essential",
    "mandatory",
    "advantageous",
    "beneficial",
];

/// The first words of what a listing writes in brackets after a skill to
/// say how much it is wanted (`required`, `a plus`, `nice to have`,
/// `strongly preferred`).
static BRACKETED_IMPORTANCE: WordSet = WordSet::new(&[
    "required",
    "preferred",
    "desirable",
    "desired",
    "essential",
    "mandatory",
    "optional",
    "must",
    "a",
    "plus",
    "bonus",
    "nice",
    "ideal",
    "ideally",
    "advantageous",
    "strongly",
    "highly",
    "not",
]);

/// The sentence around `[start, end)`, bounded as [`ends_sentence`] says.
/// Hits share their sentence's verdicts, so a text without such bounds is
/// read once, not once a hit.
fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let from = last_sentence_end(bytes, 0, start).map_or(0, |i| i + 1);
    let to = next_sentence_end(bytes, end, bytes.len()).unwrap_or(text.len());
    (from, to)
}

/// Whether byte `i` ends a sentence: a line break, `!`, `?`, `;`, or a full
/// stop followed by a space or the end (not the dots of `Node.js`, `.NET`,
/// nor the last dot of `e.g.`, `i.e.` or `U.S.` before a space: `cloud
/// platforms (e.g. AWS, GCP)` is one sentence).
/// The marks are ASCII, which never occurs inside a multi-byte character, so
/// searching bytes finds what searching characters would, without decoding.
#[inline]
pub(crate) fn ends_sentence(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' | b'!' | b'?' | b';' => true,
        b'.' => {
            bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace)
                && !(i + 1 < bytes.len()
                    && (ends_dotted_abbreviation(&bytes[..i]) || shortened_word_goes_on(bytes, i)))
        }
        _ => false,
    }
}

/// Words shortened with a full stop that a sentence goes on after (`5+
/// yrs. experience`, `approx. 20 people`, `incl. super`, `excl. super`).
const SHORTENED_WORDS: &[&[u8]] = &[
    b"approx", b"etc", b"excl", b"exp", b"inc", b"incl", b"min", b"yr", b"yrs",
];

/// Whether the full stop at `i` shortens a word and the sentence goes on
/// after it in lower case: a new sentence would start with a capital.
fn shortened_word_goes_on(bytes: &[u8], i: usize) -> bool {
    if !(bytes.get(i + 1) == Some(&b' ') && bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase)) {
        return false;
    }
    // Compared from the stop backwards, a few bytes at most, however long
    // the word before it.
    SHORTENED_WORDS.iter().any(|w| {
        i >= w.len()
            && bytes[i - w.len()..i].eq_ignore_ascii_case(w)
            && (i == w.len() || !bytes[i - w.len() - 1].is_ascii_alphabetic())
    })
}

/// Whether `before` (the text before a full stop) ends with a dotted
/// abbreviation's other letters, `e.g`, `i.e` or `U.S` (`U.K`), as a word.
fn ends_dotted_abbreviation(before: &[u8]) -> bool {
    let [.., first, b'.', second] = before else {
        return false;
    };
    let pair = [first.to_ascii_lowercase(), second.to_ascii_lowercase()];
    let starts_word = before.len() == 3 || !before[before.len() - 4].is_ascii_alphanumeric();
    starts_word && matches!(&pair, b"eg" | b"ie" | b"us" | b"uk")
}

/// How far [`last_sentence_end`] and [`next_sentence_end`] search at a
/// time: a search costs what the distance to the nearest end costs, not the
/// whole range (a 10 MB line searched whole per hit was quadratic).
const SEARCH_CHUNK: usize = 256;

/// The last index in `lo..hi` that ends a sentence (see [`ends_sentence`],
/// which may look at the byte at `hi`). Searched with SIMD a few marks at
/// a time: these searches cover every sentence that holds a skill, much
/// of the text.
pub(crate) fn last_sentence_end(bytes: &[u8], lo: usize, hi: usize) -> Option<usize> {
    let mut end = hi;
    while end > lo {
        let start = end.saturating_sub(SEARCH_CHUNK).max(lo);
        let sure = memchr::memrchr3(b'\n', b'!', b'?', &bytes[start..end]).map(|i| start + i);
        let from = sure.map_or(start, |i| i + 1);
        let found = memchr::memrchr2_iter(b';', b'.', &bytes[from..end])
            .map(|i| from + i)
            .find(|&i| ends_sentence(bytes, i))
            .or(sure);
        if found.is_some() {
            return found;
        }
        end = start;
    }
    None
}

/// Where the sentence from `from` to `to` turns from the company to what
/// the reader will do (`Our stack runs on AWS, and you will design …`), if
/// it does. (The other turns, `where you`, `while you`, are rarer than the
/// room they would take in the WebAssembly module.)
pub(crate) fn turn_to_reader(text: &str, from: usize, to: usize) -> Option<usize> {
    crate::find::find(text.get(from..to)?, ", and you").map(|i| from + i)
}

/// The first index in `lo..hi` that ends a sentence (see [`ends_sentence`]).
pub(crate) fn next_sentence_end(bytes: &[u8], lo: usize, hi: usize) -> Option<usize> {
    let mut start = lo;
    while start < hi {
        let end = (start + SEARCH_CHUNK).min(hi);
        let sure = memchr::memchr3(b'\n', b'!', b'?', &bytes[start..end]).map(|i| start + i);
        let until = sure.unwrap_or(end);
        let found = memchr::memchr2_iter(b';', b'.', &bytes[start..until])
            .map(|i| start + i)
            .find(|&i| ends_sentence(bytes, i))
            .or(sure);
        if found.is_some() {
            return found;
        }
        start = end;
    }
    None
}

/// Whether a mention of a context-needing skill is one of its everyday
/// spellings: the name itself, one word of it (`Spark` for Apache Spark,
/// `Excel` for Microsoft Excel, `Synapse` for Azure Synapse Analytics), or
/// any short single word. Longer spellings (`golang`, `R programming`,
/// `Makefile`) are unambiguous.
fn is_everyday_spelling(mention: &str, canonical: &str) -> bool {
    mention.eq_ignore_ascii_case(canonical)
        || canonical
            .split(' ')
            .any(|word| word.eq_ignore_ascii_case(mention))
        || (mention.len() <= 5 && mention.chars().all(char::is_alphabetic))
}

/// Drops the hits of context-needing skills that have no technical context.
///
/// `cues` are the text's sentence cues, in order (see [`super::cues`]).
pub(crate) fn accept_in_context(
    text: &str,
    taxonomy: &Taxonomy,
    cues: &[Cue],
    hits: &mut Vec<SkillHit>,
) {
    let n = hits.len();
    // 0 = undecided, 1 = accepted, 2 = rejected.
    let mut state = vec![0u8; n];
    // Hits that only a list of technologies may accept (sorted).
    let mut only_in_lists: Vec<usize> = Vec::new();
    // Hits that a list may accept from a technology, general or not
    // (`microservices rest`), but not from a field or a vague term
    // (`the payments rails`) (sorted).
    let mut in_lists_of_technology: Vec<usize> = Vec::new();
    // Hits in one sentence share its verdicts.
    let mut sentence_cache = ((usize::MAX, usize::MAX), false, false);
    for (i, h) in hits.iter().enumerate() {
        let def = taxonomy.get(h.skill);
        // Most skills need no context: decided on their flags alone.
        if !def.needs_context && !def.needs_capital && !def.generic {
            state[i] = 1;
            continue;
        }
        let mention = &text[h.start..h.end];
        if !def.generic && !is_everyday_spelling(mention, &def.name) {
            state[i] = 1;
            continue;
        }
        // `It`, `Hr`, `Ai`: a general term's acronym counts only in capitals.
        if def.generic && is_capitalised_word(mention) {
            state[i] = 2;
            continue;
        }
        let after = word_after(text, h.end);
        // `Java - at least 5 years`: a word past a dash or a bracket is
        // another clause's, no everyday sense of the name.
        let next_to_it = || {
            let gap = &text.as_bytes()[h.end..];
            let spaces = gap.iter().take_while(|&&b| b == b' ').count();
            gap.get(spaces).is_some_and(u8::is_ascii_alphanumeric)
        };
        let negative = || {
            next_to_it()
                && after.is_some_and(|w| {
                    NEGATIVE_AFTER.contains(w)
                        || NEGATIVE_AFTER_SPELLING
                            .iter()
                            .any(|(m, words)| mention.eq_ignore_ascii_case(m) && in_list(words, w))
                })
        };
        // `Rust (a plus)`: the bracket's words are not the everyday sense's.
        let bracketed = || importance_in_brackets(text, h.start, h.end, after);
        if (def.needs_context || def.needs_capital) && negative() && !bracketed() {
            // `SQL and Snowflake to predict churn`, `Python and Go to build
            // services`: the last of a list of technologies before `to` is
            // one of them; alone (`Go to market`) it is the everyday word.
            let to = after.is_some_and(|w| w.eq_ignore_ascii_case("to"));
            // `Use Postman to test APIs`, `Excel to build reports`: a name
            // that needs only its capital, written with it, is the tool.
            if to
                && def.needs_capital
                && !def.needs_context
                && !def.generic
                && written_as_name(mention, &def.name)
            {
                state[i] = 1;
                continue;
            }
            // `Excel and PowerPoint`: a capitalised name joined to the
            // next skill is the first of a list (`excel and grow` is the
            // verb).
            let joins_next = || {
                hits.get(i + 1).is_some_and(|next| {
                    text.get(h.end..next.start)
                        .is_some_and(|gap| in_list(&["and", "or"], gap.trim()))
                })
            };
            if def.needs_capital
                && !def.needs_context
                && !def.generic
                && written_as_name(mention, &def.name)
                && joins_next()
            {
                state[i] = 1;
                continue;
            }
            state[i] = if to { 0 } else { 2 };
            if to {
                only_in_lists.push(i);
            }
            continue;
        }
        if def.kind == SkillKind::Spoken && after.is_some_and(|w| NATIONALITY_NOUNS.contains(w)) {
            state[i] = 2;
            continue;
        }
        // `Fluent Danish`, `SOLID Java skills`: a name that is also the
        // word asking for the next mention is that word, not a list.
        let asks_for_next = || {
            hits.get(i + 1).is_some_and(|next| {
                text[h.end..next.start].bytes().all(|b| b == b' ')
                    && CUE_ADJECTIVE.contains(mention)
            })
        };
        if def.needs_context && asks_for_next() {
            state[i] = 2;
            continue;
        }
        // Whether it is written as a name matters only to the flagged
        // names; general terms (most of the hits here) skip the reading.
        let as_name = || written_as_name(mention, &def.name);
        // In lower case a one-word name is the everyday word (`go`, `ci`);
        // a phrase (`continuous integration`, `visual basic`, joined by a
        // hyphen or not) still may be the skill, on the cues read below.
        if def.needs_context && !mention.contains([' ', '-']) && !as_name() {
            state[i] = 2;
            continue;
        }
        if def.needs_capital && !def.generic && !def.needs_context {
            // Written as a name it counts; in lower case only in a list (decided below).
            // A name that is also a capitalised word (`Room`, `Cocoa`)
            // needs both: the capital, and the cues read below.
            if as_name() {
                state[i] = 1;
            } else {
                // A list of technologies, not a field beside it (`the
                // payments rails`).
                in_lists_of_technology.push(i);
            }
            continue;
        }
        let narrow = is_narrow(&def.name);
        let cues_after: &WordSet = if narrow {
            &NARROW_CUE_AFTER
        } else if def.generic {
            &GENERIC_CUE_AFTER
        } else {
            &CUE_AFTER
        };
        let cue_after = after.is_some_and(|w| {
            cues_after.contains(w)
                || (def.kind == SkillKind::Spoken && SPOKEN_CUE_AFTER.contains(w))
        }) || (def.kind == SkillKind::Spoken
            && german_language_skills(text, h.end, mention));
        // The words before are read only when the word after gave no cue.
        let cue_before = || {
            let mut before = words_before(text, h.start).peekable();
            let first = before.next().unwrap_or_default();
            if first.eq_ignore_ascii_case("to") {
                // `exposure to Go`, and what a migration moves to (`from
                // Python 2 to Go`, `migrated our services to Go`): the cues
                // taken with `to` (`years to Go live` asks for nothing).
                // A general term after `from … to` is a range's end (`from
                // General Managers to Finance`).
                return before.take(4).enumerate().any(|(k, w)| {
                    (k == 0 && w.eq_ignore_ascii_case("exposure"))
                        || (!def.generic
                            && (w.eq_ignore_ascii_case("from") || in_lines(MIGRATION_VERBS, w)))
                });
            }
            // `Bonus points for Rust`, `extra credit for Go`: what a hedge
            // credits is a skill.
            if first.eq_ignore_ascii_case("for")
                && credited_by_a_hedge(words_before(text, h.start).skip(1))
            {
                return true;
            }
            if !def.generic && names_an_example(text, h.start, first) {
                return true;
            }
            // `we'll teach you Go`, `we'll train you on Rust`: what the
            // job teaches is a technology (`train you in Rust` is already
            // one by its `in`, below).
            if in_list(&["you", "on"], first) {
                let mut back = words_before(text, h.start).skip(1);
                let teaches = |w: Option<&str>| w.is_some_and(|w| in_list(&["teach", "train"], w));
                let taught = if first.eq_ignore_ascii_case("you") {
                    teaches(back.next())
                } else {
                    back.next().is_some_and(|w| w.eq_ignore_ascii_case("you"))
                        && teaches(back.next())
                };
                if taught {
                    return !def.generic;
                }
            }
            // `Our backend is Go`, `our main language is Rust`: what a
            // part of the stack is.
            if in_list(&["is", "are"], first)
                && before.peek().is_some_and(|w| in_list(STACK_PARTS, w))
            {
                return !def.generic;
            }
            // `work closely with Ruby`: people, not a tool.
            if first.eq_ignore_ascii_case("with")
                && before.peek().is_some_and(|w| WITH_PEOPLE.contains(w))
            {
                return false;
            }
            // `based in Phoenix`, `offices in Phoenix and Denver`: a place.
            let mut in_a_place = || {
                first.eq_ignore_ascii_case("in")
                    && before.peek().is_some_and(|w| in_list(PLACE_WORDS, w))
            };
            (!narrow && (CUE_ADJECTIVE.contains(first) || after_industry_field(text, h.start)))
                || (!def.generic && STRONG_PREPOSITIONS.contains(first) && !in_a_place())
                || (!def.generic && in_list(HEDGES, first))
                || PREPOSITIONS.contains(first) && before.take(2).any(|w| CUE_BEFORE.contains(w))
        };
        // Concepts count in a sentence that asks for things; domains and
        // spoken languages need a cue of their own. Finding the sentence's
        // bounds costs the most, so it comes last.
        let mut in_asking_sentence = || {
            def.generic && !def.needs_context && {
                let ((lo, hi), ..) = sentence_cache;
                let (from, to) = if lo <= h.start && h.end <= hi {
                    (lo, hi)
                } else {
                    sentence_around(text, h.start, h.end)
                };
                if sentence_cache.0 != (from, to) {
                    let (asks, about_company) = sentence_verdicts(cues, from, to);
                    sentence_cache = ((from, to), asks, about_company);
                }
                let (_, mut asks, mut about_company) = sentence_cache;
                // `Our stack runs on AWS, and you will design for
                // microservices`: the reader's part of the sentence is read
                // on its own.
                if about_company && !asks {
                    if let Some(turn) = turn_to_reader(text, from, to).filter(|&t| t < h.start) {
                        (asks, about_company) = sentence_verdicts(cues, turn, to);
                    }
                }
                match def.kind {
                    SkillKind::Technical(_) => asks || !about_company,
                    _ => asks && !about_company,
                }
            }
        };
        // A name on a job title (`Backend Engineer (Go)`, `Software
        // Engineer, Go/Rust`) is the technology the role is for.
        let on_title = !narrow && !def.generic && h.names_role;
        if cue_after
            || (!def.generic && declared_a_kind(text, h.end))
            || on_title
            || (!def.generic && bracketed())
            || cue_before()
            || (!narrow && alone_on_line(text, h.start, h.end))
            || after_label(text, h.start)
            || (!def.generic && opens_line(text, h.start) && hedged_after(text, h.end))
            || (!def.generic && !narrow && used_for_work(text, h.end, after))
            || in_asking_sentence()
        {
            // A general term after `partner with` is a team, and no list
            // spreads to it.
            state[i] = if def.generic && worked_with(text, h.start) {
                2
            } else {
                1
            };
        }
    }
    accept_lines_of_names(text, taxonomy, hits, &mut state);
    // A list spreads acceptance to its neighbours: `Python, Go and Rust`.
    spread_along_lists(&mut state, |i, j| {
        // A one-letter name joins only a list of languages (or of a
        // language's libraries: `Python (pandas) or R`), never `R & D`.
        let narrow = is_narrow(&taxonomy.get(hits[i].skill).name);
        let language = |id| {
            taxonomy.get(id).kind == SkillKind::Technical(crate::model::SkillCategory::Language)
        };
        let (first, second) = if j < i { (j, i) } else { (i, j) };
        let gap = &text[hits[first].end..hits[second].start];
        let neighbour = taxonomy.get(hits[j].skill);
        let technical = matches!(neighbour.kind, SkillKind::Technical(_));
        // `Python preferred, Go also considered`: a name said to do as
        // well as the one before it is of its kind.
        let as_well =
            || j + 1 == i && crate::analysis::accepted_as_well(text, hits[j].end, &hits[i]);
        (only_in_lists.binary_search(&i).is_err() || (technical && !neighbour.generic))
            && (in_lists_of_technology.binary_search(&i).is_err()
                || (technical && !neighbour.vague))
            && (is_list_gap(gap) || as_well())
            && (!narrow
                || (!gap.contains('&')
                    && (language(hits[j].skill)
                        || taxonomy
                            .get(hits[j].skill)
                            .implies
                            .iter()
                            .any(|&s| language(s)))))
    });
    let mut keep = state.iter().map(|&s| s == 1);
    hits.retain(|_| keep.next().unwrap_or(false));
}

/// Accepts every undecided hit (state 0) that `joins(i, j)` an accepted
/// neighbour `j` (state 1, next to it), and on along the list, until none
/// is left to accept. Sweeps go forward and backward in turn: a sweep
/// carries acceptance along a whole list in its own direction, so two or
/// three sweeps settle any text. (Forward sweeps alone moved it one hit a
/// sweep towards the start: `java java … Python` of 16,000 words took 1.1 s.)
fn spread_along_lists(state: &mut [u8], joins: impl Fn(usize, usize) -> bool) {
    let n = state.len();
    let mut forward = true;
    loop {
        let mut changed = false;
        for k in 0..n {
            let i = if forward { k } else { n - 1 - k };
            if state[i] != 0 {
                continue;
            }
            let left = i > 0 && state[i - 1] == 1 && joins(i, i - 1);
            let right = i + 1 < n && state[i + 1] == 1 && joins(i, i + 1);
            if left || right {
                state[i] = 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
        forward = !forward;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The sweeps accept what forward sweeps repeated until nothing
        /// changes accept (the rule as first written), on any states and
        /// any joins between neighbours.
        #[test]
        fn sweeps_accept_what_repeated_forward_sweeps_accept(
            start in proptest::collection::vec(0u8..3, 0..40),
            joins_left in proptest::collection::vec(proptest::bool::ANY, 40),
            joins_right in proptest::collection::vec(proptest::bool::ANY, 40),
        ) {
            let joins = |i: usize, j: usize| if j < i { joins_left[i] } else { joins_right[i] };
            let mut want = start.clone();
            let mut changed = true;
            while changed {
                changed = false;
                for i in 0..want.len() {
                    if want[i] == 0
                        && ((i > 0 && want[i - 1] == 1 && joins(i, i - 1))
                            || (i + 1 < want.len() && want[i + 1] == 1 && joins(i, i + 1)))
                    {
                        want[i] = 1;
                        changed = true;
                    }
                }
            }
            let mut got = start;
            spread_along_lists(&mut got, joins);
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn a_shortened_word_before_lower_case_ends_no_sentence() {
        let ends = |text: &str| {
            let at = text.find(". ").expect("a full stop");
            ends_sentence(text.as_bytes(), at)
        };
        assert!(!ends("5+ yrs. experience"));
        assert!(!ends("AUD 120k incl. super"));
        assert!(!ends("$110 per hour inc. super"));
        assert!(ends("5+ yrs. Experience with Go is a plus"));
        assert!(
            ends("We pay yearly bonuses. we also"),
            "`bonuses` is no shortened word"
        );
        assert!(ends("minyrs. experience"), "only the whole word");
    }

    /// Ends far from the search's start are found across chunks.
    #[test]
    fn sentence_end_searches_cross_chunks() {
        for at in [0, 1, 255, 256, 257, 700, 1199] {
            for mark in [". ", "!", ";", "\n"] {
                let mut text = "x".repeat(1200);
                text.replace_range(
                    at..at + mark.len().min(1200 - at),
                    &mark[..mark.len().min(1200 - at)],
                );
                let bytes = text.as_bytes();
                let want_last = (0..1200).rev().find(|&i| ends_sentence(bytes, i));
                let want_next = (0..1200).find(|&i| ends_sentence(bytes, i));
                assert_eq!(
                    last_sentence_end(bytes, 0, 1200),
                    want_last,
                    "{at} {mark:?}"
                );
                assert_eq!(
                    next_sentence_end(bytes, 0, 1200),
                    want_next,
                    "{at} {mark:?}"
                );
            }
        }
    }

    /// The definition [`words_before`] reads faster.
    fn words_before_by_split(text: &str, start: usize) -> [&str; 3] {
        let mut out = [""; 3];
        let words = text[floor_char_boundary(text, start.saturating_sub(WINDOW))..start]
            .rsplit(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"'))
            .filter(|w| !w.is_empty())
            .take(3);
        for (slot, w) in out.iter_mut().zip(words) {
            *slot = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        }
        out
    }

    /// The definition [`word_after`] reads faster.
    fn word_after_by_char(text: &str, end: usize) -> Option<&str> {
        let rest = find::trim_start_any(&text[end..], b"- \t()");
        let len = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i);
        (len > 0).then(|| &rest[..len])
    }

    proptest::proptest! {
        /// Reading back byte by byte finds the words splitting does, also
        /// beyond ASCII (no-break and ideographic spaces, letters) and
        /// across the window's start.
        #[test]
        fn words_before_agrees_with_splitting(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "experience", "in", "Go", " ", "  ", ",", ";", ":", "(", ")", "\"", "\t",
                "\n", "\u{b}", "\u{85}", "\u{a0}", "\u{3000}", "é", "日本", "-", ".", "x".repeat(150).leak(),
            ]), 0..40),
        ) {
            let text: String = parts.concat();
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let mut read = [""; 3];
                for (slot, w) in read.iter_mut().zip(words_before(&text, start)) {
                    *slot = w;
                }
                proptest::prop_assert_eq!(
                    read,
                    words_before_by_split(&text, start),
                    "at {} of {:?}", start, text
                );
            }
        }

        /// Reading the word after byte by byte over ASCII finds what
        /// reading it by `char` does, also past letters and digits beyond
        /// ASCII (`é`, `٣`) and punctuation (`’`, no-break space).
        #[test]
        fn word_after_agrees_with_reading_by_char(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "go", "Rust", "9", " ", "-", "(", ")", "\t", ".", ",", "é", "日本", "\u{663}",
                "\u{2019}", "\u{a0}", "_",
            ]), 0..16),
        ) {
            let text: String = parts.concat();
            for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                proptest::prop_assert_eq!(
                    word_after(&text, end),
                    word_after_by_char(&text, end),
                    "at {} of {:?}", end, text
                );
            }
        }

        /// The SIMD searches for sentence ends find what a byte-by-byte
        /// search with [`ends_sentence`] finds, in any range.
        #[test]
        fn sentence_end_searches_agree_with_the_byte_rule(
            text in "[a.!?;\n ,x]{0,600}",
            lo in 0usize..601,
            hi in 0usize..601,
        ) {
            let bytes = text.as_bytes();
            let (lo, hi) = (lo.min(bytes.len()), hi.min(bytes.len()));
            let (lo, hi) = (lo.min(hi), lo.max(hi));
            let last = (lo..hi).rev().find(|&i| ends_sentence(bytes, i));
            let next = (lo..hi).find(|&i| ends_sentence(bytes, i));
            proptest::prop_assert_eq!(last_sentence_end(bytes, lo, hi), last);
            proptest::prop_assert_eq!(next_sentence_end(bytes, lo, hi), next);
        }
    }
}
