//! The plain sentences that explain a score.
//!
//! Every score gets its reasons, so they are written straight into one
//! string: scoring a job must stay a small fraction of analysing it.

use std::fmt::Write;
use std::sync::Arc;

use super::{Coverage, EligibilityStatus, MatchResult, SkillMatch};
use crate::analysis::JdReport;

/// Writes a count. Reasons are written for every scored job, so counts
/// skip the formatting machinery.
fn push_count(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// Writes `N of M`.
fn push_n_of(out: &mut String, n: usize, of: usize) {
    push_count(out, n);
    out.push_str(" of ");
    push_count(out, of);
}

/// Writes years as a reader writes them: `5`, `2.5`.
fn push_years(out: &mut String, y: f64) {
    if (y - y.round()).abs() < 1e-9 && (0.0..1e15).contains(&y) {
        push_count(out, y as usize);
    } else if (y - y.round()).abs() < 1e-9 {
        let _ = write!(out, "{}", y as i64);
    } else {
        let _ = write!(out, "{y:.1}");
    }
}

/// Writes `1 year`, `3 years`: the reasoning's and the triage report's
/// way of writing years.
pub(crate) fn push_plural_years(out: &mut String, y: f64) {
    push_years(out, y);
    out.push_str(if (y - 1.0).abs() < 1e-9 {
        " year"
    } else {
        " years"
    });
}

/// Names in a sentence: `A`, `A and B`, `A, B and C`; past five, the first
/// four and how many more. `len` is how many `list` yields.
fn write_names<'m>(
    out: &mut String,
    list: impl Iterator<Item = (&'m SkillMatch, &'m [Arc<str>])>,
    len: usize,
) {
    let shown = if len > 5 { 4 } else { len };
    let items = shown + usize::from(len > shown);
    for (k, (m, alternatives)) in list.take(shown).enumerate() {
        write_separator(out, k, items);
        out.push_str(&m.skill);
        // A choice the listing offers: `Apache Spark (or Apache Flink)`.
        for (j, alternative) in alternatives.iter().enumerate() {
            out.push_str(if j == 0 { " (or " } else { " or " });
            out.push_str(alternative);
        }
        if !alternatives.is_empty() {
            out.push(')');
        }
    }
    if len > shown {
        write_separator(out, shown, items);
        push_count(out, len - shown);
        out.push_str(" more");
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
pub(super) fn explain(r: &MatchResult, report: &JdReport) -> String {
    let mut out = Sentences {
        text: String::with_capacity(160),
        count: 0,
    };
    if r.eligibility.status == EligibilityStatus::Ineligible {
        if let Some(reason) = &r.eligibility.reason {
            out.next().push_str(reason);
        }
    }
    write_required(&mut out, r, report);
    write_detail(&mut out, r, report);
    if r.years.met == Some(false) && out.count < 4 {
        let s = out.next();
        push_plural_years(s, r.years.have);
        s.push_str(" of experience against ");
        push_years(s, r.years.asked.unwrap_or(0.0));
        s.push_str("+ asked.");
    }
    if !r.preferred.is_empty() && out.count < 4 {
        let has = || {
            r.preferred
                .iter()
                .filter(|m| m.coverage != Coverage::Missing)
        };
        let count = has().count();
        let s = out.next();
        s.push_str("Has ");
        push_n_of(s, count, r.preferred.len());
        s.push_str(" preferred");
        if count > 0 {
            s.push_str(" (");
            write_names(s, has().map(|m| (m, &[][..])), count);
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
fn write_required(out: &mut Sentences, r: &MatchResult, report: &JdReport) {
    // Each required match is the report's ask at the same place.
    let missing = || {
        r.required
            .iter()
            .zip(&report.required_skills)
            .filter(|(m, _)| m.coverage == Coverage::Missing)
            .map(|(m, ask)| (m, &ask.alternatives[..]))
    };
    let partial = || {
        r.required
            .iter()
            .filter(|m| m.coverage == Coverage::Partial)
    };
    let (missed, partly) = (missing().count(), partial().count());
    let met = r.required.len() - missed - partly;
    let s = out.next();
    if r.required.is_empty() {
        s.push_str("The listing names no required skills.");
    } else if missed == 0 && partly == 0 {
        if r.required.len() == 1 {
            s.push_str("Meets the one required skill.");
        } else {
            s.push_str("Meets all ");
            push_count(s, r.required.len());
            s.push_str(" required skills.");
        }
    } else {
        s.push_str("Meets ");
        push_n_of(s, met, r.required.len());
        s.push_str(" required skills");
        if missed > 0 {
            s.push_str("; missing ");
            write_names(s, missing(), missed);
        }
        if partly > 0 {
            s.push_str("; partly covers ");
            for (k, m) in partial().enumerate() {
                if k > 0 {
                    s.push_str(", ");
                }
                s.push_str(&m.skill);
                s.push_str(" through ");
                s.push_str(m.via.as_deref().unwrap_or("a related skill"));
            }
        }
        s.push('.');
    }
}

/// The strongest detail: a required skill with years asked, else the
/// strongest match.
fn write_detail(out: &mut Sentences, r: &MatchResult, report: &JdReport) {
    // Each required match is the report's ask at the same place.
    let asks = || r.required.iter().zip(&report.required_skills);
    let detail = asks()
        .find(|(m, _)| m.coverage != Coverage::Missing && m.years_asked.is_some())
        .or_else(|| {
            // The strongest match; the first listed wins a tie.
            asks()
                .filter(|(m, _)| m.coverage == Coverage::Matched)
                .fold(
                    None,
                    |best: Option<(&SkillMatch, _)>, (m, ask)| match best {
                        Some((b, _)) if b.proficiency >= m.proficiency => best,
                        _ => Some((m, ask)),
                    },
                )
        });
    let Some((m, ask)) = detail else {
        return;
    };
    let s = out.next();
    // The job's skill, and the profile's entry when another covers it
    // (`C# through Java: 9/10 over 8.8 years against 5+ asked`): the
    // years asked are the job's skill's. An alternative the listing
    // accepts is named alone (`5+ years of Python or Scala` met by Scala:
    // `Scala: 9/10 …`), as it was asked as much as the skill was.
    match m.via.as_deref().filter(|via| **via != *m.skill) {
        Some(via) if ask.alternatives.iter().any(|a| **a == *via) => s.push_str(via),
        Some(via) => {
            s.push_str(&m.skill);
            s.push_str(" through ");
            s.push_str(via);
        }
        None => s.push_str(&m.skill),
    }
    s.push_str(": ");
    push_count(s, usize::from(m.proficiency.unwrap_or(0)));
    s.push_str("/10");
    if let Some(y) = m.years.filter(|y| *y > 0.0) {
        s.push_str(" over ");
        push_plural_years(s, y);
    }
    // `0-2 years of Python` sets no floor to be measured against.
    if let Some(a) = m.years_asked.filter(|a| *a > 0.0) {
        s.push_str(" against ");
        push_years(s, a);
        s.push_str("+ asked");
    }
    s.push('.');
}
