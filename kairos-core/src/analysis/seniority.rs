//! Seniority from the title first, then from the role the text names
//! (`We are looking for a Senior Backend Engineer`), then from the years
//! asked for.

use crate::find;
use serde::{Deserialize, Serialize};

use crate::skills::in_list;

/// How senior a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seniority {
    /// Graduates, interns, juniors.
    Junior,
    /// Mid-level.
    Mid,
    /// Senior.
    Senior,
    /// Lead, staff, or a team lead.
    Lead,
    /// Principal, distinguished, head of, director.
    Principal,
}

/// The seniority and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeniorityInfo {
    /// The level.
    pub level: Seniority,
    /// Where it came from: the title words or the years asked.
    pub evidence: String,
}

const TITLE_WORDS: &[(&str, Seniority)] = &[
    ("intern", Seniority::Junior),
    ("internship", Seniority::Junior),
    ("graduate", Seniority::Junior),
    ("grad", Seniority::Junior),
    ("junior", Seniority::Junior),
    ("jr", Seniority::Junior),
    ("entry", Seniority::Junior),
    ("trainee", Seniority::Junior),
    // German titles: a working student, an intern.
    ("werkstudent", Seniority::Junior),
    ("werkstudentin", Seniority::Junior),
    ("praktikant", Seniority::Junior),
    ("praktikantin", Seniority::Junior),
    ("apprentice", Seniority::Junior),
    ("associate", Seniority::Junior),
    ("mid", Seniority::Mid),
    ("intermediate", Seniority::Mid),
    ("senior", Seniority::Senior),
    ("sr", Seniority::Senior),
    ("snr", Seniority::Senior),
    ("lead", Seniority::Lead),
    ("staff", Seniority::Lead),
    ("principal", Seniority::Principal),
    ("distinguished", Seniority::Principal),
    ("head", Seniority::Principal),
    ("director", Seniority::Principal),
    ("vp", Seniority::Principal),
    ("chief", Seniority::Principal),
    ("cto", Seniority::Principal),
    ("cio", Seniority::Principal),
    ("ciso", Seniority::Principal),
];

/// Two-word titles of a junior role, as a word and the one before it.
const JUNIOR_PAIRS: &[(&str, &str)] = &[("early", "career"), ("working", "student"), ("co", "op")];

/// Roles whose `Staff` title is the everyday staff member, not the level
/// past senior (`Staff Accountant`, `Staff Nurse`).
const STAFF_ROLES: &[&str] = &[
    "accountant",
    "auditor",
    "nurse",
    "writer",
    "attorney",
    "pharmacist",
    "physician",
    "member",
    "assistant",
];

/// Fields whose manager manages engineers, a lead's level: `Engineering
/// Manager`, `Software Development Manager`, `Manager, Platform
/// Engineering`. Other managers (`Product Manager`, `Data Manager`) are
/// roles of their own, whose level the title says elsewhere if at all.
const ENGINEERING_FIELDS: &[&str] = &[
    "cloud",
    "development",
    "devops",
    "engineering",
    "infrastructure",
    "it",
    "platform",
    "qa",
    "security",
    "software",
    "sre",
    "technical",
    "technology",
    "test",
];

/// How many words after `Manager` may name what it manages (`Senior
/// Manager, Data Platform`).
const MANAGED_AREA_WORDS: usize = 3;

/// Whether a `Manager` after `previous` is named by what follows it: it
/// opens the title or follows a level (`Manager, Platform Engineering`,
/// `Senior Manager, Data Platform`); after a function of its own
/// (`Product Manager, Platform`, `Marketing Manager, Developer Platform`)
/// it manages that function.
fn manages_what_follows(previous: &str) -> bool {
    previous.is_empty()
        || TITLE_WORDS
            .iter()
            .any(|(t, _)| t.eq_ignore_ascii_case(previous))
}

