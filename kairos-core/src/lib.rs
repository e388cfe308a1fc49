//! The pure domain of Kairos: the model, the status machines, resumes, job
//! description analysis, scoring and tailoring.
//!
//! Nothing here does I/O, reads the clock or draws random numbers: times and
//! ids come from the caller, so every result is reproducible and the crate
//! builds for `wasm32-unknown-unknown`.
//!
//! Cargo features: `work-mode` (default) builds
//! [`analysis::Analyzer::work_mode`], whether a job is remote, hybrid or on
//! site. Turn default features off to leave its reader and automaton out
//! of a build that must stay small.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use kairos_core::model::{Job, JobListing, JobStatus, Platform, SINGLE_USER_ID};
//! use kairos_core::status::StatusMachine;
//!
//! let at = Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap();
//! let listing = JobListing {
//!     platform: Platform::Seek,
//!     platform_job_id: "81234567".into(),
//!     title: "Senior Rust Engineer".into(),
//!     company: "Acme".into(),
//!     location: Some("Sydney NSW".into()),
//!     salary_min: Some(170_000),
//!     salary_max: Some(190_000),
//!     salary_currency: Some("AUD".into()),
//!     url: None,
//!     description_raw: "Rust, PostgreSQL, Kubernetes.".into(),
//!     scraped_at: at,
//! };
//! let job = Job::from_listing(SINGLE_USER_ID, listing)?;
//! let change = job.status.transition(JobStatus::Analyzed, at)?;
//! assert_eq!(change.to, JobStatus::Analyzed);
//! assert!(JobStatus::Analyzed.transition(JobStatus::Offer, at).is_err());
//! # Ok::<(), kairos_core::Error>(())
//! ```
#![forbid(unsafe_code)]

/// A fixed list of phrases as one text, a phrase a line: read it with
/// `.lines()`. In the WebAssembly module a `&[&str]` costs each phrase a
/// pointer and a length, eight bytes that compress poorly; a text costs
/// each one a newline.
macro_rules! phrase_lines {
    ($($phrase:literal),* $(,)?) => {
        concat!($($phrase, "\n"),*)
    };
}

pub mod analysis;
mod case;
pub mod error;
mod fasthash;
mod find;
mod geography;
pub mod json_path;
pub mod listings;
pub mod llm;
pub mod model;
pub mod ports;
pub mod profile;
pub mod report;
pub mod resume;
pub mod scoring;
pub mod skills;
mod sort;
pub mod status;
pub mod tailor;

pub use error::{Error, Result};
