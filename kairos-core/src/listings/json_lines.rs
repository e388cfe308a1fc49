//! Listings as JSON lines: one [`JobListing`] in its wire format a line, the
//! format for every source that is not JobSpy.

use super::{ListingBatch, SkippedRow};
use crate::model::JobListing;

/// Reads one [`JobListing`] a line; blank lines are passed over. A line that
/// is not a valid listing (bad JSON, an unknown platform, a negative salary)
/// is reported with its line number and the rest is read.
pub fn read_json_lines(text: &str) -> ListingBatch {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut batch = ListingBatch::default();
    let mut row = 0;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        row += 1;
        match serde_json::from_str::<JobListing>(line) {
            Ok(listing) => batch.listings.push(listing),
            Err(e) => batch.skipped.push(SkippedRow {
                row,
                line: index as u64 + 1,
                reason: e.to_string(),
            }),
        }
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_reported_and_the_rest_is_read() {
        let good = r#"{"platform":"seek","platform_job_id":"1","title":"T","company":"C","description_raw":"","scraped_at":"2026-11-20T09:00:00Z"}"#;
        let unknown = good.replace("\"seek\"", "\"monster\"");
        let text = format!("{good}\n\n{{not json\n{unknown}\n{good}\n");
        let batch = read_json_lines(&text);
        assert_eq!(batch.listings.len(), 2);
        let lines: Vec<u64> = batch.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [3, 4]);
        assert!(batch.skipped[1]
            .reason
            .contains("unknown platform `monster`"));
        assert!(batch.skipped[1]
            .reason
            .contains("seek, linkedin, indeed, adzuna"));
    }
}
