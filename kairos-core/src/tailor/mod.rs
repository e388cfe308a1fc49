//! Tailoring a resume to a job without inventing anything.
//!
//! [`tailor`] proposes a [`TailoredResume`](crate::model::TailoredResume)
//! that only reorders and selects what the user already wrote. The
//! guard ([`check_tailoring`], [`apply_guard`]) checks any tailoring — from this rule, a language model or a
//! person — against the base resume and the profile, and either rejects it
//! or strips what it invented.

mod deterministic;
mod guard;
mod numbers;

pub use deterministic::{tailor, TailorOptions};
pub use guard::{
    apply_guard, check_tailoring, strip_violations, GuardMode, GuardOutcome, Violation,
    ViolationKind,
};
