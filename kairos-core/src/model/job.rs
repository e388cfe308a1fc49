//! Job listings as scraped, and jobs as tracked by a user.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::enums::{JobStatus, Platform};
use super::ids::{JobId, UserId};
use super::values::{validated_serde, WebUrl};
use crate::error::{Error, Result};

/// A listing as a scraper or import gives it: everything that comes from the
/// job board and nothing the user decides.
///
/// Use it to ingest; the store turns it into a [`Job`] (or updates the one it
/// already tracks) without touching the user's status.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self")]
pub struct JobListing {
    /// The board it came from.
    pub platform: Platform,
    /// The board's own id for the listing; never empty.
    pub platform_job_id: String,
    /// The job title as listed.
    pub title: String,
    /// The hiring company, or the agency when the listing hides it.
    pub company: String,
    /// Where the job is, as listed.
    #[serde(default)]
    pub location: Option<String>,
    /// Lowest annual salary, in whole units of `salary_currency`.
    #[serde(default)]
    pub salary_min: Option<i64>,
    /// Highest annual salary, in whole units of `salary_currency`.
    #[serde(default)]
    pub salary_max: Option<i64>,
    /// ISO 4217 currency code of the salary (e.g. `AUD`).
    #[serde(default)]
    pub salary_currency: Option<String>,
    /// The listing's page.
    #[serde(default)]
    pub url: Option<WebUrl>,
    /// The job description as scraped (text or HTML).
    pub description_raw: String,
    /// When it was scraped.
    #[serde(deserialize_with = "super::utc_timestamp")]
    pub scraped_at: DateTime<Utc>,
}

validated_serde!(JobListing);

impl JobListing {
    /// Checks the listing's rules: a non-empty `platform_job_id`, salaries
    /// that are not negative, `salary_min <= salary_max`, and no NUL
    /// characters in the text fields.
    pub fn validate(&self) -> Result<()> {
        check_scraped(&Scraped {
            platform_job_id: &self.platform_job_id,
            title: &self.title,
            company: &self.company,
            location: self.location.as_deref(),
            salary_min: self.salary_min,
            salary_max: self.salary_max,
            salary_currency: self.salary_currency.as_deref(),
            description_raw: &self.description_raw,
        })
    }

    /// The stable id this listing gets when `owner` tracks it: the same
    /// listing always maps to the same job.
    pub fn job_id(&self, owner: UserId) -> JobId {
        JobId::derive(&[
            &owner.to_string(),
            self.platform.as_str(),
            self.platform_job_id.trim(),
        ])
    }
}

/// A job a user tracks: a listing plus what Kairos and the user know of it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self")]
pub struct Job {
    /// The job's id.
    pub id: JobId,
    /// The user who tracks it.
    pub owner_id: UserId,
    /// The board it came from.
    pub platform: Platform,
    /// The board's own id for the listing; never empty.
    pub platform_job_id: String,
    /// The job title as listed.
    pub title: String,
    /// The hiring company.
    pub company: String,
    /// Where the job is.
    #[serde(default)]
    pub location: Option<String>,
    /// Lowest annual salary.
    #[serde(default)]
    pub salary_min: Option<i64>,
    /// Highest annual salary.
    #[serde(default)]
    pub salary_max: Option<i64>,
    /// ISO 4217 currency code of the salary.
    #[serde(default)]
    pub salary_currency: Option<String>,
    /// The listing's page.
    #[serde(default)]
    pub url: Option<WebUrl>,
    /// The job description as scraped.
    pub description_raw: String,
    /// Whether permanent residency is required: `None` when the listing does not say.
    #[serde(default)]
    pub pr_required: Option<bool>,
    /// Whether citizenship is required: `None` when the listing does not say.
    #[serde(default)]
    pub citizenship_required: Option<bool>,
    /// Whether the employer sponsors visas: `None` when the listing does not say.
    #[serde(default)]
    pub visa_sponsorship: Option<bool>,
    /// Where the user stands with this job.
    pub status: JobStatus,
    /// When it was last scraped.
    #[serde(deserialize_with = "super::utc_timestamp")]
    pub scraped_at: DateTime<Utc>,
}

validated_serde!(Job);

impl Job {
    /// Starts tracking `listing` for `owner`, in status `new` with unknown
    /// work-rights flags.
    pub fn from_listing(owner: UserId, listing: JobListing) -> Result<Self> {
        listing.validate()?;
        Ok(Self {
            id: listing.job_id(owner),
            owner_id: owner,
            platform: listing.platform,
            platform_job_id: listing.platform_job_id,
            title: listing.title,
            company: listing.company,
            location: listing.location,
            salary_min: listing.salary_min,
            salary_max: listing.salary_max,
            salary_currency: listing.salary_currency,
            url: listing.url,
            description_raw: listing.description_raw,
            pr_required: None,
            citizenship_required: None,
            visa_sponsorship: None,
            status: JobStatus::New,
            scraped_at: listing.scraped_at,
        })
    }

    /// Checks the same rules as [`JobListing::validate`].
    pub fn validate(&self) -> Result<()> {
        check_scraped(&Scraped {
            platform_job_id: &self.platform_job_id,
            title: &self.title,
            company: &self.company,
            location: self.location.as_deref(),
            salary_min: self.salary_min,
            salary_max: self.salary_max,
            salary_currency: self.salary_currency.as_deref(),
            description_raw: &self.description_raw,
        })
    }
}

/// Text fields must not hold NUL characters: PostgreSQL cannot store them,
/// and no listing means one. The error shows the text around the first.
fn check_no_nul(fields: &[(&str, &str)]) -> Result<()> {
    for (field, text) in fields {
        if let Some(at) = text.find('\0') {
            let from = text[..at]
                .char_indices()
                .rev()
                .nth(19)
                .map_or(0, |(i, _)| i);
            let to = text[at..]
                .char_indices()
                .nth(20)
                .map_or(text.len(), |(i, _)| at + i);
            return Err(Error::validation(
                *field,
                &text[from..to],
                format!("must not contain NUL characters (one at byte {at})"),
            ));
        }
    }
    Ok(())
}

/// The scraped fields a listing and the job made from it share, borrowed
/// so that one function holds the rules for both.
struct Scraped<'a> {
    platform_job_id: &'a str,
    title: &'a str,
    company: &'a str,
    location: Option<&'a str>,
    salary_min: Option<i64>,
    salary_max: Option<i64>,
    salary_currency: Option<&'a str>,
    description_raw: &'a str,
}

/// The rules shared by a listing and the job made from it.
fn check_scraped(f: &Scraped<'_>) -> Result<()> {
    let (platform_job_id, min, max) = (f.platform_job_id, f.salary_min, f.salary_max);
    if platform_job_id.trim().is_empty() {
        return Err(Error::validation(
            "platform_job_id",
            platform_job_id,
            "must not be empty",
        ));
    }
    for (field, value) in [("salary_min", min), ("salary_max", max)] {
        if let Some(v) = value.filter(|v| *v < 0) {
            return Err(Error::validation(field, v, "must not be negative"));
        }
    }
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo > hi {
            return Err(Error::validation(
                "salary_min",
                lo,
                format!("must not exceed salary_max ({hi})"),
            ));
        }
    }
    check_no_nul(&[
        ("platform_job_id", f.platform_job_id),
        ("title", f.title),
        ("company", f.company),
        ("location", f.location.unwrap_or("")),
        ("salary_currency", f.salary_currency.unwrap_or("")),
        ("description_raw", f.description_raw),
    ])
}