/// The level an Australian Public Service classification names in a
/// title or a listing's `Classification:` (`APS6 Software Developer`,
/// `EL1 Data Architect`, `APS 5`, `APS Level 6`, `Executive Level 1`):
/// APS1–3 junior, APS4–5 mid, APS6 senior, Executive Level 1 lead,
/// Executive Level 2 and the Senior Executive Service principal; and the
/// US federal General Schedule's grade (`GS-13`, `GS-2210-13`, `GS 14`):
/// GS-1–7 junior, 8–11 mid, 12–13 senior, 14 lead, 15 principal. `band`
/// is the band a number follows, when the words before it named one.
fn public_service_level(band: Option<&str>, word: &str) -> Option<Seniority> {
    if band == Some("gs") {
        return match word.parse::<u8>().ok()? {
            1..=7 => Some(Seniority::Junior),
            8..=11 => Some(Seniority::Mid),
            12 | 13 => Some(Seniority::Senior),
            14 => Some(Seniority::Lead),
            15 => Some(Seniority::Principal),
            _ => None,
        };
    }
    let (band, number) = match word.as_bytes() {
        [a, p, s, n] if [*a, *p, *s].eq_ignore_ascii_case(b"aps") => ("aps", *n),
        [e, l, n] if [*e, *l].eq_ignore_ascii_case(b"el") => ("el", *n),
        [n] => (band?, *n),
        _ if word.eq_ignore_ascii_case("ses") => return Some(Seniority::Principal),
        _ => return None,
    };
    Some(match (band, number) {
        ("aps", b'1'..=b'3') => Seniority::Junior,
        ("aps", b'4' | b'5') => Seniority::Mid,
        ("aps", b'6') => Seniority::Senior,
        ("el", b'1') => Seniority::Lead,
        ("el", b'2') => Seniority::Principal,
        _ => return None,
    })
}

/// The public service band a word names (`APS`, `EL`, `Executive`, `GS`),
/// which a number after it (`APS 6`), or after `Level` (`Executive Level
/// 1`) or a job series (`GS-2210-13`), completes.
fn public_service_band(word: &str) -> Option<&'static str> {
    if in_list(&["aps"], word) {
        Some("aps")
    } else if in_list(&["gs"], word) {
        Some("gs")
    } else if in_list(&["el", "executive"], word) {
        Some("el")
    } else {
        None
    }
}

/// Role nouns a level number follows in a title (`Software Engineer II`,
/// `SDE 2`); after other words a number is something else (`Level 3
/// Support Engineer`, `Web 3`).
const ROLES_WITH_LEVELS: &[&str] = &[
    "administrator",
    "analyst",
    "architect",
    "consultant",
    "designer",
    "developer",
    "engineer",
    "programmer",
    "scientist",
    "sde",
    "swe",
    "technician",
    "tester",
];

/// The level a number after a role noun gives: the big companies' ladders
/// run I (new graduate) to IV (staff).
fn level_number(role: &str, word: &str) -> Option<Seniority> {
    if !in_list(ROLES_WITH_LEVELS, role) {
        return None;
    }
    Some(match word {
        "I" | "1" => Seniority::Junior,
        "II" | "2" => Seniority::Mid,
        "III" | "3" => Seniority::Senior,
        "IV" | "4" => Seniority::Lead,
        _ => return None,
    })
}

/// Words that introduce the role a listing is for, the role after them
/// (`looking for a Senior Backend Engineer`, `join us as a Lead
/// Developer`).
pub(crate) const ROLE_INTROS: &str = phrase_lines![
    "looking for",
    "seeking",
    "hiring",
    "recruiting",
    "join us as",
    "join our team as",
    "join the team as",
    // `You'll be a mid-level engineer`, `This is a graduate role`.
    "you'll be",
    "you will be",
    "this is",
    // `Ideal for a recent graduate`, `would suit an experienced lead`.
    "ideal for",
    "perfect for",
    "suit",
    "suits",
    "suited to",
];

