//! The stored result of analysing a job description.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::ids::{JobId, UserId};
use super::values::{MatchScore, Years};

/// What Kairos read in a job's description, and how well the user matches it.
///
/// One per job. The skills are canonical names from the skill taxonomy.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct JdAnalysis {
    /// The analysed job.
    pub job_id: JobId,
    /// The job's owner.
    pub owner_id: UserId,
    /// Skills the description requires.
    #[serde(default)]
    pub required_skills: Vec<String>,
    /// Skills the description prefers but does not require.
    #[serde(default)]
    pub preferred_skills: Vec<String>,
    /// Years of experience asked for overall, when the description says.
    #[serde(default)]
    pub years_experience: Option<Years>,
    /// ATS keywords, most important first.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// How well the user's profile matches, once scored.
    #[serde(default)]
    pub match_score: Option<MatchScore>,
    /// Plain sentences that explain the score, once scored.
    #[serde(default)]
    pub match_reasoning: Option<String>,
    /// When the analysis was made.
    #[serde(deserialize_with = "super::utc_timestamp")]
    pub analyzed_at: DateTime<Utc>,
}
