//! `Store`: the whole store API, synchronous from Python, run on one shared
//! tokio runtime with the GIL released. One `Store` may be shared by many
//! threads; every call is scoped by its owner (the single user by default).

use std::future::Future;
use std::sync::{Arc, Mutex};

use kairos_core::model::{
    Application, ApplicationId, ApplicationStatus, JdAnalysis, JobId, JobListing, JobStatus,
    Platform, Resume, ResumeId, SkillEntry, TailoredResume, TailoredResumeId,
};
use kairos_core::ports::{
    AnalysisStore, ApplicationStore, JobFilter, JobStore, PageRequest, ResumeStore, SkillStore,
};
use kairos_store::Store as CoreStore;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use tokio::runtime::Runtime;

use crate::convert::{id, owner, time_arg, to_py};
use crate::entities::{
    Arg, PyApplication, PyJdAnalysis, PyJob, PyResume, PySkillEntry, PyTailoredResume,
};
use crate::errors::to_py as err;
use crate::process::{per_process, PerProcess};

/// The runtime every store and model call runs on, one per process (two
/// workers: the calls block the calling thread anyway; the workers drive
/// the I/O). A process forked after its parent started one
/// (`multiprocessing`'s default on Linux, gunicorn's `--preload`, Celery's
/// workers) has none of its worker threads, and a call would wait on them
/// for ever: the child starts its own.
pub(crate) fn runtime() -> PyResult<Arc<Runtime>> {
    static RUNTIME: PerProcess<Runtime> = Mutex::new(None);
    per_process(&RUNTIME, || {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("kairos-store")
            .enable_all()
            .build()
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start the async runtime: {e}")))
    })
}

/// Runs `fut` to completion without the GIL.
fn run<T: Send>(
    py: Python<'_>,
    fut: impl Future<Output = kairos_core::Result<T>> + Send,
) -> PyResult<T> {
    let rt = runtime()?;
    py.detach(|| rt.block_on(fut)).map_err(|e| err(py, e))
}