/// Labels of the level a job board states in a listing's details
/// (LinkedIn's `Seniority level`, Stack Overflow's `Experience level:`).
pub(crate) const LEVEL_LABELS: &str = phrase_lines![
    "seniority level",
    "experience level",
    "career level",
    "job level",
    // Australian government listings: `Classification: APS Level 6`
    // (SEEK's own `Classification: Information & Communication
    // Technology` names no level and reads as none).
    "classification",
    // USAJOBS: `Pay scale & grade GS 13`.
    "pay scale & grade",
    "pay grade",
];

/// The value of a level label, from the text after the label: what follows
/// a `:` or a line break, to the line's end or the next label (`Experience
/// level: Mid-Level Senior Role: …` gives `Mid-Level Senior`). `None` when
/// the label is in running text (`at every experience level, from …`).
pub(crate) fn label_value(rest: &str) -> Option<&str> {
    let rest = find::trim_start_any(rest, b" \t");
    let rest = rest
        .strip_prefix(':')
        .or_else(|| rest.strip_prefix("\r\n"))
        .or_else(|| rest.strip_prefix('\n'))?;
    let rest = rest.trim_start();
    let mut line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    // `Mid-Level Senior Role:`: the word before the next colon names the
    // next label.
    if let Some(colon) = line.find(':') {
        let before = line[..colon].trim_end();
        line = before
            .rsplit_once(char::is_whitespace)
            .map_or("", |(value, _)| value);
    }
    let cut = crate::skills::floor_char_boundary(line, line.len().min(LABEL_BYTES));
    // The value is its level words (`Mid-Senior`, `Junior to Mid`), up
    // to any other word (`Senior Lead Technologies: …`).
    let line = &line[..cut];
    let mut end = 0;
    let mut rest = line;
    let mut band = None;
    loop {
        let word_start = rest.trim_start();
        let Some(len) = (!word_start.is_empty()).then(|| {
            word_start
                .find(char::is_whitespace)
                .unwrap_or(word_start.len())
        }) else {
            break;
        };
        let word = &word_start[..len];
        let mut parts = word
            .split(['-', '/', ',', '(', ')'])
            .filter(|p| !p.is_empty());
        let names_level = |p: &str| {
            TITLE_WORDS.iter().any(|(w, _)| w.eq_ignore_ascii_case(p))
                || public_service_level(band, p).is_some()
        };
        if parts.clone().any(names_level) {
            end = line.len() - word_start.len() + len;
        } else if let Some(b) = parts.clone().find_map(public_service_band) {
            band = Some(b);
        } else if !parts.all(|p| in_list(LABEL_JOINS, p)) {
            break;
        }
        rest = &word_start[len..];
    }
    Some(find::trim_end_any(&line[..end], b",/-")).filter(|v| !v.is_empty())
}

/// Words that join the levels of a label's value (`Junior to Mid level`).
const LABEL_JOINS: &[&str] = &["level", "to", "and", "or", "&"];

/// The most bytes of a level label's value that are read.
const LABEL_BYTES: usize = 60;

/// The nouns that end a role's name in running text.
const ROLE_ENDS: &[&str] = &[
    "administrator",
    "analyst",
    "architect",
    "consultant",
    "designer",
    "developer",
    "director",
    "engineer",
    "graduate",
    "head",
    "lead",
    "manager",
    "position",
    "programmer",
    "role",
    "scientist",
    "specialist",
    "tester",
];

/// How far into a description the role it is for is looked for: the
/// opening lines name it.
pub(crate) const INTRO_BYTES: usize = 1_500;

