//! Reading scraped listings from the files people have: a JobSpy CSV export
//! or JSON lines in the [`JobListing`] wire format; and spotting the same job
//! listed on two boards.
//!
//! Readers take text, not paths, so they stay pure: the caller reads the
//! file. A row that cannot be read is reported with its row and line and the
//! rest of the file is still read; only a file that cannot be read at all (a
//! CSV without the columns it needs) is an error.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use kairos_core::listings::read_jobspy_csv;
//!
//! let csv = "site,id,job_url,title,company,location,interval,min_amount,max_amount,currency,description\n\
//!            indeed,in-7f3a,https://au.indeed.com/viewjob?jk=7f3a,Rust Engineer,Acme,Sydney NSW,hourly,80,95,AUD,\"Rust\nPostgreSQL\"\n\
//!            glassdoor,gd-1,https://glassdoor.example/1,Engineer,Other,Perth,,,,,\n";
//! let at = Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap();
//! let batch = read_jobspy_csv(csv, at)?;
//! assert_eq!(batch.listings[0].platform_job_id, "7f3a");
//! assert_eq!(batch.listings[0].salary_min, Some(166_400)); // 80 an hour × 2,080
//! assert_eq!(batch.untracked, vec![("glassdoor".to_string(), 1)]);
//! # Ok::<(), kairos_core::Error>(())
//! ```

mod duplicates;
mod jobspy;
mod json_lines;
mod place;

use serde::{Deserialize, Serialize};

pub use duplicates::{find_duplicates, DuplicatePair};
pub use jobspy::read_jobspy_csv;
pub use json_lines::{read_json_lines, read_json_listings};
pub use place::country_of_place;
pub(crate) use place::{
    country_placed, flag_says_yes, place_with_remote_flag, read_place, BoardFlag,
};

use crate::model::JobListing;

/// What a listings file held: the listings read, the rows that could not be
/// read, and rows from boards Kairos does not track.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListingBatch {
    /// The listings, in file order.
    pub listings: Vec<JobListing>,
    /// Rows that could not be read, each with where and why.
    pub skipped: Vec<SkippedRow>,
    /// Boards Kairos does not track, with how many rows named each, by name.
    pub untracked: Vec<(String, usize)>,
}

/// A row left out of a [`ListingBatch`], and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedRow {
    /// The data row, counting from 1 (the CSV header is not a row).
    pub row: usize,
    /// The line of the file the row starts on, counting from 1.
    pub line: u64,
    /// What was wrong, with the offending value.
    pub reason: String,
}

impl std::fmt::Display for SkippedRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {} (line {}): {}", self.row, self.line, self.reason)
    }
}