fn list_of<T: Arg>(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<T>> {
    crate::convert::sequence(obj, what)?
        .iter()
        .enumerate()
        .map(|(i, x)| T::arg(x, &format!("{what}[{i}]")))
        .collect()
}

/// A page's size from Python: a negative one is refused by name (as a
/// `u32` argument it raised a bare `OverflowError`); the store refuses one
/// over its maximum.
fn limit_arg(py: Python<'_>, limit: i64) -> PyResult<u32> {
    u32::try_from(limit).map_err(|_| {
        let reason = if limit < 0 {
            "must not be negative"
        } else {
            "must be at most 500"
        };
        crate::errors::validation(py, "limit", limit, reason)
    })
}

/// Jobs, analyses, resumes, profiles and applications in SQLite or
/// PostgreSQL. Open it with `Store.open(url)`.
#[pyclass(frozen, module = "kairos_core", name = "Store")]
pub(crate) struct PyStore {
    /// `None` only while the value is dropped.
    store: Option<Arc<CoreStore>>,
    /// The process that opened it: its connections are that process's.
    opened_by: u32,
}

impl PyStore {
    /// The store, in the process that opened it. A child forked from that
    /// process shares its connections (SQLite forbids carrying one across a
    /// fork; a PostgreSQL session would carry two clients' messages) and
    /// has none of its runtime: it is told to open its own.
    fn inner(&self, py: Python<'_>) -> PyResult<&CoreStore> {
        match self.of_this_process() {
            Some(store) => Ok(store),
            None => Err(err(
                py,
                kairos_core::Error::Store {
                    message: format!(
                        "this Store was opened by process {} before it forked; \
                         open a new Store in process {}",
                        self.opened_by,
                        std::process::id()
                    ),
                },
            )),
        }
    }

    /// The store, when this process opened it.
    fn of_this_process(&self) -> Option<&Arc<CoreStore>> {
        self.store
            .as_ref()
            .filter(|_| self.opened_by == std::process::id())
    }
}

impl Drop for PyStore {
    fn drop(&mut self) {
        // In a forked child the pool's connections and tasks are the
        // parent's: closing them here would reach into the parent's state.
        if self.opened_by != std::process::id() {
            std::mem::forget(self.store.take());
        }
    }
}

#[pymethods]
impl PyStore {
    /// Opens `sqlite://PATH` (created if missing) or `postgres://…`, and
    /// runs pending migrations.
    #[staticmethod]
    fn open(py: Python<'_>, url: &str) -> PyResult<Self> {
        let url = url.to_owned();
        let store = run(py, async move { CoreStore::open(&url).await })?;
        Ok(Self {
            store: Some(Arc::new(store)),
            opened_by: std::process::id(),
        })
    }

    /// Inserts or updates scraped listings in one statement; never touches
    /// a status the user set. Returns `{"inserted", "updated", "unchanged"}`.
    #[pyo3(signature = (listings, *, owner = None))]
    fn upsert_jobs<'py>(
        &self,
        py: Python<'py>,
        listings: &Bound<'py, PyAny>,
        owner: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let listings: Vec<JobListing> = list_of(listings, "listings")?;
        let o = self::owner(py, owner)?;
        let counts = run(py, self.inner(py)?.upsert_jobs(o, &listings))?;
        to_py(py, &counts)
    }

    /// One job.
    #[pyo3(signature = (job_id, *, owner = None))]
    fn get_job(&self, py: Python<'_>, job_id: &str, owner: Option<&str>) -> PyResult<PyJob> {
        let (o, j) = (self::owner(py, owner)?, id::<JobId>(py, job_id, "job_id")?);
        Ok(PyJob::new(run(py, self.inner(py)?.get_job(o, j))?))
    }

    /// A page of jobs, newest first: `(jobs, next_cursor)`; pass the cursor
    /// back for the next page (`None` when there is none).
    #[pyo3(signature = (*, owner = None, status = None, platform = None, min_score = None, text = None, cursor = None, limit = 50))]
    #[allow(clippy::too_many_arguments)]
    fn list_jobs(
        &self,
        py: Python<'_>,
        owner: Option<&str>,
        status: Option<&str>,
        platform: Option<&str>,
        min_score: Option<f64>,
        text: Option<String>,
        cursor: Option<String>,
        limit: i64,
    ) -> PyResult<(Vec<PyJob>, Option<String>)> {
        let limit = limit_arg(py, limit)?;
        let o = self::owner(py, owner)?;
        let filter = JobFilter {
            status: status
                .map(str::parse::<JobStatus>)
                .transpose()
                .map_err(|e| err(py, e))?,
            platform: platform
                .map(str::parse::<Platform>)
                .transpose()
                .map_err(|e| err(py, e))?,
            min_score,
            text,
        };
        let page = PageRequest { cursor, limit };
        let page = run(py, self.inner(py)?.list_jobs(o, &filter, &page))?;
        Ok((page.items.into_iter().map(PyJob::new).collect(), page.next))
    }

    /// Moves a job from `from_status` to `to_status` only if it is still in
    /// `from_status`; returns the change. A lost race raises `Conflict`
    /// naming the current state.
    #[pyo3(signature = (job_id, from_status, to_status, *, at = None, owner = None))]
    fn transition_job<'py>(
        &self,
        py: Python<'py>,
        job_id: &str,
        from_status: &str,
        to_status: &str,
        at: Option<&Bound<'py, PyAny>>,
        owner: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (o, j) = (self::owner(py, owner)?, id::<JobId>(py, job_id, "job_id")?);
        let f: JobStatus = from_status.parse().map_err(|e| err(py, e))?;
        let t: JobStatus = to_status.parse().map_err(|e| err(py, e))?;
        let at = time_arg(at, "at")?;
        let change = run(py, self.inner(py)?.transition_job(o, j, f, t, at))?;
        to_py(py, &change)
    }

    /// Every status change of a job, oldest first.
    #[pyo3(signature = (job_id, *, owner = None))]
    fn job_history<'py>(
        &self,
        py: Python<'py>,
        job_id: &str,
        owner: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (o, j) = (self::owner(py, owner)?, id::<JobId>(py, job_id, "job_id")?);
        let history = run(py, self.inner(py)?.job_history(o, j))?;
        to_py(py, &history)
    }

    /// Attaches or replaces a job's analysis.
    #[pyo3(signature = (analysis, *, owner = None))]
    fn put_analysis(
        &self,
        py: Python<'_>,
        analysis: &Bound<'_, PyAny>,
        owner: Option<&str>,
    ) -> PyResult<()> {
        let a = JdAnalysis::arg(analysis, "analysis")?;
        let o = self::owner(py, owner)?;
        run(py, self.inner(py)?.put_analysis(o, &a))
    }

    /// Attaches many analyses in one transaction and moves each of their
    /// jobs still `new` to `analyzed` (history at `at`, default now); returns
    /// the ids of the jobs moved. All or nothing: an unknown job raises
    /// `NotFound` and nothing is written. Use it to store a scrape's
    /// analyses: one commit, not two a job.
    #[pyo3(signature = (analyses, *, at = None, owner = None))]
    fn put_analyses<'py>(
        &self,
        py: Python<'py>,
        analyses: &Bound<'py, PyAny>,
        at: Option<&Bound<'py, PyAny>>,
        owner: Option<&str>,
    ) -> PyResult<Vec<String>> {
        let analyses: Vec<JdAnalysis> = list_of(analyses, "analyses")?;
        let o = self::owner(py, owner)?;
        let at = time_arg(at, "at")?;
        let moved = run(py, self.inner(py)?.put_analyses(o, &analyses, at))?;
        Ok(moved.iter().map(ToString::to_string).collect())
    }

    /// A job's analysis.
    #[pyo3(signature = (job_id, *, owner = None))]
    fn get_analysis(
        &self,
        py: Python<'_>,
        job_id: &str,
        owner: Option<&str>,
    ) -> PyResult<PyJdAnalysis> {
        let (o, j) = (self::owner(py, owner)?, id::<JobId>(py, job_id, "job_id")?);
        Ok(PyJdAnalysis::new(run(
            py,
            self.inner(py)?.get_analysis(o, j),
        )?))
    }

    /// Jobs without an analysis, or whose description changed since.
    #[pyo3(signature = (*, owner = None, limit = 100))]
    fn jobs_needing_analysis(
        &self,
        py: Python<'_>,
        owner: Option<&str>,
        limit: i64,
    ) -> PyResult<Vec<PyJob>> {
        let o = self::owner(py, owner)?;
        let limit = limit_arg(py, limit)?;
        Ok(run(py, self.inner(py)?.jobs_needing_analysis(o, limit))?
            .into_iter()
            .map(PyJob::new)
            .collect())
    }

    /// Saves a base resume (replacing the one with the same id).
    #[pyo3(signature = (resume, *, owner = None))]
    fn put_resume(
        &self,
        py: Python<'_>,
        resume: &Bound<'_, PyAny>,
        owner: Option<&str>,
    ) -> PyResult<()> {
        let r = Resume::arg(resume, "resume")?;
        let o = self::owner(py, owner)?;
        run(py, self.inner(py)?.put_resume(o, &r))
    }

    /// A base resume.
    #[pyo3(signature = (resume_id, *, owner = None))]
    fn get_resume(
        &self,
        py: Python<'_>,
        resume_id: &str,
        owner: Option<&str>,
    ) -> PyResult<PyResume> {
        let (o, r) = (
            self::owner(py, owner)?,
            id::<ResumeId>(py, resume_id, "resume_id")?,
        );
        Ok(PyResume::new(run(py, self.inner(py)?.get_resume(o, r))?))
    }

    /// Saves a tailored resume (checked against its base first; only its
    /// changed sections are stored).
    #[pyo3(signature = (tailored, *, owner = None))]
    fn put_tailored(
        &self,
        py: Python<'_>,
        tailored: &Bound<'_, PyAny>,
        owner: Option<&str>,
    ) -> PyResult<()> {
        let t = TailoredResume::arg(tailored, "tailored")?;
        let o = self::owner(py, owner)?;
        run(py, self.inner(py)?.put_tailored(o, &t))
    }

    /// A tailored resume as stored.
    #[pyo3(signature = (tailored_id, *, owner = None))]
    fn get_tailored(
        &self,
        py: Python<'_>,
        tailored_id: &str,
        owner: Option<&str>,
    ) -> PyResult<PyTailoredResume> {
        let (o, t) = (
            self::owner(py, owner)?,
            id::<TailoredResumeId>(py, tailored_id, "tailored_id")?,
        );
        Ok(PyTailoredResume::new(run(
            py,
            self.inner(py)?.get_tailored(o, t),
        )?))
    }

    /// A tailored resume resolved over its base: the full resume to render.
    #[pyo3(signature = (tailored_id, *, owner = None))]
    fn resolve_tailored(
        &self,
        py: Python<'_>,
        tailored_id: &str,
        owner: Option<&str>,
    ) -> PyResult<PyResume> {
        let (o, t) = (
            self::owner(py, owner)?,
            id::<TailoredResumeId>(py, tailored_id, "tailored_id")?,
        );
        Ok(PyResume::new(run(
            py,
            self.inner(py)?.resolve_tailored(o, t),
        )?))
    }

    /// Replaces every entry of a resume's profile.
    #[pyo3(signature = (resume_id, entries, *, owner = None))]
    fn replace_skills(
        &self,
        py: Python<'_>,
        resume_id: &str,
        entries: &Bound<'_, PyAny>,
        owner: Option<&str>,
    ) -> PyResult<()> {
        let (o, r) = (
            self::owner(py, owner)?,
            id::<ResumeId>(py, resume_id, "resume_id")?,
        );
        let entries: Vec<SkillEntry> = list_of(entries, "entries")?;
        run(py, self.inner(py)?.replace_skills(o, r, &entries))
    }

    /// A resume's profile entries.
    #[pyo3(signature = (resume_id, *, owner = None))]
    fn list_skills(
        &self,
        py: Python<'_>,
        resume_id: &str,
        owner: Option<&str>,
    ) -> PyResult<Vec<PySkillEntry>> {
        let (o, r) = (
            self::owner(py, owner)?,
            id::<ResumeId>(py, resume_id, "resume_id")?,
        );
        Ok(run(py, self.inner(py)?.list_skills(o, r))?
            .into_iter()
            .map(PySkillEntry::new)
            .collect())
    }

    /// Records a prepared application for one of the owner's jobs.
    #[pyo3(signature = (application, *, owner = None))]
    fn create_application(
        &self,
        py: Python<'_>,
        application: &Bound<'_, PyAny>,
        owner: Option<&str>,
    ) -> PyResult<()> {
        let a = Application::arg(application, "application")?;
        let o = self::owner(py, owner)?;
        run(py, self.inner(py)?.create_application(o, &a))
    }

    /// One application.
    #[pyo3(signature = (application_id, *, owner = None))]
    fn get_application(
        &self,
        py: Python<'_>,
        application_id: &str,
        owner: Option<&str>,
    ) -> PyResult<PyApplication> {
        let (o, a) = (
            self::owner(py, owner)?,
            id::<ApplicationId>(py, application_id, "application_id")?,
        );
        Ok(PyApplication::new(run(
            py,
            self.inner(py)?.get_application(o, a),
        )?))
    }

    /// The owner's applications, newest first.
    #[pyo3(signature = (*, owner = None))]
    fn list_applications(
        &self,
        py: Python<'_>,
        owner: Option<&str>,
    ) -> PyResult<Vec<PyApplication>> {
        let o = self::owner(py, owner)?;
        Ok(run(py, self.inner(py)?.list_applications(o))?
            .into_iter()
            .map(PyApplication::new)
            .collect())
    }

    /// Moves an application and, as the machines are coupled, its job: both
    /// conditional on where they are, committed together or not at all.
    /// Returns `{"application": change, "job": change or None}`.
    #[pyo3(signature = (application_id, from_status, to_status, *, at = None, owner = None))]
    fn transition_application<'py>(
        &self,
        py: Python<'py>,
        application_id: &str,
        from_status: &str,
        to_status: &str,
        at: Option<&Bound<'py, PyAny>>,
        owner: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (o, a) = (
            self::owner(py, owner)?,
            id::<ApplicationId>(py, application_id, "application_id")?,
        );
        let f: ApplicationStatus = from_status.parse().map_err(|e| err(py, e))?;
        let t: ApplicationStatus = to_status.parse().map_err(|e| err(py, e))?;
        let at = time_arg(at, "at")?;
        let change = run(py, self.inner(py)?.transition_application(o, a, f, t, at))?;
        to_py(py, &change)
    }

    /// Every status change of an application, oldest first.
    #[pyo3(signature = (application_id, *, owner = None))]
    fn application_history<'py>(
        &self,
        py: Python<'py>,
        application_id: &str,
        owner: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (o, a) = (
            self::owner(py, owner)?,
            id::<ApplicationId>(py, application_id, "application_id")?,
        );
        let history = run(py, self.inner(py)?.application_history(o, a))?;
        to_py(py, &history)
    }

    /// Closes every connection now, waiting for calls under way (the
    /// SQLite file is released, PostgreSQL's connection slots given back);
    /// every later call raises `StoreError`. Closing twice is harmless; a
    /// store no longer referenced is closed when collected.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        // Another process's store: nothing of it is this one's to close.
        let Some(store) = self.of_this_process().map(Arc::clone) else {
            return Ok(());
        };
        run(py, async move {
            store.close().await;
            Ok(())
        })
    }

    /// `with Store.open(url) as store:` closes the store when the block
    /// ends, also when it raises.
    fn __enter__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    fn __exit__(
        &self,
        py: Python<'_>,
        _exc_type: &Bound<'_, PyAny>,
        _exc_value: &Bound<'_, PyAny>,
        _traceback: &Bound<'_, PyAny>,
    ) -> PyResult<bool> {
        self.close(py)?;
        // An exception raised in the block goes on.
        Ok(false)
    }

    fn __repr__(&self) -> String {
        "Store(…)".into()
    }
}
