//! The same job listed on two boards. Kairos flags such pairs so the user
//! sees them side by side; it never merges them, since each board's listing
//! has its own status and application path.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::case::Lowercase;
use crate::model::Job;

/// How alike two titles must be (Jaccard over their words).
const TITLE_SIMILARITY: f64 = 0.6;
/// How alike two descriptions must be (Jaccard over their words); boards
/// add their own boilerplate, so this is well below 1.
const DESCRIPTION_SIMILARITY: f64 = 0.6;

/// Two jobs that are likely one job listed on two boards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicatePair {
    /// Index of the first job in the slice given.
    pub first: usize,
    /// Index of the second job (always greater than `first`).
    pub second: usize,
    /// How alike the descriptions are, 0–1 (three decimals).
    pub similarity: f64,
}

/// Finds likely cross-board duplicates: jobs on different platforms from the
/// same company (legal suffixes and case ignored) in the same city (or where
/// either gives none, or either is remote), with alike titles and
/// descriptions. Pairs come in index order.
pub fn find_duplicates(jobs: &[Job]) -> Vec<DuplicatePair> {
    let mut by_company: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, job) in jobs.iter().enumerate() {
        let company = company_key(&job.company);
        if !company.is_empty() {
            by_company.entry(company).or_default().push(i);
        }
    }
    let words: Vec<_> = jobs
        .iter()
        .map(|j| (word_set(&j.title), word_set(&j.description_raw)))
        .collect();
    let mut pairs = Vec::new();
    for group in by_company.values().filter(|g| g.len() > 1) {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                let (ja, jb) = (&jobs[a], &jobs[b]);
                if ja.platform == jb.platform || !same_place(ja, jb) {
                    continue;
                }
                if jaccard(&words[a].0, &words[b].0) < TITLE_SIMILARITY {
                    continue;
                }
                let similarity = jaccard(&words[a].1, &words[b].1);
                if similarity >= DESCRIPTION_SIMILARITY {
                    pairs.push(DuplicatePair {
                        first: a.min(b),
                        second: a.max(b),
                        similarity: (similarity * 1000.0).round() / 1000.0,
                    });
                }
            }
        }
    }
    pairs.sort_by_key(|p| (p.first, p.second));
    pairs
}

/// The company without case, punctuation and legal suffixes, so "Acme Pty
/// Ltd" and "ACME" are one.
fn company_key(company: &str) -> String {
    const LEGAL: [&str; 9] = [
        "pty",
        "ltd",
        "limited",
        "inc",
        "llc",
        "plc",
        "co",
        "corp",
        "corporation",
    ];
    company
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !LEGAL.contains(&w.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The city: what comes before the first comma or state code, lowercased.
fn city(location: &str) -> String {
    let head = location.split(',').next().unwrap_or("");
    let words: Vec<&str> = head.split_whitespace().collect();
    // "Sydney NSW" → "sydney"; "New York" stays whole.
    let keep = match words.last() {
        Some(w) if words.len() > 1 && w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase()) => {
            words.len() - 1
        }
        _ => words.len(),
    };
    words[..keep].join(" ").lowercase()
}

fn same_place(a: &Job, b: &Job) -> bool {
    match (a.location.as_deref(), b.location.as_deref()) {
        (Some(x), Some(y)) => {
            let remote = |s: &str| s.lowercase().contains("remote");
            remote(x) || remote(y) || city(x) == city(y)
        }
        _ => true,
    }
}

fn word_set(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '+' && c != '#')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = a.intersection(b).count();
    common as f64 / (a.len() + b.len() - common) as f64
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::model::{JobListing, Platform, SINGLE_USER_ID};

    fn job(
        platform: Platform,
        id: &str,
        title: &str,
        company: &str,
        location: &str,
        text: &str,
    ) -> Job {
        Job::from_listing(
            SINGLE_USER_ID,
            JobListing {
                platform,
                platform_job_id: id.into(),
                title: title.into(),
                company: company.into(),
                location: Some(location.into()),
                salary_min: None,
                salary_max: None,
                salary_currency: None,
                url: None,
                description_raw: text.into(),
                scraped_at: Utc.with_ymd_and_hms(2026, 11, 20, 0, 0, 0).unwrap(),
            },
        )
        .unwrap()
    }

    const TEXT: &str = "Requirements: 4+ years of Rust, PostgreSQL and Kafka. Kubernetes on AWS. Full working rights in Australia.";

    #[test]
    fn the_same_job_on_two_boards_is_flagged_once() {
        let jobs = [
            job(
                Platform::Seek,
                "1",
                "Senior Rust Engineer",
                "Tidepool Payments Pty Ltd",
                "Sydney NSW",
                TEXT,
            ),
            job(
                Platform::LinkedIn,
                "2",
                "Senior Rust Engineer",
                "TIDEPOOL PAYMENTS",
                "Sydney, New South Wales",
                &format!("{TEXT} Apply now."),
            ),
            job(
                Platform::Seek,
                "3",
                "Frontend Developer",
                "Tidepool Payments",
                "Sydney NSW",
                "React and TypeScript.",
            ),
        ];
        let pairs = find_duplicates(&jobs);
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].first, pairs[0].second), (0, 1));
        assert!(pairs[0].similarity > 0.8);
    }

    #[test]
    fn same_board_other_city_or_other_company_is_not_a_duplicate() {
        let base = job(
            Platform::Seek,
            "1",
            "Rust Engineer",
            "Acme",
            "Sydney NSW",
            TEXT,
        );
        let same_board = job(
            Platform::Seek,
            "2",
            "Rust Engineer",
            "Acme",
            "Sydney NSW",
            TEXT,
        );
        let other_city = job(
            Platform::Indeed,
            "3",
            "Rust Engineer",
            "Acme",
            "Perth WA",
            TEXT,
        );
        let other_company = job(
            Platform::Indeed,
            "4",
            "Rust Engineer",
            "Other",
            "Sydney NSW",
            TEXT,
        );
        let other_text = job(
            Platform::Indeed,
            "5",
            "Rust Engineer",
            "Acme",
            "Sydney NSW",
            "Java, Spring and Oracle for our bank.",
        );
        for other in [same_board, other_city, other_company, other_text] {
            assert!(
                find_duplicates(&[base.clone(), other.clone()]).is_empty(),
                "{other:?}"
            );
        }
    }
}
