//! Whether the user may take a job, from its work-rights flags.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::analysis::JdReport;
use crate::case::Lowercase;
use crate::model::WorkRights;

/// The verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EligibilityStatus {
    /// Nothing in the job excludes the user.
    Eligible,
    /// The job's wording excludes the user.
    Ineligible,
}

/// The verdict and, when ineligible, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eligibility {
    /// The verdict.
    pub status: EligibilityStatus,
    /// A plain sentence saying why, when ineligible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

const COUNTRIES: &[(&str, &[&str], &str)] = &[
    ("AU", &["australia", "australian"], "Australian"),
    ("NZ", &["new zealand", "nz "], "New Zealand"),
    (
        "US",
        &[
            "united states",
            "us citizen",
            "u.s.",
            "american",
            "green card",
            "us citizenship",
        ],
        "US",
    ),
    ("GB", &["united kingdom", "uk ", "british"], "UK"),
    ("CA", &["canada", "canadian"], "Canadian"),
];

fn adjective(code: &str) -> String {
    COUNTRIES
        .iter()
        .find(|(c, ..)| *c == code)
        .map_or_else(|| code.to_owned(), |(_, _, a)| (*a).to_owned())
}

/// The country the work-rights wording is about: named in its evidence, or
/// else the `country` given.
fn country_of<'c>(report: &JdReport, country: Option<&'c str>) -> Option<Cow<'c, str>> {
    let wr = &report.work_rights;
    // The evidence joined by spaces, with a space after, lower-cased.
    let mut joined = String::new();
    for e in [
        &wr.citizenship_required,
        &wr.pr_required,
        &wr.visa_sponsorship,
    ]
    .iter()
    .filter_map(|f| f.evidence.as_deref())
    {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(e);
    }
    joined.push(' ');
    let evidence = joined.lowercase();
    COUNTRIES
        .iter()
        .find(|(_, words, _)| words.iter().any(|w| evidence.contains(w)))
        .map(|(c, ..)| Cow::Borrowed(*c))
        .or_else(|| country.map(|c| Cow::Owned(c.to_ascii_uppercase())))
}

fn holds(list: &[String], country: &str) -> bool {
    list.iter().any(|c| c.eq_ignore_ascii_case(country))
}

/// Judges eligibility, first by citizenship, then residency, then
/// sponsorship. Unknown flags, an unknown country, a profile without work
/// rights, or an unknown need for sponsorship never exclude anyone.
pub fn eligibility(report: &JdReport, rights: &WorkRights, country: Option<&str>) -> Eligibility {
    let wr = &report.work_rights;
    // A profile that says nothing about work rights, or a job that says
    // nothing about them, cannot exclude anyone.
    let silent = wr.citizenship_required.value.is_none()
        && wr.pr_required.value.is_none()
        && wr.visa_sponsorship.value.is_none();
    if silent || rights == &WorkRights::default() {
        return Eligibility {
            status: EligibilityStatus::Eligible,
            reason: None,
        };
    }
    let place = country_of(report, country);
    let ineligible = |reason: String| Eligibility {
        status: EligibilityStatus::Ineligible,
        reason: Some(reason),
    };
    if let Some(c) = place.as_deref() {
        let citizen = holds(&rights.citizenships, c);
        let resident = citizen || holds(&rights.permanent_residencies, c);
        if wr.citizenship_required.value == Some(true) && !citizen {
            return ineligible(format!(
                "Not eligible: the job requires {} citizenship, which your profile does not list.",
                adjective(c)
            ));
        }
        if wr.pr_required.value == Some(true) && !resident {
            return ineligible(format!(
                "Not eligible: the job requires {} citizenship or permanent residency, which your profile does not list.",
                adjective(c)
            ));
        }
        if wr.visa_sponsorship.value == Some(false)
            && rights.needs_sponsorship == Some(true)
            && !resident
        {
            return ineligible("Not eligible: the job does not sponsor visas and your profile says you need sponsorship.".into());
        }
    } else if wr.visa_sponsorship.value == Some(false) && rights.needs_sponsorship == Some(true) {
        return ineligible("Not eligible: the job does not sponsor visas and your profile says you need sponsorship.".into());
    }
    Eligibility {
        status: EligibilityStatus::Eligible,
        reason: None,
    }
}
