//! The one error type of the core, and its `Result` alias.

use thiserror::Error;

/// Shorthand for results whose error is the core [`enum@Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The start of `text` to quote in an error: at most `chars` characters,
/// with `…` when it goes on (a bad line of a batch can be kilobytes).
pub fn excerpt(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Everything that can go wrong inside Kairos, with the facts needed to fix it.
///
/// Every variant names the field, value or state that was wrong, so a message
/// can be shown to a person as it is. Bindings map [`Error::kind`] to their own
/// exception or error names.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum Error {
    /// A value broke one of the model's rules.
    #[error("invalid {field}: {reason} (got {value})")]
    Validation {
        /// The field, as a path where it helps (`work[2].startDate`).
        field: String,
        /// The offending value, as the user gave it.
        value: String,
        /// What rule the value broke.
        reason: String,
    },

    /// A string that is not one of an enum's wire forms.
    #[error("unknown {kind} `{value}`; expected one of: {allowed}")]
    UnknownVariant {
        /// The enum, e.g. `platform`.
        kind: &'static str,
        /// What was given.
        value: String,
        /// The accepted wire strings, comma separated.
        allowed: String,
    },

    /// A status change that is not an edge of its state machine.
    #[error("{machine} status cannot move from `{from}` to `{to}`")]
    InvalidTransition {
        /// `job` or `application`.
        machine: &'static str,
        /// The current state.
        from: String,
        /// The requested state.
        to: String,
    },

    /// An application move whose effect on its job is not allowed.
    #[error(
        "application move `{application_from}` → `{application_to}` would move its job \
         from `{job_from}` to `{job_to}`, which the job status machine does not allow"
    )]
    CouplingRefused {
        /// The application's current state.
        application_from: String,
        /// The application's requested state.
        application_to: String,
        /// The job's current state.
        job_from: String,
        /// The state the job would have to take.
        job_to: String,
    },

    /// A resume document that could not be imported.
    #[error("cannot import {format} resume: {reason} (at {location})")]
    ResumeImport {
        /// `markdown`, `text` or `json_resume`.
        format: &'static str,
        /// Where in the document: a line number or a JSON path such as `work[2].startDate`.
        location: String,
        /// What was wrong, with the offending value.
        reason: String,
    },

    /// A listings file (JobSpy CSV, JSON lines) that cannot be read at all.
    /// A single bad row is not an error: it is reported and skipped.
    #[error("cannot read {format} listings: {reason} (at {location})")]
    ListingImport {
        /// `jobspy_csv` or `json_lines`.
        format: &'static str,
        /// Where: `header`, or `row 4 (line 9)`.
        location: String,
        /// What was wrong, with the offending value.
        reason: String,
    },

    /// A tailored section that changes what tailoring may not change.
    #[error("tailoring refused in {section}, {field}: {reason}")]
    Tailoring {
        /// The section, by heading and type.
        section: String,
        /// The field or role that was changed.
        field: String,
        /// What rule the change broke.
        reason: String,
    },

    /// No row with that id belongs to the owner (another owner's id is not
    /// found either, never a leak).
    #[error("{entity} {id} not found")]
    NotFound {
        /// What was looked for (`job`, `analysis`, …).
        entity: &'static str,
        /// The id asked for.
        id: String,
    },

    /// A write lost to another one, or would break a uniqueness rule.
    #[error("conflict on {entity} {id}: {reason}")]
    Conflict {
        /// What was written (`job`, …).
        entity: &'static str,
        /// Its id.
        id: String,
        /// What stood in the way, e.g. the current state.
        reason: String,
    },

    /// A language model call failed.
    #[error(transparent)]
    Llm(#[from] crate::ports::LlmError),

    /// The storage backend failed; the message names the table and value
    /// when a stored row does not fit the model.
    #[error("storage error: {message}")]
    Store {
        /// What went wrong.
        message: String,
    },
}

impl Error {
    /// A stable name for the kind of error, used by the Python and JavaScript
    /// bindings as the exception class or `Error.name`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Validation { .. } | Error::UnknownVariant { .. } => "ValidationError",
            Error::InvalidTransition { .. } | Error::CouplingRefused { .. } => "InvalidTransition",
            Error::ResumeImport { .. } => "ResumeImportError",
            Error::ListingImport { .. } => "ListingImportError",
            Error::Tailoring { .. } => "TailoringError",
            Error::NotFound { .. } => "NotFound",
            Error::Conflict { .. } => "Conflict",
            Error::Store { .. } => "StoreError",
            Error::Llm(_) => "LlmError",
        }
    }

    /// Builds a [`Error::Validation`]; `value` is shown with `Debug` quoting
    /// so empty and whitespace-only values stay visible.
    pub fn validation(
        field: impl Into<String>,
        value: impl std::fmt::Debug,
        reason: impl Into<String>,
    ) -> Self {
        Error::Validation {
            field: field.into(),
            value: format!("{value:?}"),
            reason: reason.into(),
        }
    }
}
