//! The plain sentences that explain a score.

use super::{Coverage, EligibilityStatus, MatchResult, SkillMatch};

fn fmt_years(y: f64) -> String {
    if (y - y.round()).abs() < 1e-9 {
        format!("{}", y as i64)
    } else {
        format!("{y:.1}")
    }
}

/// Names in a sentence: `A`, `A and B`, `A, B and C`; past five, the first
/// four and how many more.
fn names(list: &[&SkillMatch]) -> String {
    let mut names: Vec<String> = list.iter().map(|m| m.skill.clone()).collect();
    if names.len() > 5 {
        let more = names.len() - 4;
        names.truncate(4);
        names.push(format!("{more} more"));
    }
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

/// Two to four sentences quoting the facts behind the score: eligibility
/// first when it excludes the user, then required skills, the strongest
/// detail, then preferred skills or the years shortfall.
pub(super) fn explain(r: &MatchResult) -> String {
    let mut sentences: Vec<String> = Vec::new();
    if r.eligibility.status == EligibilityStatus::Ineligible {
        sentences.extend(r.eligibility.reason.clone());
    }
    let missing: Vec<&SkillMatch> = r
        .required
        .iter()
        .filter(|m| m.coverage == Coverage::Missing)
        .collect();
    let partial: Vec<&SkillMatch> = r
        .required
        .iter()
        .filter(|m| m.coverage == Coverage::Partial)
        .collect();
    let met = r.required.len() - missing.len() - partial.len();
    if r.required.is_empty() {
        sentences.push("The listing names no required skills.".into());
    } else if missing.is_empty() && partial.is_empty() {
        sentences.push(if r.required.len() == 1 {
            "Meets the one required skill.".to_owned()
        } else {
            format!("Meets all {} required skills.", r.required.len())
        });
    } else {
        let mut s = format!("Meets {met} of {} required skills", r.required.len());
        if !missing.is_empty() {
            s.push_str(&format!("; missing {}", names(&missing)));
        }
        if !partial.is_empty() {
            let covered: Vec<String> = partial
                .iter()
                .map(|m| {
                    format!(
                        "{} through {}",
                        m.skill,
                        m.via.as_deref().unwrap_or("a related skill")
                    )
                })
                .collect();
            s.push_str(&format!("; partly covers {}", covered.join(", ")));
        }
        s.push('.');
        sentences.push(s);
    }
    // The strongest detail: a required skill with years asked, else the strongest match.
    let detail = r
        .required
        .iter()
        .find(|m| m.coverage != Coverage::Missing && m.years_asked.is_some())
        .or_else(|| {
            // The strongest match; the first listed wins a tie.
            r.required
                .iter()
                .filter(|m| m.coverage == Coverage::Matched)
                .fold(None, |best: Option<&SkillMatch>, m| match best {
                    Some(b) if b.proficiency >= m.proficiency => Some(b),
                    _ => Some(m),
                })
        });
    if let Some(m) = detail {
        let mut s = format!(
            "{}: {}/10",
            m.via.as_deref().unwrap_or(&m.skill),
            m.proficiency.unwrap_or(0)
        );
        if let Some(y) = m.years.filter(|y| *y > 0.0) {
            s.push_str(&format!(
                " over {} {}",
                fmt_years(y),
                if (y - 1.0).abs() < 1e-9 {
                    "year"
                } else {
                    "years"
                }
            ));
        }
        if let Some(a) = m.years_asked {
            s.push_str(&format!(" against {}+ asked", fmt_years(a)));
        }
        s.push('.');
        sentences.push(s);
    }
    let years_short = r.years.met == Some(false);
    if years_short && sentences.len() < 4 {
        sentences.push(format!(
            "{} of experience against {}+ asked.",
            plural_years(r.years.have),
            fmt_years(r.years.asked.unwrap_or(0.0))
        ));
    }
    if !r.preferred.is_empty() && sentences.len() < 4 {
        let has: Vec<&SkillMatch> = r
            .preferred
            .iter()
            .filter(|m| m.coverage != Coverage::Missing)
            .collect();
        let mut s = format!("Has {} of {} preferred", has.len(), r.preferred.len());
        if !has.is_empty() {
            s.push_str(&format!(" ({})", names(&has)));
        }
        s.push('.');
        sentences.push(s);
    }
    if sentences.len() < 2 {
        sentences.push(format!("Score {:.2}.", r.score));
    }
    sentences.truncate(4);
    sentences.join(" ")
}

fn plural_years(y: f64) -> String {
    format!(
        "{} {}",
        fmt_years(y),
        if (y - 1.0).abs() < 1e-9 {
            "year"
        } else {
            "years"
        }
    )
}
