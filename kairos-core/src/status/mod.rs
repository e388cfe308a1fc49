//! The two status machines — jobs and applications — and how an
//! application's moves carry its job along.
//!
//! Each machine is one table of edges, written once here; [`table_markdown`]
//! prints it for the docs. A move outside the table is an
//! [`Error::InvalidTransition`] naming both states.

mod coupling;

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{ApplicationStatus, JobStatus};

pub use coupling::{job_status_for, transition_application, CoupledChange};

/// A recorded status change: the history row of a job or application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct StatusChange<S> {
    /// The state before.
    pub from: S,
    /// The state after.
    pub to: S,
    /// When the change happened.
    #[serde(deserialize_with = "crate::model::utc_timestamp")]
    pub at: DateTime<Utc>,
}

/// A status enum with a table of allowed moves.
pub trait StatusMachine: Copy + Eq + fmt::Display + 'static {
    /// The machine's name in errors (`job`, `application`).
    const MACHINE: &'static str;

    /// Every allowed move, as (from, to). This is the whole table.
    const EDGES: &'static [(Self, Self)];

    /// The state a new item starts in.
    const INITIAL: Self;

    /// Whether the table allows moving from `self` to `to`.
    fn can_move_to(self, to: Self) -> bool {
        Self::EDGES.iter().any(|&(f, t)| f == self && t == to)
    }

    /// The states reachable from `self` in one move, in table order.
    fn next_states(self) -> Vec<Self> {
        Self::EDGES
            .iter()
            .filter(|(f, _)| *f == self)
            .map(|&(_, t)| t)
            .collect()
    }

    /// Whether no move leaves `self`.
    fn is_terminal(self) -> bool {
        !Self::EDGES.iter().any(|(f, _)| *f == self)
    }

    /// Moves from `self` to `to` at time `at`, returning the change to record,
    /// or an error naming both states when the table has no such edge.
    fn transition(self, to: Self, at: DateTime<Utc>) -> Result<StatusChange<Self>> {
        if self.can_move_to(to) {
            Ok(StatusChange { from: self, to, at })
        } else {
            Err(Error::InvalidTransition {
                machine: Self::MACHINE,
                from: self.to_string(),
                to: to.to_string(),
            })
        }
    }
}

impl StatusMachine for JobStatus {
    const MACHINE: &'static str = "job";
    const INITIAL: Self = JobStatus::New;
    const EDGES: &'static [(Self, Self)] = {
        use JobStatus::*;
        &[
            (New, Analyzed),
            // A job may be passed over before it is read.
            (New, Skipped),
            (Analyzed, Matched),
            (Analyzed, Skipped),
            // The user changes their mind either way.
            (Matched, Skipped),
            (Skipped, Matched),
            (Matched, Applied),
            (Applied, Interview),
            (Applied, Rejected),
            (Interview, Offer),
            (Interview, Rejected),
        ]
    };
}

impl StatusMachine for ApplicationStatus {
    const MACHINE: &'static str = "application";
    const INITIAL: Self = ApplicationStatus::Prepared;
    const EDGES: &'static [(Self, Self)] = {
        use ApplicationStatus::*;
        &[
            (Prepared, Submitted),
            (Submitted, Acknowledged),
            // Employers often answer with an invitation and no receipt first.
            (Submitted, Interview),
            (Submitted, Rejected),
            (Acknowledged, Interview),
            (Acknowledged, Rejected),
            (Interview, Offer),
            (Interview, Rejected),
        ]
    };
}

/// The table of `S` as a Markdown table (`| from | to |` rows, in table
/// order), so the docs print exactly what the code enforces.
pub fn table_markdown<S: StatusMachine>() -> String {
    let mut out = String::from("| from | to |\n|---|---|\n");
    let mut froms: Vec<S> = Vec::new();
    for &(from, _) in S::EDGES {
        if !froms.contains(&from) {
            froms.push(from);
        }
    }
    for from in froms {
        let tos: Vec<String> = from
            .next_states()
            .iter()
            .map(|t| format!("`{t}`"))
            .collect();
        out.push_str(&format!("| `{from}` | {} |\n", tos.join(", ")));
    }
    out
}
