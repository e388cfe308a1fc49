//! The plain sentences that explain a score.
//!
//! Every score gets its reasons, so they are written straight into one
//! string: scoring a job must stay a small fraction of analysing it.

use std::fmt::Write;

use super::{Coverage, EligibilityStatus, MatchResult, SkillMatch};

/// Years as a reader writes them: `5`, `2.5`.
struct Years(f64);

impl std::fmt::Display for Years {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let y = self.0;
        if (y - y.round()).abs() < 1e-9 {
            write!(f, "{}", y as i64)
        } else {
            write!(f, "{y:.1}")
        }
    }
}

/// `1 year`, `3 years`.
struct PluralYears(f64);

impl std::fmt::Display for PluralYears {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = if (self.0 - 1.0).abs() < 1e-9 {
            "year"
        } else {
            "years"
        };
        write!(f, "{} {unit}", Years(self.0))
    }
}

/// Names in a sentence: `A`, `A and B`, `A, B and C`; past five, the first
/// four and how many more.
fn write_names(out: &mut String, list: &[&SkillMatch]) {
    let shown = if list.len() > 5 { 4 } else { list.len() };
    let items = shown + usize::from(list.len() > shown);
    for (k, m) in list[..shown].iter().enumerate() {
        write_separator(out, k, items);
        out.push_str(&m.skill);
    }
    if list.len() > shown {
        write_separator(out, shown, items);
        let _ = write!(out, "{} more", list.len() - shown);
    }
}

/// What goes before item `k` of `items` in a list: nothing, `, ` or ` and `.
fn write_separator(out: &mut String, k: usize, items: usize) {
    if k == 0 {
        return;
    }
    out.push_str(if k + 1 == items { " and " } else { ", " });
}

/// Sentences joined by spaces, at most four.
struct Sentences {
    text: String,
    count: usize,
}

impl Sentences {
    /// Starts a new sentence; the caller writes it into the returned string.
    fn next(&mut self) -> &mut String {
        if self.count > 0 {
            self.text.push(' ');
        }
        self.count += 1;
        &mut self.text
    }
}

/// Two to four sentences quoting the facts behind the score: eligibility
/// first when it excludes the user, then required skills, the strongest
/// detail, then preferred skills or the years shortfall.
pub(super) fn explain(r: &MatchResult) -> String {
    let mut out = Sentences {
        text: String::with_capacity(160),
        count: 0,
    };
    if r.eligibility.status == EligibilityStatus::Ineligible {
        if let Some(reason) = &r.eligibility.reason {
            out.next().push_str(reason);
        }
    }
    write_required(&mut out, r);
    write_detail(&mut out, r);
    if r.years.met == Some(false) && out.count < 4 {
        let _ = write!(
            out.next(),
            "{} of experience against {}+ asked.",
            PluralYears(r.years.have),
            Years(r.years.asked.unwrap_or(0.0))
        );
    }
    if !r.preferred.is_empty() && out.count < 4 {
        let has: Vec<&SkillMatch> = r
            .preferred
            .iter()
            .filter(|m| m.coverage != Coverage::Missing)
            .collect();
        let s = out.next();
        let _ = write!(s, "Has {} of {} preferred", has.len(), r.preferred.len());
        if !has.is_empty() {
            s.push_str(" (");
            write_names(s, &has);
            s.push(')');
        }
        s.push('.');
    }
    if out.count < 2 {
        let _ = write!(out.next(), "Score {:.2}.", r.score);
    }
    out.text
}

/// How many required skills the profile meets, what is missing and what is
/// covered in part.
fn write_required(out: &mut Sentences, r: &MatchResult) {
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
    let s = out.next();
    if r.required.is_empty() {
        s.push_str("The listing names no required skills.");
    } else if missing.is_empty() && partial.is_empty() {
        if r.required.len() == 1 {
            s.push_str("Meets the one required skill.");
        } else {
            let _ = write!(s, "Meets all {} required skills.", r.required.len());
        }
    } else {
        let _ = write!(s, "Meets {met} of {} required skills", r.required.len());
        if !missing.is_empty() {
            s.push_str("; missing ");
            write_names(s, &missing);
        }
        if !partial.is_empty() {
            s.push_str("; partly covers ");
            for (k, m) in partial.iter().enumerate() {
                if k > 0 {
                    s.push_str(", ");
                }
                let via = m.via.as_deref().unwrap_or("a related skill");
                let _ = write!(s, "{} through {via}", m.skill);
            }
        }
        s.push('.');
    }
}

/// The strongest detail: a required skill with years asked, else the
/// strongest match.
fn write_detail(out: &mut Sentences, r: &MatchResult) {
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
    let Some(m) = detail else {
        return;
    };
    let s = out.next();
    let _ = write!(
        s,
        "{}: {}/10",
        m.via.as_deref().unwrap_or(&m.skill),
        m.proficiency.unwrap_or(0)
    );
    if let Some(y) = m.years.filter(|y| *y > 0.0) {
        let _ = write!(s, " over {}", PluralYears(y));
    }
    if let Some(a) = m.years_asked {
        let _ = write!(s, " against {}+ asked", Years(a));
    }
    s.push('.');
}
