//! Applications for jobs.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::enums::ApplicationStatus;
use super::ids::{ApplicationId, JobId, TailoredResumeId, UserId};

/// An application for a job, with the tailored resume it was sent with.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Application {
    /// The application's id.
    pub id: ApplicationId,
    /// The applicant.
    pub owner_id: UserId,
    /// The job applied for.
    pub job_id: JobId,
    /// The resume sent, if a tailored one was used.
    #[serde(default)]
    pub tailored_resume_id: Option<TailoredResumeId>,
    /// Where the application stands.
    pub status: ApplicationStatus,
    /// Free-form notes by the user.
    #[serde(default)]
    pub notes: Option<String>,
    /// When it was prepared.
    #[serde(deserialize_with = "super::utc_timestamp")]
    pub created_at: DateTime<Utc>,
    /// When its status last changed.
    #[serde(deserialize_with = "super::utc_timestamp")]
    pub updated_at: DateTime<Utc>,
}