/// The role named after a phrase introducing one (`looking for` + `a
/// Senior Backend Engineer to…` gives `Senior Backend Engineer`): after an
/// article, the words up to a role noun within six words, and any role
/// nouns right after it (`an experienced Lead Engineer`, `a graduate
/// developer`), with no punctuation between them. A graduate of or from
/// somewhere is a degree's holder, not a graduate's role.
pub(crate) fn role_after(rest: &str) -> Option<&str> {
    let (article, rest) = rest.trim_start().split_once(char::is_whitespace)?;
    if !in_list(&["a", "an"], article) {
        return None;
    }
    let rest = rest.trim_start();
    let mut len = 0;
    // Where the role nouns read so far end, and the last of them.
    let mut role: Option<(usize, &str)> = None;
    for word in rest.split_whitespace().take(6) {
        let name = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let is_role = ROLE_ENDS.iter().any(|r| r.eq_ignore_ascii_case(name));
        if let (false, Some((_, noun))) = (is_role, role) {
            if noun.eq_ignore_ascii_case("graduate") && in_list(&["of", "from"], name) {
                return None;
            }
            break;
        }
        let start = rest[len..].find(word)? + len;
        len = start + name.len();
        if is_role {
            role = Some((len, name));
        }
        // A role's name is one phrase: punctuation ends it.
        if name.len() < word.len() {
            break;
        }
    }
    role.map(|(end, _)| &rest[..end])
}

/// The years of experience a listing's level is read from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct YearsAsked<'a> {
    pub(crate) years: f64,
    /// The skill they are asked for, when the listing asks no years of
    /// experience overall: `5+ years of Java` asks for at least five years
    /// of work as surely as `5+ years of experience` does.
    pub(crate) skill: Option<&'a str>,
}

impl YearsAsked<'_> {
    /// Years of experience overall.
    pub(crate) fn overall(years: f64) -> Self {
        YearsAsked { years, skill: None }
    }
}

/// Reads seniority from a title (the highest level it names), or else from
/// the level the listing's details state (see [`label_value`]), or else
/// from the role the text names (see [`role_after`]), or else from the
/// years asked: under 2 junior, under 5 mid, under 8 senior, otherwise
/// lead.
pub(crate) fn seniority(
    title: &str,
    label: Option<&str>,
    role: Option<&str>,
    years: Option<YearsAsked<'_>>,
) -> Option<SeniorityInfo> {
    if let Some((word, level)) = level_named(title) {
        return Some(SeniorityInfo {
            level,
            evidence: format!("title says \"{word}\""),
        });
    }
    if let Some(label) = label {
        if let Some((_, level)) = level_named(label) {
            return Some(SeniorityInfo {
                level,
                evidence: format!("the listing's level is \"{label}\""),
            });
        }
    }
    if let Some(role) = role {
        if let Some((_, level)) = level_named(role) {
            return Some(SeniorityInfo {
                level,
                evidence: format!("the listing is for \"{role}\""),
            });
        }
    }
    let YearsAsked { years: y, skill } = years?;
    let level = match y {
        y if y < 2.0 => Seniority::Junior,
        y if y < 5.0 => Seniority::Mid,
        y if y < 8.0 => Seniority::Senior,
        _ => Seniority::Lead,
    };
    // `1 year`, `3 years`; under a year as the listing counts it, in
    // months (`6 months`); none for `0-2 years` or `up to 2 years`.
    let amount = if y == 0.0 {
        "no minimum years".to_owned()
    } else if y < 1.0 {
        format!("{} months", (y * 12.0).round())
    } else if y == 1.0 {
        "1 year".to_owned()
    } else {
        format!("{y} years")
    };
    Some(SeniorityInfo {
        level,
        evidence: match skill {
            Some(skill) => format!("{amount} of {skill} asked"),
            None => format!("{amount} of experience asked"),
        },
    })
}

/// The highest level a title names, with the word that names it.
/// Whether a role's name (see [`role_after`]) names a level.
pub(crate) fn names_a_level(role: &str) -> bool {
    level_named(role).is_some()
}

