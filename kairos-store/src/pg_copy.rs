//! Listings in PostgreSQL's binary COPY format, for large batches.
//!
//! A batch of 10,000 listings with 6 KB descriptions is 60 MB; bound as
//! `unnest` arrays it makes the server build 60 MB array values before it
//! reads a row, which ran at half the speed of `COPY`. Wide batches are
//! streamed with `COPY ... FROM STDIN (FORMAT binary)` into a staging table
//! instead, and upserted from there in the same transaction. The binary
//! format spares the server from scanning every byte of the descriptions
//! for escapes, as the text format would make it.

use chrono::{DateTime, TimeZone, Utc};
use kairos_core::model::{JobId, JobListing};

/// The staging table, dropped when the transaction ends. Its columns are
/// the `jobs` columns an upsert writes, in [`write_row`]'s order.
pub(crate) const CREATE_STAGING: &str = "create temporary table kairos_job_staging (\
     id uuid, platform text, platform_job_id text, title text, company text, location text, \
     salary_min bigint, salary_max bigint, salary_currency text, url text, description_raw text, \
     scraped_at timestamptz) on commit drop";

/// Streams the rows into the staging table.
pub(crate) const COPY_INTO_STAGING: &str = "copy kairos_job_staging from stdin (format binary)";

/// From how many description bytes a batch goes through COPY: below this,
/// one `unnest` statement is cheaper than a staging table.
pub(crate) const COPY_FROM_BYTES: usize = 1 << 20;

/// The start of a binary COPY stream: the signature, no flags, no header
/// extension.
pub(crate) fn write_header(out: &mut Vec<u8>) {
    out.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
    out.extend_from_slice(&0i32.to_be_bytes());
    out.extend_from_slice(&0i32.to_be_bytes());
}

/// The end of a binary COPY stream.
pub(crate) fn write_trailer(out: &mut Vec<u8>) {
    out.extend_from_slice(&(-1i16).to_be_bytes());
}

/// Appends one listing as a binary COPY tuple.
pub(crate) fn write_row(out: &mut Vec<u8>, id: JobId, l: &JobListing) {
    out.extend_from_slice(&12i16.to_be_bytes());
    write_field(out, Some(id.as_uuid().as_bytes()));
    for text in [
        Some(l.platform.as_str()),
        Some(l.platform_job_id.trim()),
        Some(l.title.as_str()),
        Some(l.company.as_str()),
        l.location.as_deref(),
    ] {
        write_field(out, text.map(str::as_bytes));
    }
    for amount in [l.salary_min, l.salary_max] {
        write_field(out, amount.map(i64::to_be_bytes).as_ref().map(|b| &b[..]));
    }
    for text in [
        l.salary_currency.as_deref(),
        l.url.as_ref().map(|u| u.as_str()),
        Some(l.description_raw.as_str()),
    ] {
        write_field(out, text.map(str::as_bytes));
    }
    write_field(out, Some(&postgres_micros(l.scraped_at).to_be_bytes()));
}

/// One field: its length and bytes, or a length of -1 for NULL.
fn write_field(out: &mut Vec<u8>, value: Option<&[u8]>) {
    match value {
        Some(bytes) => {
            // Fields are listing texts, far below 2 GiB (validated sizes).
            let len = i32::try_from(bytes.len()).unwrap_or(i32::MAX);
            out.extend_from_slice(&len.to_be_bytes());
            out.extend_from_slice(bytes);
        }
        None => out.extend_from_slice(&(-1i32).to_be_bytes()),
    }
}

/// A timestamp as PostgreSQL stores it: microseconds since 2000-01-01 UTC.
fn postgres_micros(at: DateTime<Utc>) -> i64 {
    let epoch = Utc
        .with_ymd_and_hms(2000, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or(DateTime::UNIX_EPOCH);
    (at - epoch).num_microseconds().unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_length_prefixed_and_null_is_minus_one() {
        let mut out = Vec::new();
        write_field(&mut out, Some(b"a\tb"));
        write_field(&mut out, None);
        assert_eq!(out, [0, 0, 0, 3, b'a', b'\t', b'b', 0xff, 0xff, 0xff, 0xff]);
    }

    #[test]
    fn timestamps_count_microseconds_from_2000() {
        let at = Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 1).single().unwrap();
        assert_eq!(postgres_micros(at), 1_000_000);
        assert_eq!(postgres_micros(DateTime::UNIX_EPOCH), -946_684_800_000_000);
    }
}
