//! The skill profile: which skills a person has, for how long, how well,
//! and the roles and projects that show it — derived from their base resume
//! and merged with what they enter by hand.
//!
//! Proficiency (1–10) is computed from the resume by a documented formula:
//!
//! ```text
//! proficiency = 3                                  listed or mentioned at all
//!             + 0.75 × min(years, 6)               years of use (overlapping roles merged)
//!             + 0.75 × min(roles showing it, 3)    work roles whose text names it
//!             + 0.5  × min(projects showing it, 2) projects that use it
//!             − 1 if last used 2–5 years ago, − 2 if more than 5 years ago
//! ```
//!
//! rounded and clamped to 1–10. Four years of Rust across two current roles
//! and one project gives 3 + 3 + 1.5 + 0.5 = 8. A skills section's own
//! statement of years (`Python (6 years)`) stands for the years when the
//! roles' dates show fewer: a resume often leaves its oldest roles out.

mod build;
mod listed;
mod merge;

use serde::{Deserialize, Serialize};

pub use build::build_profile;
pub use merge::merge_manual;

use crate::model::{SkillEntry, WorkRights};

/// Base points for a skill the resume names at all.
pub const BASE_POINTS: f64 = 3.0;
/// Points per year of use, up to [`YEARS_CAP`] years.
pub const POINTS_PER_YEAR: f64 = 0.75;
/// Years beyond this add no more points.
pub const YEARS_CAP: f64 = 6.0;
/// Points per work role that shows the skill, up to [`ROLES_CAP`] roles.
pub const POINTS_PER_ROLE: f64 = 0.75;
/// Roles beyond this add no more points.
pub const ROLES_CAP: f64 = 3.0;
/// Points per project that shows the skill, up to [`PROJECTS_CAP`] projects.
pub const POINTS_PER_PROJECT: f64 = 0.5;
/// Projects beyond this add no more points.
pub const PROJECTS_CAP: f64 = 2.0;

/// A person's skills and work rights: what jobs are scored against.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Profile {
    /// Technical skills, strongest first.
    pub skills: Vec<SkillEntry>,
    /// Other terms the resume shows that a job may ask for: certifications,
    /// spoken languages, domains (canonical names).
    #[serde(default)]
    pub terms: Vec<String>,
    /// Where the person may work.
    #[serde(default)]
    pub work_rights: WorkRights,
    /// Years of work experience overall (work-experience roles, overlaps merged).
    #[serde(default)]
    pub total_years: f64,
}

impl Profile {
    /// The entry for a skill, by canonical name (ignoring case).
    pub fn skill(&self, name: &str) -> Option<&SkillEntry> {
        self.skills
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(name))
    }

    /// Whether the profile shows a term (a skill or another term).
    pub fn has_term(&self, name: &str) -> bool {
        self.skill(name).is_some() || self.terms.iter().any(|t| t.eq_ignore_ascii_case(name))
    }
}
