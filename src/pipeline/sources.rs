//! Reading the listing files a run is given, by their extension.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use kairos_core::listings::{
    read_jobspy_csv, read_json_lines, read_json_listings, ListingBatch, SkippedRow,
};
use kairos_core::model::{JobListing, Platform};

use super::PipelineError;

/// What one listings file gave.
#[derive(Debug, Clone)]
pub struct SourceSummary {
    /// The file.
    pub path: PathBuf,
    /// `jobspy_csv`, `json_lines` or `json` (an array of listings, or
    /// listings one after another).
    pub format: &'static str,
    /// Listings read.
    pub read: usize,
    /// Rows that could not be read, with where and why.
    pub skipped: Vec<SkippedRow>,
    /// Rows from boards Kairos does not track, by board.
    pub untracked: Vec<(String, usize)>,
}

/// The listings of every file (one each, newest scrape kept), what each
/// file gave, and which listings changed between scrapes.
pub(super) struct Sources {
    pub(super) listings: Vec<JobListing>,
    pub(super) summaries: Vec<SourceSummary>,
    pub(super) changed: Vec<String>,
}

/// Reads every file; where one listing appears in several (two scrapes of
/// the same board), keeps the most recently scraped and reports the ones
/// whose text changed in between.
pub(super) fn read_sources(paths: &[PathBuf]) -> Result<Sources, PipelineError> {
    let mut newest: HashMap<(Platform, String), JobListing> = HashMap::new();
    let mut order: Vec<(Platform, String)> = Vec::new();
    let mut summaries = Vec::new();
    let mut changed = Vec::new();
    for path in paths {
        let (format, batch) = read_file(path)?;
        summaries.push(SourceSummary {
            path: path.clone(),
            format,
            read: batch.listings.len(),
            skipped: batch.skipped,
            untracked: batch.untracked,
        });
        for listing in batch.listings {
            let key = (listing.platform, listing.platform_job_id.trim().to_owned());
            match newest.get_mut(&key) {
                None => {
                    order.push(key.clone());
                    newest.insert(key, listing);
                }
                Some(seen) => {
                    let (older, newer) = if listing.scraped_at >= seen.scraped_at {
                        (seen.clone(), listing)
                    } else {
                        (listing, seen.clone())
                    };
                    if older.description_raw != newer.description_raw {
                        changed.push(format!(
                            "{} {} ({}): description changed between {} and {}",
                            key.0,
                            key.1,
                            newer.title,
                            older.scraped_at.date_naive(),
                            newer.scraped_at.date_naive()
                        ));
                    }
                    *seen = newer;
                }
            }
        }
    }
    let listings = order
        .into_iter()
        .filter_map(|k| newest.remove(&k))
        .collect();
    Ok(Sources {
        listings,
        summaries,
        changed,
    })
}

fn read_file(path: &Path) -> Result<(&'static str, ListingBatch), PipelineError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let format = match ext.as_deref() {
        // A tab-separated export is read by the same reader.
        Some("csv" | "tsv") => "jobspy_csv",
        Some("jsonl" | "ndjson") => "json_lines",
        // An array of listings, or listings pretty-printed, as often as
        // JSON lines.
        Some("json") => "json",
        _ => {
            return Err(PipelineError::UnknownListingFormat {
                path: path.to_owned(),
            })
        }
    };
    let bytes = std::fs::read(path).map_err(|source| PipelineError::Io {
        action: "read",
        path: path.to_owned(),
        source,
    })?;
    let text = decoded(&bytes);
    let batch = if format == "jobspy_csv" {
        read_jobspy_csv(&text, scraped_at(path)?).map_err(|source| PipelineError::Core {
            context: path.display().to_string(),
            source,
        })?
    } else if format == "json" {
        read_json_listings(&text)
    } else {
        read_json_lines(&text)
    };
    Ok((format, batch))
}

/// A listings file's text: UTF-8 as written; else, when no byte of it is
/// part of a UTF-8 character, Windows-1252, which Excel's plain "CSV" save
/// writes in Western locales (`München`, `€` as one byte each); else UTF-8
/// with each stray byte replaced, so one costs a character, not the file.
fn decoded(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let utf8_characters = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
    if utf8_characters {
        String::from_utf8_lossy(bytes)
    } else {
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
    }
}

/// When a JobSpy file was scraped: a date in its name (`jobspy-2026-11-22.csv`)
/// wins, since the file's modification time changes on every copy or clone;
/// otherwise the modification time.
fn scraped_at(path: &Path) -> Result<DateTime<Utc>, PipelineError> {
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let from_name = name.char_indices().find_map(|(i, _)| {
        name.get(i..i + 10)
            .filter(|s| {
                s.bytes().all(|b| b.is_ascii_digit() || b == b'-') && s.as_bytes()[4] == b'-'
            })
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    });
    if let Some(date) = from_name {
        return Ok(date.and_time(NaiveTime::MIN).and_utc());
    }
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map_err(|source| PipelineError::Io {
            action: "read the modification time of",
            path: path.to_owned(),
            source,
        })?;
    Ok(DateTime::<Utc>::from(modified))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spreadsheets_windows_1252_is_read_as_its_text() {
        // `München`, `5 000 €` as Excel writes them in Windows-1252.
        let cp1252 = b"M\xfcnchen, 5\xa0000 \x80";
        assert_eq!(decoded(cp1252), "M\u{fc}nchen, 5\u{a0}000 \u{20ac}");
        // UTF-8 with one stray byte keeps its characters.
        assert_eq!(decoded(b"M\xc3\xbcnchen \xff"), "M\u{fc}nchen \u{fffd}");
        assert_eq!(decoded("plain ü".as_bytes()), "plain ü");
    }

    #[test]
    fn a_tab_separated_export_is_read_as_a_jobspy_csv() {
        let dir = std::env::temp_dir().join(format!("kairos-tsv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("jobspy-2026-11-22.tsv");
        std::fs::write(
            &path,
            "site\tid\ttitle\tdescription\nindeed\tin-1\tRust Engineer\tRust\n",
        )
        .unwrap();
        let (format, batch) = read_file(&path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(format, "jobspy_csv");
        assert_eq!(batch.listings[0].title, "Rust Engineer");
    }
}
