//! The triage report: every job ranked by score, with its breakdown,
//! reasoning, eligibility and tailored resume, as one self-contained HTML
//! page.
//!
//! The page makes no request: styles are inline, the score chart is inline
//! SVG, and its Content-Security-Policy forbids loading anything else. Every
//! string from a listing or resume is escaped, and only `http(s)` listing
//! links become links.

mod chart;
mod triage;

pub use triage::{render_triage_html, TriageEntry, TriageReport};