fn level_named(title: &str) -> Option<(&str, Seniority)> {
    let mut found: Option<(&str, Seniority)> = None;
    let mut previous = "";
    let mut band = None;
    let mut words = title_words(title).peekable();
    while let Some((word, spaced)) = words.next() {
        let level = match TITLE_WORDS
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(word))
        {
            // `Member of Technical Staff`, `Staff Accountant`: staff who
            // are no staff-level engineers.
            Some(_)
                if word.eq_ignore_ascii_case("staff")
                    && (in_list(&["technical", "support", "of"], previous)
                        || words
                            .peek()
                            .is_some_and(|(next, _)| in_list(STAFF_ROLES, next))) =>
            {
                None
            }
            Some((t, level)) => Some((*t, *level)),
            // `Software Engineer (Early Career)`, `Working Student`,
            // `Software Developer Co-op`.
            None if JUNIOR_PAIRS.iter().any(|(first, second)| {
                first.eq_ignore_ascii_case(previous) && second.eq_ignore_ascii_case(word)
            }) =>
            {
                Some((word, Seniority::Junior))
            }
            None if word.eq_ignore_ascii_case("manager")
                && (in_list(ENGINEERING_FIELDS, previous)
                    || (manages_what_follows(previous)
                        && words
                            .clone()
                            .take(MANAGED_AREA_WORDS)
                            .any(|(next, _)| in_list(ENGINEERING_FIELDS, next)))) =>
            {
                Some((word, Seniority::Lead))
            }
            // A level number follows its role noun with only a space
            // between and no unit after: `Web Developer (3 days/week)` and
            // `Developer 3 days a week` name no level.
            None => public_service_level(band, word)
                .or_else(|| {
                    let numbered = spaced && !words.peek().is_some_and(|(next, _)| is_unit(next));
                    numbered.then(|| level_number(previous, word)).flatten()
                })
                .map(|level| (word, level)),
        };
        if let Some((said, level)) = level {
            if found.is_none_or(|(_, best)| level >= best) {
                found = Some((said, level));
            }
        }
        // `APS Level 6`: the band carries over `Level` to the number, and
        // the General Schedule's over any number, a job series or another
        // grade (`GS-2210-13`, `GS 7/9/11`).
        band = public_service_band(word).or_else(|| {
            band.filter(|&b| {
                word.eq_ignore_ascii_case("level")
                    || (b == "gs" && word.bytes().all(|c| c.is_ascii_digit()))
            })
        });
        previous = word;
    }
    found
}

/// The words of a title, each with whether only spaces part it from the
/// word before (`Engineer II`, not `Engineer (3`).
fn title_words(title: &str) -> impl Iterator<Item = (&str, bool)> + Clone + '_ {
    let mut rest = title;
    std::iter::from_fn(move || {
        let start = rest.find(char::is_alphanumeric)?;
        let spaced = rest[..start].chars().all(char::is_whitespace);
        let after = &rest[start..];
        let len = after
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(after.len());
        rest = &after[len..];
        Some((&after[..len], spaced))
    })
}

