//! Where the work is done — remote, hybrid or on site — from what a
//! listing's title and head say (`Sydney NSW (Hybrid)`, `Workplace type:
//! Remote`) and from phrases that say it anywhere (`This is a fully remote
//! role`, `3 days in the office`): [`Analyzer::work_mode`].
//!
//! Not a field of [`super::JdReport`]: read apart, with its own small
//! automaton, at about 15 % of an analysis's time, which a caller pays
//! only when it wants the answer. Behind the `work-mode` feature (on by
//! default) for builds that must stay small; the WebAssembly module has it
//! (`workMode`, ~5 KB of the gzipped module).

use serde::{Deserialize, Serialize};

#[cfg(feature = "work-mode")]
mod reader;
#[cfg(feature = "work-mode")]
pub(crate) use reader::listing_work_mode;

/// Where a job is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    /// From anywhere the listing allows (`Remote (Canada)`).
    Remote,
    /// Some days at the office, some elsewhere.
    Hybrid,
    /// At the employer's site every working day.
    Onsite,
}

impl WorkMode {
    /// The wire word: `remote`, `hybrid` or `onsite`.
    pub fn as_str(self) -> &'static str {
        match self {
            WorkMode::Remote => "remote",
            WorkMode::Hybrid => "hybrid",
            WorkMode::Onsite => "onsite",
        }
    }
}

/// The work mode and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkModeInfo {
    /// The mode.
    pub mode: WorkMode,
    /// The line or sentence that says it, or `title: …`.
    pub evidence: String,
}
