//! Whether the user may take a job, from its work-rights flags.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::analysis::JdReport;
use crate::case::Lowercase;
use crate::geography;
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

/// The countries whose work-rights wording is read, and the words that
/// name each in a listing's sentence on work rights.
const WORDED: &[(&str, &[&str])] = &[
    ("AU", &["australia", "australian"]),
    ("NZ", &["new zealand", "nz "]),
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
    ),
    ("GB", &["united kingdom", "uk ", "british"]),
    ("CA", &["canada", "canadian"]),
    // `EU citizenship required`: the European Union's (and the European
    // Economic Area's) citizens, any of them.
    (
        "EU",
        &[
            " eu ",
            " eu/",
            " eu-",
            "european union",
            " eea ",
            "european economic area",
        ],
    ),
];

/// The adjective (`Australian`) and the name in a sentence (`Australia`)
/// of the country `code` stands for; the code itself for both when
/// Kairos does not know it.
fn country_words(code: &str) -> (&str, &str) {
    geography::country(code).map_or((code, code), |c| (c.adjective, c.name))
}

/// The country the work-rights wording is about: named in its evidence, or
/// else where the job is (`country`).
fn country_of<'c>(report: &JdReport, country: Option<&'c str>) -> Option<Cow<'c, str>> {
    let wr = &report.work_rights;
    // The evidence joined by spaces, with a space before and after,
    // lower-cased.
    let mut joined = String::from(" ");
    for e in [
        &wr.citizenship_required,
        &wr.pr_required,
        &wr.visa_sponsorship,
    ]
    .iter()
    .filter_map(|f| f.evidence.as_deref())
    {
        joined.push_str(e);
        joined.push(' ');
    }
    let evidence = joined.lowercase();
    WORDED
        .iter()
        .find(|(_, words)| words.iter().any(|w| evidence.contains(w)))
        .map(|(c, _)| Cow::Borrowed(*c))
        .or_else(|| country.map(|c| Cow::Owned(c.to_ascii_uppercase())))
}

/// Whether `list` holds `country`'s code; for `EU`, any country of the
/// European Economic Area or Switzerland.
fn holds(list: &[String], country: &str) -> bool {
    list.iter()
        .any(|c| c.eq_ignore_ascii_case(country) || (country == "EU" && geography::moves_freely(c)))
}

/// Whether the user may work in `country` (an upper-case code) without an
/// employer's sponsorship: as its citizen or permanent resident, on a visa
/// of it (`AU 482`, `UK Skilled Worker`), across the Tasman (Australian
/// citizens and permanent residents may live and work in New Zealand, New
/// Zealand citizens in Australia), or as the citizen of a country whose
/// treaty with it lets them (within the European Economic Area and
/// Switzerland, between Ireland and the United Kingdom).
fn may_work_in(rights: &WorkRights, country: &str) -> bool {
    let visa_of = |c: &str| {
        rights.visas.iter().any(|v| {
            let first = v.split_whitespace().next().unwrap_or_default();
            first.eq_ignore_ascii_case(c) || (c == "GB" && first.eq_ignore_ascii_case("UK"))
        })
    };
    holds(&rights.citizenships, country)
        || holds(&rights.permanent_residencies, country)
        || visa_of(country)
        // Australia's permanent residents may live in New Zealand too (its
        // citizens, and New Zealand's in Australia, by the treaty below).
        || (country == "NZ" && holds(&rights.permanent_residencies, "AU"))
        || rights
            .citizenships
            .iter()
            .any(|home| geography::citizens_may_work(home, country))
}

/// Judges eligibility, first by citizenship, then residency, then
/// sponsorship, as the listing words them; then by where the job is: where
/// the listing's location line places it ([`JdReport::job_country`]), else
/// `country` (an ISO code such as `AU`). Unknown flags, an unknown
/// country, a profile without work rights, or an unknown need for
/// sponsorship never exclude anyone.
pub fn eligibility(report: &JdReport, rights: &WorkRights, country: Option<&str>) -> Eligibility {
    let wr = &report.work_rights;
    // A profile that says nothing about work rights cannot be excluded.
    if rights == &WorkRights::default() {
        return Eligibility {
            status: EligibilityStatus::Eligible,
            reason: None,
        };
    }
    // Where the job is, read once: the listing's own location line first.
    let country = report.job_country().or(country);
    let reason = worded_exclusion(report, rights, country).or_else(|| {
        // A job in a country where the profile, which names where the
        // user may work, gives no right to, and which offers no
        // sponsorship: a Manchester job for an Australian permanent
        // resident.
        let c = country?.to_ascii_uppercase();
        let names_rights = !(rights.citizenships.is_empty()
            && rights.permanent_residencies.is_empty()
            && rights.visas.is_empty());
        (names_rights && wr.visa_sponsorship.value != Some(true) && !may_work_in(rights, &c)).then(
            || {
                // What the listing says, so the reason can be checked
                // against it: most say nothing of sponsorship.
                let sponsorship = if wr.visa_sponsorship.value == Some(false) {
                    "it does not sponsor visas"
                } else {
                    "it does not say it sponsors visas"
                };
                format!(
                    "Not eligible: the job is in {}, where your profile lists no right to work, and {sponsorship}.",
                    country_words(&c).1
                )
            },
        )
    });
    Eligibility {
        status: if reason.is_some() {
            EligibilityStatus::Ineligible
        } else {
            EligibilityStatus::Eligible
        },
        reason,
    }
}

/// Why the listing's own work-rights wording excludes the user, if it does.
fn worded_exclusion(
    report: &JdReport,
    rights: &WorkRights,
    country: Option<&str>,
) -> Option<String> {
    let wr = &report.work_rights;
    let no_sponsorship = || {
        "Not eligible: the job does not sponsor visas and your profile says you need sponsorship."
            .to_owned()
    };
    let Some(c) = country_of(report, country) else {
        return (wr.visa_sponsorship.value == Some(false)
            && rights.needs_sponsorship == Some(true))
        .then(no_sponsorship);
    };
    let citizen = holds(&rights.citizenships, &c);
    let resident = citizen || holds(&rights.permanent_residencies, &c);
    if wr.citizenship_required.value == Some(true) && !citizen {
        return Some(format!(
            "Not eligible: the job requires {} citizenship, which your profile does not list.",
            country_words(&c).0
        ));
    }
    if wr.pr_required.value == Some(true) && !resident {
        return Some(format!(
            "Not eligible: the job requires {} citizenship or permanent residency, which your profile does not list.",
            country_words(&c).0
        ));
    }
    (wr.visa_sponsorship.value == Some(false)
        && rights.needs_sponsorship == Some(true)
        && !resident)
        .then(no_sponsorship)
}