/// Whether a word after a number makes it a quantity, not a level.
fn is_unit(word: &str) -> bool {
    in_list(
        &[
            "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
        ],
        word,
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn level_labels_in_a_listings_details() {
        for (rest, want) in [
            ("\nMid-Senior level\nEmployment type", Some("Mid-Senior")),
            (
                ": Mid-Level Senior Role: QA/Test Developer",
                Some("Mid-Level Senior"),
            ),
            (
                ": Senior Lead Technologies reactjs node",
                Some("Senior Lead"),
            ),
            (":\nEntry level\n", Some("Entry")),
            (": Junior to Mid level", Some("Junior to Mid")),
            // Running text, or a value with no level in it.
            (", from junior to senior.", None),
            (" matters less than attitude: senior or not", None),
            (": 5+ years", None),
        ] {
            assert_eq!(label_value(rest), want, "{rest:?}");
        }
        let info = seniority(
            "Mobile Engineer",
            Some("Mid-Senior"),
            None,
            Some(YearsAsked::overall(2.0)),
        );
        assert_eq!(info.map(|i| i.level), Some(Seniority::Senior));
        // The title still decides first.
        let info = seniority("Junior Developer", Some("Senior"), None, None);
        assert_eq!(info.map(|i| i.level), Some(Seniority::Junior));
    }

    use super::*;

    #[test]
    fn from_title_then_years() {
        assert_eq!(
            seniority("Senior Rust Engineer", None, None, None).map(|s| s.level),
            Some(Seniority::Senior)
        );
        assert_eq!(
            seniority("Graduate Developer", None, None, None).map(|s| s.level),
            Some(Seniority::Junior)
        );
        assert_eq!(
            seniority("Staff Engineer", None, None, None).map(|s| s.level),
            Some(Seniority::Lead)
        );
        assert_eq!(
            seniority("Principal Architect", None, None, None).map(|s| s.level),
            Some(Seniority::Principal)
        );
        assert_eq!(
            seniority(
                "Software Engineer",
                None,
                None,
                Some(YearsAsked::overall(6.0))
            )
            .map(|s| s.level),
            Some(Seniority::Senior)
        );
        assert_eq!(seniority("Software Engineer", None, None, None), None);
    }

    #[test]
    fn staff_members_and_students() {
        let level = |title: &str| seniority(title, None, None, None).map(|s| s.level);
        assert_eq!(level("Staff Software Engineer"), Some(Seniority::Lead));
        assert_eq!(level("Member of Technical Staff"), None);
        assert_eq!(
            level("Senior Member of Technical Staff"),
            Some(Seniority::Senior)
        );
        assert_eq!(level("Staff Accountant"), None);
        assert_eq!(
            level("Software Engineer (Early Career)"),
            Some(Seniority::Junior)
        );
        assert_eq!(
            level("Working Student (m/w/d) Software Development"),
            Some(Seniority::Junior)
        );
        assert_eq!(
            level("Werkstudent Softwareentwicklung (m/w/d)"),
            Some(Seniority::Junior)
        );
        assert_eq!(level("Praktikant Data Science"), Some(Seniority::Junior));
        assert_eq!(
            level("Software Developer Co-op (Winter 2027)"),
            Some(Seniority::Junior)
        );
        assert_eq!(level("Career Coach"), None);
        assert_eq!(level("Student Success Manager"), None);
    }

    #[test]
    fn level_numbers_after_a_role() {
        let level = |title: &str| seniority(title, None, None, None).map(|s| s.level);
        assert_eq!(level("Software Engineer I"), Some(Seniority::Junior));
        assert_eq!(
            level("Software Engineer II - Payments"),
            Some(Seniority::Mid)
        );
        assert_eq!(level("SDE 2"), Some(Seniority::Mid));
        assert_eq!(level("Data Scientist III"), Some(Seniority::Senior));
        assert_eq!(level("Software Engineer IV"), Some(Seniority::Lead));
        assert_eq!(
            level("Associate Software Engineer"),
            Some(Seniority::Junior)
        );
        // The highest level named wins; a number elsewhere is not a level.
        assert_eq!(
            level("Senior Software Engineer II"),
            Some(Seniority::Senior)
        );
        assert_eq!(
            level("Associate Director, Engineering"),
            Some(Seniority::Principal)
        );
        assert_eq!(level("Level 3 Support Engineer"), None);
        // Managers of engineers lead; other managers' titles say nothing.
        for title in [
            "Engineering Manager",
            "Software Development Manager",
            "Manager, Platform Engineering",
            "IT Manager",
        ] {
            assert_eq!(level(title), Some(Seniority::Lead), "{title}");
        }
        // What a manager manages may follow at a remove (`Data Platform`),
        // unless the title names a function of its own first.
        assert_eq!(
            level("Senior Manager, Data Platform"),
            Some(Seniority::Lead)
        );
        assert_eq!(level("Marketing Manager, Developer Platform"), None);
        assert_eq!(level("Product Manager, Platform"), None);
        assert_eq!(level("Senior Product Manager"), Some(Seniority::Senior));
        assert_eq!(level("Product Manager"), None);
        assert_eq!(level("Director of Engineering"), Some(Seniority::Principal));
        assert_eq!(level("CTO"), Some(Seniority::Principal));
        assert_eq!(level("Fractional CISO"), Some(Seniority::Principal));
        // Australian Public Service classifications.
        for (title, want) in [
            ("APS6 Software Developer", Seniority::Senior),
            ("Software Developer - APS 4", Seniority::Mid),
            ("APS3 ICT Support Officer", Seniority::Junior),
            ("EL1 Data Architect", Seniority::Lead),
            ("Solution Architect (EL2)", Seniority::Principal),
            ("SES Band 1 Chief Information Officer", Seniority::Principal),
        ] {
            assert_eq!(level(title), Some(want), "{title}");
        }
        assert_eq!(level("APS7 Developer"), None, "no such level");
        for (title, want) in [
            ("IT Specialist (INFOSEC), GS-2210-13", Seniority::Senior),
            ("Computer Scientist GS-15", Seniority::Principal),
            ("IT Specialist GS 7/9/11", Seniority::Mid),
            ("Supervisory IT Specialist, GS-2210-14", Seniority::Lead),
        ] {
            assert_eq!(level(title), Some(want), "{title}");
        }
        assert_eq!(level("GS-2210"), None, "a series, no grade");
        for (written, want) in [
            ("APS Level 6", Seniority::Senior),
            ("APS 4", Seniority::Mid),
            ("Executive Level 1", Seniority::Lead),
            ("EL 2", Seniority::Principal),
        ] {
            assert_eq!(level(written), Some(want), "{written}");
            let rest = format!(": {written}\n");
            assert_eq!(label_value(&rest), Some(written), "{written}");
        }
        // SEEK's classification of a listing names no level.
        assert_eq!(
            label_value(": Information & Communication Technology\n"),
            None
        );
        assert_eq!(label_value(": Level 3\n"), None);
        assert_eq!(level("Elastic Engineer"), None);
        assert_eq!(
            level("Part-time Junior Web Developer (3 days/week)"),
            Some(Seniority::Junior)
        );
        assert_eq!(level("Web Developer 3 days a week"), None);
        assert_eq!(level("Developer (2)"), None);
        assert_eq!(level("Web 3 Developer"), None);
        assert_eq!(
            seniority("Software Engineer II", None, None, None).map(|s| s.evidence),
            Some("title says \"II\"".to_owned())
        );
    }

    #[test]
    fn the_role_after_an_introducing_phrase() {
        assert_eq!(
            role_after(" a Senior Backend Engineer to join our team."),
            Some("Senior Backend Engineer")
        );
        assert_eq!(
            role_after(" an experienced Tech Lead."),
            Some("experienced Tech Lead")
        );
        // No article, punctuation before a role noun, or no role noun near.
        assert_eq!(role_after(" Senior Engineers"), None);
        assert_eq!(role_after(" a senior, hands-on engineer"), None);
        assert_eq!(role_after(" a way to grow our business and our team"), None);
        assert_eq!(
            role_after(" an experienced Lead Engineer to own our platform"),
            Some("experienced Lead Engineer")
        );
        assert_eq!(role_after(" a recent graduate."), Some("recent graduate"));
        assert_eq!(
            role_after(" a graduate developer"),
            Some("graduate developer")
        );
        assert_eq!(
            role_after(" a graduate of a computer science program"),
            None
        );
        assert_eq!(role_after(" a"), None);
        let level =
            |role| seniority("", None, Some(role), Some(YearsAsked::overall(3.0))).map(|s| s.level);
        assert_eq!(level("Senior Backend Engineer"), Some(Seniority::Senior));
        // A role with no level leaves the years to decide; a title wins.
        assert_eq!(level("Machine Learning Engineer"), Some(Seniority::Mid));
        assert_eq!(
            seniority("Junior Developer", None, Some("Senior Engineer"), None).map(|s| s.level),
            Some(Seniority::Junior)
        );
    }
}
