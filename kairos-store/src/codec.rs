//! Conversions between the model and stored columns, shared by the backends.

use chrono::{DateTime, Utc};
use kairos_core::model::{JdAnalysis, JobId, JobStatus, UserId};
use kairos_core::status::StatusMachine;
use kairos_core::Error;

/// Timestamps are stored as fixed-width RFC 3339 text in UTC, so text order
/// is time order.
pub(crate) fn ts(at: &DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

pub(crate) fn parse_ts(table: &str, column: &str, value: &str) -> Result<DateTime<Utc>, Error> {
    DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| bad_value(table, column, value, &e.to_string()))
}

/// A stored value that does not fit the model: the error names the table,
/// the column and the value.
pub(crate) fn bad_value(table: &str, column: &str, value: &str, why: &str) -> Error {
    Error::Store {
        message: format!("{table}.{column} holds {value:?}, which Kairos cannot read: {why}"),
    }
}

/// A database URL fit for an error message: the password, if any, hidden
/// (`postgres://bob:****@db:5432/kairos`).
pub(crate) fn redacted(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_owned();
    };
    let authority_end = url[scheme_end..]
        .find(['/', '?'])
        .map_or(url.len(), |i| scheme_end + i);
    let authority = &url[scheme_end..authority_end];
    match (authority.rfind('@'), authority.find(':')) {
        (Some(at), Some(colon)) if colon < at => format!(
            "{}{}:****{}",
            &url[..scheme_end],
            &authority[..colon],
            &url[scheme_end + at..]
        ),
        _ => url.to_owned(),
    }
}

/// The database at `url` could not be opened: the error names it (without
/// its password) and says why.
pub(crate) fn open_error(url: &str, e: impl std::fmt::Display) -> Error {
    Error::Store {
        message: format!("cannot open {}: {e}", redacted(url)),
    }
}

/// A row the owner does not have (another owner's id included).
pub(crate) fn not_found(entity: &'static str, id: impl ToString) -> Error {
    Error::NotFound {
        entity,
        id: id.to_string(),
    }
}

/// A stored enum string, read back; an unknown one names table, column and value.
pub(crate) fn parse_enum<T: std::str::FromStr<Err = Error>>(
    table: &str,
    column: &str,
    value: &str,
) -> Result<T, Error> {
    value
        .parse()
        .map_err(|e: Error| bad_value(table, column, value, &e.to_string()))
}

pub(crate) fn db_error(e: impl std::fmt::Display) -> Error {
    Error::Store {
        message: e.to_string(),
    }
}

/// An opaque keyset cursor: the last row's `scraped_at` and id, hex-encoded.
pub(crate) fn encode_cursor(scraped_at: &str, id: &str) -> String {
    format!("{scraped_at}|{id}")
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(crate) fn decode_cursor(cursor: &str) -> Result<(String, String), Error> {
    let bad = || Error::validation("cursor", cursor, "is not a cursor this store issued");
    if cursor.len() % 2 != 0 || cursor.len() > 400 {
        return Err(bad());
    }
    let bytes: Option<Vec<u8>> = (0..cursor.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(cursor.get(i..i + 2)?, 16).ok())
        .collect();
    let text = String::from_utf8(bytes.ok_or_else(bad)?).map_err(|_| bad())?;
    let (at, id) = text.split_once('|').ok_or_else(bad)?;
    Ok((at.to_owned(), id.to_owned()))
}

/// `text` for a `LIKE … escape '\'` pattern that matches it anywhere.
pub(crate) fn like_pattern(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// Reads an entity stored as JSON; a body that does not fit names the table.
pub(crate) fn decode_body<T: serde::de::DeserializeOwned>(
    table: &str,
    body: &str,
) -> Result<T, Error> {
    serde_json::from_str(body).map_err(|e| {
        bad_value(
            table,
            "body",
            &body.chars().take(80).collect::<String>(),
            &e.to_string(),
        )
    })
}

pub(crate) fn encode_body<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    serde_json::to_string(value).map_err(db_error)
}

/// The checks of a batch of analyses that need no database (the move
/// `new` → `analyzed` at `at` is allowed, every analysis is the owner's),
/// then the index of the last analysis given for each job, in order: the
/// rows the batch writes (an insert may not touch a row twice, and the
/// later of two analyses wins, as it would written one after the other).
pub(crate) fn batch_rows(
    owner: UserId,
    analyses: &[JdAnalysis],
    at: DateTime<Utc>,
) -> Result<Vec<usize>, Error> {
    JobStatus::New.transition(JobStatus::Analyzed, at)?;
    if let Some(other) = analyses.iter().find(|a| a.owner_id != owner) {
        return Err(not_found("job", other.job_id));
    }
    let mut last = std::collections::HashMap::with_capacity(analyses.len());
    for (i, a) in analyses.iter().enumerate() {
        last.insert(a.job_id, i);
    }
    let mut rows: Vec<usize> = last.into_values().collect();
    rows.sort_unstable();
    Ok(rows)
}

/// The not-found error of a batch whose rows name a job the owner does not
/// have: the first such job, by `known`.
pub(crate) fn unknown_job(
    analyses: &[JdAnalysis],
    rows: &[usize],
    known: impl Fn(JobId) -> bool,
) -> Error {
    let missing = rows
        .iter()
        .map(|&i| analyses[i].job_id)
        .find(|&id| !known(id))
        .or_else(|| analyses.first().map(|a| a.job_id));
    not_found("job", missing.map_or_else(String::new, |id| id.to_string()))
}

/// The jobs of a batch of analyses, each once, in the order first given.
pub(crate) fn in_order_given(analyses: &[JdAnalysis]) -> impl Iterator<Item = JobId> + '_ {
    let mut seen = std::collections::HashSet::with_capacity(analyses.len());
    analyses
        .iter()
        .map(|a| a.job_id)
        .filter(move |id| seen.insert(*id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_forgeries() {
        let c = encode_cursor("2026-11-25T09:00:00.000000Z", "abc");
        assert_eq!(
            decode_cursor(&c).expect("valid"),
            ("2026-11-25T09:00:00.000000Z".into(), "abc".into())
        );
        assert!(decode_cursor("zz").is_err() && decode_cursor("abc").is_err());
    }

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }

    #[test]
    fn a_url_shown_in_an_error_hides_its_password() {
        for (url, shown) in [
            (
                "postgres://bob:hunter2@db:5432/kairos",
                "postgres://bob:****@db:5432/kairos",
            ),
            (
                "postgresql://bob:p%40ss@127.0.0.1/kairos?sslmode=require",
                "postgresql://bob:****@127.0.0.1/kairos?sslmode=require",
            ),
            ("postgres://bob@db/kairos", "postgres://bob@db/kairos"),
            ("postgres://db:5432/kairos", "postgres://db:5432/kairos"),
            ("sqlite:///tmp/a:b@c.db", "sqlite:///tmp/a:b@c.db"),
            ("sqlite::memory:", "sqlite::memory:"),
        ] {
            assert_eq!(redacted(url), shown, "{url}");
        }
    }
}
