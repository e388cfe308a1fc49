//! Ranking a batch of listings pasted or scraped as JSON lines: the
//! browser page's batch mode, in one call. Use it where only the ranking is
//! wanted (score, eligibility, what is missing); [`score_many`] gives each
//! job's whole breakdown.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{score_many_located, Coverage, Eligibility};
#[cfg(feature = "work-mode")]
use crate::analysis::WorkMode;
use crate::analysis::{Analyzer, JdReport};
use crate::listings::{country_of_place, place_with_remote_flag, BoardFlag};
use crate::profile::Profile;
use crate::skills::Taxonomy;

/// How many missing required skills a ranked listing names.
pub const MISSING_NAMED: usize = 3;

/// One listing of a ranking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedListing {
    /// The listing's line in the input, counting from 1 (blank lines too).
    pub line: usize,
    /// The listing's title, empty when it has none.
    pub title: String,
    /// The listing's company, empty when it has none.
    pub company: String,
    /// The score in [0, 1], as [`score_many`](super::score_many) gives it.
    pub score: f64,
    /// Whether the user may take the job.
    pub eligibility: Eligibility,
    /// The first required skills (at most [`MISSING_NAMED`]) the profile
    /// does not show, in the listing's order.
    pub missing: Vec<Arc<str>>,
    /// Whether the job is remote, hybrid or on site, when its title, its
    /// place or its description says ([`Analyzer::listing_work_mode`]).
    #[cfg(feature = "work-mode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_mode: Option<WorkMode>,
}

/// Why a batch could not be ranked: nothing is ranked then.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RankError {
    /// A line is not JSON.
    #[error("line {line} is not JSON: {message}")]
    NotJson {
        /// The line, counting from 1.
        line: usize,
        /// What the JSON reader found wrong.
        message: String,
    },
    /// A line is JSON but not a listing (`5`, a title that is a number).
    #[error("line {line} is not a listing: {message}")]
    NotAListing {
        /// The line, counting from 1.
        line: usize,
        /// What the JSON reader found wrong.
        message: String,
    },
    /// A listing has no description to analyse.
    #[error("line {line} has no description (a string `description` or `description_raw`)")]
    NoDescription {
        /// The line, counting from 1.
        line: usize,
    },
}

impl RankError {
    /// The line the error is on, counting from 1.
    pub fn line(&self) -> usize {
        match *self {
            RankError::NotJson { line, .. }
            | RankError::NotAListing { line, .. }
            | RankError::NoDescription { line } => line,
        }
    }
}

/// The fields of a listing the ranking reads; scrapers' other fields are
/// ignored, and a missing one is `None`.
#[derive(Deserialize)]
struct Listing {
    title: Option<String>,
    company: Option<String>,
    location: Option<String>,
    /// A scraper's remote flag (JobSpy's), said in the place as boards say it.
    is_remote: Option<BoardFlag>,
    description: Option<String>,
    description_raw: Option<String>,
}

/// A listing of a JSON-lines batch, read by [`read_listing_lines`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingLine {
    /// The listing's line in the input, counting from 1 (blank lines too).
    pub line: usize,
    /// The listing's title, empty when it has none.
    pub title: String,
    /// The listing's company, empty when it has none.
    pub company: String,
    /// Where the job is, as the listing says (`Sydney NSW`), if it says,
    /// with a scraper's `is_remote` flag in it as boards write it
    /// (`Sydney NSW (Remote)`, or `Remote` alone).
    pub location: Option<String>,
    /// The description to analyse: `description`, else `description_raw`.
    pub description: String,
}

/// Analyses and scores every listing of `json_lines` (one JSON object a
/// line, with a `description` or `description_raw` string and optional
/// `title`, `company`, `location` and `is_remote` (`true`, or `"True"` as
/// JobSpy's DataFrames write it); blank lines skipped) and returns them best first,
/// ties in input order. Any bad line fails the whole batch, naming the line.
///
/// To analyse on several threads, read with [`read_listing_lines`], analyse
/// each `(title, description)` and rank with [`rank_analysed`].
// `inline` so it is compiled in the caller's crate: in WebAssembly, the
// bindings' (optimised for size; 2.3 KB gzipped less than in kairos-core's
// optimisation for speed, for a call that runs once a batch).
#[inline]
pub fn rank_listings(
    json_lines: &str,
    profile: &Profile,
    analyzer: &Analyzer,
    country: Option<&str>,
) -> Result<Vec<RankedListing>, RankError> {
    let listings = read_listing_lines(json_lines)?;
    let reports: Vec<_> = listings
        .iter()
        .map(|l| analyzer.analyze(&l.title, &l.description))
        .collect();
    Ok(rank_analysed(
        listings,
        &reports,
        profile,
        analyzer.taxonomy(),
        country,
    ))
}

