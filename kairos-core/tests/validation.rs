//! Bad input: every validation rule gives an error of the right kind whose
//! message names the field and the value, at construction and on
//! deserialization alike.

use kairos_core::model::*;
use kairos_core::Error;
use serde_json::{json, Value};

fn job_json() -> Value {
    json!({
        "id": "00000000-0000-0000-0000-000000000007",
        "owner_id": "00000000-0000-0000-0000-000000000001",
        "platform": "seek",
        "platform_job_id": "81234567",
        "title": "Engineer",
        "company": "Acme",
        "salary_min": 100000,
        "salary_max": 120000,
        "url": "https://www.seek.com.au/job/81234567",
        "description_raw": "Rust",
        "status": "new",
        "scraped_at": "2026-11-25T09:30:00Z"
    })
}

fn job_error(patch: impl FnOnce(&mut Value)) -> String {
    let mut v = job_json();
    patch(&mut v);
    serde_json::from_value::<Job>(v)
        .expect_err("must be refused")
        .to_string()
}

fn assert_validation(err: &Error, field: &str, value: &str) {
    match err {
        Error::Validation {
            field: f, value: v, ..
        } => {
            assert_eq!(f, field);
            assert!(v.contains(value), "value {v} should contain {value}");
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert_eq!(err.kind(), "ValidationError");
    let message = err.to_string();
    assert!(
        message.contains(field) && message.contains(value),
        "{message}"
    );
}

#[test]
fn the_valid_job_is_accepted() {
    serde_json::from_value::<Job>(job_json()).expect("valid job");
}

#[test]
fn proficiency_outside_one_to_ten() {
    for bad in [0, 11, -3] {
        let err = Proficiency::new(bad).expect_err("out of range");
        assert_validation(&err, "proficiency", &bad.to_string());
    }
    for good in 1..=10 {
        assert_eq!(
            i64::from(Proficiency::new(good).expect("in range").get()),
            good
        );
    }
    let err = serde_json::from_str::<Proficiency>("11").expect_err("out of range");
    assert!(
        err.to_string().contains("proficiency") && err.to_string().contains("11"),
        "{err}"
    );
}

#[test]
fn negative_or_non_finite_years() {
    let err = Years::new(-1.0).expect_err("negative");
    assert_validation(&err, "years", "-1");
    let err = Years::new(f64::NAN).expect_err("NaN");
    assert_validation(&err, "years", "NaN");
    let err = serde_json::from_str::<Years>("-0.5").expect_err("negative");
    assert!(
        err.to_string().contains("years") && err.to_string().contains("-0.5"),
        "{err}"
    );
}

#[test]
fn salary_min_above_max() {
    let message = job_error(|v| v["salary_min"] = json!(130000));
    assert!(
        message.contains("salary_min") && message.contains("130000"),
        "{message}"
    );
    assert!(message.contains("120000"), "names the max too: {message}");
}

#[test]
fn negative_salary() {
    let message = job_error(|v| v["salary_max"] = json!(-5));
    assert!(
        message.contains("salary_max") && message.contains("-5"),
        "{message}"
    );
}

#[test]
fn match_score_outside_unit_interval_or_nan() {
    for bad in [-0.01, 1.01, f64::NAN, f64::INFINITY] {
        let err = MatchScore::new(bad).expect_err("outside [0, 1]");
        assert_validation(&err, "match_score", &format!("{bad:?}"));
    }
    let err = serde_json::from_str::<MatchScore>("1.5").expect_err("outside");
    assert!(
        err.to_string().contains("match_score") && err.to_string().contains("1.5"),
        "{err}"
    );
}

#[test]
fn empty_platform_job_id() {
    for bad in ["", "   "] {
        let message = job_error(|v| v["platform_job_id"] = json!(bad));
        assert!(
            message.contains("platform_job_id") && message.contains("must not be empty"),
            "{message}"
        );
        assert!(
            message.contains(&format!("{bad:?}")),
            "shows the value: {message}"
        );
    }
}

#[test]
fn url_that_does_not_parse() {
    for bad in ["not a url", "ftp://example.com/job", "/jobs/1"] {
        let err = WebUrl::new(bad).expect_err("bad url");
        assert_validation(&err, "url", bad);
        let message = job_error(|v| v["url"] = json!(bad));
        assert!(
            message.contains("url") && message.contains(bad),
            "{message}"
        );
    }
}

#[test]
fn unknown_enum_strings_name_the_allowed_values() {
    let err = "monster".parse::<Platform>().expect_err("unknown");
    match &err {
        Error::UnknownVariant {
            kind,
            value,
            allowed,
        } => {
            assert_eq!(*kind, "platform");
            assert_eq!(value, "monster");
            assert_eq!(allowed, "seek, linkedin, indeed, adzuna");
        }
        other => panic!("expected UnknownVariant, got {other:?}"),
    }
    assert_eq!(err.kind(), "ValidationError");

    let message = job_error(|v| v["status"] = json!("hired"));
    assert!(
        message.contains("hired") && message.contains("new, analyzed, matched"),
        "{message}"
    );
    let message = job_error(|v| v["platform"] = json!("Seek"));
    assert!(
        message.contains("`Seek`") && message.contains("seek, linkedin"),
        "wire strings are exact: {message}"
    );
}

#[test]
fn construction_checks_the_same_rules_as_deserialization() {
    let mut listing: JobListing = serde_json::from_value(json!({
        "platform": "indeed",
        "platform_job_id": "abc",
        "title": "Engineer",
        "company": "Acme",
        "description_raw": "",
        "scraped_at": "2026-11-25T09:30:00Z"
    }))
    .expect("valid listing");
    listing.salary_min = Some(10);
    listing.salary_max = Some(5);
    let err = Job::from_listing(SINGLE_USER_ID, listing).expect_err("min > max");
    assert_validation(&err, "salary_min", "10");
}

#[test]
fn nul_characters_are_refused_naming_the_field_and_showing_where() {
    let description = format!(
        "{}Rust and Go\u{0}garbage after{}",
        "x".repeat(100),
        "y".repeat(100)
    );
    let err = serde_json::from_value::<JobListing>(json!({
        "platform": "seek",
        "platform_job_id": "abc",
        "title": "Engineer",
        "company": "Acme",
        "description_raw": description,
        "scraped_at": "2026-11-25T09:30:00Z"
    }))
    .expect_err("a NUL is refused");
    let message = err.to_string();
    assert!(
        message.contains("description_raw")
            && message.contains("Rust and Go\\0garbage")
            && message.contains("byte 111")
            && !message.contains(&"x".repeat(50)),
        "{message}"
    );
}

#[test]
fn bad_dates_name_the_value() {
    for bad in ["2020-13", "20", "2020-1", "2020-01-02-03", "soon"] {
        let err = bad.parse::<PartialDate>().expect_err("bad date");
        assert_validation(&err, "date", bad);
    }
}

/// A country written as its name matches no job's country, so every
/// citizenship requirement would silently read as unmet: `checked` names it.
#[test]
fn work_rights_name_a_country_not_written_as_its_code() {
    let rights = |citizenships: &[&str], residencies: &[&str]| WorkRights {
        citizenships: citizenships.iter().map(|c| c.to_string()).collect(),
        permanent_residencies: residencies.iter().map(|c| c.to_string()).collect(),
        ..WorkRights::default()
    };
    let err = rights(&["AU", "Australia"], &[]).checked().unwrap_err();
    assert_validation(&err, "work_rights.citizenships", "\"Australia\"");
    let err = rights(&["nz"], &["UK"]).checked().unwrap_err();
    assert_validation(&err, "work_rights.permanent_residencies", "\"UK\"");
    assert!(
        err.to_string().contains("GB for the United Kingdom"),
        "{err}"
    );
    let fine = rights(&["au", "NZ"], &["GB"]);
    assert_eq!(fine.clone().checked().ok(), Some(fine));
    for bad in ["", "A", "AUS", "A1", "É1", " AU"] {
        assert!(!is_country_code(bad), "{bad:?}");
    }
}
