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

use super::extract::{ceil_char_boundary, floor_char_boundary, SkillHit, WINDOW};
use super::taxonomy::{SkillKind, Taxonomy};

/// Words after a mention that mark it as technical.
const CUE_AFTER: &[&str] = &[
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
];

/// Words shortly before a mention (up to three words back) that mark it as
/// technical when the word right before is a preposition.
const CUE_BEFORE: &[&str] = &[
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
];

/// Words right before a mention that ask for it (`fluent English`,
/// `strong SQL`, `solid understanding of`).
const CUE_ADJECTIVE: &[&str] = &[
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
];

/// Words after a general term that mark it as asked for (`cloud
/// experience`, `agile practices`, `security principles`).
const GENERIC_CUE_AFTER: &[&str] = &[
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
];

/// The only cues after a one-letter name (`C`, `R`, `D`) or a very common
/// word (`Scheme`, `Shell`, `Make`): `R programming`, `C code`.
const NARROW_CUE_AFTER: &[&str] = &[
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
];

/// Names too common to trust with the broad cues.
const NARROW_NAMES: &[&str] = &["Scheme", "Shell", "Make"];

fn is_narrow(name: &str) -> bool {
    name.chars().count() == 1 || NARROW_NAMES.contains(&name)
}

/// Words right before a mention that are enough on their own (`using Go`, `in Rust`).
const STRONG_PREPOSITIONS: &[&str] = &["using", "in", "with"];

const PREPOSITIONS: &[&str] = &[
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
];

/// Words right after a mention that give the everyday sense away.
const NEGATIVE_AFTER: &[&str] = &[
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
];

/// Words that give away the everyday sense of one particular spelling.
const NEGATIVE_AFTER_SPELLING: &[(&str, &[&str])] = &[
    ("excel", &["in", "as", "and", "when", "under", "within"]),
    ("spring", &["break", "clean", "season", "term", "semester"]),
    ("rust", &["stains", "stain", "spots"]),
    ("swift", &["pace", "turnaround", "response"]),
];

/// Which lowercase, ASCII-only words surround `[start, end)`: up to three
/// before and one after, skipping punctuation.
fn words_before(text: &str, start: usize) -> Vec<String> {
    text[floor_char_boundary(text, start.saturating_sub(WINDOW))..start]
        .rsplit(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"'))
        .filter(|w| !w.is_empty())
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_ascii_lowercase()
        })
        .collect()
}

fn word_after(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].trim_start_matches(['-', ' ', '\t', '(', ')']);
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    (!word.is_empty()).then(|| word.to_ascii_lowercase())
}

/// Whether the text between two mentions is only list punctuation and
/// conjunctions (`, `, ` / `, ` and `, ` or `, ` & `, parentheses).
fn is_list_gap(gap: &str) -> bool {
    if gap.len() > 12 || gap.contains('\n') {
        return false;
    }
    gap.split(|c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, ',' | '/' | '&' | '(' | ')' | '|' | ';' | '+')
    })
    .all(|w| {
        w.is_empty()
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "and" | "or" | "e.g." | "eg"
            )
    })
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
    if mention.chars().count() <= 2 {
        return mention == canonical
            || mention.eq_ignore_ascii_case(canonical)
                && mention.chars().all(|c| !c.is_lowercase());
    }
    mention.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the mention stands alone on its line or bullet.
fn alone_on_line(text: &str, start: usize, end: usize) -> bool {
    let lo = floor_char_boundary(text, start.saturating_sub(WINDOW));
    let hi = ceil_char_boundary(text, (end + WINDOW).min(text.len()));
    let line_start = text[lo..start].rfind('\n').map_or(lo, |i| lo + i + 1);
    let line_end = text[end..hi].find('\n').map_or(hi, |i| end + i);
    let before = text[line_start..start]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '·'));
    let after = text[end..line_end]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';'));
    before.is_empty() && after.is_empty()
}

/// Words that make a sentence a statement of what the job asks for, so the
/// general terms in it count (`Experience with cloud and security`).
const ASKING_WORDS: &[&str] = &[
    "experience",
    "experienced",
    "knowledge",
    "skills",
    "skill",
    "understanding",
    "familiar",
    "familiarity",
    "proficient",
    "proficiency",
    "degree",
    "background",
    "expertise",
    "expert",
    "required",
    "require",
    "requires",
    "must",
    "ideally",
    "plus",
    "desirable",
    "preferred",
    "bonus",
    "essential",
    "qualifications",
    "qualification",
    "competence",
    "competency",
    "fluent",
    "fluency",
    "capable",
    "ability",
    "demonstrated",
    "proven",
    "track",
    "hands-on",
    "exposure",
    "certification",
    "certified",
    "years",
    "advantage",
    "advantageous",
    "strong",
    "solid",
    "knowledgeable",
    "speak",
    "write",
    "fluently",
    "languages",
    "have",
    "use",
    "work",
];

/// The sentence around `[start, end)`: bounded by line breaks and sentence ends.
fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let from = text[..start]
        .rfind(['\n', '.', '!', '?', ';'])
        .map_or(0, |i| i + 1);
    let to = text[end..]
        .find(['\n', '!', '?', ';'])
        .map_or(text.len(), |i| end + i);
    &text[from..to]
}

