//! Resumes: import from Markdown, plain text and JSON Resume; tailored
//! resumes resolved over their base; rendering; and the diff summary.
//!
//! A job seeker imports one base resume; every job then gets a
//! [`TailoredResume`](crate::model::TailoredResume) that stores only the
//! sections it changes. [`resolve`] puts base and tailoring back together,
//! refusing any change that tailoring may not make.

mod date_text;
mod diff;
mod headings;
mod import;
mod json_resume;
mod render;
mod resolve;
pub(crate) mod text;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{Resume, ResumeId, UserId};

pub use diff::diff_summary;
pub use json_resume::to_json_resume;
pub use render::{escape_html, human_date, human_range, render, RenderFormat};
pub use resolve::{resolve, validate_tailoring};

/// The largest document the importers accept: a resume is a few pages, and
/// a larger input is a mistake (a wrong file), not a resume.
pub const MAX_RESUME_BYTES: usize = 1 << 20;

/// The formats a resume can be imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResumeFormat {
    /// Markdown as people write it.
    Markdown,
    /// Plain text (capitalised or known headings, `•` bullets).
    Text,
    /// A JSON Resume document (jsonresume.org schema).
    JsonResume,
}

impl ResumeFormat {
    /// The wire name (`markdown`, `text`, `json_resume`).
    pub const fn as_str(self) -> &'static str {
        match self {
            ResumeFormat::Markdown => "markdown",
            ResumeFormat::Text => "text",
            ResumeFormat::JsonResume => "json_resume",
        }
    }

    /// Guesses the format: JSON when the document starts with `{`, Markdown
    /// when it has `#` headings, plain text otherwise.
    pub fn detect(document: &str) -> Self {
        let t = document.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('{') {
            ResumeFormat::JsonResume
        } else if t
            .lines()
            .any(|l| l.trim_start().starts_with("# ") || l.trim_start().starts_with("## "))
        {
            ResumeFormat::Markdown
        } else {
            ResumeFormat::Text
        }
    }
}

impl std::str::FromStr for ResumeFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s {
            "markdown" | "md" => Ok(ResumeFormat::Markdown),
            "text" | "txt" => Ok(ResumeFormat::Text),
            "json_resume" | "json" => Ok(ResumeFormat::JsonResume),
            other => Err(Error::UnknownVariant {
                kind: "resume format",
                value: other.to_owned(),
                allowed: "markdown, text, json_resume".into(),
            }),
        }
    }
}

/// Who owns an imported resume, its id and when it was made — all chosen
/// by the caller, since the core reads no clock and draws no random ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResumeMeta {
    /// The resume's id.
    pub id: ResumeId,
    /// Its owner.
    pub owner_id: UserId,
    /// When it was made.
    pub created_at: DateTime<Utc>,
}

impl ResumeMeta {
    /// The owner's base resume: its id is derived from the owner, so
    /// importing again replaces rather than duplicates it.
    pub fn base(owner_id: UserId, created_at: DateTime<Utc>) -> Self {
        Self {
            id: ResumeId::derive(&[&owner_id.to_string(), "base"]),
            owner_id,
            created_at,
        }
    }
}

/// Imports a resume document.
///
/// Fails with [`Error::ResumeImport`] when the document is empty, larger
/// than [`MAX_RESUME_BYTES`], has no recognisable section, or (JSON Resume)
/// does not fit the schema — the error names the line or JSON path.
pub fn import_resume(document: &str, format: ResumeFormat, meta: &ResumeMeta) -> Result<Resume> {
    let fail = |reason: String| Error::ResumeImport {
        format: format.as_str(),
        location: "the whole document".into(),
        reason,
    };
    if document.len() > MAX_RESUME_BYTES {
        return Err(fail(format!(
            "the document is {} bytes; a resume is at most {MAX_RESUME_BYTES} bytes",
            document.len()
        )));
    }
    let document = document.trim_start_matches('\u{feff}');
    if document.trim().is_empty() {
        return Err(fail("the document is empty".into()));
    }
    match format {
        ResumeFormat::Markdown | ResumeFormat::Text => {
            import::import_text(document, format.as_str(), meta)
        }
        ResumeFormat::JsonResume => json_resume::import(document, meta),
    }
}

/// Imports a resume from bytes, which must be UTF-8; the error names the
/// byte offset where they are not.
pub fn import_resume_bytes(
    document: &[u8],
    format: ResumeFormat,
    meta: &ResumeMeta,
) -> Result<Resume> {
    match std::str::from_utf8(document) {
        Ok(text) => import_resume(text, format, meta),
        Err(e) => Err(Error::ResumeImport {
            format: format.as_str(),
            location: format!("byte {}", e.valid_up_to()),
            reason: "the document is not valid UTF-8".into(),
        }),
    }
}
