//! One store type whose backend is chosen by URL.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kairos_core::model::{
    Application, ApplicationId, ApplicationStatus, JdAnalysis, Job, JobId, JobListing, JobStatus,
    Resume, ResumeId, SkillEntry, TailoredResume, TailoredResumeId, UserId,
};
use kairos_core::ports::{
    AnalysisStore, ApplicationStore, JobFilter, JobStore, Page, PageRequest, ResumeStore,
    SkillStore, UpsertCounts,
};
use kairos_core::status::{CoupledChange, StatusChange};
use kairos_core::{Error, Result};

#[cfg(feature = "postgres")]
use crate::PgStore;
#[cfg(feature = "sqlite")]
use crate::SqliteStore;

/// A store on whichever backend its URL names: `sqlite://path`,
/// `sqlite::memory:`, or `postgres://…`. Use it when the backend is a
/// deployment choice; use [`SqliteStore`] or [`PgStore`] directly otherwise.
#[derive(Debug, Clone)]
pub enum Store {
    /// The embedded store.
    #[cfg(feature = "sqlite")]
    Sqlite(SqliteStore),
    /// The server store.
    #[cfg(feature = "postgres")]
    Postgres(PgStore),
}

macro_rules! delegate {
    ($self:ident, $s:ident => $call:expr) => {
        match $self {
            #[cfg(feature = "sqlite")]
            Store::Sqlite($s) => $call,
            #[cfg(feature = "postgres")]
            Store::Postgres($s) => $call,
        }
    };
}

impl Store {
    /// Opens the store `url` names and runs its pending migrations.
    pub async fn open(url: &str) -> Result<Self> {
        #[cfg(feature = "sqlite")]
        if url.starts_with("sqlite:") {
            return Ok(Store::Sqlite(SqliteStore::open(url).await?));
        }
        #[cfg(feature = "postgres")]
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Store::Postgres(PgStore::open(url).await?));
        }
        Err(Error::validation(
            "database url",
            crate::codec::redacted(url),
            "must start with sqlite: or postgres:// (for example sqlite://kairos.db)",
        ))
    }

    /// Closes every connection (see [`SqliteStore::close`] and
    /// [`PgStore::close`]); every later call fails with a [`Error::Store`].
    pub async fn close(&self) {
        delegate!(self, s => s.close().await)
    }
}

#[async_trait]
impl JobStore for Store {
    async fn upsert_jobs(&self, owner: UserId, listings: &[JobListing]) -> Result<UpsertCounts> {
        delegate!(self, s => s.upsert_jobs(owner, listings).await)
    }

    async fn get_job(&self, owner: UserId, id: JobId) -> Result<Job> {
        delegate!(self, s => s.get_job(owner, id).await)
    }

    async fn list_jobs(
        &self,
        owner: UserId,
        filter: &JobFilter,
        page: &PageRequest,
    ) -> Result<Page<Job>> {
        delegate!(self, s => s.list_jobs(owner, filter, page).await)
    }

    async fn transition_job(
        &self,
        owner: UserId,
        id: JobId,
        from: JobStatus,
        to: JobStatus,
        at: DateTime<Utc>,
    ) -> Result<StatusChange<JobStatus>> {
        delegate!(self, s => s.transition_job(owner, id, from, to, at).await)
    }

    async fn job_history(&self, owner: UserId, id: JobId) -> Result<Vec<StatusChange<JobStatus>>> {
        delegate!(self, s => s.job_history(owner, id).await)
    }
}

#[async_trait]
impl AnalysisStore for Store {
    async fn put_analysis(&self, owner: UserId, analysis: &JdAnalysis) -> Result<()> {
        delegate!(self, s => s.put_analysis(owner, analysis).await)
    }

    async fn put_analyses(
        &self,
        owner: UserId,
        analyses: &[JdAnalysis],
        at: DateTime<Utc>,
    ) -> Result<Vec<JobId>> {
        delegate!(self, s => s.put_analyses(owner, analyses, at).await)
    }

    async fn get_analysis(&self, owner: UserId, job: JobId) -> Result<JdAnalysis> {
        delegate!(self, s => s.get_analysis(owner, job).await)
    }

    async fn jobs_needing_analysis(&self, owner: UserId, limit: u32) -> Result<Vec<Job>> {
        delegate!(self, s => s.jobs_needing_analysis(owner, limit).await)
    }
}

#[async_trait]
impl ResumeStore for Store {
    async fn put_resume(&self, owner: UserId, resume: &Resume) -> Result<()> {
        delegate!(self, s => s.put_resume(owner, resume).await)
    }

    async fn get_resume(&self, owner: UserId, id: ResumeId) -> Result<Resume> {
        delegate!(self, s => s.get_resume(owner, id).await)
    }

    async fn put_tailored(&self, owner: UserId, tailored: &TailoredResume) -> Result<()> {
        delegate!(self, s => s.put_tailored(owner, tailored).await)
    }

    async fn get_tailored(&self, owner: UserId, id: TailoredResumeId) -> Result<TailoredResume> {
        delegate!(self, s => s.get_tailored(owner, id).await)
    }
}

#[async_trait]
impl SkillStore for Store {
    async fn replace_skills(
        &self,
        owner: UserId,
        resume: ResumeId,
        entries: &[SkillEntry],
    ) -> Result<()> {
        delegate!(self, s => s.replace_skills(owner, resume, entries).await)
    }

    async fn list_skills(&self, owner: UserId, resume: ResumeId) -> Result<Vec<SkillEntry>> {
        delegate!(self, s => s.list_skills(owner, resume).await)
    }
}

#[async_trait]
impl ApplicationStore for Store {
    async fn create_application(&self, owner: UserId, application: &Application) -> Result<()> {
        delegate!(self, s => s.create_application(owner, application).await)
    }

    async fn get_application(&self, owner: UserId, id: ApplicationId) -> Result<Application> {
        delegate!(self, s => s.get_application(owner, id).await)
    }

    async fn list_applications(&self, owner: UserId) -> Result<Vec<Application>> {
        delegate!(self, s => s.list_applications(owner).await)
    }

    async fn transition_application(
        &self,
        owner: UserId,
        id: ApplicationId,
        from: ApplicationStatus,
        to: ApplicationStatus,
        at: DateTime<Utc>,
    ) -> Result<CoupledChange> {
        delegate!(self, s => s.transition_application(owner, id, from, to, at).await)
    }

    async fn application_history(
        &self,
        owner: UserId,
        id: ApplicationId,
    ) -> Result<Vec<StatusChange<ApplicationStatus>>> {
        delegate!(self, s => s.application_history(owner, id).await)
    }
}
