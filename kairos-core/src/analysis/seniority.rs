//! Seniority from the title first, then from the years asked for.

use serde::{Deserialize, Serialize};

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
];

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
    if !ROLES_WITH_LEVELS
        .iter()
        .any(|r| r.eq_ignore_ascii_case(role))
    {
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

/// Reads seniority from a title (the highest level it names), or else from
/// the overall years asked: under 2 junior, under 5 mid, under 8 senior,
/// otherwise lead.
pub(crate) fn seniority(title: &str, years: Option<f64>) -> Option<SeniorityInfo> {
    let mut found: Option<(&str, Seniority)> = None;
    let mut previous = "";
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let level = match TITLE_WORDS
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(word))
        {
            Some((t, level)) => Some((*t, *level)),
            None => level_number(previous, word).map(|level| (word, level)),
        };
        if let Some((said, level)) = level {
            if found.is_none_or(|(_, best)| level >= best) {
                found = Some((said, level));
            }
        }
        previous = word;
    }
    if let Some((word, level)) = found {
        return Some(SeniorityInfo {
            level,
            evidence: format!("title says \"{word}\""),
        });
    }
    let y = years?;
    let level = match y {
        y if y < 2.0 => Seniority::Junior,
        y if y < 5.0 => Seniority::Mid,
        y if y < 8.0 => Seniority::Senior,
        _ => Seniority::Lead,
    };
    Some(SeniorityInfo {
        level,
        evidence: format!("{y} years of experience asked"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_title_then_years() {
        assert_eq!(
            seniority("Senior Rust Engineer", None).map(|s| s.level),
            Some(Seniority::Senior)
        );
        assert_eq!(
            seniority("Graduate Developer", None).map(|s| s.level),
            Some(Seniority::Junior)
        );
        assert_eq!(
            seniority("Staff Engineer", None).map(|s| s.level),
            Some(Seniority::Lead)
        );
        assert_eq!(
            seniority("Principal Architect", None).map(|s| s.level),
            Some(Seniority::Principal)
        );
        assert_eq!(
            seniority("Software Engineer", Some(6.0)).map(|s| s.level),
            Some(Seniority::Senior)
        );
        assert_eq!(seniority("Software Engineer", None), None);
    }

    #[test]
    fn level_numbers_after_a_role() {
        let level = |title: &str| seniority(title, None).map(|s| s.level);
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
        assert_eq!(level("Web 3 Developer"), None);
        assert_eq!(
            seniority("Software Engineer II", None).map(|s| s.evidence),
            Some("title says \"II\"".to_owned())
        );
    }
}
