//! One store type whose backend is chosen by URL.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kairos_core::model::{JdAnalysis, Job, JobId, JobListing, JobStatus, UserId};
use kairos_core::ports::{AnalysisStore, JobFilter, JobStore, Page, PageRequest, UpsertCounts};
use kairos_core::status::StatusChange;
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
            url,
            "must start with sqlite: or postgres:// (for example sqlite://kairos.db)",
        ))
    }
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

    async fn get_analysis(&self, owner: UserId, job: JobId) -> Result<JdAnalysis> {
        delegate!(self, s => s.get_analysis(owner, job).await)
    }

    async fn jobs_needing_analysis(&self, owner: UserId, limit: u32) -> Result<Vec<Job>> {
        delegate!(self, s => s.jobs_needing_analysis(owner, limit).await)
    }
}