/// Words that make a sentence talk about the company rather than the job.
const COMPANY_WORDS: &[&str] = &[
    "we",
    "our",
    "we're",
    "us",
    "company",
    "founded",
    "clients",
    "customers",
    "leading",
    "provider",
    "headquartered",
    "offices",
    "employees",
    "mission",
    "global",
    "group",
    "organisation",
    "organization",
    "business",
    "brand",
    "portfolio",
    "industry-leading",
    "partner",
    "partners",
];

fn sentence_about_company(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .any(|w| COMPANY_WORDS.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

fn sentence_asks(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w.len() > 2 && ASKING_WORDS.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// Whether a mention of a context-needing skill is one of its everyday
/// spellings: the name itself, the last word of it (`Spark` for Apache
/// Spark, `Excel` for Microsoft Excel), or any short single word. Longer
/// spellings (`golang`, `R programming`, `Makefile`) are unambiguous.
fn is_everyday_spelling(mention: &str, canonical: &str) -> bool {
    let m = mention.to_ascii_lowercase();
    let c = canonical.to_ascii_lowercase();
    m == c
        || c.rsplit(' ').next() == Some(m.as_str())
        || (m.len() <= 5 && m.chars().all(char::is_alphabetic))
}

/// Drops the hits of context-needing skills that have no technical context.
pub(crate) fn accept_in_context(text: &str, taxonomy: &Taxonomy, hits: &mut Vec<SkillHit>) {
    let n = hits.len();
    // 0 = undecided, 1 = accepted, 2 = rejected.
    let mut state = vec![0u8; n];
    for (i, h) in hits.iter().enumerate() {
        let def = taxonomy.get(h.skill);
        let mention = &text[h.start..h.end];
        let unambiguous = !def.generic && !is_everyday_spelling(mention, &def.name);
        if unambiguous || (!def.needs_context && !def.needs_capital && !def.generic) {
            state[i] = 1;
            continue;
        }
        let after = word_after(text, h.end);
        let negative = after.as_deref().is_some_and(|w| {
            NEGATIVE_AFTER.contains(&w)
                || NEGATIVE_AFTER_SPELLING
                    .iter()
                    .any(|(m, words)| mention.eq_ignore_ascii_case(m) && words.contains(&w))
        });
        if negative && (def.needs_context || def.needs_capital) {
            state[i] = 2;
            continue;
        }
        let as_name = written_as_name(mention, &def.name);
        if def.needs_context && !as_name {
            state[i] = 2;
            continue;
        }
        if def.needs_capital && !def.generic {
            // Written as a name it counts; in lower case only in a list (decided below).
            if as_name {
                state[i] = 1;
            }
            continue;
        }
        let before = words_before(text, h.start);
        let narrow = is_narrow(&def.name);
        let cues_after: &[&str] = if narrow {
            NARROW_CUE_AFTER
        } else if def.generic {
            GENERIC_CUE_AFTER
        } else {
            CUE_AFTER
        };
        let cue_after = after.as_deref().is_some_and(|w| cues_after.contains(&w));
        let first = before.first().map(String::as_str);
        let cue_before = first.is_some_and(|p| {
            (!narrow && CUE_ADJECTIVE.contains(&p))
                || (!def.generic && STRONG_PREPOSITIONS.contains(&p))
        }) || first.is_some_and(|p| PREPOSITIONS.contains(&p))
            && before
                .iter()
                .skip(1)
                .any(|w| CUE_BEFORE.contains(&w.as_str()));
        // Concepts count in a sentence that asks for things; domains and
        // spoken languages need a cue of their own.
        let in_asking_sentence = def.generic && !def.needs_context && {
            let sentence = sentence_around(text, h.start, h.end);
            match def.kind {
                SkillKind::Technical(_) => {
                    sentence_asks(sentence) || !sentence_about_company(sentence)
                }
                _ => sentence_asks(sentence) && !sentence_about_company(sentence),
            }
        };
        if cue_after
            || cue_before
            || in_asking_sentence
            || (!narrow && alone_on_line(text, h.start, h.end))
        {
            state[i] = 1;
        }
    }
    // A list spreads acceptance to its neighbours: `Python, Go and Rust`.
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..n {
            if state[i] != 0 {
                continue;
            }
            // A one-letter name joins only a list of languages, never `R & D`.
            let narrow = is_narrow(&taxonomy.get(hits[i].skill).name);
            let joins = |j: usize, gap: &str| {
                state[j] == 1
                    && is_list_gap(gap)
                    && (!narrow
                        || (!gap.contains('&')
                            && taxonomy.get(hits[j].skill).kind
                                == SkillKind::Technical(crate::model::SkillCategory::Language)))
            };
            let left = i > 0 && joins(i - 1, &text[hits[i - 1].end..hits[i].start]);
            let right = i + 1 < n && joins(i + 1, &text[hits[i].end..hits[i + 1].start]);
            if left || right {
                state[i] = 1;
                changed = true;
            }
        }
    }
    let mut keep = state.iter().map(|&s| s == 1);
    hits.retain(|_| keep.next().unwrap_or(false));
}
