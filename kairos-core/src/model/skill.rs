//! Entries of a user's skill profile.

use serde::{Deserialize, Serialize};

use super::enums::{SkillCategory, SkillSource};
use super::ids::{ResumeId, SkillEntryId, UserId};
use super::values::{Proficiency, Years};

/// One skill in a user's profile, with the evidence that supports it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct SkillEntry {
    /// The entry's id.
    pub id: SkillEntryId,
    /// The profile's owner.
    pub owner_id: UserId,
    /// The base resume the profile belongs to.
    pub resume_id: ResumeId,
    /// Canonical skill name from the taxonomy (or the user's own, if unknown to it).
    pub name: String,
    /// The skill's category.
    pub category: SkillCategory,
    /// How well the user knows it.
    pub proficiency: Proficiency,
    /// Years of use.
    pub years: Years,
    /// The roles or projects that show it, e.g. `Acme — Senior Engineer (2020–2024)`.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// Where the entry came from.
    pub source: SkillSource,
}
