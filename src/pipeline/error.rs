//! What can stop a run.

use std::path::PathBuf;

/// Why a run stopped. Each names the file or job and the value at fault.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A file could not be read or written.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// What was being done (`read`, `write`, `create`).
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// A listings file whose extension names no format Kairos reads.
    #[error("{}: unknown listings format; use .csv (or .tsv) for a JobSpy export, .jsonl for JSON lines or .json for a JSON array of listings", path.display())]
    UnknownListingFormat {
        /// The file.
        path: PathBuf,
    },

    /// The truthfulness guard refused a deterministic tailoring.
    #[error("the guard refused the tailoring for {job}: {}", violations.join("; "))]
    GuardRefused {
        /// The job, as `platform id`.
        job: String,
        /// Every violation found.
        violations: Vec<String>,
    },

    /// An input did not fit the model, with the file it came from.
    #[error("{context}: {source}")]
    Core {
        /// The file (or what was being done).
        context: String,
        /// The error.
        source: kairos_core::Error,
    },

    /// The store or another part of the engine failed.
    #[error(transparent)]
    Kairos(#[from] kairos_core::Error),
}
