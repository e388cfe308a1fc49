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

/// Reads seniority from a title (the highest level it names), or else from
/// the overall years asked: under 2 junior, under 5 mid, under 8 senior,
/// otherwise lead.
pub(crate) fn seniority(title: &str, years: Option<f64>) -> Option<SeniorityInfo> {
    let found = title
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| TITLE_WORDS.iter().find(|(t, _)| t.eq_ignore_ascii_case(w)))
        .max_by_key(|(_, s)| *s);
    if let Some((word, level)) = found {
        return Some(SeniorityInfo {
            level: *level,
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
}