/// The listings of a JSON-lines text, in order, as [`rank_listings`] reads
/// them. Any bad line fails the whole text, naming the line.
#[inline]
pub fn read_listing_lines(json_lines: &str) -> Result<Vec<ListingLine>, RankError> {
    // A file saved by some Windows editors opens with a byte order mark:
    // it marks the encoding, it is not part of the first line.
    let json_lines = json_lines.strip_prefix('\u{feff}').unwrap_or(json_lines);
    let mut listings = Vec::new();
    for (i, line) in json_lines.lines().enumerate() {
        if line.bytes().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        // An object only: serde would also read an array as the fields in order.
        if !line.trim_start().starts_with('{') {
            return Err(not_an_object(i + 1, line));
        }
        let listing: Listing = serde_json::from_str(line).map_err(|e| {
            let (line, message) = (i + 1, e.to_string());
            if e.is_data() {
                RankError::NotAListing { line, message }
            } else {
                RankError::NotJson { line, message }
            }
        })?;
        let Some(description) = listing.description.or(listing.description_raw) else {
            return Err(RankError::NoDescription { line: i + 1 });
        };
        listings.push(ListingLine {
            line: i + 1,
            title: listing.title.unwrap_or_default(),
            company: listing.company.unwrap_or_default(),
            location: place_with_remote_flag(
                listing.location,
                listing.is_remote.is_some_and(|flag| flag.0),
            ),
            description,
        });
    }
    Ok(listings)
}

/// The error for a line that does not hold a JSON object, quoting its
/// start (JSON of another kind, or text).
fn not_an_object(line: usize, text: &str) -> RankError {
    RankError::NotAListing {
        line,
        message: format!(
            "expected a JSON object, found `{}`",
            crate::error::excerpt(text.trim(), QUOTED_CHARS)
        ),
    }
}

/// How much of a line that is not an object its error quotes.
const QUOTED_CHARS: usize = 24;

