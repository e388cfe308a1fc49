//! Small value types that carry one rule each, checked when they are made
//! and when they are deserialized.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::{Error, Result};

/// How well a user knows a skill, from 1 (awareness) through 5 (working) and
/// 8 (expert) to 10 (authority).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Proficiency(u8);

impl Proficiency {
    /// The lowest level: the user has heard of it.
    pub const MIN: Proficiency = Proficiency(1);
    /// The highest level: the user is an authority.
    pub const MAX: Proficiency = Proficiency(10);

    /// Checks that `level` is within 1–10.
    pub fn new(level: i64) -> Result<Self> {
        if (1..=10).contains(&level) {
            Ok(Self(level as u8))
        } else {
            Err(Error::validation(
                "proficiency",
                level,
                "must be between 1 and 10",
            ))
        }
    }

    /// The level, 1–10.
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Proficiency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let level = i64::deserialize(deserializer)?;
        Proficiency::new(level).map_err(serde::de::Error::custom)
    }
}

/// A number of years of experience: finite and never negative.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default, Serialize)]
#[serde(transparent)]
pub struct Years(f64);

impl Years {
    /// Checks that `years` is a finite, non-negative number.
    pub fn new(years: f64) -> Result<Self> {
        if years.is_finite() && years >= 0.0 {
            Ok(Self(years))
        } else {
            Err(Error::validation(
                "years",
                years,
                "must be a finite number of at least 0",
            ))
        }
    }

    /// The number of years.
    pub const fn get(self) -> f64 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Years {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Years::new(f64::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// A match score in [0, 1]; never NaN.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct MatchScore(f64);

impl MatchScore {
    /// Checks that `score` is within [0, 1] (NaN is not).
    pub fn new(score: f64) -> Result<Self> {
        if (0.0..=1.0).contains(&score) {
            Ok(Self(score))
        } else {
            Err(Error::validation(
                "match_score",
                score,
                "must be within [0, 1]",
            ))
        }
    }

    /// The score.
    pub const fn get(self) -> f64 {
        self.0
    }
}

impl<'de> Deserialize<'de> for MatchScore {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        MatchScore::new(f64::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// An absolute `http` or `https` URL, kept as the string it was given.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct WebUrl(String);

impl WebUrl {
    /// Checks that `url` parses as an absolute `http(s)` URL with a host.
    pub fn new(url: impl Into<String>) -> Result<Self> {
        let url = url.into();
        match url::Url::parse(&url) {
            Ok(parsed) if matches!(parsed.scheme(), "http" | "https") && parsed.has_host() => {
                Ok(Self(url))
            }
            Ok(parsed) => Err(Error::validation(
                "url",
                &url,
                format!("scheme `{}` is not http or https", parsed.scheme()),
            )),
            Err(e) => Err(Error::validation(
                "url",
                &url,
                format!("does not parse: {e}"),
            )),
        }
    }

    /// The URL as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WebUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for WebUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        WebUrl::new(String::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// Gives a struct with `#[serde(remote = "Self")]` its serde traits, running
/// `validate()` after every deserialization, so no invalid value can arrive
/// through JSON.
macro_rules! validated_serde {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                <$ty>::serialize(self, serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <$ty>::deserialize(deserializer)?;
                value.validate().map_err(serde::de::Error::custom)?;
                Ok(value)
            }
        }
    };
}
pub(crate) use validated_serde;
