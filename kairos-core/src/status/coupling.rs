//! How an application's status carries its job's status.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{StatusChange, StatusMachine};
use crate::error::{Error, Result};
use crate::model::{ApplicationStatus, JobStatus};

/// The job status an application in `status` implies, if any: submitted and
/// acknowledged mean applied; interview, offer and rejected carry over as
/// they are. A prepared application says nothing about its job.
pub const fn job_status_for(status: ApplicationStatus) -> Option<JobStatus> {
    match status {
        ApplicationStatus::Prepared => None,
        ApplicationStatus::Submitted | ApplicationStatus::Acknowledged => Some(JobStatus::Applied),
        ApplicationStatus::Interview => Some(JobStatus::Interview),
        ApplicationStatus::Offer => Some(JobStatus::Offer),
        ApplicationStatus::Rejected => Some(JobStatus::Rejected),
    }
}

/// An application's move and the job move it causes, to be recorded together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct CoupledChange {
    /// The application's change.
    pub application: StatusChange<ApplicationStatus>,
    /// The job's change, when the job has to move (it may already be there).
    pub job: Option<StatusChange<JobStatus>>,
}

/// Moves an application from `from` to `to` while its job is in `job`.
///
/// Fails with [`Error::InvalidTransition`] when the application table has no
/// such edge, and with [`Error::CouplingRefused`] when the job would have to
/// make a move its own table does not allow (for example submitting an
/// application for a job the user skipped): the job is never put in an
/// impossible state.
pub fn transition_application(
    from: ApplicationStatus,
    to: ApplicationStatus,
    job: JobStatus,
    at: DateTime<Utc>,
) -> Result<CoupledChange> {
    let application = from.transition(to, at)?;
    let job_change = match job_status_for(to) {
        Some(target) if target != job => {
            if !job.can_move_to(target) {
                return Err(Error::CouplingRefused {
                    application_from: from.to_string(),
                    application_to: to.to_string(),
                    job_from: job.to_string(),
                    job_to: target.to_string(),
                });
            }
            Some(StatusChange {
                from: job,
                to: target,
                at,
            })
        }
        _ => None,
    };
    Ok(CoupledChange {
        application,
        job: job_change,
    })
}
