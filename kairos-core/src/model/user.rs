//! Users and their work rights.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::ids::UserId;

/// A person using Kairos; every other row belongs to one.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct User {
    /// The user's id ([`super::SINGLE_USER_ID`] in single-user mode).
    pub id: UserId,
    /// The name shown on resumes and reports.
    pub name: String,
    /// Contact email, if given.
    #[serde(default)]
    pub email: Option<String>,
    /// Where the user may work, for eligibility checks.
    #[serde(default)]
    pub work_rights: WorkRights,
    /// When the user was created.
    #[serde(deserialize_with = "super::utc_timestamp")]
    pub created_at: DateTime<Utc>,
}

/// Where a user may work without help, so a job's work-rights wording can be
/// judged. Countries are ISO 3166-1 alpha-2 codes (`AU`, `NZ`, `US`, `GB`),
/// in either case; [`WorkRights::checked`] refuses anything else.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
pub struct WorkRights {
    /// Countries of citizenship.
    #[serde(default)]
    pub citizenships: Vec<String>,
    /// Countries where the user holds permanent residency.
    #[serde(default)]
    pub permanent_residencies: Vec<String>,
    /// Visas held, in the user's words (e.g. `AU 482`, `UK Skilled Worker`).
    #[serde(default)]
    pub visas: Vec<String>,
    /// Whether the user needs an employer to sponsor a visa; `None` when unknown.
    #[serde(default)]
    pub needs_sponsorship: Option<bool>,
}

/// Whether `value` is written as an ISO 3166-1 alpha-2 country code: two
/// ASCII letters, in either case (`AU`, `nz`), and not `UK`, whose code is
/// `GB`. A country's name (`Australia`) is not: the eligibility check
/// compares codes, and one it cannot compare would silently judge every
/// job abroad.
///
/// ```
/// use kairos_core::model::is_country_code;
///
/// assert!(is_country_code("AU") && is_country_code("nz"));
/// assert!(!is_country_code("Australia") && !is_country_code("UK"));
/// ```
pub fn is_country_code(value: &str) -> bool {
    matches!(value.as_bytes(), [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic())
        && !value.eq_ignore_ascii_case("UK")
}

/// A [`crate::Error::Validation`] naming `field` and `value` unless `value`
/// is written as a country code ([`is_country_code`]).
pub fn check_country(field: &str, value: &str) -> crate::Result<()> {
    if is_country_code(value) {
        Ok(())
    } else {
        Err(crate::Error::validation(field, value, NOT_A_CODE))
    }
}

impl WorkRights {
    /// The first citizenship or permanent residency not written as a
    /// country code ([`is_country_code`]), if any, with its field's name.
    /// See [`WorkRights::checked`].
    pub fn first_non_code(&self) -> Option<(&'static str, &str)> {
        [
            ("citizenships", &self.citizenships),
            ("permanent_residencies", &self.permanent_residencies),
        ]
        .into_iter()
        .find_map(|(field, list)| {
            let country = list.iter().find(|country| !is_country_code(country))?;
            Some((field, country.as_str()))
        })
    }

    /// An error naming the first country not written as its two-letter
    /// code (`work_rights.citizenships`, `Australia`), if any. The bindings
    /// check what they are given; check rights built from a form or a file
    /// before judging jobs with them.
    pub fn check(&self) -> crate::Result<()> {
        self.check_at("work_rights")
    }

    /// [`WorkRights::check`], the error's field under `path`, where the
    /// rights came in (`profile.work_rights`, an argument's name).
    pub fn check_at(&self, path: &str) -> crate::Result<()> {
        match self.first_non_code() {
            Some((field, country)) => check_country(&format!("{path}.{field}"), country),
            None => Ok(()),
        }
    }

    /// These rights, once [`WorkRights::check`] passes.
    pub fn checked(self) -> crate::Result<Self> {
        self.check().map(|()| self)
    }
}

/// Why a country is refused, for every surface's error.
pub const NOT_A_CODE: &str =
    "is not a country's two-letter ISO code (AU, NZ, US, GB for the United Kingdom)";
