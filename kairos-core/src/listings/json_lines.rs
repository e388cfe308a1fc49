//! Listings as JSON lines: one [`JobListing`] in its wire format a line, the
//! format for every source that is not JobSpy.

use serde::de::IgnoredAny;

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
                reason: reason(line, &e, index as u64 + 1),
            }),
        }
    }
    batch
}

/// Reads a `.json` file of listings as people write one: a JSON array of
/// [`JobListing`]s (`json.dump(listings, f, indent=2)`), listings
/// pretty-printed one after another, or JSON lines ([`read_json_lines`]).
/// Each item or object is one row, reported with the line it starts on
/// when it is not a valid listing; a document that is not JSON at all
/// stops at the first error, reported as one row.
pub fn read_json_listings(text: &str) -> ListingBatch {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let body = text.trim_start();
    let start = text.len() - body.len();
    if let Some(items) = body.strip_prefix('[') {
        return read_values(text, start + 1, items, true);
    }
    // One listing a line unless the first object runs past its line.
    let first_line = body.lines().next().unwrap_or("");
    if body.starts_with('{') && serde_json::from_str::<IgnoredAny>(first_line).is_err() {
        return read_values(text, start, body, false);
    }
    read_json_lines(text)
}

/// The JSON values of `values` (which starts at byte `offset` of `text`),
/// parted by whitespace, or by commas up to a closing `]` when `in_array`.
fn read_values(text: &str, offset: usize, values: &str, in_array: bool) -> ListingBatch {
    // Lines counted on from the last row's start, not from the top: a
    // file of many thousands of listings is read once.
    let (mut counted_to, mut lines) = (0, 1u64);
    let mut line_at = |at: usize| {
        lines += text.as_bytes()[counted_to..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        counted_to = at;
        lines
    };
    let mut batch = ListingBatch::default();
    let mut at = 0;
    let mut row = 0;
    loop {
        let rest = &values[at..];
        if let Some((skipped_at, reason)) = in_array.then(|| array_end(rest)).flatten() {
            let line = line_at(offset + at + skipped_at);
            batch.skipped.push(SkippedRow {
                row: row + 1,
                line,
                reason,
            });
            break;
        }
        let item = rest.trim_start();
        at += rest.len() - item.len();
        if item.is_empty() || (in_array && item.starts_with(']')) {
            break;
        }
        row += 1;
        let line = line_at(offset + at);
        // The item's end first (its value skipped, not built), then the
        // listing read from its text, so an error says where.
        let mut stream = serde_json::Deserializer::from_str(item).into_iter::<IgnoredAny>();
        match stream.next() {
            Some(Ok(_)) => {}
            Some(Err(e)) => {
                batch.skipped.push(SkippedRow {
                    row,
                    line,
                    reason: in_file_lines(&e, line),
                });
                break;
            }
            None => break,
        }
        let end = stream.byte_offset();
        at += end;
        match serde_json::from_str::<JobListing>(&item[..end]) {
            Ok(listing) => batch.listings.push(listing),
            Err(e) => batch.skipped.push(SkippedRow {
                row,
                line,
                reason: reason(&item[..end], &e, line),
            }),
        }
        if in_array {
            let rest = values[at..].trim_start();
            if let Some(after) = rest.strip_prefix(',') {
                at = values.len() - after.len();
            }
        }
    }
    batch
}

/// What is wrong with the end of a JSON array, where `rest` (what follows
/// the last item read) shows it: no closing `]` at all (a file cut short)
/// or text after it (a second document). Either is a row of its own, at
/// the returned offset into `rest`, so no listing is lost unseen.
fn array_end(rest: &str) -> Option<(usize, String)> {
    let end = rest.trim_start();
    if end.is_empty() {
        // Told where the last item ends, not after the file's last newline.
        let reason = "the JSON array ends without its closing `]`: the file may be cut short";
        return Some((0, reason.to_owned()));
    }
    let after = end.strip_prefix(']')?.trim_start();
    (!after.is_empty()).then(|| {
        let reason = format!(
            "text after the JSON array's closing `]` was not read: `{}`",
            crate::error::excerpt(after, 40)
        );
        (rest.len() - after.len(), reason)
    })
}

/// Why the listing `item` (starting on line `line`) could not be read:
/// the field that was wrong, when the error is inside one (`title:
/// invalid type: integer `1`, expected a string (line 3)`), and where.
fn reason(item: &str, e: &serde_json::Error, line: u64) -> String {
    let reason = in_file_lines(e, line);
    match crate::json_path::error_path(item, e).0 {
        path if path == "." => reason,
        path => format!("{path}: {reason}"),
    }
}

/// `e`'s message with its position told in the file's lines: serde_json
/// counts from the item, which starts on line `line`.
fn in_file_lines(e: &serde_json::Error, line: u64) -> String {
    let reason = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    match reason.strip_suffix(&position) {
        Some(message) if e.line() > 0 => {
            format!("{message} (line {})", line + e.line() as u64 - 1)
        }
        _ => reason,
    }
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

    const GOOD: &str = r#"{"platform":"seek","platform_job_id":"1","title":"T","company":"C","description_raw":"","scraped_at":"2026-11-20T09:00:00Z"}"#;

    #[test]
    fn a_json_array_of_listings_is_read_item_by_item() {
        let pretty = |json: &str| {
            serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(json).unwrap())
                .unwrap()
        };
        let bad = GOOD.replace("\"seek\"", "\"monster\"");
        let text = format!(
            "[\n{},\n{},\n{}\n]\n",
            pretty(GOOD),
            pretty(&bad),
            pretty(GOOD)
        );
        let batch = read_json_listings(&text);
        assert_eq!(batch.listings.len(), 2);
        assert_eq!(batch.skipped.len(), 1);
        let skipped = &batch.skipped[0];
        assert_eq!(skipped.row, 2);
        // The second item starts on the line after the first's 8 lines.
        assert_eq!(skipped.line, 10);
        assert!(
            skipped.reason.contains("unknown platform `monster`"),
            "{}",
            skipped.reason
        );
        assert_eq!(read_json_listings("[]").listings.len(), 0);
        assert_eq!(read_json_listings("[ ]").skipped.len(), 0);
    }

    #[test]
    fn a_bad_value_is_reported_with_its_field() {
        let wrong_type = GOOD.replace("\"title\":\"T\"", "\"title\":1");
        for batch in [
            read_json_lines(&format!("{GOOD}\n{wrong_type}")),
            read_json_listings(&format!("[{GOOD},\n{wrong_type}]")),
        ] {
            let reason = &batch.skipped[0].reason;
            assert!(
                reason.starts_with("title: invalid type: integer `1`"),
                "{reason}"
            );
            assert!(reason.ends_with("(line 2)"), "{reason}");
        }
        // A field missing is named by the message; no path is added.
        let missing = GOOD.replace("\"title\":\"T\",", "");
        let reason = &read_json_lines(&missing).skipped[0].reason;
        assert!(reason.starts_with("missing field `title`"), "{reason}");
    }

    #[test]
    fn pretty_printed_objects_and_json_lines_are_read_too() {
        let pretty =
            serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(GOOD).unwrap())
                .unwrap();
        let batch = read_json_listings(&format!("{pretty}\n{pretty}\n"));
        assert_eq!((batch.listings.len(), batch.skipped.len()), (2, 0));
        let batch = read_json_listings(&format!("{GOOD}\n{{not json\n{GOOD}\n"));
        assert_eq!((batch.listings.len(), batch.skipped.len()), (2, 1));
        // Another schema: one clear row, not a row for each of its lines.
        let batch = read_json_listings(
            "{\n  \"title\": \"Web Developer\",\n  \"company\": \"Microsoft\"\n}\n",
        );
        assert_eq!(batch.skipped.len(), 1);
        assert_eq!(batch.skipped[0].line, 1);
        assert!(
            batch.skipped[0].reason.contains("missing field"),
            "{}",
            batch.skipped[0].reason
        );
        // A field of the wrong type is named where it is.
        let batch = read_json_listings(
            "[\n  {\n    \"platform\": \"seek\",\n    \"location\": {\"city\": \"Berlin\"}\n  }\n]",
        );
        assert!(
            batch.skipped[0].reason.ends_with("(line 4)"),
            "{}",
            batch.skipped[0].reason
        );
        // Broken JSON stops the document, as one row.
        let batch = read_json_listings(&format!("[\n{GOOD},\n{{\"platform\":\n\n}}\n]"));
        assert_eq!((batch.listings.len(), batch.skipped.len()), (1, 1));
        assert_eq!(batch.skipped[0].line, 3);
        assert!(
            batch.skipped[0].reason.ends_with("(line 5)"),
            "{}",
            batch.skipped[0].reason
        );
    }

    #[test]
    fn an_array_cut_short_or_followed_by_more_text_is_reported() {
        // Cut after a comma, or before the `]`: the items read are kept.
        for text in [format!("[\n{GOOD},\n{GOOD},\n"), format!("[{GOOD}\n")] {
            let batch = read_json_listings(&text);
            assert!(!batch.listings.is_empty());
            let end = &batch.skipped[..];
            assert_eq!(end.len(), 1, "{text}");
            assert_eq!(end[0].row, batch.listings.len() + 1);
            assert_eq!(end[0].line, text.trim_end().lines().count() as u64);
            assert!(
                end[0].reason.contains("without its closing `]`"),
                "{}",
                end[0].reason
            );
        }
        assert_eq!(read_json_listings("[").skipped.len(), 1);
        // Two arrays one after the other: the second is named, not dropped.
        let batch = read_json_listings(&format!("[{GOOD}]\n\n[{GOOD}]\n"));
        assert_eq!((batch.listings.len(), batch.skipped.len()), (1, 1));
        let extra = &batch.skipped[0];
        assert_eq!((extra.row, extra.line), (2, 3));
        assert!(
            extra.reason.starts_with(
                "text after the JSON array's closing `]` was not read: `[{\"platform\""
            ),
            "{}",
            extra.reason
        );
        assert!(extra.reason.ends_with("…`"), "{}", extra.reason);
        // Whitespace after the `]` is no row.
        assert!(read_json_listings(&format!("[{GOOD}]\n\n"))
            .skipped
            .is_empty());
    }

    proptest::proptest! {
        /// Any text, JSON-like or not: rows are counted from 1, lines
        /// within the text, and nothing panics.
        #[test]
        fn any_text_is_read_without_panics(
            text in "[\\[\\]{}:,\" \nab0-9é]{0,80}",
            array in proptest::bool::ANY,
        ) {
            let text = if array { format!("[{text}") } else { text };
            let batch = read_json_listings(&text);
            let lines = text.lines().count().max(1) as u64;
            for (k, row) in batch.skipped.iter().enumerate() {
                proptest::prop_assert!(row.row > k);
                proptest::prop_assert!((1..=lines + 1).contains(&row.line), "{row}");
            }
        }
    }
}
