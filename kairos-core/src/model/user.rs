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
/// judged. Countries are ISO 3166-1 alpha-2 codes (`AU`, `NZ`, `US`, `GB`).
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
