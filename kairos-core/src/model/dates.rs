//! Dates as resumes write them: a year, a month, or a day.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

/// A date known to the year, the month or the day, written `2020`,
/// `2020-03` or `2020-03-15` on the wire (the JSON Resume forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12, when known.
    pub month: Option<u8>,
    /// The day, 1–31, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A date known to the year.
    pub const fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// A date known to the month; checks the month.
    pub fn month(year: i32, month: u8) -> Result<Self> {
        if !(1..=12).contains(&month) {
            return Err(Error::validation(
                "month",
                month,
                "must be between 1 and 12",
            ));
        }
        Ok(Self {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// Months since year 0, counting an unknown month as January; used to
    /// measure spans of experience.
    pub fn month_index(&self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month.unwrap_or(1)) - 1
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let bad = |reason: &str| Error::validation("date", s, reason);
        let mut parts = s.trim().split('-');
        let year = parts
            .next()
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<i32>().ok())
            .ok_or_else(|| bad("expected YYYY, YYYY-MM or YYYY-MM-DD"))?;
        let mut number = |name: &str, max: u8| -> Result<Option<u8>> {
            match parts.next() {
                None => Ok(None),
                Some(p) => match p.parse::<u8>() {
                    Ok(n) if (1..=max).contains(&n) && p.len() == 2 => Ok(Some(n)),
                    _ => Err(bad(&format!("the {name} must be two digits, 01–{max}"))),
                },
            }
        };
        let month = number("month", 12)?;
        let day = number("day", 31)?;
        if parts.next().is_some() {
            return Err(bad("expected YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        Ok(Self { year, month, day })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// When a role or study ended: a date, or still going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Until {
    /// It ended then.
    Date(PartialDate),
    /// It is still going; measured up to the `today` a caller passes in.
    Present,
}

impl fmt::Display for Until {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Until::Date(d) => d.fmt(f),
            Until::Present => f.write_str("present"),
        }
    }
}

impl Serialize for Until {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Until {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        if s.eq_ignore_ascii_case("present") {
            Ok(Until::Present)
        } else {
            s.parse().map(Until::Date).map_err(serde::de::Error::custom)
        }
    }
}

/// Reads a timestamp as chrono's serde does (RFC 3339, `2026-11-25T09:30:00Z`,
/// any offset, a space for the `T`), with chrono's RFC 3339 reader alone:
/// the reader chrono's serde uses also takes every strftime item, 15 KB of
/// the WebAssembly module for forms no wire format writes. Written as
/// chrono's serde writes it.
pub(crate) fn utc_timestamp<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<DateTime<Utc>, D::Error> {
    let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|e| {
            serde::de::Error::custom(format_args!(
                "{text:?} is not an RFC 3339 timestamp such as \"2026-11-25T09:30:00Z\": {e}"
            ))
        })
}