/// Ranks `listings` by their analyses (`reports[i]` is `listings[i]`'s),
/// best first, ties in input order.
///
/// # Panics
///
/// If `reports` and `listings` differ in length: the caller pairs them.
#[inline]
pub fn rank_analysed(
    listings: Vec<ListingLine>,
    reports: &[JdReport],
    profile: &Profile,
    taxonomy: &Taxonomy,
    country: Option<&str>,
) -> Vec<RankedListing> {
    assert_eq!(listings.len(), reports.len(), "one report a listing");
    // Each listing judged where it is, or in `country` when its place
    // names none (see `country_of_place`).
    let results = score_many_located(
        reports.iter().zip(&listings).map(|(report, listing)| {
            let place = listing.location.as_deref().and_then(country_of_place);
            (report, place.or(country))
        }),
        profile,
        taxonomy,
    );
    let mut ranked: Vec<RankedListing> = listings
        .into_iter()
        .zip(results)
        .map(|(listing, result)| RankedListing {
            #[cfg(feature = "work-mode")]
            work_mode: crate::analysis::listing_work_mode(
                &listing.title,
                listing.location.as_deref(),
                &listing.description,
            )
            .map(|said| said.mode),
            line: listing.line,
            title: listing.title,
            company: listing.company,
            score: result.score,
            eligibility: result.eligibility,
            missing: result
                .required
                .into_iter()
                .filter(|m| m.coverage == Coverage::Missing)
                .take(MISSING_NAMED)
                .map(|m| m.skill)
                .collect(),
        })
        .collect();
    // A stable sort keeps equal scores in input order.
    crate::sort::sort_by(&mut ranked, |a, b| a.score > b.score);
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::EligibilityStatus;

    fn profile() -> Profile {
        let entry = |name: &str, category: &str| {
            serde_json::json!({
                "id": "00000000-0000-4000-8000-000000000001",
                "owner_id": "00000000-0000-4000-8000-000000000002",
                "resume_id": "00000000-0000-4000-8000-000000000003",
                "name": name, "category": category, "proficiency": 8, "years": 5.0,
                "source": "manual",
            })
        };
        let profile = serde_json::json!({
            "skills": [entry("Rust", "language"), entry("PostgreSQL", "database")],
            "total_years": 6.0,
        });
        serde_json::from_value(profile).unwrap()
    }

    #[test]
    fn ranks_best_first_ties_in_input_order() {
        let lines = concat!(
            r#"{"title": "Java Developer", "description": "Requirements: Java, Spring Boot, Kafka", "company": "A"}"#,
            "\n\n",
            r#"{"title": "Rust Engineer", "description_raw": "Requirements: Rust and PostgreSQL", "salary": 1}"#,
            "\n",
            r#"{"title": "Java Developer", "description": "Requirements: Java, Spring Boot, Kafka"}"#,
        );
        let ranked = rank_listings(lines, &profile(), Analyzer::shared(), Some("AU")).unwrap();
        let lines: Vec<usize> = ranked.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 1, 4]);
        assert_eq!(ranked[0].title, "Rust Engineer");
        assert!(ranked[0].missing.is_empty());
        assert_eq!(ranked[1].company, "A");
        assert_eq!(ranked[1].missing.len(), MISSING_NAMED);
        assert_eq!(&*ranked[1].missing[0], "Java");
        assert!(ranked[0].score > ranked[1].score);
        assert_eq!(ranked[1].score, ranked[2].score);
    }

    /// Each listing's work mode: its title, then its place, then its
    /// description.
    #[cfg(feature = "work-mode")]
    #[test]
    fn each_listing_says_where_the_work_is_done() {
        let lines = concat!(
            r#"{"title": "Rust Engineer (Remote)", "location": "Sydney NSW (Hybrid)", "description": "Rust"}"#,
            "\n",
            r#"{"title": "Rust Engineer", "location": "Sydney NSW (Hybrid)", "description": "Rust. Fully remote."}"#,
            "\n",
            r#"{"title": "Rust Engineer", "description": "Rust. This is a fully on-site role."}"#,
            "\n",
            r#"{"title": "Remote Sensing Engineer", "location": "Perth WA", "description": "Rust"}"#,
        );
        let mut ranked = rank_listings(lines, &profile(), Analyzer::shared(), Some("AU")).unwrap();
        ranked.sort_by_key(|r| r.line);
        let modes: Vec<_> = ranked.iter().map(|r| r.work_mode).collect();
        use WorkMode::{Hybrid, Onsite, Remote};
        assert_eq!(modes, [Some(Remote), Some(Hybrid), Some(Onsite), None]);
        let wire = serde_json::to_value(&ranked[0]).unwrap();
        assert_eq!(wire["work_mode"], "remote");
        assert!(serde_json::to_value(&ranked[3])
            .unwrap()
            .get("work_mode")
            .is_none());
    }

    /// Each listing is judged where its `location` places it; `country`
    /// stands in when it names none.
    #[test]
    fn each_listing_is_judged_where_it_is() {
        let mut au_resident = profile();
        au_resident.work_rights.permanent_residencies = vec!["AU".into()];
        let lines = concat!(
            r#"{"title": "Rust Engineer", "location": "Sydney NSW", "description": "Requirements: Rust and PostgreSQL"}"#,
            "\n",
            r#"{"title": "Rust Engineer", "location": "Manchester", "description": "Requirements: Rust and PostgreSQL"}"#,
            "\n",
            r#"{"title": "Rust Engineer", "location": "Remote", "description": "Requirements: Rust and PostgreSQL"}"#,
        );
        let ranked = rank_listings(lines, &au_resident, Analyzer::shared(), Some("AU")).unwrap();
        let read: Vec<_> = ranked
            .iter()
            .map(|r| (r.line, r.eligibility.status))
            .collect();
        assert_eq!(
            read,
            [
                (1, EligibilityStatus::Eligible),
                (3, EligibilityStatus::Eligible),
                (2, EligibilityStatus::Ineligible)
            ]
        );
    }

    /// A scraper's remote flag (JobSpy writes `is_remote` as `true`, or
    /// as `"True"` from a DataFrame's object column) says the job is
    /// remote where its place does not; the place still judges eligibility.
    #[test]
    fn a_scrapers_remote_flag_is_read_with_the_place() {
        let line = |flag: &str| {
            format!(
                r#"{{"title": "Rust Engineer", "location": "Sydney NSW", "is_remote": {flag}, "description": "Requirements: Rust"}}"#
            )
        };
        let lines = [line("true"), line("\"True\""), line("false"), line("null")].join("\n");
        let listings = read_listing_lines(&lines).unwrap();
        let places: Vec<_> = listings.iter().map(|l| l.location.as_deref()).collect();
        assert_eq!(
            places,
            [
                Some("Sydney NSW (Remote)"),
                Some("Sydney NSW (Remote)"),
                Some("Sydney NSW"),
                Some("Sydney NSW")
            ]
        );
        // A flag with no place is the place boards write for it.
        let no_place = r#"{"title": "Rust Engineer", "is_remote": true, "description": "Rust"}"#;
        assert_eq!(
            read_listing_lines(no_place).unwrap()[0].location.as_deref(),
            Some("Remote")
        );
        let mut ranked = rank_listings(&lines, &profile(), Analyzer::shared(), None).unwrap();
        ranked.sort_by_key(|r| r.line);
        #[cfg(feature = "work-mode")]
        {
            let modes: Vec<_> = ranked.iter().map(|r| r.work_mode).collect();
            assert_eq!(
                modes,
                [Some(WorkMode::Remote), Some(WorkMode::Remote), None, None]
            );
        }
        let err = read_listing_lines(&line("5")).unwrap_err().to_string();
        assert!(
            err.starts_with(
                "line 1 is not a listing: invalid type: integer `5`, expected true, false or a text such as \"True\""
            ),
            "{err}"
        );
    }

    #[test]
    fn a_bad_line_fails_the_batch_naming_it() {
        let good = r#"{"description": "Rust"}"#;
        let rank = |text: &str| rank_listings(text, &profile(), Analyzer::shared(), None);
        let err = |text: &str| rank(text).unwrap_err().to_string();
        assert!(err(&format!("{good}\n{{not json")).starts_with("line 2 is not JSON: "));
        let not_object = |found: &str| {
            format!("line 2 is not a listing: expected a JSON object, found `{found}`")
        };
        assert_eq!(err(&format!("{good}\n[1]")), not_object("[1]"));
        // Not read as the fields in order, as serde would.
        assert_eq!(
            err(&format!("{good}\n [\"T\", \"C\", \"Rust\"] ")),
            not_object("[\"T\", \"C\", \"Rust\"]")
        );
        assert_eq!(err(&format!("{good}\nRust")), not_object("Rust"));
        assert_eq!(
            err(&format!("{good}\n\"{}\"", "é".repeat(40))),
            not_object(&format!("\"{}…", "é".repeat(23)))
        );
        assert!(err(&format!(
            "{good}\n{{\"title\": 3, \"description\": \"Go\"}}"
        ))
        .starts_with("line 2 is not a listing: invalid type: integer `3`"));
        assert_eq!(
            err(&format!("{good}\n{{\"title\": \"Go\"}}")),
            "line 2 has no description (a string `description` or `description_raw`)"
        );
        assert_eq!(rank("").unwrap(), []);
        assert_eq!(rank(" \n\n").unwrap(), []);
    }

    #[test]
    fn a_byte_order_mark_opening_the_text_is_not_read_as_the_first_line() {
        let good = r#"{"title": "Rust Engineer", "description": "Rust"}"#;
        let ranked = read_listing_lines(&format!("\u{feff}{good}\n{good}")).unwrap();
        assert_eq!(ranked.len(), 2);
        assert_eq!(ranked[0].title, "Rust Engineer");
        // Only at the very start: elsewhere it is a character of a line.
        let err = read_listing_lines(&format!("{good}\n\u{feff}{good}")).unwrap_err();
        assert_eq!(err.line(), 2);
    }
}
